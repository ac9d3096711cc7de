// Site-wide notices (planned maintenance, "this is a demo") shown on top of every page. Pages
// read them from memory; the memory is refreshed from the database in the background, so every
// process shows the same notices within a refresh interval and no page waits for a query.
import { type Kysely, sql } from "kysely";
import { recordAudit } from "../audit/audit.ts";
import type { Context } from "../context.ts";
import type { Tables } from "../db/tables.ts";
import type { SiteNotice } from "../html/page-context.ts";
import type { Locale } from "../i18n/locale.ts";

type Row = { level: "info" | "warning"; text_lv: string; text_en: string };

export async function activeNotices(db: Kysely<Tables>): Promise<Row[]> {
  return db
    .selectFrom("platform.site_notice")
    .select(["level", "text_lv", "text_en"])
    .where("starts_at", "<=", sql<Date>`now()`)
    .where((eb) => eb.or([eb("ends_at", "is", null), eb("ends_at", ">", sql<Date>`now()`)]))
    .orderBy("id")
    .execute();
}

export async function createNotice(
  ctx: Context,
  input: { level: "info" | "warning"; textLv: string; textEn: string; endsAt?: Date },
): Promise<number> {
  const row = await ctx.trx
    .insertInto("platform.site_notice")
    .values({ level: input.level, text_lv: input.textLv, text_en: input.textEn, ends_at: input.endsAt ?? null })
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordAudit(ctx, { event: "platform.site-notice.create", subjectType: "site_notice", subjectId: String(row.id) });
  return row.id;
}

export class NoticeCache {
  #rows: Row[] = [];
  #version = 0;
  #timer: NodeJS.Timeout | undefined;
  readonly #db: Kysely<Tables>;

  constructor(db: Kysely<Tables>) {
    this.#db = db;
  }

  async refresh(): Promise<void> {
    const rows = await activeNotices(this.#db);
    if (JSON.stringify(rows) !== JSON.stringify(this.#rows)) this.#version++;
    this.#rows = rows;
  }

  /** Goes up by one each time the set of active notices changes. */
  get version(): number {
    return this.#version;
  }

  /** Loads now, then every `intervalMs`; a failed refresh keeps the last known notices. */
  async start(intervalMs: number, onError: (err: unknown) => void): Promise<void> {
    await this.refresh();
    this.#timer = setInterval(() => this.refresh().catch(onError), intervalMs);
    this.#timer.unref();
  }

  stop(): void {
    clearInterval(this.#timer);
  }

  current(locale: Locale): SiteNotice[] {
    return this.#rows.map((r) => ({ level: r.level, text: locale === "lv" ? r.text_lv : r.text_en }));
  }
}
