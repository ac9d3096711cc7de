// A login session as the person lives it: it times out when left alone and after a working day,
// gets a new id whenever its rights change, ends at logout (here and at the provider, and
// everywhere at once when asked), and pages behind it send strangers to log in.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { ManualClock } from "../../src/platform/clock.ts";
import { listeningTestApp, type TestApp } from "../harness/app.ts";
import { logIn, loginAs, sessionTokenHash, startLogin, Visitor } from "../harness/login.ts";

const JANIS = "15038413866";
const LIGA = "22078610560";
const ILZE = "14027814803";
const MINUTE = 60_000;

describe("sessions", () => {
  let site: TestApp & { url: string };
  const clock = new ManualClock();

  before(async () => {
    site = await listeningTestApp({ seed: true, clock });
  });
  after(() => site.close());

  const sessionRow = (hash: string) =>
    site.database.db
      .selectFrom("identity.session")
      .select(["ended_at", "end_reason", "acting_kind", "acting_id"])
      .where("token_hash", "=", hash)
      .executeTakeFirstOrThrow();

  const personId = async (personalCode: string) =>
    (await site.database.db.selectFrom("identity.person").select("id").where("personal_code", "=", personalCode).executeTakeFirstOrThrow())
      .id;

  /** A visitor that carries nothing but this session cookie. */
  const withCookie = (token: string) => {
    const visitor = new Visitor(site.url);
    visitor.setCookie("epak_session", token);
    return visitor;
  };

  describe("timing out", () => {
    test("a session left alone for 16 minutes has ended: the next page says so and the cookie goes", async () => {
      const visitor = await loginAs(site.url, { personalCode: JANIS });
      const hash = sessionTokenHash(visitor);
      clock.advance(16 * MINUTE);
      const page = await visitor.get("/konts");
      assert.equal(page.status, 303);
      assert.equal(page.location, "/sesija-beigusies?atpakal=%2Fkonts");
      assert.equal(visitor.cookie("epak_session"), undefined, "cookie cleared");
      const row = await sessionRow(hash);
      assert.equal(row.end_reason, "idle");
      assert.deepEqual(row.ended_at, clock.now());
      const ended = await visitor.follow(page);
      assert.equal(ended.status, 200);
      assert.match(ended.body, /Jūsu sesija ir beigusies/);
      assert.match(ended.body, /href="\/pieslegties\?atpakal=%2Fkonts"/, "log in again, back to the same page");
    });

    test("activity keeps a session alive: 14 minutes, a page, 14 more, a page", async () => {
      const visitor = await loginAs(site.url, { personalCode: JANIS });
      const hash = sessionTokenHash(visitor);
      for (let i = 0; i < 2; i++) {
        clock.advance(14 * MINUTE);
        assert.equal((await visitor.get("/konts")).status, 200);
      }
      assert.equal((await sessionRow(hash)).ended_at, null);
    });

    test("a form sent after the session timed out is answered 'session ended', not carried out", async () => {
      const visitor = await loginAs(site.url, { personalCode: JANIS });
      const csrf = visitor.csrf((await visitor.get("/konts")).body);
      clock.advance(16 * MINUTE);
      const page = await visitor.post("/konts/valoda", { _csrf: csrf, language: "en" });
      assert.equal(page.status, 401);
      assert.match(page.body, /Sesija ir beigusies/);
      const person = await site.database.db
        .selectFrom("identity.person")
        .select("language")
        .where("personal_code", "=", JANIS)
        .executeTakeFirstOrThrow();
      assert.equal(person.language, "lv");
    });

    test("a session kept busy ends 8 hours after login all the same", async () => {
      const visitor = await loginAs(site.url, { personalCode: LIGA });
      const hash = sessionTokenHash(visitor);
      for (let minutes = 10; minutes < 8 * 60; minutes += 10) {
        clock.advance(10 * MINUTE);
        const page = await visitor.get("/");
        assert.match(page.body, /Līga Bērziņa/, `still logged in after ${minutes} minutes`);
      }
      clock.advance(10 * MINUTE);
      const page = await visitor.get("/konts");
      assert.equal(page.status, 303);
      assert.equal(page.location, "/sesija-beigusies?atpakal=%2Fkonts");
      assert.equal((await sessionRow(hash)).end_reason, "expired");
    });

    test("'stay logged in' answers when the session will now time out", async () => {
      const visitor = await loginAs(site.url, { personalCode: JANIS });
      const csrf = visitor.csrf((await visitor.get("/konts")).body);
      clock.advance(5 * MINUTE);
      const page = await visitor.post("/sesija/pagarinat", { _csrf: csrf }, { accept: "application/json" });
      assert.equal(page.status, 200);
      assert.deepEqual(JSON.parse(page.body), { idleSecondsLeft: 15 * 60 }, "the request itself counts as activity");
      const form = await visitor.post("/sesija/pagarinat", { _csrf: csrf });
      assert.equal(form.status, 303, "without JavaScript, the form goes back");
      assert.equal(form.location, "/konts");
    });
  });

  describe("a new session id whenever rights change", () => {
    test("a session id planted before login is not the one used after", async () => {
      const visitor = new Visitor(site.url);
      visitor.setCookie("epak_session", "planted-by-someone-else");
      const page = await logIn(visitor, { personalCode: JANIS });
      assert.equal(page.status, 200);
      assert.notEqual(visitor.cookie("epak_session"), "planted-by-someone-else");
    });

    test("logging in again at a higher level replaces the session; the old id opens nothing", async () => {
      const visitor = await loginAs(site.url, { personalCode: JANIS });
      const oldToken = visitor.cookie("epak_session") ?? "";
      const oldHash = sessionTokenHash(visitor);
      const page = await logIn(visitor, { personalCode: JANIS, method: "eid", level: "high" });
      assert.equal(page.status, 200);
      assert.notEqual(visitor.cookie("epak_session"), oldToken);
      assert.equal((await sessionRow(oldHash)).end_reason, "rotated");
      const stale = await withCookie(oldToken).get("/konts");
      assert.equal(stale.status, 303);
      assert.equal(stale.location, "/pieslegties?atpakal=%2Fkonts");
      assert.equal((await visitor.get("/konts")).status, 200);
    });

    test("acting for a company: a new id, the company in the header, and writes recorded on its behalf", async () => {
      const visitor = await loginAs(site.url, { personalCode: JANIS });
      const oldToken = visitor.cookie("epak_session") ?? "";
      const choose = await visitor.get("/konts/loma");
      assert.equal(choose.status, 200);
      assert.match(choose.body, /value="company:40103587986"/);
      assert.doesNotMatch(choose.body, /value="company:40003124336"/, "a company represented only jointly is not offered");
      const switched = await visitor.post("/konts/loma", { _csrf: visitor.csrf(choose.body), acting: "company:40103587986" });
      assert.equal(switched.status, 303);
      assert.equal(switched.location, "/konts");
      assert.notEqual(visitor.cookie("epak_session"), oldToken);

      const stale = await withCookie(oldToken).get("/konts");
      assert.equal(stale.status, 303);
      assert.equal(stale.location, "/pieslegties?atpakal=%2Fkonts");

      const account = await visitor.get("/konts");
      assert.equal(account.status, 200);
      assert.match(account.body, /epak-account-bar__acting">pārstāv: SIA &quot;Bērziņu Būve&quot;</);
      const row = await sessionRow(sessionTokenHash(visitor));
      assert.equal(row.acting_kind, "company");
      assert.equal(row.acting_id, "40103587986");

      const saved = await visitor.post("/konts/valoda", { _csrf: visitor.csrf(account.body), language: "en" });
      assert.equal(saved.status, 303);
      const audit = await site.database.db
        .selectFrom("platform.audit_log")
        .select(["actor", "on_behalf_of"])
        .where("event", "=", "identity.language.update")
        .orderBy("id", "desc")
        .executeTakeFirstOrThrow();
      assert.equal(audit.actor, `user:${await personId(JANIS)}`);
      assert.equal(audit.on_behalf_of, "company:40103587986");
      await visitor.post("/konts/valoda", { _csrf: visitor.csrf(account.body), language: "lv" });
    });

    test("someone else logging in on the same browser does not go on acting for the last person's company", async () => {
      const visitor = await loginAs(site.url, { personalCode: JANIS });
      const choose = await visitor.get("/konts/loma");
      await visitor.post("/konts/loma", { _csrf: visitor.csrf(choose.body), acting: "company:40103587986" });
      const page = await logIn(visitor, { personalCode: LIGA, method: "eid", level: "high" });
      assert.equal(page.status, 200);
      assert.match(page.body, /Līga Bērziņa/);
      assert.doesNotMatch(page.body, /epak-account-bar__acting/);
      assert.equal((await sessionRow(sessionTokenHash(visitor))).acting_kind, "self");
    });

    test("acting for whom one may not is refused at the field, and the session stays as it was", async () => {
      const visitor = await loginAs(site.url, { personalCode: JANIS });
      const token = visitor.cookie("epak_session");
      const csrf = visitor.csrf((await visitor.get("/konts/loma")).body);
      const ilzesMembership = await site.database.db
        .selectFrom("identity.staff_membership")
        .select("id")
        .where("person_id", "=", await personId(ILZE))
        .executeTakeFirstOrThrow();
      const cases = [
        { acting: "company:40003124336", message: "Uzņēmumu reģistrā nav ziņu, ka varat pārstāvēt šo uzņēmumu atsevišķi" },
        { acting: "company:40003073400", message: "Uzņēmumu reģistrā nav ziņu, ka varat pārstāvēt šo uzņēmumu atsevišķi" },
        { acting: `staff:${crypto.randomUUID()}`, message: "Jums vairs nav šīs darbinieka lomas" },
        { acting: `staff:${ilzesMembership.id}`, message: "Jums vairs nav šīs darbinieka lomas" },
        { acting: "everyone", message: "Izvēlieties, kā vārdā vēlaties darboties" },
      ];
      for (const { acting, message } of cases) {
        const page = await visitor.post("/konts/loma", { _csrf: csrf, acting });
        assert.equal(page.status, 400, acting);
        assert.ok(page.body.includes(message), `message for ${acting}`);
        assert.match(page.body, /govuk-error-summary/);
      }
      assert.equal(visitor.cookie("epak_session"), token);
      assert.equal((await sessionRow(sessionTokenHash(visitor))).acting_kind, "self");
    });
  });

  describe("logging out", () => {
    test("ends the session here, then at the provider, and lands on the signed-out page", async () => {
      const visitor = await loginAs(site.url, { personalCode: JANIS });
      const hash = sessionTokenHash(visitor);
      const account = await visitor.get("/konts");
      const out = await visitor.post("/iziet", { _csrf: visitor.csrf(account.body) });
      assert.equal(out.status, 303);
      assert.equal(visitor.cookie("epak_session"), undefined, "cookie cleared");
      const row = await sessionRow(hash);
      assert.equal(row.end_reason, "logout");
      assert.ok(row.ended_at);

      const endSession = new URL(out.location ?? "");
      assert.equal(endSession.origin, site.url);
      assert.equal(endSession.pathname, "/dev-idp/session/end");
      assert.equal(endSession.searchParams.get("client_id"), "epak");
      assert.equal(
        endSession.searchParams.get("id_token_hint"),
        null,
        "the ID token, which holds the personal code, stays out of addresses",
      );
      assert.equal(endSession.searchParams.get("post_logout_redirect_uri"), `${site.url}/izrakstits`);

      const confirm = await visitor.follow(out);
      assert.equal(confirm.status, 200);
      assert.match(confirm.body, /<h1 class="govuk-heading-l">Iziet arī no autentifikācijas pakalpojuma/);
      const action = /<form method="post" action="([^"]+)"/.exec(confirm.body)?.[1] ?? "";
      const xsrf = /name="xsrf" value="([^"]+)"/.exec(confirm.body)?.[1] ?? "";
      const target = new URL(action.replaceAll("&amp;", "&"), site.url);
      const done = await visitor.follow(await visitor.post(`${target.pathname}${target.search}`, { xsrf, logout: "yes" }));
      assert.equal(done.status, 200);
      assert.equal(done.url.pathname, "/izrakstits");
      assert.match(done.body, /Iziešana no Epak ir pabeigta/);

      const after = await visitor.get("/konts");
      assert.equal(after.status, 303);
      assert.equal(after.location, "/pieslegties?atpakal=%2Fkonts");
    });

    test("the provider's logout page links to its own English version", async () => {
      const visitor = await loginAs(site.url, { personalCode: JANIS });
      const out = await visitor.post("/iziet", { _csrf: visitor.csrf((await visitor.get("/konts")).body) });
      const confirm = await visitor.follow(out);
      assert.match(confirm.body, /hreflang="en"/);
      assert.match(confirm.body, /href="\/en\/dev-idp\/session\/end[^"]*" lang="en" hreflang="en"/);
    });

    test("the provider will not send a logged-out person to another site", async () => {
      const visitor = new Visitor(site.url);
      const query = new URLSearchParams({ client_id: "epak", post_logout_redirect_uri: "https://evil.example/" });
      const page = await visitor.get(`/dev-idp/session/end?${query}`);
      assert.equal(page.status, 400);
      assert.equal(page.location, null);
      assert.doesNotMatch(page.body, /action="https:\/\/evil/);
    });

    test("a logout without the form's token is refused and the session goes on", async () => {
      const visitor = await loginAs(site.url, { personalCode: JANIS });
      const page = await visitor.post("/iziet", {});
      assert.equal(page.status, 403);
      assert.match(page.body, /Veidlapas derīgums ir beidzies/);
      assert.equal((await visitor.get("/konts")).status, 200);
    });

    test("'log out everywhere' ends the person's other sessions too", async () => {
      const here = await loginAs(site.url, { personalCode: LIGA });
      const there = await loginAs(site.url, { personalCode: LIGA });
      const someoneElse = await loginAs(site.url, { personalCode: JANIS });
      const thereHash = sessionTokenHash(there);
      const out = await here.post("/iziet/visur", { _csrf: here.csrf((await here.get("/konts")).body) });
      assert.equal(out.status, 303);
      assert.equal(here.cookie("epak_session"), undefined);
      const page = await there.get("/konts");
      assert.equal(page.status, 303);
      assert.equal(page.location, "/pieslegties?atpakal=%2Fkonts");
      assert.equal((await sessionRow(thereHash)).end_reason, "ended_elsewhere");
      assert.equal((await someoneElse.get("/konts")).status, 200, "another person's session is untouched");
    });
  });

  describe("without a session", () => {
    test("a page behind login sends the visitor to log in and back", async () => {
      const visitor = new Visitor(site.url);
      const lv = await visitor.get("/konts");
      assert.equal(lv.status, 303);
      assert.equal(lv.location, "/pieslegties?atpakal=%2Fkonts");
      const en = await visitor.get("/en/konts");
      assert.equal(en.status, 303);
      assert.equal(en.location, "/en/pieslegties?atpakal=%2Fen%2Fkonts");
    });

    test("a form or a JSON request is answered 401", async () => {
      const visitor = new Visitor(site.url);
      const interaction = await startLogin(visitor);
      const csrf = visitor.csrf((await visitor.get(interaction)).body);
      const page = await visitor.post("/konts/valoda", { _csrf: csrf, language: "en" });
      assert.equal(page.status, 401);
      assert.match(page.body, /Nepieciešams pieslēgties/);
      const json = await visitor.post("/sesija/pagarinat", { _csrf: csrf }, { accept: "application/json" });
      assert.equal(json.status, 401);
      assert.equal((JSON.parse(json.body) as { error: { code: string } }).error.code, "login_required");
    });
  });
});
