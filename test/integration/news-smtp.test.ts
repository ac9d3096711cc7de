// The news email as a mail server receives it: the one-click unsubscribe headers of RFC 8058
// survive the way through the mailbox's outbox and SMTP, and point at the same link as the text.
import assert from "node:assert/strict";
import { once } from "node:events";
import { after, before, test } from "node:test";
import { SMTPServer } from "smtp-server";
import { loadConfig } from "../../src/app/config.ts";
import { workerOutbox } from "../../src/modules/mailbox/index.ts";
import { announceArticle } from "../../src/modules/news/jobs/announce-article.ts";
import { Messages } from "../../src/platform/i18n/messages.ts";
import { type TestDatabase, testDatabase } from "../harness/database.ts";

const PUBLIC_URL = "https://epak.example";

let database: TestDatabase;
let smtp: SMTPServer;
let smtpUrl = "";
const received: { rcptTo: string[]; raw: string }[] = [];

before(async () => {
  database = await testDatabase();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    disableReverseLookup: true,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({ rcptTo: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("latin1") });
        callback();
      });
    },
  });
  const listening = smtp.listen(0, "127.0.0.1");
  await once(listening, "listening");
  const address = listening.address();
  if (!address || typeof address === "string") throw new Error("SMTP server has no port");
  smtpUrl = `smtp://127.0.0.1:${address.port}`;
});

after(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await database.close();
});

/** The header block of a message, unfolded, by lower-case name. */
function headersOf(raw: string): Map<string, string> {
  const block = raw.slice(0, raw.indexOf("\r\n\r\n")).replace(/\r\n[ \t]+/g, " ");
  return new Map(
    block.split("\r\n").map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]),
  );
}

test("a subscriber's news email reaches the mail server with both List-Unsubscribe headers", async () => {
  const db = database.db;
  const now = new Date();
  const article = await db
    .insertInto("news.article")
    .values({
      slug: "zina",
      institution: "VDAA",
      status: "published",
      title_lv: "Ziņa",
      title_en: "News item",
      summary_lv: "Īsumā.",
      summary_en: "In short.",
      body_lv: "Teksts.",
      body_en: "Text.",
      published_at: now,
      created_at: now,
      created_by: "test",
      updated_at: now,
      updated_by: "test",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("news.subscriber")
    .values({ email: "liga@example.lv", locale: "lv", status: "confirmed", last_email_at: now, created_at: now, confirmed_at: now })
    .execute();
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", PUBLIC_URL, SMTP_URL: smtpUrl });
  const messages = new Messages();
  const writing = { publicUrl: PUBLIC_URL, translator: (locale: "lv" | "en") => messages.translator(locale) };

  assert.equal(await announceArticle(db, writing, workerOutbox(db, config), article.id), 1);

  assert.equal(received.length, 1);
  const [mail] = received;
  assert.deepEqual(mail?.rcptTo, ["liga@example.lv"]);
  const headers = headersOf(mail?.raw ?? "");
  const link = /^<(https:\/\/epak\.example\/aktualitates\/atteikties\/[A-Za-z0-9_-]{43})>$/.exec(
    headers.get("list-unsubscribe") ?? "",
  )?.[1];
  assert.ok(link, `List-Unsubscribe: ${headers.get("list-unsubscribe")}`);
  assert.equal(headers.get("list-unsubscribe-post"), "List-Unsubscribe=One-Click");
  const text = (mail?.raw ?? "").replace(/=\r\n/g, "");
  assert.ok(text.includes(link), "the same link in the text");
  const stored = await db.selectFrom("mailbox.email").select(["status", "purpose"]).where("recipient", "=", "liga@example.lv").execute();
  assert.deepEqual(stored, [{ status: "sent", purpose: "news.article" }]);
});
