// The institution's side of questions through HTTP: the officer of the institution asked sees the
// question in the queue, oldest first, and answers it; the answer becomes a letter in the asker's
// e-address mailbox; an officer of another institution cannot reach it, a resident cannot reach
// the queue, and of two officers answering at once the second is told who was first.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { DEMO_QUESTIONS } from "../../src/modules/questions/seed.ts";
import { listeningTestApp, type TestApp } from "../harness/app.ts";
import { loginAs, loginAsStaff, type Page, type Visitor } from "../harness/login.ts";

const ILZE = "14027814803"; // officer at VSAA and at Cēsis municipality
const JANIS = "15038413866";
const MARTINS = "08019015509";

describe("answering questions", () => {
  let site: TestApp & { url: string };

  before(async () => {
    site = await listeningTestApp({ seed: true });
  });
  after(() => site.close());

  const officerAt = (unit: string) => loginAsStaff(site.url, site.database.db, { personalCode: ILZE }, unit, "officer");

  async function asked(personalCode: string, subject: string, question = "Kā rīkoties?", institution = "VSAA") {
    const visitor = await loginAs(site.url, { personalCode, back: "/uzdot-jautajumu" });
    const form = await visitor.get("/uzdot-jautajumu");
    const submission = /name="submission" value="([^"]+)"/.exec(form.body)?.[1] ?? "";
    const sent = await visitor.post("/uzdot-jautajumu", { _csrf: visitor.csrf(form.body), submission, institution, subject, question });
    assert.equal(sent.status, 303, `asked: ${sent.status}`);
    const id = /\/mani\/([0-9a-f-]{36})\//.exec(sent.location ?? "")?.[1] ?? "";
    const row = await site.database.db
      .selectFrom("questions.question")
      .select(["number", "person_id"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    return { visitor, id, number: row.number, personId: row.person_id };
  }

  async function answer(officer: Visitor, id: string, text: string, form?: Page): Promise<Page> {
    const page = form ?? (await officer.get(`/darbs/jautajumi/${id}`));
    return officer.post(`/darbs/jautajumi/${id}/atbildet`, { _csrf: officer.csrf(page.body), answer: text });
  }

  test("a resident without a staff role is refused the queue", async () => {
    const visitor = await loginAs(site.url, { personalCode: JANIS, back: "/konts" });
    assert.equal((await visitor.get("/darbs/jautajumi")).status, 403);
    assert.equal((await visitor.get("/en/darbs/jautajumi")).status, 403);
  });

  test("the officer's queue holds the institution's waiting questions, the longest waiting first, with their age", async () => {
    const fresh = await asked(JANIS, "Jaunākais jautājums");
    const officer = await officerAt("VSAA");
    const page = await officer.get("/darbs/jautajumi");
    assert.equal(page.status, 200);
    assert.match(page.body, /Valsts sociālās apdrošināšanas aģentūra/);
    const subjects = [...page.body.matchAll(/href="\/darbs\/jautajumi\/[0-9a-f-]{36}">([^<]+)<\/a>/g)].map((m) => m[1]);
    const demo = [...DEMO_QUESTIONS].sort((a, b) => b.hoursAgo - a.hoursAgo).map((q) => q.subject);
    assert.deepEqual(subjects.slice(0, demo.length), demo, "the demo questions, oldest first");
    assert.equal(subjects.at(-1), "Jaunākais jautājums");
    assert.match(page.body, /<td class="govuk-table__cell">6 dienas<\/td>/, "the oldest has waited six days");
    assert.match(page.body, new RegExp(fresh.number));
  });

  test("an officer of another institution does not see the question, cannot open it and cannot answer it", async () => {
    const question = await asked(JANIS, "Tikai aģentūrai");
    const cesis = await officerAt("CESIS");
    const queue = await cesis.get("/darbs/jautajumi");
    assert.equal(queue.status, 200);
    assert.doesNotMatch(queue.body, /Tikai aģentūrai/);
    assert.equal((await cesis.get(`/darbs/jautajumi/${question.id}`)).status, 404);
    const refused = await cesis.post(`/darbs/jautajumi/${question.id}/atbildet`, { _csrf: cesis.csrf(queue.body), answer: "Nē." });
    assert.equal(refused.status, 404);
    const row = await site.database.db
      .selectFrom("questions.question")
      .select("status")
      .where("id", "=", question.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, "waiting");
  });

  test("opening a question is logged as a use of the asker's data, for the institution", async () => {
    const question = await asked(JANIS, "Kas lasa manu jautājumu?");
    const officer = await officerAt("VSAA");
    const page = await officer.get(`/darbs/jautajumi/${question.id}`);
    assert.equal(page.status, 200);
    assert.match(page.body, /Jānis Bērziņš/);
    const reads = await site.database.db
      .selectFrom("platform.audit_log")
      .select(["subject_type", "subject_id", "on_behalf_of", "details"])
      .where("event", "=", "questions.question.read")
      .where("subject_id", "=", question.personId)
      .execute();
    assert.deepEqual(reads, [
      {
        subject_type: "person",
        subject_id: question.personId,
        on_behalf_of: "institution:VSAA",
        details: { question: question.id, number: question.number },
      },
    ]);
  });

  test("an empty or overlong answer is refused beside the field, with the text kept", async () => {
    const question = await asked(JANIS, "Bez atbildes");
    const officer = await officerAt("VSAA");
    const empty = await answer(officer, question.id, "  \r\n ");
    assert.equal(empty.status, 400);
    assert.match(empty.body, /<a href="#answer">Ierakstiet atbildi<\/a>/);
    const long = "Ž".repeat(8001);
    const tooLong = await answer(officer, question.id, long, empty);
    assert.equal(tooLong.status, 400);
    assert.match(tooLong.body, /<a href="#answer">Atbildei jābūt ne garākai par 8000 rakstzīmēm<\/a>/);
    assert.ok(tooLong.body.includes(`>${long}</textarea>`), "the answer as typed");
    const row = await site.database.db
      .selectFrom("questions.question")
      .select("status")
      .where("id", "=", question.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, "waiting");
  });

  test("the answer marks the question answered and reaches the asker's e-address mailbox", async () => {
    const question = await asked(MARTINS, "Slimības pabalsts", "Kad izmaksā slimības pabalstu?");
    const officer = await officerAt("VSAA");
    const sent = await answer(officer, question.id, "Labdien!\r\n\r\nPabalstu izmaksā desmit dienu laikā.");
    assert.equal(sent.status, 303);
    assert.equal(sent.location, `/darbs/jautajumi/${question.id}?nosutits=1`);
    const after = await officer.follow(sent);
    assert.match(after.body, /Atbilde nosūtīta uz jautātāja e-adresi/);
    assert.match(after.body, /Atbildēja Ilze Kalniņa/);
    assert.doesNotMatch(after.body, /name="answer"/, "no second answer form");

    const db = site.database.db;
    const row = await db
      .selectFrom("questions.question")
      .select(["status", "answer", "answered_by_name", "mailbox_message_id"])
      .where("id", "=", question.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, "answered");
    assert.equal(row.answer, "Labdien!\n\nPabalstu izmaksā desmit dienu laikā.");
    assert.equal(row.answered_by_name, "Ilze Kalniņa");
    const letter = await db
      .selectFrom("mailbox.message")
      .select(["id", "owner_kind", "owner_ref", "institution", "type", "subject", "body", "reference"])
      .where("reference", "=", question.number)
      .executeTakeFirstOrThrow();
    assert.equal(letter.id, row.mailbox_message_id);
    assert.deepEqual(
      { ...letter, id: undefined, body: undefined },
      {
        id: undefined,
        body: undefined,
        owner_kind: "person",
        owner_ref: question.personId,
        institution: "VSAA",
        type: "answer",
        subject: `Atbilde uz jautājumu ${question.number}`,
        reference: question.number,
      },
    );
    assert.match(letter.body, /Kad izmaksā slimības pabalstu\?/);
    assert.match(letter.body, /Pabalstu izmaksā desmit dienu laikā\.\n\nIlze Kalniņa\nValsts sociālās apdrošināšanas aģentūra$/);

    const audit = await db
      .selectFrom("platform.audit_log")
      .select(["on_behalf_of", "details"])
      .where("event", "=", "questions.question.answer")
      .where("subject_id", "=", question.id)
      .executeTakeFirstOrThrow();
    assert.equal(audit.on_behalf_of, "institution:VSAA");
    assert.deepEqual(audit.details, { number: question.number, institution: "VSAA", mailboxMessage: letter.id });

    // The asker sees it answered, with the answer and the letter in the mailbox.
    const mine = await question.visitor.get(`/uzdot-jautajumu/mani/${question.id}`);
    assert.match(mine.body, /Atbildēts/);
    assert.match(mine.body, /Pabalstu izmaksā desmit dienu laikā\./);
    assert.match(mine.body, new RegExp(`href="/pastkaste/${letter.id}"`));
    const opened = await question.visitor.get(`/pastkaste/${letter.id}`);
    assert.equal(opened.status, 200);
    assert.match(opened.body, /Pabalstu izmaksā desmit dienu laikā\./);

    const answered = await officer.get("/darbs/jautajumi?statuss=atbildeti");
    assert.match(answered.body, /Slimības pabalsts/);
    assert.doesNotMatch((await officer.get("/darbs/jautajumi")).body, /Slimības pabalsts/);
  });

  test("of two officers answering at once, one answer is sent and the other is told who answered first", async () => {
    const question = await asked(JANIS, "Divas atbildes");
    const first = await officerAt("VSAA");
    const second = await officerAt("VSAA");
    const [formOne, formTwo] = await Promise.all([
      first.get(`/darbs/jautajumi/${question.id}`),
      second.get(`/darbs/jautajumi/${question.id}`),
    ]);
    const results = await Promise.all([
      answer(first, question.id, "Pirmā atbilde.", formOne),
      answer(second, question.id, "Otrā atbilde.", formTwo),
    ]);
    const statuses = results.map((r) => r.status).sort();
    assert.deepEqual(statuses, [303, 409]);
    const lost = results.find((r) => r.status === 409) as Page;
    assert.match(lost.body, /Jūsu atbilde netika nosūtīta/);
    assert.match(lost.body, /uz šo jautājumu jau atbildēja Ilze Kalniņa/);
    const mineLost = results[0]?.status === 409 ? "Pirmā atbilde." : "Otrā atbilde.";
    assert.ok(lost.body.includes(mineLost), "the unsent text is shown back");

    const db = site.database.db;
    const row = await db.selectFrom("questions.question").select("answer").where("id", "=", question.id).executeTakeFirstOrThrow();
    assert.notEqual(row.answer, mineLost, "the first answer stays");
    const letters = await db.selectFrom("mailbox.message").select("id").where("reference", "=", question.number).execute();
    assert.equal(letters.length, 1, "one letter");
  });
});
