// The email outbox when the mail server is down: nothing is lost, attempts wait longer each time,
// and the email goes once the server answers again; after three days it is marked failed. And
// the deadline delivery: a message nobody opened counts as delivered on its second business day.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { storeEmail } from "../../src/modules/mailbox/email/queue-email.ts";
import { retryPause, sendDueEmails, sendEmail } from "../../src/modules/mailbox/email/send-emails.ts";
import { deliverByDeadline } from "../../src/modules/mailbox/jobs/deliver-by-deadline.ts";
import { systemContext } from "../../src/platform/context.ts";
import { inTransaction } from "../../src/platform/db/transaction.ts";
import { createMessageSender } from "../../src/platform/messaging/message-sender.ts";
import { type TestDatabase, testDatabase } from "../harness/database.ts";
import { type LocalSmtp, mailText, startSmtp } from "../harness/smtp.ts";

const TO = "someone@epasts.test";

describe("email outbox", () => {
  let database: TestDatabase;
  let smtp: LocalSmtp;

  before(async () => {
    database = await testDatabase();
    smtp = await startSmtp();
  });
  after(async () => {
    await smtp.close();
    await database.close();
  });

  const queue = (subject: string, at: Date) =>
    inTransaction(database.db, (trx) =>
      storeEmail(systemContext("test", trx), { to: TO, subject, text: `Teksts: ${subject}`, purpose: "test" }, at),
    );
  const row = (id: string) =>
    database.db
      .selectFrom("mailbox.email")
      .select(["status", "attempts", "next_attempt_at", "last_error"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();

  test("an unreachable server delays the email, and it goes when the server is back", async () => {
    const sender = createMessageSender(database.db, { smtpUrl: smtp.url, from: "Epak <no-reply@epak.test>", devOutbox: false });
    const t0 = new Date("2026-11-23T10:00:00Z");
    const id = await queue("Pirmā", t0);
    smtp.refuse(true);
    assert.equal(await sendEmail(database.db, sender, id, t0), "retry");
    const waiting = await row(id);
    assert.equal(waiting.status, "queued");
    assert.equal(waiting.attempts, 1);
    assert.ok(waiting.last_error, "the reason is kept");
    assert.doesNotMatch(waiting.last_error ?? "", /epasts\.test/, "without the address");
    assert.equal(new Date(waiting.next_attempt_at).getTime(), t0.getTime() + retryPause(1));

    // Not yet due: the sweep leaves it alone.
    assert.deepEqual(await sendDueEmails(database.db, sender, new Date(t0.getTime() + 30_000)), {
      sent: 0,
      retry: 0,
      failed: 0,
      skipped: 0,
    });
    const t1 = new Date(t0.getTime() + retryPause(1));
    assert.equal((await sendDueEmails(database.db, sender, t1)).retry, 1);
    assert.equal(new Date((await row(id)).next_attempt_at).getTime(), t1.getTime() + retryPause(2));

    smtp.refuse(false);
    const t2 = new Date(t1.getTime() + retryPause(2));
    assert.equal((await sendDueEmails(database.db, sender, t2)).sent, 1);
    assert.equal((await row(id)).status, "sent");
    const [mail] = await smtp.waitFor(TO);
    assert.match(mailText(mail?.raw ?? ""), /Teksts: Pirmā/);
    assert.equal(await sendEmail(database.db, sender, id, t2), "skipped", "a sent email is not sent again");
  });

  test("after three days of failures the email is marked failed, with an audit row", async () => {
    const sender = createMessageSender(database.db, { smtpUrl: smtp.url, from: "Epak <no-reply@epak.test>", devOutbox: false });
    const t0 = new Date("2026-11-23T10:00:00Z");
    const id = await queue("Otrā", t0);
    smtp.refuse(true);
    const later = new Date(t0.getTime() + 3 * 24 * 3_600_000);
    assert.equal(await sendEmail(database.db, sender, id, later), "failed");
    smtp.refuse(false);
    assert.equal((await row(id)).status, "failed");
    const audit = await database.db.selectFrom("platform.audit_log").select("event").where("subject_id", "=", id).execute();
    assert.deepEqual(audit.map((a) => a.event).sort(), ["mailbox.email.fail", "mailbox.email.queue"]);
  });
});

describe("delivery on the second business day", () => {
  let database: TestDatabase;
  before(async () => {
    database = await testDatabase();
  });
  after(() => database.close());

  test("an unopened message is delivered at the start of its second business day in Riga", async () => {
    // Sent on Thursday 26 November 2026: the second business day is Monday 30 November.
    const { id } = await database.db
      .insertInto("mailbox.message")
      .values({
        owner_kind: "company",
        owner_ref: "40103587986",
        institution: "VID",
        type: "notice",
        subject: "Paziņojums",
        body: "Teksts",
        reference: null,
        sent_at: new Date("2026-11-26T12:00:00Z"),
        sent_by: "system:test",
        delivery_due_on: "2026-11-30",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    assert.equal(await deliverByDeadline(database.db, new Date("2026-11-29T21:59:00Z")), 0, "Sunday 23:59 in Riga is too early");
    assert.equal(await deliverByDeadline(database.db, new Date("2026-11-29T22:01:00Z")), 1);
    const row = await database.db
      .selectFrom("mailbox.message")
      .select(["delivered_at", "delivered_how"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    assert.equal(row.delivered_how, "deadline");
    assert.equal(new Date(row.delivered_at as Date).toISOString(), "2026-11-29T22:00:00.000Z");
    assert.equal(await deliverByDeadline(database.db, new Date("2026-12-01T10:00:00Z")), 0, "delivered once");
  });
});
