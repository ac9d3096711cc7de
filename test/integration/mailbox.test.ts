// The e-address end to end over HTTP: an officer sends a decision with a file to a person and a
// notice to a company; the person reads both (the company's as its board member), which delivers
// them; email notices reach a local SMTP server without the messages' content; others cannot see
// them; bad input is refused by field; the operator's editor rewords the notice emails.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { listeningTestApp, type TestApp } from "../harness/app.ts";
import { loginAs, loginAsStaff, type Page, type Visitor } from "../harness/login.ts";
import { type LocalSmtp, mailText, startSmtp } from "../harness/smtp.ts";

const ILZE = "14027814803"; // officer at VSAA
const JANIS = "15038413866"; // board member of SIA "Bērziņu Būve", alone
const LIGA = "22078610560"; // a resident
const EDGARS = "09046814431"; // editor at VDAA
const COMPANY = "40103587986";
const JANIS_EMAIL = "janis.berzins@epasts.test";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const EXE = Buffer.from("MZ\x90\x00\x03\x00\x00\x00 this is not a document");

function composeForm(csrf: string, fields: Record<string, string>, files: { name: string; bytes: Buffer }[] = []): FormData {
  const form = new FormData();
  form.set("_csrf", csrf);
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  for (const file of files) form.append("attachments", new Blob([new Uint8Array(file.bytes)]), file.name);
  return form;
}

const DECISION = {
  recipientKind: "person",
  personalCode: "150384-13866",
  registrationNumber: "",
  type: "decision",
  subject: "Lēmums par bērna piedzimšanas pabalstu",
  body: "Labdien!\n\nPiešķirt bērna piedzimšanas pabalstu 421,17 EUR apmērā.\n\nVSAA",
  reference: "EP-2026-000042",
};

