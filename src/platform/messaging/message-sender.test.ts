import assert from "node:assert/strict";
import { once } from "node:events";
import { createServer } from "node:net";
import { after, before, test } from "node:test";
import { SMTPServer } from "smtp-server";
import { type TestDatabase, testDatabase } from "../../../test/harness/database.ts";
import { AppError } from "../errors.ts";
import { latestOutboxMessages } from "./dev-outbox.ts";
import { createMessageSender } from "./message-sender.ts";

const FROM = "Epak <no-reply@epak.test>";
const LATVIAN = "ā č ē ģ ī ķ ļ ņ š ū ž Ā Č Ē Ģ Ī Ķ Ļ Ņ Š Ū Ž";

type Received = { mailFrom: string; rcptTo: string[]; raw: string };

function qpBytes(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(text.charCodeAt(i));
    }
  }
  return Buffer.from(bytes);
}

/** RFC 2047 words, joined before decoding: a letter's bytes may be split between two words. */
function decodeHeader(value: string): string {
  const unfolded = value.replace(/\r\n[ \t]+/g, " ").replace(/\?=\s+=\?/g, "?==?");
  return unfolded.replace(/(?:=\?utf-8\?[bq]\?[^?]*\?=)+/gi, (run) => {
    const parts = [...run.matchAll(/=\?utf-8\?([bq])\?([^?]*)\?=/gi)].map(([, encoding, text = ""]) =>
      encoding?.toLowerCase() === "b" ? Buffer.from(text, "base64") : qpBytes(text.replaceAll("_", " ")),
    );
    return Buffer.concat(parts).toString("utf8");
  });
}

/** Just enough MIME for a single-part plain-text message, as nodemailer writes one. */
function parseMessage(raw: string): { headers: Map<string, string>; text: string } {
  const split = raw.indexOf("\r\n\r\n");
  const headers = new Map<string, string>();
  for (const line of raw
    .slice(0, split)
    .replace(/\r\n[ \t]+/g, " ")
    .split("\r\n")) {
    const colon = line.indexOf(":");
    headers.set(line.slice(0, colon).toLowerCase(), decodeHeader(line.slice(colon + 1).trim()));
  }
  const body = raw.slice(split + 4);
  const encoding = headers.get("content-transfer-encoding")?.toLowerCase();
  const bytes =
    encoding === "quoted-printable"
      ? qpBytes(body.replace(/=\r\n/g, ""))
      : encoding === "base64"
        ? Buffer.from(body, "base64")
        : Buffer.from(body, "latin1");
  return { headers, text: bytes.toString("utf8").replace(/\r\n/g, "\n").replace(/\n$/, "") };
}

async function startSmtp(options: { refuseRecipients?: boolean } = {}): Promise<{ url: string; received: Received[]; server: SMTPServer }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    closeTimeout: 1000,
    logger: false,
    disableReverseLookup: true,
    onRcptTo(_address, _session, callback) {
      if (options.refuseRecipients) {
        callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
      } else {
        callback();
      }
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          rcptTo: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("latin1"),
        });
        callback();
      });
    },
  });
  const listening = server.listen(0, "127.0.0.1");
  await once(listening, "listening");
  const address = listening.address();
  if (!address || typeof address === "string") throw new Error("SMTP server has no port");
  return { url: `smtp://127.0.0.1:${address.port}`, received, server };
}

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const address = probe.address();
  if (!address || typeof address === "string") throw new Error("no port");
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return address.port;
}

let database: TestDatabase;
const servers: SMTPServer[] = [];

before(async () => {
  database = await testDatabase();
});

after(async () => {
  await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  await database.close();
});

test("email goes through SMTP with sender, recipient, subject and Latvian letters intact", async () => {
  const smtp = await startSmtp();
  servers.push(smtp.server);
  const sender = createMessageSender(database.db, { smtpUrl: smtp.url, from: FROM, devOutbox: true });
  const text = `Jūsu kods: 482913\n${LATVIAN}\n.\nKods derīgs 10 minūtes.`;

  await sender.send({ channel: "email", to: "janis.berzins@example.lv", subject: `Apstipriniet e-pastu — ${LATVIAN}`, text });

  assert.equal(smtp.received.length, 1);
  const [mail] = smtp.received;
  assert.equal(mail?.mailFrom, "no-reply@epak.test");
  assert.deepEqual(mail?.rcptTo, ["janis.berzins@example.lv"]);
  const parsed = parseMessage(mail?.raw ?? "");
  assert.equal(parsed.headers.get("from"), FROM);
  assert.equal(parsed.headers.get("to"), "janis.berzins@example.lv");
  assert.equal(parsed.headers.get("subject"), `Apstipriniet e-pastu — ${LATVIAN}`);
  assert.match(parsed.headers.get("content-type") ?? "", /^text\/plain; charset=utf-8/i);
  assert.equal(parsed.text, text);
  assert.deepEqual(await latestOutboxMessages(database.db, 50), [], "a delivered email is not also kept in the outbox");
});

