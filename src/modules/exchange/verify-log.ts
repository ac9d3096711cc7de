// Walks the message log from the first row and reports the first link that does not hold: a row
// whose content no longer matches its hash, a row that does not point at the one before, a gap
// in the numbering, or a chain whose end differs from the recorded head.
import type { Kysely } from "kysely";
import type { Tables } from "../../platform/db/tables.ts";
import { type LoggedRow, rowHash } from "./message-log.ts";

export type LogBreak = { seq: number; problem: "content_changed" | "link_broken" | "row_missing" | "head_mismatch" };
export type LogVerdict = { rows: number; broken: LogBreak | null };

const PAGE = 2000;
const GENESIS = "0".repeat(64);

export async function verifyMessageLog(db: Kysely<Tables>): Promise<LogVerdict> {
  let expectedSeq = 1;
  let prevHash = GENESIS;
  for (;;) {
    const page = await db
      .selectFrom("exchange.message_log")
      .selectAll()
      .where("seq", ">=", expectedSeq)
      .orderBy("seq")
      .limit(PAGE)
      .execute();
    for (const raw of page) {
      const row = fromColumns(raw);
      if (row.seq !== expectedSeq) return { rows: expectedSeq - 1, broken: { seq: expectedSeq, problem: "row_missing" } };
      if (row.prevHash !== prevHash) return { rows: expectedSeq - 1, broken: { seq: row.seq, problem: "link_broken" } };
      if (rowHash(row) !== row.hash) return { rows: expectedSeq - 1, broken: { seq: row.seq, problem: "content_changed" } };
      prevHash = row.hash;
      expectedSeq += 1;
    }
    if (page.length < PAGE) break;
  }
  const head = await db.selectFrom("exchange.log_head").select(["seq", "hash"]).where("id", "=", 1).executeTakeFirstOrThrow();
  const rows = expectedSeq - 1;
  if (Number(head.seq) !== rows || head.hash !== prevHash) return { rows, broken: { seq: rows + 1, problem: "head_mismatch" } };
  return { rows, broken: null };
}

function fromColumns(raw: Tables["exchange.message_log"] extends infer T ? { [K in keyof T]: unknown } : never): LoggedRow {
  const r = raw as Record<string, unknown>;
  return {
    seq: Number(r.seq),
    messageId: r.message_id as string,
    loggedAt: new Date(r.logged_at as Date),
    consumer: r.consumer as string,
    service: r.service as string,
    method: r.method as string,
    userId: r.user_id as string | null,
    issue: r.issue as string | null,
    representedParty: r.represented_party as string | null,
    grantId: r.grant_id as string | null,
    purpose: r.purpose as string | null,
    status: Number(r.status),
    errorCode: r.error_code as string | null,
    durationMs: Number(r.duration_ms),
    requestHash: r.request_hash as string,
    responseHash: r.response_hash as string | null,
    requestBody: r.request_body as string | null,
    responseBody: r.response_body as string | null,
    subjects: r.subjects as string[],
    prevHash: r.prev_hash as string,
    hash: r.hash as string,
  };
}
