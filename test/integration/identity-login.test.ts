// Logging in through the development identity provider: every method, typed codes, mistakes at
// the provider, cancelling, levels of assurance, where a login may lead, and answers from the
// provider that Epak must refuse (a tampered ID token, a foreign state, a missing login cookie).
import assert from "node:assert/strict";
import { createPrivateKey, generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import { after, afterEach, before, describe, test } from "node:test";
import { listeningTestApp, type TestApp } from "../harness/app.ts";
import { logIn, loginAs, type Page, personPage, sessionTokenHash, startLogin, Visitor } from "../harness/login.ts";

const JANIS = "15038413866";
const ILZE = "14027814803";

type Site = TestApp & { url: string };

async function sessionCount(site: Site): Promise<number> {
  const row = await site.database.db
    .selectFrom("identity.session")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function pathOf(page: Page): string {
  return `${page.url.pathname}${page.url.search}`;
}

describe("logging in", () => {
  let site: Site;
  before(async () => {
    site = await listeningTestApp({ seed: true });
  });
  after(() => site.close());

  const methods = [
    { method: "eid", level: "high" },
    { method: "eparaksts", level: "high" },
    { method: "swedbank", level: "substantial" },
    { method: "seb", level: "substantial" },
    { method: "citadele", level: "substantial" },
    { method: "luminor", level: "substantial" },
  ];
  const levelText: Record<string, string> = { high: "augsts uzticamības līmenis", substantial: "būtisks uzticamības līmenis" };

  for (const { method, level } of methods) {
    test(`with ${method}: lands on /konts as the person, at the ${level} level`, async () => {
      const visitor = await loginAs(site.url, { personalCode: JANIS, method });
      const page = await visitor.get("/konts");
      assert.equal(page.status, 200);
      assert.match(page.body, /Jānis Bērziņš/);
      assert.ok(page.body.includes(`, ${levelText[level]}</li>`), "login history names the level");
      const row = await site.database.db
        .selectFrom("identity.session")
        .select(["level", "ended_at"])
        .where("token_hash", "=", sessionTokenHash(visitor))
        .executeTakeFirstOrThrow();
      assert.equal(row.level, level);
      assert.equal(row.ended_at, null);
    });
  }

  test("the method a person logged in with is recorded and shown", async () => {
    for (const { method, stored, shown } of [
      { method: "eid", stored: "eid", shown: "eID karte" },
      { method: "seb", stored: "bank:seb", shown: "internetbanka (SEB banka)" },
    ]) {
      const visitor = await loginAs(site.url, { personalCode: JANIS, method });
      const page = await visitor.get("/konts");
      assert.ok(page.body.includes(`<td class="govuk-table__cell">${shown}</td>`), `sessions table shows ${shown}`);
      assert.ok(page.body.includes(`— ${shown}, `), `login history shows ${shown}`);
      const row = await site.database.db
        .selectFrom("identity.session")
        .select("method")
        .where("token_hash", "=", sessionTokenHash(visitor))
        .executeTakeFirstOrThrow();
      assert.equal(row.method, stored);
    }
  });

  test("typing the personal code with a hyphen logs the person in", async () => {
    const visitor = await loginAs(site.url, { personalCode: "150384-13866", typed: true });
    const page = await visitor.get("/konts");
    assert.match(page.body, /150384-13866/);
    assert.match(page.body, /Jānis Bērziņš/);
  });

  test("a mistyped or unknown personal code gets a message at the field and no login", async () => {
    const before = await sessionCount(site);
    const visitor = new Visitor(site.url);
    const interaction = await startLogin(visitor);
    const form = await personPage(visitor, interaction);
    const cases = [
      { typed: "150384-13867", message: "Personas kods nav pareizs. Pārbaudiet ciparus" },
      { typed: "320000-00000", message: "Demonstrācijas iedzīvotāju reģistrā nav dzīvas personas ar šādu personas kodu" },
    ];
    for (const { typed, message } of cases) {
      const page = await visitor.post(`${interaction}/swedbank`, { _csrf: visitor.csrf(form.body), personalCode: typed, person: "" });
      assert.equal(page.status, 400, typed);
      assert.ok(page.body.includes(message), `message for ${typed}`);
      assert.match(
        page.body,
        new RegExp(`name="personalCode"[^>]*value="${typed}"|value="${typed}"[^>]*name="personalCode"`),
        "typed value kept",
      );
    }
    const nobody = await visitor.post(`${interaction}/swedbank`, { _csrf: visitor.csrf(form.body), personalCode: "", person: "" });
    assert.equal(nobody.status, 400);
    assert.ok(nobody.body.includes("Izvēlieties testa personu vai ierakstiet personas kodu"));
    assert.equal(visitor.cookie("epak_session"), undefined);
    assert.equal(await sessionCount(site), before);
  });

  test("cancelling at the provider ends on the 'cancelled' page and is recorded as a failed login", async () => {
    const db = site.database.db;
    const failuresBefore = await db.selectFrom("identity.login_event").select("id").where("outcome", "=", "failure").execute();
    const visitor = new Visitor(site.url);
    const interaction = await startLogin(visitor);
    const methodPage = await visitor.get(interaction);
    const page = await visitor.follow(await visitor.post(`${interaction}/atcelt`, { _csrf: visitor.csrf(methodPage.body) }));
    assert.equal(page.status, 200);
    assert.equal(page.url.pathname, "/pieslegties/neizdevas");
    assert.equal(page.url.searchParams.get("iemesls"), "cancelled");
    assert.match(page.body, /Pieslēgšanās atcelta/);
    assert.equal(visitor.cookie("epak_session"), undefined);
    const failures = await db.selectFrom("identity.login_event").select(["reason", "person_id"]).where("outcome", "=", "failure").execute();
    assert.equal(failures.length, failuresBefore.length + 1);
    assert.ok(failures.some((f) => f.reason === "cancelled" && f.person_id === null));
    const audit = await db
      .selectFrom("platform.audit_log")
      .select(["actor", "details"])
      .where("event", "=", "identity.login.fail")
      .execute();
    assert.ok(audit.some((a) => a.actor === "anonymous" && (a.details as { reason?: string }).reason === "cancelled"));
  });

  test("a service that needs the high level offers no bank, and eID gives it", async () => {
    const visitor = new Visitor(site.url);
    const interaction = await startLogin(visitor, { level: "high" });
    const methodPage = await visitor.get(interaction);
    assert.doesNotMatch(methodPage.body, new RegExp(`href="${interaction}/swedbank"`));
    assert.match(methodPage.body, new RegExp(`href="${interaction}/eid"`));
    assert.equal((await visitor.get(`${interaction}/swedbank`)).status, 400, "a bank cannot be chosen by its address either");
    const form = await personPage(visitor, interaction, "eid");
    const page = await visitor.follow(
      await visitor.post(`${interaction}/eid`, { _csrf: visitor.csrf(form.body), personalCode: "", person: JANIS }),
    );
    assert.equal(pathOf(page), "/konts");
    assert.equal(page.status, 200);
  });

  test("a login started in English ends in English", async () => {
    const visitor = new Visitor(site.url);
    const start = await visitor.follow(await visitor.get("/en/pieslegties"));
    assert.match(start.url.pathname, /^\/en\/dev-idp\/interaction\/[^/]+$/);
    const interaction = start.url.pathname;
    const form = await personPage(visitor, interaction, "seb");
    const page = await visitor.follow(
      await visitor.post(`${interaction}/seb`, { _csrf: visitor.csrf(form.body), personalCode: "", person: JANIS }),
    );
    assert.equal(page.status, 200);
    assert.equal(pathOf(page), "/en/konts");
    assert.match(page.body, /<html lang="en"/);
  });

  for (const back of ["//evil.example/x", "https://evil.example", "/\\evil.example", "/\t/evil.example"]) {
    test(`?atpakal=${JSON.stringify(back)} cannot lead off the site after login`, async () => {
      const visitor = new Visitor(site.url);
      const page = await logIn(visitor, { personalCode: JANIS, back });
      assert.equal(page.url.origin, site.url, "never followed off-site");
      assert.equal(page.status, 200);
      assert.equal(pathOf(page), "/konts");
      const again = await visitor.get(`/pieslegties?atpakal=${encodeURIComponent(back)}`);
      assert.equal(again.status, 303, "already logged in");
      assert.equal(again.location, "/konts");
    });
  }

  test("the 'try again' link of a failed login stays on the site", async () => {
    const page = await new Visitor(site.url).get("/pieslegties/neizdevas?iemesls=failed&atpakal=%2F%2Fevil.example");
    assert.equal(page.status, 200);
    assert.match(page.body, /<a class="govuk-button" data-module="govuk-button" href="\/pieslegties">/);
  });
});

// The ID token as Epak receives it, changed by each test: the app's calls to the provider go
// through this fetch, which rewrites the token endpoint's answer.
let tamper: ((idToken: string) => string) | null = null;

const tamperingFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  if (!tamper || !url.endsWith("/dev-idp/token") || !response.ok) return response;
  const body = (await response.json()) as { id_token: string };
  body.id_token = tamper(body.id_token);
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  headers.delete("content-encoding");
  return new Response(JSON.stringify(body), { status: response.status, headers });
};

type Jwt = { header: Record<string, unknown>; payload: Record<string, unknown>; parts: string[] };

function decodeJwt(token: string): Jwt {
  const parts = token.split(".");
  const json = (part: string | undefined) => JSON.parse(Buffer.from(part ?? "", "base64url").toString()) as Record<string, unknown>;
  return { header: json(parts[0]), payload: json(parts[1]), parts };
}

function encode(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

function signJwt(header: object, payload: object, key: KeyObject): string {
  const input = `${encode(header)}.${encode(payload)}`;
  return `${input}.${sign("sha256", Buffer.from(input), key).toString("base64url")}`;
}

describe("a login Epak refuses", () => {
  let site: Site;
  let providerKey: KeyObject;
  const strangerKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;

  before(async () => {
    site = await listeningTestApp({ seed: true, fetch: tamperingFetch });
    // A login first, so that the provider has made its signing key.
    await loginAs(site.url, { personalCode: ILZE });
    const secret = await site.database.db
      .selectFrom("platform.instance_secret")
      .select("value")
      .where("name", "=", "dev-idp-signing-key")
      .executeTakeFirstOrThrow();
    providerKey = createPrivateKey({ key: JSON.parse(secret.value), format: "jwk" });
  });
  afterEach(() => {
    tamper = null;
  });
  after(() => site.close());

  /** Logs in with the token rewritten; asserts the login failed for `reason` and left no session. */
  async function refused(rewrite: (idToken: string) => string, reason = "failed", level?: "high"): Promise<void> {
    const before = await sessionCount(site);
    tamper = rewrite;
    const visitor = new Visitor(site.url);
    const page = await logIn(visitor, { personalCode: JANIS, method: level ? "eid" : "swedbank", level });
    assert.equal(page.url.pathname, "/pieslegties/neizdevas");
    assert.equal(page.url.searchParams.get("iemesls"), reason);
    assert.equal(visitor.cookie("epak_session"), undefined, "no session cookie");
    assert.equal(await sessionCount(site), before, "no session row");
  }

  const resigned =
    (change: (payload: Record<string, unknown>) => Record<string, unknown>, key?: KeyObject) =>
    (token: string): string => {
      const { header, payload } = decodeJwt(token);
      return signJwt(header, change(payload), key ?? providerKey);
    };

  test("a token re-signed with the provider's own key and unchanged is accepted (the tampering below is faithful)", async () => {
    tamper = resigned((p) => p);
    const visitor = await loginAs(site.url, { personalCode: JANIS });
    assert.match((await visitor.get("/konts")).body, /Jānis Bērziņš/);
  });

  test("a token whose signature has one character changed", async () => {
    await refused((token) => {
      const [h, p, s = ""] = token.split(".");
      const flipped = `${s[5] === "A" ? "B" : "A"}`;
      return `${h}.${p}.${s.slice(0, 5)}${flipped}${s.slice(6)}`;
    });
  });

  test("a token naming another person under the original signature", async () => {
    await refused((token) => {
      const { parts, payload } = decodeJwt(token);
      return `${parts[0]}.${encode({ ...payload, personal_code: ILZE, sub: `PNOLV-${ILZE}`, given_name: "Ilze" })}.${parts[2]}`;
    });
  });

  test("a token signed by someone else's key under the provider's key id", async () => {
    await refused(resigned((p) => p, strangerKey));
  });

  test("a token signed by someone else's key under a key id of its own", async () => {
    await refused((token) => {
      const { header, payload } = decodeJwt(token);
      return signJwt({ ...header, kid: "stranger" }, payload, strangerKey);
    });
  });

  test("an unsigned token (alg none)", async () => {
    await refused((token) => {
      const { header, payload } = decodeJwt(token);
      return `${encode({ ...header, alg: "none" })}.${encode(payload)}.`;
    });
  });

  test("an expired token, properly signed", async () => {
    const now = Math.floor(Date.now() / 1000);
    await refused(resigned((p) => ({ ...p, iat: now - 3600, exp: now - 1800 })));
  });

  test("a token for another client, properly signed", async () => {
    await refused(resigned((p) => ({ ...p, aud: "another-client" })));
  });

  test("a token from another issuer, properly signed", async () => {
    await refused(resigned((p) => ({ ...p, iss: "https://evil.example" })));
  });

  test("a token for another login (its nonce), properly signed", async () => {
    await refused(resigned((p) => ({ ...p, nonce: "someone-elses-nonce" })));
  });

  test("a token below the level the login asked for ends on the 'level too low' page", async () => {
    await refused(
      resigned((p) => ({ ...p, acr: "http://eidas.europa.eu/LoA/substantial" })),
      "level_too_low",
      "high",
    );
  });

  /** Goes through a login up to (not into) Epak's callback and returns the callback's address. */
  async function callbackOf(visitor: Visitor, personalCode: string): Promise<URL> {
    const interaction = await startLogin(visitor);
    const form = await personPage(visitor, interaction);
    const posted = await visitor.post(`${interaction}/swedbank`, {
      _csrf: visitor.csrf(form.body),
      personalCode: "",
      person: personalCode,
    });
    const redirect = await visitor.follow(posted, { stopBefore: "/pieslegties/atbilde" });
    assert.ok(redirect.location, "a redirect to Epak's callback");
    return new URL(redirect.location, redirect.url);
  }

  test("a callback whose state was altered starts no session", async () => {
    const before = await sessionCount(site);
    const visitor = new Visitor(site.url);
    const callback = await callbackOf(visitor, JANIS);
    callback.searchParams.set("state", `${callback.searchParams.get("state")}x`);
    const page = await visitor.follow(await visitor.get(`${callback.pathname}${callback.search}`));
    assert.equal(page.url.pathname, "/pieslegties/neizdevas");
    assert.equal(visitor.cookie("epak_session"), undefined);
    assert.equal(await sessionCount(site), before);
  });

  test("a callback whose state was altered is told as a login not started in this browser", async () => {
    const visitor = new Visitor(site.url);
    const callback = await callbackOf(visitor, JANIS);
    callback.searchParams.set("state", `${callback.searchParams.get("state")}x`);
    const page = await visitor.follow(await visitor.get(`${callback.pathname}${callback.search}`));
    assert.equal(page.url.searchParams.get("iemesls"), "state_missing");
  });

  test("someone else's callback opened in a browser that did not start it (login CSRF) starts no session", async () => {
    const before = await sessionCount(site);
    const attacker = new Visitor(site.url);
    const callback = await callbackOf(attacker, ILZE);
    const victim = new Visitor(site.url);
    const page = await victim.follow(await victim.get(`${callback.pathname}${callback.search}`));
    assert.equal(page.url.pathname, "/pieslegties/neizdevas");
    assert.equal(page.url.searchParams.get("iemesls"), "state_missing");
    assert.equal(victim.cookie("epak_session"), undefined);

    // A victim with a login of their own under way is not logged in as the attacker either.
    const busyVictim = new Visitor(site.url);
    await startLogin(busyVictim);
    const busy = await busyVictim.follow(await busyVictim.get(`${callback.pathname}${callback.search}`));
    assert.equal(busy.url.pathname, "/pieslegties/neizdevas");
    assert.equal(busyVictim.cookie("epak_session"), undefined);
    assert.equal(await sessionCount(site), before);
  });
});