describe("e-address mailbox", () => {
  let site: TestApp & { url: string };
  let smtp: LocalSmtp;
  let officer: Visitor;
  let janis: Visitor;
  const sent: Record<string, string> = {};

  before(async () => {
    smtp = await startSmtp();
    site = await listeningTestApp({ seed: true, role: "all", env: { SMTP_URL: smtp.url, MAIL_FROM: "Epak <no-reply@epak.test>" } });
    officer = await loginAsStaff(site.url, site.database.db, { personalCode: ILZE }, "VSAA", "officer");
    janis = await loginAs(site.url, { personalCode: JANIS, back: "/pastkaste" });
    // Jānis confirmed his email on "Mani dati" (tested in identity); set here directly.
    await site.database.db
      .updateTable("identity.person")
      .set({ email: JANIS_EMAIL, email_verified_at: new Date() })
      .where("personal_code", "=", JANIS)
      .execute();
  });
  after(async () => {
    await site.close();
    await smtp.close();
  });

  const compose = async (fields: Record<string, string>, files: { name: string; bytes: Buffer }[] = []): Promise<Page> => {
    const form = await officer.get("/darbs/pastkaste/jauna");
    assert.equal(form.status, 200);
    return officer.postMultipart("/darbs/pastkaste/jauna", composeForm(officer.csrf(form.body), fields, files));
  };

  test("the form refuses bad input field by field and keeps what was typed", async () => {
    const page = await compose({ ...DECISION, personalCode: "150384-1386", subject: "" });
    assert.equal(page.status, 400);
    assert.match(page.body, /govuk-error-summary/);
    assert.match(page.body, /Personas kodam jābūt 11 cipariem/);
    assert.match(page.body, /Ievadiet ziņas tematu/);
    assert.match(page.body, /Piešķirt bērna piedzimšanas pabalstu 421,17 EUR/);

    const program = await compose(DECISION, [{ name: "lemums.pdf", bytes: EXE }]);
    assert.equal(program.status, 400);
    assert.match(program.body, /Datnei jābūt PDF, eDoc, PNG vai JPEG/);

    const unknown = await compose({ ...DECISION, personalCode: "010101-10006" });
    assert.equal(unknown.status, 400);
    assert.match(unknown.body, /Iedzīvotāju reģistrā nav dzīvas personas/);
    const none = await site.database.db.selectFrom("mailbox.message").select("id").where("subject", "=", DECISION.subject).execute();
    assert.equal(none.length, 0, "nothing was sent");
  });

  test("an officer sends a decision with a file to a person and a notice to a company", async () => {
    const toPerson = await compose(DECISION, [{ name: "lēmums.pdf", bytes: PDF }]);
    assert.equal(toPerson.status, 303, toPerson.body.slice(0, 500));
    sent.person = /\/darbs\/pastkaste\/([0-9a-f-]{36})/.exec(toPerson.location ?? "")?.[1] ?? "";
    const status = await officer.follow(toPerson);
    assert.match(status.body, /Ziņa nosūtīta uz saņēmēja e-adresi/);
    assert.match(status.body, /Vēl nav. Tiks uzskatīta par paziņotu \d\d\.\d\d\.\d{4}\./);

    const toCompany = await compose({
      ...DECISION,
      recipientKind: "company",
      personalCode: "",
      registrationNumber: COMPANY,
      type: "notice",
      subject: "Paziņojums par valsts sociālās apdrošināšanas iemaksām",
      body: "Labdien!\n\nLūdzam pārbaudīt darbinieku ziņojumu par oktobri.",
      reference: "",
    });
    assert.equal(toCompany.status, 303);
    sent.company = /\/darbs\/pastkaste\/([0-9a-f-]{36})/.exec(toCompany.location ?? "")?.[1] ?? "";
  });

  test("email notices reach the reader, saying nothing of the message", async () => {
    const mails = await smtp.waitFor(JANIS_EMAIL, 2);
    const texts = mails.map((m) => mailText(m.raw));
    assert.ok(texts.some((text) => /Jūsu oficiālajā e-adresē ir saņemts lēmums/.test(text)));
    assert.ok(texts.some((text) => text.includes(`/pastkaste/uznemums/${COMPANY}`)));
    for (const text of texts) {
      assert.doesNotMatch(text, /pabalst|421,17|apdrošināšanas iemaksām|Bērziņ/);
      assert.match(text, /neatvērt/);
    }
    const rows = await site.database.db
      .selectFrom("mailbox.email")
      .select(["status", "purpose"])
      .where("recipient", "=", JANIS_EMAIL)
      .execute();
    assert.deepEqual(
      rows.map((r) => [r.status, r.purpose]),
      [
        ["sent", "mailbox.notice"],
        ["sent", "mailbox.notice"],
      ],
    );
  });

  test("the person reads the decision, which delivers it, and downloads its file", async () => {
    const list = await janis.get("/pastkaste");
    assert.equal(list.status, 200);
    assert.match(list.body, /Lēmums par bērna piedzimšanas pabalstu/);
    assert.match(list.body, /Neatvērta/);
    assert.match(list.body, /SIA &quot;Bērziņu Būve&quot; \(reģ. Nr. 40103587986\)/);

    const message = await janis.get(`/pastkaste/${sent.person}`);
    assert.equal(message.status, 200);
    assert.match(message.body, /Piešķirt bērna piedzimšanas pabalstu 421,17 EUR apmērā/);
    assert.match(message.body, /, atverot/);
    assert.match(message.body, /EP-2026-000042/);
    const file = /href="(\/pastkaste\/[^"]+\/pielikumi\/[^"]+)"/.exec(message.body)?.[1];
    assert.ok(file);
    const download = await janis.get(file);
    assert.equal(download.status, 200);
    assert.match(download.headers.get("content-disposition") ?? "", /^attachment/);
    assert.equal(download.headers.get("content-type"), "application/pdf");

    const row = await site.database.db
      .selectFrom("mailbox.message")
      .select(["delivered_how", "opened_by"])
      .where("id", "=", sent.person as string)
      .executeTakeFirstOrThrow();
    assert.equal(row.delivered_how, "opened");
    assert.match(row.opened_by ?? "", /^user:/);
  });

  test("the board member reads the company's e-address", async () => {
    const list = await janis.get(`/pastkaste/uznemums/${COMPANY}`);
    assert.equal(list.status, 200);
    assert.match(list.body, /E-adrese: SIA &quot;Bērziņu Būve&quot;/);
    assert.match(list.body, /Paziņojums par valsts sociālās apdrošināšanas iemaksām/);
    const message = await janis.get(`/pastkaste/${sent.company}`);
    assert.equal(message.status, 200);
    assert.match(message.body, /darbinieku ziņojumu par oktobri/);

    const sentList = await officer.get("/darbs/pastkaste");
    assert.equal((sentList.body.match(/, atverot/g) ?? []).length, 2, "both shown delivered to the officer");
  });

  test("no one else sees the messages or the company's e-address", async () => {
    const liga = await loginAs(site.url, { personalCode: LIGA, back: "/pastkaste" });
    assert.equal((await liga.get(`/pastkaste/${sent.person}`)).status, 404);
    assert.equal((await liga.get(`/pastkaste/${sent.company}`)).status, 404);
    assert.equal((await liga.get(`/pastkaste/uznemums/${COMPANY}`)).status, 404);
    assert.equal((await liga.get("/darbs/pastkaste")).status, 403);
    const own = await liga.get("/pastkaste");
    assert.doesNotMatch(own.body, /bērna piedzimšanas pabalstu/);
  });

  test("every reading is in the audit log without a personal code", async () => {
    const rows = await site.database.db
      .selectFrom("platform.audit_log")
      .select(["event", "details", "on_behalf_of"])
      .where("event", "like", "mailbox.%")
      .execute();
    const events = new Set(rows.map((r) => r.event));
    for (const event of [
      "mailbox.message.send",
      "mailbox.message.open",
      "mailbox.message.read",
      "mailbox.mailbox.read",
      "mailbox.email.queue",
    ])
      assert.ok(events.has(event), event);
    assert.ok(rows.some((r) => r.event === "mailbox.message.send" && r.on_behalf_of === "institution:VSAA"));
    assert.doesNotMatch(JSON.stringify(rows), /15038413866|150384-13866/);
  });

  test("the operator's editor rewords a notice, with a preview, and others may not", async () => {
    const ilzeEditor = await loginAsStaff(site.url, site.database.db, { personalCode: ILZE }, "PMLP", "editor");
    assert.equal((await ilzeEditor.get("/darbs/veidnes")).status, 403);

    const editor = await loginAsStaff(site.url, site.database.db, { personalCode: EDGARS }, "VDAA", "editor");
    const form = await editor.get("/darbs/veidnes/notice");
    assert.equal(form.status, 200);
    assert.match(form.body, /Jums ir 21 neatvērta ziņa/);
    assert.match(form.body, /Jums ir 11 neatvērtu ziņu/);
    const fields = {
      _csrf: editor.csrf(form.body),
      subject_lv: "Jauna ziņa e-adresē",
      body_lv: "Sveiki! {unread, plural, zero {# ziņu} one {# ziņa} other {# ziņas}} gaida.",
      subject_en: "New message",
      body_en: "Hello. Open {link}",
      action: "save",
    };
    const refused = await editor.post("/darbs/veidnes/notice", fields);
    assert.equal(refused.status, 400);
    assert.match(refused.body, /Tekstā jābūt saitei \{link\}/);
    assert.match(refused.body, /Sveiki! \{unread, plural/);

    const saved = await editor.post("/darbs/veidnes/notice", { ...fields, body_lv: "Sveiki! E-adresē gaida ziņa: {link}" });
    assert.equal(saved.status, 303);
    const list = await editor.get("/darbs/veidnes");
    assert.match(list.body, /Jauna ziņa e-adresē/);
    assert.match(list.body, /Mainīts/);
  });
});
