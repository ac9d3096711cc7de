// "Mani dati" (my data): the register entry and who read it, contact details confirmed by a
// one-time code, the language Epak writes in, and ending one's other sessions.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { ManualClock } from "../../src/platform/clock.ts";
import { listeningTestApp, type TestApp } from "../harness/app.ts";
import { loginAs, type Page, type Visitor } from "../harness/login.ts";

const JANIS = "15038413866";
const LIGA = "22078610560";
const EDGARS = "09046814431";
const INESE = "17127019042";
const DACE = "25059513742";
const ARTURS = "12099812787";
const LAURA = "30109218327";
const MINUTE = 60_000;

type OutboxItem = { channel: string; recipient: string; body: string };

function inputValue(html: string, name: string): string {
  const input = new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(html)?.[0];
  assert.ok(input, `an input named ${name}`);
  return /value="([^"]*)"/.exec(input)?.[1] ?? "";
}

describe("my data", () => {
  let site: TestApp & { url: string };
  const clock = new ManualClock();

  before(async () => {
    site = await listeningTestApp({ seed: true, clock });
  });
  after(() => site.close());

  const person = (personalCode: string) =>
    site.database.db
      .selectFrom("identity.person")
      .select(["id", "email", "email_verified_at", "phone", "phone_verified_at", "language"])
      .where("personal_code", "=", personalCode)
      .executeTakeFirstOrThrow();

  /** The newest message Epak would have sent, as the development outbox shows it. */
  const lastMessage = async (visitor: Visitor): Promise<OutboxItem & { code: string }> => {
    const page = await visitor.get("/dev/izsutitie.json", { accept: "application/json" });
    const [item] = (JSON.parse(page.body) as { items: OutboxItem[] }).items;
    assert.ok(item, "a message in the outbox");
    const code = /\b(\d{6})\b/.exec(item.body)?.[1];
    assert.ok(code, "a six-digit code in the message");
    return { ...item, code };
  };

  /** Asks for a code to `value` on the contact page at `path`; returns the answer. */
  const requestCode = async (visitor: Visitor, path: string, value: string): Promise<Page> => {
    const form = await visitor.get(path);
    assert.equal(form.status, 200);
    return visitor.post(path, { _csrf: visitor.csrf(form.body), value });
  };

  const typeCode = async (visitor: Visitor, path: string, code: string): Promise<Page> => {
    const form = await visitor.get(`${path}/kods`);
    return visitor.post(`${path}/kods`, { _csrf: visitor.csrf(form.body), code });
  };

  const otherThan = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

  test("shows the register entry, and each look at it is logged for the person", async () => {
    const visitor = await loginAs(site.url, { personalCode: JANIS });
    const { id } = await person(JANIS);
    const reads = () =>
      site.database.db
        .selectFrom("platform.audit_log")
        .select(["actor", "subject_type"])
        .where("event", "=", "identity.register-entry.read")
        .where("subject_id", "=", id)
        .execute();
    const before = (await reads()).length;
    const page = await visitor.get("/konts");
    assert.equal(page.status, 200);
    for (const shown of [
      "Jānis Bērziņš",
      "150384-13866",
      "1984. gada 15. marts",
      "Latvijas pilsonis",
      "Brīvības iela 101-5, Rīga, LV-1001",
    ]) {
      assert.ok(page.body.includes(shown), shown);
    }
    assert.match(page.body, /SIA &quot;Bērziņu Būve&quot; \(40103587986\) — var pārstāvēt atsevišķi/);
    assert.match(page.body, /AS &quot;Daugavas Enerģija&quot; \(40003124336\) — var pārstāvēt tikai kopā ar citiem valdes locekļiem/);
    await visitor.get("/konts");
    const after = await reads();
    assert.equal(after.length, before + 2);
    assert.ok(after.every((r) => r.actor === `user:${id}` && r.subject_type === "person"));
  });

  test("an email address is saved only once the code sent to it is typed", async () => {
    const visitor = await loginAs(site.url, { personalCode: LIGA });
    const path = "/konts/kontakti/e-pasts";

    const bad = await requestCode(visitor, path, "not-an-email");
    assert.equal(bad.status, 400);
    assert.ok(bad.body.includes("Ievadiet e-pasta adresi pareizā formātā, piemēram, vards@example.lv"));
    assert.equal(inputValue(bad.body, "value"), "not-an-email", "the typed value is kept");

    const sent = await requestCode(visitor, path, "Liga.Berzina@Example.lv");
    assert.equal(sent.status, 303);
    assert.equal(sent.location, `${path}/kods`);
    const message = await lastMessage(visitor);
    assert.equal(message.channel, "email");
    assert.equal(message.recipient, "liga.berzina@example.lv");
    assert.match((await visitor.get(`${path}/kods`)).body, /liga\.berzina@example\.lv/, "the code page names the address");
    assert.equal((await person(LIGA)).email, null, "nothing saved before the code");

    const format = await typeCode(visitor, path, "12345");
    assert.equal(format.status, 400);
    assert.ok(format.body.includes("Kodā jābūt sešiem cipariem"));
    const wrong = await typeCode(visitor, path, otherThan(message.code));
    assert.equal(wrong.status, 400);
    assert.ok(wrong.body.includes("Kods nav pareizs"));

    // A test clock stands still; codes asked for at one instant would tie for "newest".
    clock.advance(1000);
    const again = await requestCode(visitor, path, "liga.berzina@example.lv");
    assert.equal(again.status, 303);
    const fresh = await lastMessage(visitor);
    const done = await typeCode(visitor, path, ` ${fresh.code.slice(0, 3)} ${fresh.code.slice(3)} `);
    assert.equal(done.status, 303);
    assert.equal(done.location, "/konts?saglabats=email");
    const account = await visitor.follow(done);
    assert.match(account.body, /E-pasta adrese apstiprināta un saglabāta\./);
    assert.match(account.body, /liga\.berzina@example\.lv <strong class="govuk-tag govuk-tag--green">Apstiprināts<\/strong>/);
    const saved = await person(LIGA);
    assert.equal(saved.email, "liga.berzina@example.lv");
    assert.ok(saved.email_verified_at);

    const reused = await typeCode(visitor, path, fresh.code);
    assert.equal(reused.status, 400, "a code works once");
  });

  test("after five wrong codes the right one is refused too", async () => {
    const visitor = await loginAs(site.url, { personalCode: EDGARS });
    const path = "/konts/kontakti/e-pasts";
    await requestCode(visitor, path, "edgars@example.lv");
    const { code } = await lastMessage(visitor);
    for (let i = 0; i < 5; i++) {
      const page = await typeCode(visitor, path, otherThan(code));
      assert.ok(page.body.includes("Kods nav pareizs"), `attempt ${i + 1}`);
    }
    const right = await typeCode(visitor, path, code);
    assert.equal(right.status, 400);
    assert.ok(right.body.includes("Koda derīgums beidzies vai tas ievadīts nepareizi pārāk daudz reižu"));
    assert.equal((await person(EDGARS)).email, null);

    clock.advance(1000);
    await requestCode(visitor, path, "edgars@example.lv");
    const done = await typeCode(visitor, path, (await lastMessage(visitor)).code);
    assert.equal(done.location, "/konts?saglabats=email", "a new code works");
    assert.equal((await person(EDGARS)).email, "edgars@example.lv");
  });

  test("a code is good for 10 minutes", async () => {
    const visitor = await loginAs(site.url, { personalCode: ARTURS });
    const path = "/konts/kontakti/e-pasts";
    await requestCode(visitor, path, "arturs@example.lv");
    const { code } = await lastMessage(visitor);
    clock.advance(11 * MINUTE);
    const late = await typeCode(visitor, path, code);
    assert.equal(late.status, 400);
    assert.ok(late.body.includes("Koda derīgums beidzies"));
    assert.equal((await person(ARTURS)).email, null);
  });

  test("no more than five codes an hour", async () => {
    const visitor = await loginAs(site.url, { personalCode: LAURA });
    const path = "/konts/kontakti/e-pasts";
    for (let i = 0; i < 5; i++) assert.equal((await requestCode(visitor, path, `laura${i}@example.lv`)).status, 303);
    const sixth = await requestCode(visitor, path, "laura@example.lv");
    assert.equal(sixth.status, 429);
    assert.ok(sixth.body.includes("Pēdējās stundas laikā nosūtīts pārāk daudz kodu"));
    assert.equal(inputValue(sixth.body, "value"), "laura@example.lv");
  });

  test("a Latvian mobile number without +371 is stored with it", async () => {
    const visitor = await loginAs(site.url, { personalCode: INESE });
    const path = "/konts/kontakti/talrunis";
    const bad = await requestCode(visitor, path, "12");
    assert.equal(bad.status, 400);
    assert.ok(bad.body.includes("Ievadiet tālruņa numuru pareizā formātā"));

    assert.equal((await requestCode(visitor, path, "20 000 000")).status, 303);
    const message = await lastMessage(visitor);
    assert.equal(message.channel, "sms");
    assert.equal(message.recipient, "+37120000000");
    const done = await typeCode(visitor, path, message.code);
    assert.equal(done.location, "/konts?saglabats=phone");
    assert.match((await visitor.follow(done)).body, /\+37120000000 <strong class="govuk-tag govuk-tag--green">Apstiprināts/);
    const saved = await person(INESE);
    assert.equal(saved.phone, "+37120000000");
    assert.ok(saved.phone_verified_at);
  });

  test("the language Epak writes in is saved; an unknown one is refused at the field", async () => {
    const visitor = await loginAs(site.url, { personalCode: DACE });
    const csrf = visitor.csrf((await visitor.get("/konts")).body);
    const bad = await visitor.post("/konts/valoda", { _csrf: csrf, language: "xx" });
    assert.equal(bad.status, 400);
    assert.ok(bad.body.includes("Izvēlieties valodu"));
    assert.equal((await person(DACE)).language, "lv");

    const saved = await visitor.post("/konts/valoda", { _csrf: csrf, language: "en" });
    assert.equal(saved.status, 303);
    assert.equal(saved.location, "/konts?saglabats=language");
    const page = await visitor.follow(saved);
    assert.match(page.body, /Saziņas valoda saglabāta\./);
    assert.match(page.body, /name="language" type="radio" value="en" checked/);
    assert.equal((await person(DACE)).language, "en");
  });

  test("a person ends their session on another computer from the sessions table", async () => {
    const here = await loginAs(site.url, { personalCode: JANIS, method: "eid" });
    const there = await loginAs(site.url, { personalCode: JANIS, method: "seb" });
    const stranger = await loginAs(site.url, { personalCode: LIGA });
    const thereId = /\/konts\/sesijas\/([0-9a-f-]{36})\/beigt/.exec((await here.get("/konts")).body)?.[1];
    assert.ok(thereId, "the other session has an end button");

    const notMine = await stranger.post(`/konts/sesijas/${thereId}/beigt`, { _csrf: stranger.csrf((await stranger.get("/konts")).body) });
    assert.equal(notMine.status, 404, "no one ends someone else's session");
    assert.equal((await there.get("/konts")).status, 200);

    const ended = await here.post(`/konts/sesijas/${thereId}/beigt`, { _csrf: here.csrf((await here.get("/konts")).body) });
    assert.equal(ended.status, 303);
    assert.equal(ended.location, "/konts?saglabats=session");
    const page = await here.follow(ended);
    assert.match(page.body, /Sesija beigta\./);
    assert.doesNotMatch(page.body, new RegExp(thereId));
    const gone = await there.get("/konts");
    assert.equal(gone.status, 303);
    assert.equal(gone.location, "/pieslegties?atpakal=%2Fkonts");
  });
});
