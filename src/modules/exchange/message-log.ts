// The message log: one row per call through the gateway, chained by hashes. Rows are written by
// group commit: calls that finish while a write is under way wait and go into the next one
// together, so the log costs one transaction per batch rather than per call, and each call's
// answer leaves the gateway only after its row is in the database.
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Tables } from "../../platform/db/tables.ts";

export type LogEntry = {
  messageId: string;
  loggedAt: Date;
  consumer: string;
  service: string;
  method: string;
  userId: string | null;
  issue: string | null;
  representedParty: string | null;
  grantId: string | null;
  purpose: string | null;
  status: number;
  errorCode: string | null;
  durationMs: number;
  requestHash: string;
  responseHash: string | null;
  requestBody: string | null;
  responseBody: string | null;
  subjects: string[];
};

export type LoggedRow = LogEntry & { seq: number; prevHash: string; hash: string };

export function sha256(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

/** The hash of a row: its content in a fixed order, and the hash of the row before it. */
export function rowHash(row: Omit<LoggedRow, "hash">): string {
  const content = [
    row.seq,
    row.messageId,
    row.loggedAt.toISOString(),
    row.consumer,
    row.service,
    row.method,
    row.userId,
    row.issue,
    row.representedParty,
    row.grantId,
    row.purpose,
    row.status,
    row.errorCode,
    row.durationMs,
    row.requestHash,
    row.responseHash,
    row.requestBody,
    row.responseBody,
    [...row.subjects].sort(),
    row.prevHash,
  ];
  return sha256(JSON.stringify(content));
}

type Pending = { entry: LogEntry; done: (error: Error | null, seq?: number) => void };

export class MessageLog {
  readonly #db: Kysely<Tables>;
  #queue: Pending[] = [];
  #writing: Promise<void> | null = null;

  constructor(db: Kysely<Tables>) {
    this.#db = db;
  }

  /** Resolves with the row's number once it is committed; rejects if the log cannot be written. */
  append(entry: LogEntry): Promise<number> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ entry, done: (error, seq) => (error ? reject(error) : resolve(seq as number)) });
      if (!this.#writing) this.#writing = this.#drain();
    });
  }

  /** Waits for rows in hand to be written (for shutdown and tests). */
  async flush(): Promise<void> {
    while (this.#writing) await this.#writing;
  }

  async #drain(): Promise<void> {
    try {
      // The embedded database answers without letting other requests in, so without this pause
      // every call would find the writer idle and commit alone: one turn of the event loop lets
      // the answers already waiting on sockets join the batch.
      await new Promise((resolve) => setImmediate(resolve));
      while (this.#queue.length) {
        const batch = this.#queue;
        this.#queue = [];
        try {
          const seqs = await this.#write(batch.map((p) => p.entry));
          for (const [i, p] of batch.entries()) p.done(null, seqs[i]);
        } catch (error) {
          for (const p of batch) p.done(error as Error);
        }
      }
    } finally {
      this.#writing = null;
    }
  }

  async #write(entries: LogEntry[]): Promise<number[]> {
    return this.#db.transaction().execute(async (trx) => {
      const head = await trx
        .selectFrom("exchange.log_head")
        .select(["seq", "hash"])
        .where("id", "=", 1)
        .forUpdate()
        .executeTakeFirstOrThrow();
      let seq = Number(head.seq);
      let prevHash = head.hash;
      const rows: LoggedRow[] = [];
      for (const entry of entries) {
        seq += 1;
        const subjects = [...new Set(entry.subjects)].sort();
        const unhashed = { ...entry, subjects, seq, prevHash };
        const hash = rowHash(unhashed);
        rows.push({ ...unhashed, hash });
        prevHash = hash;
      }
      await trx.insertInto("exchange.message_log").values(rows.map(toColumns)).execute();
      const subjectRows = rows.flatMap((r) => r.subjects.map((code) => ({ personal_code: code, seq: r.seq })));
      if (subjectRows.length) await trx.insertInto("exchange.message_subject").values(subjectRows).execute();
      await trx.updateTable("exchange.log_head").set({ seq, hash: prevHash }).where("id", "=", 1).execute();
      return rows.map((r) => r.seq);
    });
  }
}

function toColumns(row: LoggedRow) {
  return {
    seq: row.seq,
    message_id: row.messageId,
    logged_at: row.loggedAt,
    consumer: row.consumer,
    service: row.service,
    method: row.method,
    user_id: row.userId,
    issue: row.issue,
    represented_party: row.representedParty,
    grant_id: row.grantId,
    purpose: row.purpose,
    status: row.status,
    error_code: row.errorCode,
    duration_ms: row.durationMs,
    request_hash: row.requestHash,
    response_hash: row.responseHash,
    request_body: row.requestBody,
    response_body: row.responseBody,
    subjects: JSON.stringify(row.subjects),
    prev_hash: row.prevHash,
    hash: row.hash,
  };
}
