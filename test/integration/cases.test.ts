// A place-of-residence declaration processed as a case over HTTP: opened when submitted, checked
// in the population register by a job, worked on by PMLP's officers (two at once cannot overwrite
// each other), a request to the applicant that stops the clock and is answered with a file, a
// question to another institution, an overdue deadline, a signed decision the applicant reads in
// the e-address and that fails verification once altered, and a rating.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { verifyAsice } from "../../src/platform/signing/index.ts";
import { listeningTestApp, type TestApp } from "../harness/app.ts";
import { loginAsStaff, type Page, type Visitor } from "../harness/login.ts";
import { submitResidence } from "../harness/residence-application.ts";

const EDGARS = "09046814431"; // officer at PMLP
const ILZE = "14027814803"; // officer at PMLP and VSAA

async function until<T>(what: string, probe: () => Promise<T | null | undefined>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

function version(page: Page): string {
  const v = /name="version" value="(\d+)"/.exec(page.body)?.[1];
  assert.ok(v, "the page carries the case version");
  return v;
}

describe("case processing", () => {
  let site: TestApp & { url: string };
  let olena: Visitor;
  let applicationId: string;
  let caseId: string;
  let edgars: Visitor;

  before(async () => {
    site = await listeningTestApp({ seed: true, role: "all" });
    ({ visitor: olena, applicationId } = await submitResidence(site.url));
    edgars = await loginAsStaff(site.url, site.database.db, { personalCode: EDGARS }, "PMLP", "officer");
  });
  after(() => site.close());

  const row = () => site.database.db.selectFrom("cases.case").selectAll().where("application_id", "=", applicationId).executeTakeFirst();

  test("a submitted application becomes a case, checked in the register and queued at PMLP", async () => {
    const opened = await until("the case to reach its review step", async () => {
      const c = await row();
      return c?.step_id === "review" ? c : null;
    });
    caseId = opened.id;
    assert.equal(opened.institution, "PMLP");
    assert.equal(opened.status, "open");
    const results = await site.database.db.selectFrom("cases.step_result").selectAll().where("case_id", "=", caseId).execute();
    assert.equal(results.length, 1);
    assert.equal(results[0]?.outcome, "ok");

    const queue = await edgars.get("/darbs/lietas");
    assert.equal(queue.status, 200);
    assert.ok(queue.body.includes(opened.number));
    const page = await edgars.get(`/darbs/lietas/${caseId}`);
    assert.equal(page.status, 200);
    assert.match(page.body, /Pārbaude iedzīvotāju reģistrā: atbilst/);
    assert.match(page.body, /Brīvības iela 101-5, Rīga/);

    const vsaa = await loginAsStaff(site.url, site.database.db, { personalCode: ILZE }, "VSAA", "officer");
    assert.equal((await vsaa.get(`/darbs/lietas/${caseId}`)).status, 404, "another institution does not see it");
  });

  test("two officers on one case cannot overwrite each other", async () => {
    const ilze = await loginAsStaff(site.url, site.database.db, { personalCode: ILZE }, "PMLP", "officer");
    const seenByIlze = await ilze.get(`/darbs/lietas/${caseId}`);
    const seenByEdgars = await edgars.get(`/darbs/lietas/${caseId}`);
    const mine = await edgars.post(`/darbs/lietas/${caseId}/pieskirt`, [
      ["_csrf", edgars.csrf(seenByEdgars.body)],
      ["version", version(seenByEdgars)],
      ["assignee", "me"],
    ]);
    assert.equal(mine.status, 303);
    const late = await ilze.post(`/darbs/lietas/${caseId}/piezime`, [
      ["_csrf", ilze.csrf(seenByIlze.body)],
      ["version", version(seenByIlze)],
      ["note", "Piezīme, kas jāsaglabā"],
    ]);
    assert.equal(late.status, 303, "a note adds to the case and does not need the latest version");
    const stale = await ilze.post(`/darbs/lietas/${caseId}/pieskirt`, [
      ["_csrf", ilze.csrf(seenByIlze.body)],
      ["version", version(seenByIlze)],
      ["assignee", "me"],
    ]);
    assert.equal(stale.status, 409);
    assert.match(stale.body, /Lietu kāds mainīja vienlaikus ar jums/);
    const c = await row();
    assert.match(c?.assignee ?? "", /^user:/);
    const names = await site.database.db
      .selectFrom("identity.person")
      .select("id")
      .where("personal_code", "=", EDGARS)
      .executeTakeFirstOrThrow();
    assert.equal(c?.assignee, `user:${names.id}`, "Edgars's assignment stands");
  });

  test("a request to the applicant stops the clock; her answer with a file restarts it", async () => {
    const page = await edgars.get(`/darbs/lietas/${caseId}`);
    const empty = await edgars.post(`/darbs/lietas/${caseId}/pieprasit`, [
      ["_csrf", edgars.csrf(page.body)],
      ["version", version(page)],
      ["question", ""],
    ]);
    assert.equal(empty.status, 400);
    assert.match(empty.body, /Ierakstiet, kas iesniedzējam jāsniedz/);
    const asked = await edgars.post(`/darbs/lietas/${caseId}/pieprasit`, [
      ["_csrf", edgars.csrf(page.body)],
      ["version", version(page)],
      ["question", "Lūdzu, pievienojiet īres līguma kopiju."],
    ]);
    assert.equal(asked.status, 303);
    assert.equal((await row())?.status, "waiting_applicant");

    const mailbox = await olena.get("/pastkaste");
    assert.match(mailbox.body, /Pieprasījums par pieteikumu/);
    const mine = await olena.get(`/mani-pieteikumi/${applicationId}`);
    assert.equal(mine.status, 200);
    assert.match(mine.body, /Lūdzu, pievienojiet īres līguma kopiju/);
    const requestId = /name="request" value="([0-9a-f-]{36})"/.exec(mine.body)?.[1] ?? "";
    const form = new FormData();
    form.set("_csrf", olena.csrf(mine.body));
    form.set("version", version(mine));
    form.set("request", requestId);
    form.set("answer", "Pievienoju īres līgumu.");
    form.set("files", new Blob(["%PDF-1.4\n%%EOF\n"], { type: "application/pdf" }), "līgums.pdf");
    const answered = await olena.postMultipart(`/mani-pieteikumi/${applicationId}/atbilde`, form);
    assert.equal(answered.status, 303, answered.body.slice(0, 400));
    const c = await row();
    assert.equal(c?.status, "open");
    assert.equal(c?.paused_since, null);
    const officerView = await edgars.get(`/darbs/lietas/${caseId}`);
    assert.match(officerView.body, /Pievienoju īres līgumu/);
    assert.match(officerView.body, /līgums\.pdf/);
  });

  test("a question to another institution puts the case in its queue until answered", async () => {
    const page = await edgars.get(`/darbs/lietas/${caseId}`);
    const asked = await edgars.post(`/darbs/lietas/${caseId}/jautat-iestadei`, [
      ["_csrf", edgars.csrf(page.body)],
      ["version", version(page)],
      ["to", "VSAA"],
      ["institutionQuestion", "Vai personai ir piešķirts pabalsts šajā adresē?"],
    ]);
    assert.equal(asked.status, 303);
    const vsaa = await loginAsStaff(site.url, site.database.db, { personalCode: ILZE }, "VSAA", "officer");
    const theirs = await vsaa.get(`/darbs/lietas/${caseId}`);
    assert.equal(theirs.status, 200);
    // Asked is not owning: VSAA may answer, not act on PMLP's case.
    const grab = await vsaa.post(`/darbs/lietas/${caseId}/pieskirt`, [
      ["_csrf", vsaa.csrf(theirs.body)],
      ["version", version(theirs)],
      ["assignee", "me"],
    ]);
    assert.equal(grab.status, 403);
    const action = /action="(\/darbs\/lietas\/[^"]+\/atbildet-iestadei\/[^"]+)"/.exec(theirs.body)?.[1];
    assert.ok(action);
    const replied = await vsaa.post(action, [
      ["_csrf", vsaa.csrf(theirs.body)],
      ["version", version(theirs)],
      ["answer", "Nav piešķirts."],
    ]);
    assert.equal(replied.status, 303);
    assert.equal((await row())?.status, "open");
    assert.equal((await vsaa.get(`/darbs/lietas/${caseId}`)).status, 404, "once answered, the case is PMLP's alone again");
  });

  test("a case past its deadline shows as overdue", async () => {
    await site.database.db.updateTable("cases.case").set({ due_on: "2026-01-05" }).where("id", "=", caseId).execute();
    const overdue = await edgars.get("/darbs/lietas?termins=overdue");
    assert.match(overdue.body, /Nokavēts/);
    assert.ok(overdue.body.includes(`/darbs/lietas/${caseId}`));
  });

  test("the officer decides; the signed decision reaches the applicant, verifies, and fails once altered", async () => {
    let page = await edgars.get(`/darbs/lietas/${caseId}`);
    const tooEarly = await edgars.post(`/darbs/lietas/${caseId}/lemums`, [
      ["_csrf", edgars.csrf(page.body)],
      ["version", version(page)],
      ["outcome", "granted"],
      ["reasoning", "Pāragri."],
    ]);
    assert.equal(tooEarly.status, 409, "the review step is not skipped");
    assert.match(tooEarly.body, /Šajā lietas solī to nevar darīt/);
    const advanced = await edgars.post(`/darbs/lietas/${caseId}/pabeigt-soli`, [
      ["_csrf", edgars.csrf(page.body)],
      ["version", version(page)],
    ]);
    assert.equal(advanced.status, 303);
    page = await edgars.get(`/darbs/lietas/${caseId}`);
    assert.match(page.body, /Pieņemt un nosūtīt lēmumu/);
    const decided = await edgars.post(`/darbs/lietas/${caseId}/lemums`, [
      ["_csrf", edgars.csrf(page.body)],
      ["version", version(page)],
      ["outcome", "granted"],
      ["reasoning", "Dzīvesvieta deklarēta adresē Brīvības iela 101-5, Rīga."],
    ]);
    assert.equal(decided.status, 303, decided.body.slice(0, 400));
    const c = await row();
    assert.equal(c?.status, "decided");
    assert.equal(c?.outcome, "granted");

    const mine = await olena.get(`/mani-pieteikumi/${applicationId}`);
    assert.match(mine.body, /Apmierināts/);
    const letter = await olena.get(`/pastkaste/${c?.decision_message_id}`);
    assert.equal(letter.status, 200);
    const edocLink = /href="(\/pastkaste\/[^"]+\/pielikumi\/[^"]+)"[^>]*>lemums-[^<]+\.edoc/.exec(letter.body)?.[1];
    assert.ok(edocLink, "the decision letter has the signed container");
    const edoc = await fetch(`${site.url}${edocLink}`, { headers: { cookie: `epak_session=${olena.cookie("epak_session")}` } });
    const bytes = new Uint8Array(await edoc.arrayBuffer());
    const verified = await verifyAsice(bytes);
    assert.equal(verified.ok, true, JSON.stringify(verified));
    // Any byte of the container changed (the compressed PDF, the manifest, the signature): it no
    // longer verifies. The signing module's own tests change the signed file itself byte by byte.
    for (const at of [0.25, 0.5, 0.75].map((f) => Math.floor(bytes.length * f))) {
      const altered = new Uint8Array(bytes);
      altered[at] = (altered[at] ?? 0) ^ 0x01;
      assert.equal((await verifyAsice(altered)).ok, false, `byte ${at} changed`);
    }
    const pdfInside = verified.ok ? verified.files.find((f) => f.name.endsWith(".pdf")) : undefined;
    assert.ok(pdfInside && Buffer.from(pdfInside.bytes).subarray(0, 5).toString() === "%PDF-", "the container holds the decision PDF");

    const rated = await olena.post(`/mani-pieteikumi/${applicationId}/vertejums`, [
      ["_csrf", olena.csrf(mine.body)],
      ["version", version(mine)],
      ["rating", "5"],
      ["comment", "Ātri un ērti."],
    ]);
    assert.equal(rated.status, 303);
    assert.equal((await row())?.rating, 5);
    const timeline = await olena.get(`/mani-pieteikumi/${applicationId}`);
    assert.match(timeline.body, /Pieņemts lēmums: Apmierināts/);
    assert.match(timeline.body, /Pakalpojums novērtēts: 5 no 5/);
    assert.doesNotMatch(timeline.body, /iekšēja piezīme/, "internal notes stay internal");
  });
});