test("without SMTP, email and SMS go to the development outbox, newest first", async () => {
  const sender = createMessageSender(database.db, { smtpUrl: null, from: FROM, devOutbox: true });
  await sender.send({ channel: "email", to: "anna@example.lv", subject: "Apstipriniet e-pastu", text: `Kods: 111111 ${LATVIAN}` });
  await sender.send({ channel: "sms", to: "+37120000000", subject: "Tālruņa apstiprināšana", text: "Epak kods: 222222" });

  const [sms, email, ...rest] = await latestOutboxMessages(database.db, 50);
  assert.equal(rest.length, 0);
  assert.deepEqual(
    { channel: sms?.channel, recipient: sms?.recipient, subject: sms?.subject, body: sms?.body },
    { channel: "sms", recipient: "+37120000000", subject: "Tālruņa apstiprināšana", body: "Epak kods: 222222" },
  );
  assert.deepEqual(
    { channel: email?.channel, recipient: email?.recipient, subject: email?.subject, body: email?.body },
    { channel: "email", recipient: "anna@example.lv", subject: "Apstipriniet e-pastu", body: `Kods: 111111 ${LATVIAN}` },
  );
  assert.ok(email && sms && sms.id > email.id);
  assert.ok(sms?.createdAt instanceof Date);
  assert.equal((await latestOutboxMessages(database.db, 1)).length, 1);
  await database.db.deleteFrom("platform.dev_outbox").execute();
});

test("without SMTP and without the outbox, sending fails clearly and nothing is kept", async () => {
  const sender = createMessageSender(database.db, { smtpUrl: null, from: FROM, devOutbox: false });
  await assert.rejects(
    sender.send({ channel: "email", to: "anna@example.lv", subject: "S", text: "Kods: 333333" }),
    /SMTP_URL must be set/,
  );
  await assert.rejects(
    sender.send({ channel: "sms", to: "+37120000000", subject: "S", text: "Kods: 444444" }),
    /no SMS gateway is configured/,
  );
  assert.deepEqual(await latestOutboxMessages(database.db, 50), []);
});

test("with SMTP but without the outbox, SMS still has no way out", async () => {
  const sender = createMessageSender(database.db, { smtpUrl: "smtp://127.0.0.1:1", from: FROM, devOutbox: false });
  await assert.rejects(sender.send({ channel: "sms", to: "+37120000000", subject: "S", text: "Kods: 555555" }), /no SMS gateway/);
});

function assertNotSent(error: unknown, secret: string): true {
  assert.ok(error instanceof AppError);
  assert.equal(error.code, "message_not_sent");
  assert.equal(error.status, 502);
  assert.ok(error.cause instanceof Error, "the SMTP failure is kept as the cause, for the caller's log");
  assert.ok(!`${error.message} ${error.cause.message} ${error.cause.stack}`.includes(secret), "the code stays out of the error");
  return true;
}

test("an SMTP server that refuses the recipient gives message_not_sent", async () => {
  const smtp = await startSmtp({ refuseRecipients: true });
  servers.push(smtp.server);
  const sender = createMessageSender(database.db, { smtpUrl: smtp.url, from: FROM, devOutbox: true });
  await assert.rejects(sender.send({ channel: "email", to: "nav@example.lv", subject: "S", text: "Kods: 666666" }), (e) =>
    assertNotSent(e, "666666"),
  );
  assert.equal(smtp.received.length, 0);
  assert.deepEqual(await latestOutboxMessages(database.db, 50), [], "a failed email does not fall back to the outbox");
});

test("an SMTP server that cannot be reached gives message_not_sent", async () => {
  const port = await closedPort();
  const sender = createMessageSender(database.db, { smtpUrl: `smtp://127.0.0.1:${port}`, from: FROM, devOutbox: true });
  await assert.rejects(sender.send({ channel: "email", to: "anna@example.lv", subject: "S", text: "Kods: 777777" }), (e) =>
    assertNotSent(e, "777777"),
  );
});
