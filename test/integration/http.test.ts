import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { csrfFrom, type TestApp, testApp } from "../harness/app.ts";

const FORM = "application/x-www-form-urlencoded";

/** Links a browser would follow to another site. */
function offSiteLinks(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)]
    .map((m) => m[1] ?? "")
    .filter((href) => /^(\/\/|\/\\|[a-z]+:)/i.test(href) || new URL(href, "https://epak.example").origin !== "https://epak.example");
}

function noInternals(body: string) {
  assert.ok(!/\n\s+at \S+ \(/.test(body), "no stack trace");
  assert.ok(!body.includes("deliberate failure"), "no internal error message");
  assert.ok(!body.includes("node_modules"), "no file paths");
}

describe("HTTP plumbing", () => {
  let t: TestApp;
  before(async () => {
    t = await testApp({ seed: true, env: { BODY_LIMIT_BYTES: "20000" } });
  });
  after(() => t.close());

  test("/healthz answers while the process lives", async () => {
    const res = await t.http.inject("/healthz");
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { status: "ok" });
  });

  test("/readyz reports the database and the migration state", async () => {
    const res = await t.http.inject("/readyz");
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.status, "ready");
    assert.equal(body.database.reachable, true);
    assert.equal(body.migrations.current, true);
    assert.equal(body.migrations.applied, body.migrations.known);
    assert.deepEqual(body.migrations.pending, []);
  });

  test("pages carry security headers, a CSP without unsafe-inline, and a request id", async () => {
    const res = await t.http.inject("/");
    assert.equal(res.statusCode, 200);
    const csp = String(res.headers["content-security-policy"]);
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.ok(!csp.includes("unsafe-inline"));
    assert.equal(res.headers["x-content-type-options"], "nosniff");
    assert.match(String(res.headers["x-request-id"]), /^[0-9a-f-]{36}$/);
  });

  test("the front page is Latvian at / and English at /en, with the demo notice", async () => {
    const lv = await t.http.inject("/");
    assert.match(lv.body, /<html lang="lv"/);
    assert.match(lv.body, /Valsts un pašvaldību pakalpojumi vienuviet/);
    assert.match(lv.body, /demonstrācijas vide/);
    const en = await t.http.inject("/en");
    assert.match(en.body, /<html lang="en"/);
    assert.match(en.body, /State and municipal services in one place/);
    assert.match(en.body, /demonstration environment/);
  });

  test("a page served from memory carries nothing of another request's address", async () => {
    await t.http.inject("/pieklustamiba?lapa=planted%22x");
    const plain = await t.http.inject("/pieklustamiba");
    assert.match(plain.body, /href="\/en\/pieklustamiba" lang="en"/);
    assert.ok(!plain.body.includes("planted"));
  });

  test("a form page keeps its query string in the language switch", async () => {
    const res = await t.http.inject("/atsauksme?lapa=%2Fpieklustamiba");
    assert.match(res.body, /href="\/en\/atsauksme\?lapa=%2Fpieklustamiba" lang="en"/);
  });

  test("no link on a page for a path with several leading slashes leads off the site", async () => {
    for (const url of ["//evil.example", "/en//evil.example"]) {
      const res = await t.http.inject(url);
      assert.equal(res.statusCode, 404, url);
      assert.deepEqual(offSiteLinks(res.body), [], url);
    }
  });

  test("an address that is not validly encoded gets a page in the person's language", async () => {
    const res = await t.http.inject("/%E0%A4%A");
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Pieprasījumu neizdevās nolasīt/);
    assert.ok(res.headers["content-security-policy"]);
  });

  test("an unknown page gets a 404 page in the page's language", async () => {
    const lv = await t.http.inject("/nav-tadas-lapas");
    assert.equal(lv.statusCode, 404);
    assert.match(lv.body, /<html lang="lv"/);
    assert.match(lv.body, /Lapa nav atrasta/);
    const en = await t.http.inject("/en/no-such-page");
    assert.equal(en.statusCode, 404);
    assert.match(en.body, /<html lang="en"/);
    assert.match(en.body, /Page not found/);
  });

  test("a failure gets a 500 page without a stack trace, in both languages and as JSON", async () => {
    const lv = await t.http.inject("/dev/kluda");
    assert.equal(lv.statusCode, 500);
    assert.match(lv.body, /Radās kļūda mūsu pusē/);
    noInternals(lv.body);
    const en = await t.http.inject("/en/dev/kluda");
    assert.match(en.body, /Sorry, there is a problem on our side/);
    noInternals(en.body);
    const json = await t.http.inject({ url: "/dev/kluda", headers: { accept: "application/json" } });
    assert.equal(json.statusCode, 500);
    assert.equal(json.json().error.code, "internal_error");
    assert.equal(json.json().error.message, "Radās kļūda mūsu pusē");
    noInternals(json.body);
  });

  test("a form without a CSRF token is refused with a page that says what to do", async () => {
    const res = await t.http.inject({
      method: "POST",
      url: "/atsauksme",
      headers: { "content-type": FORM },
      payload: "problem=no-token-report&page=/",
    });
    assert.equal(res.statusCode, 403);
    assert.match(res.body, /Veidlapas derīgums ir beidzies/);
    const count = await t.database.db
      .selectFrom("platform.page_feedback")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirst();
    assert.equal(Number(count?.n), 0, "nothing was saved");
  });

  test("a form with a forged CSRF token is refused, also for JSON clients", async () => {
    const { cookie } = await csrfFrom(t.http, "/atsauksme");
    const res = await t.http.inject({
      method: "POST",
      url: "/en/atsauksme",
      headers: { "content-type": FORM, cookie },
      payload: "problem=x&page=/&_csrf=forged",
    });
    assert.equal(res.statusCode, 403);
    assert.match(res.body, /This form has expired/);
    const json = await t.http.inject({
      method: "POST",
      url: "/atsauksme",
      headers: { "content-type": "application/json", accept: "application/json", cookie },
      payload: JSON.stringify({ problem: "x", page: "/", _csrf: "forged" }),
    });
    assert.equal(json.statusCode, 403);
    assert.equal(json.json().error.code, "csrf_invalid");
  });

  test("an empty report is refused next to the field and the page keeps what was typed", async () => {
    const { cookie, token } = await csrfFrom(t.http, "/atsauksme?lapa=/pieklustamiba");
    const res = await t.http.inject({
      method: "POST",
      url: "/atsauksme",
      headers: { "content-type": FORM, cookie },
      payload: new URLSearchParams({ _csrf: token, page: "/pieklustamiba", problem: "   " }).toString(),
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /class="govuk-error-summary"/);
    assert.match(res.body, /<a href="#problem">Aprakstiet problēmu<\/a>/);
    assert.match(res.body, /id="problem-error"/);
    assert.match(res.body, /<title>Kļūda: /);
    const tooLong = "ā".repeat(1201);
    const again = await t.http.inject({
      method: "POST",
      url: "/en/atsauksme",
      headers: { "content-type": FORM, cookie },
      payload: new URLSearchParams({ _csrf: token, page: "/", problem: tooLong }).toString(),
    });
    assert.equal(again.statusCode, 400);
    assert.match(again.body, /1200 characters or fewer/);
    assert.ok(again.body.includes(tooLong), "what was typed is kept");
  });

  test("a report is saved with its audit row and the person sees a thank-you page", async () => {
    const { cookie, token } = await csrfFrom(t.http, "/en/atsauksme?lapa=/pieklustamiba");
    const res = await t.http.inject({
      method: "POST",
      url: "/en/atsauksme",
      headers: { "content-type": FORM, cookie },
      payload: new URLSearchParams({ _csrf: token, page: "/pieklustamiba", problem: "Saite uz e-adresi nedarbojas" }).toString(),
    });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, "/en/atsauksme/paldies?lapa=%2Fpieklustamiba");
    const row = await t.database.db
      .selectFrom("platform.page_feedback")
      .selectAll()
      .where("problem", "=", "Saite uz e-adresi nedarbojas")
      .executeTakeFirstOrThrow();
    assert.equal(row.page_path, "/pieklustamiba");
    assert.equal(row.locale, "en");
    const audit = await t.database.db
      .selectFrom("platform.audit_log")
      .selectAll()
      .where("event", "=", "platform.page-feedback.create")
      .where("subject_id", "=", String(row.id))
      .executeTakeFirstOrThrow();
    assert.equal(audit.actor, "anonymous");
    const thanks = await t.http.inject(String(res.headers.location));
    assert.match(thanks.body, /Thank you for your report/);
    assert.match(thanks.body, /href="\/en\/pieklustamiba"/);
  });

  test("the page a report is about cannot point off the site", async () => {
    for (const lapa of ["//evil.example/x", "/%5Cevil.example", "/%09/evil.example", "https://evil.example"]) {
      const res = await t.http.inject(`/atsauksme?lapa=${lapa}`);
      assert.match(res.body, /name="page" value="\/"/, lapa);
      const thanks = await t.http.inject(`/atsauksme/paldies?lapa=${lapa}`);
      for (const body of [res.body, thanks.body]) {
        assert.deepEqual(offSiteLinks(body), [], lapa);
      }
    }
    const odd = await t.http.inject("/atsauksme?lapa=a&lapa=b");
    assert.equal(odd.statusCode, 200);
  });

  test("an oversized body gets a 413 page, not a stack trace", async () => {
    const res = await t.http.inject({
      method: "POST",
      url: "/atsauksme",
      headers: { "content-type": FORM },
      payload: `problem=${"x".repeat(30_000)}`,
    });
    assert.equal(res.statusCode, 413);
    assert.match(res.body, /Iesniegtie dati ir pārāk lieli/);
    noInternals(res.body);
  });

  test("a malformed body gets a 400 answer with a code", async () => {
    const res = await t.http.inject({
      method: "POST",
      url: "/atsauksme",
      headers: { "content-type": "application/json", accept: "application/json" },
      payload: "{not json",
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, "bad_request");
    const page = await t.http.inject({
      method: "POST",
      url: "/en/atsauksme",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    assert.equal(page.statusCode, 400);
    assert.match(page.body, /We could not read your request/);
  });

  test("an unsupported content type gets a 415 answer", async () => {
    const res = await t.http.inject({ method: "POST", url: "/atsauksme", headers: { "content-type": "text/xml" }, payload: "<a/>" });
    assert.equal(res.statusCode, 415);
    assert.match(res.body, /Neatbalstīts datu formāts/);
  });

  test("assets are served from the project's own build, versioned ones cached for a year", async () => {
    const page = await t.http.inject("/");
    const css = /href="(\/assets\/epak\.css\?v=[0-9a-f]+)"/.exec(page.body)?.[1];
    assert.ok(css);
    const res = await t.http.inject(css);
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers["content-type"]), /text\/css/);
    assert.match(String(res.headers["cache-control"]), /immutable/);
    assert.ok(!/https?:\/\//.test(page.body.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, "")), "nothing loaded from elsewhere");
  });
});

describe("HTTP limits", () => {
  let t: TestApp;
  before(async () => {
    t = await testApp({ env: { RATE_LIMIT_MAX: "3", COOKIE_SECURE: "true" } });
  });
  after(() => t.close());

  test("too many requests get a 429 page, health checks are never limited", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await t.http.inject("/pieklustamiba")).statusCode);
    assert.deepEqual(statuses, [200, 200, 200, 429]);
    const limited = await t.http.inject("/en/pieklustamiba");
    assert.match(limited.body, /Too many requests/);
    assert.ok(Number(limited.headers["retry-after"]) > 0, "a limited client is told when to retry");
    for (let i = 0; i < 5; i++) assert.equal((await t.http.inject("/healthz")).statusCode, 200);
  });

  test("the CSRF cookie is HttpOnly, SameSite and Secure", async () => {
    const res = await t.http.inject({ url: "/atsauksme", remoteAddress: "10.0.0.9" });
    const cookie = res.cookies.find((c) => c.name === "epak_csrf");
    assert.ok(cookie);
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.secure, true);
    assert.equal(cookie.sameSite, "Lax");
  });
});
