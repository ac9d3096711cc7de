// The staff area: who reaches /darbs, working in a staff role, and an administrator (logged in
// with eID) granting and revoking staff roles.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { StaffRole } from "../../src/modules/identity/index.ts";
import { listeningTestApp, type TestApp } from "../harness/app.ts";
import {
  type LoginOptions,
  logIn,
  loginAs,
  loginAsStaff,
  membershipId as membershipIdOf,
  type Page,
  type Visitor,
} from "../harness/login.ts";

const ANDRIS = "30117515938"; // administrator at VDAA
const ILZE = "14027814803"; // officer at VSAA and at Cēsis municipality, editor at PMLP and Cēsis
const LIGA = "22078610560"; // a resident
const JANIS = "15038413866";
const MARTINS = "08019015509";

/** The value of a text input as the page fills it in ("" when it has none). */
function inputValue(html: string, name: string): string {
  const input = new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(html)?.[0];
  assert.ok(input, `an input named ${name}`);
  return /value="([^"]*)"/.exec(input)?.[1] ?? "";
}

describe("staff", () => {
  let site: TestApp & { url: string };

  before(async () => {
    site = await listeningTestApp({ seed: true });
  });
  after(() => site.close());

  const membershipId = (personalCode: string, unitCode: string) => membershipIdOf(site.database.db, personalCode, unitCode);
  const asStaff = (options: LoginOptions, unitCode: string, role?: StaffRole) =>
    loginAsStaff(site.url, site.database.db, options, unitCode, role);

  const adminPage = async (visitor: Visitor): Promise<Page> => {
    const page = await visitor.get("/darbs/darbinieki");
    assert.equal(page.status, 200);
    return page;
  };

  test("a resident without a staff role is refused the staff area", async () => {
    const visitor = await loginAs(site.url, { personalCode: LIGA });
    const page = await visitor.get("/darbs");
    assert.equal(page.status, 403);
    assert.match(page.body, /Piekļuve liegta/);
  });

  test("a staff member reaches /darbs and can start working in one of their roles", async () => {
    const visitor = await loginAs(site.url, { personalCode: ILZE, back: "/darbs" });
    const before = await visitor.get("/darbs");
    assert.match(before.body, /Šobrīd darbojaties savā vārdā/);
    assert.match(before.body, /Valsts sociālās apdrošināšanas aģentūra/);
    assert.match(before.body, /Cēsu novada pašvaldība/);

    const switched = await visitor.post("/konts/loma", {
      _csrf: visitor.csrf(before.body),
      acting: `staff:${await membershipId(ILZE, "VSAA")}`,
    });
    assert.equal(switched.location, "/darbs");
    const page = await visitor.get("/darbs");
    assert.equal(page.status, 200);
    assert.match(page.body, /Jūs strādājat kā: Iestādes darbinieks, Valsts sociālās apdrošināšanas aģentūra\./);
    assert.match(page.body, /darbojas kā: Iestādes darbinieks, Valsts sociālās apdrošināšanas aģentūra/);
    assert.doesNotMatch(page.body, /href="\/darbs\/darbinieki"/, "no staff management for an officer");
  });

  test("staff management asks an administrator logged in by bank to log in with eID", async () => {
    const visitor = await asStaff({ personalCode: ANDRIS, method: "swedbank" }, "VDAA");
    const page = await visitor.get("/darbs/darbinieki");
    assert.equal(page.status, 303);
    assert.equal(page.location, "/pieslegties/limenis?vajag=high&atpakal=%2Fdarbs%2Fdarbinieki");
    const stepUp = await visitor.follow(page);
    assert.equal(stepUp.status, 200);
    assert.match(stepUp.body, /Nepieciešams augstāks uzticamības līmenis/);
    assert.match(stepUp.body, /href="\/pieslegties\?atpakal=%2Fdarbs%2Fdarbinieki&amp;limenis=high"/);
  });

  test("after logging in again with eID, the administrator is back at staff management, still in the role", async () => {
    const visitor = await asStaff({ personalCode: ANDRIS, method: "swedbank" }, "VDAA");
    const page = await logIn(visitor, { personalCode: ANDRIS, method: "eid", level: "high", back: "/darbs/darbinieki" });
    assert.equal(page.url.pathname, "/darbs/darbinieki");
    assert.equal(page.status, 200);
    assert.match(page.body, /darbojas kā: Platformas administrators, Valsts digitālās attīstības aģentūra/);
  });

  test("an administrator logged in with eID grants a role, sees it listed, and revokes it", async () => {
    const admin = await asStaff({ personalCode: ANDRIS, method: "eid" }, "VDAA");
    const form = await adminPage(admin);
    const granted = await admin.post("/darbs/darbinieki", {
      _csrf: admin.csrf(form.body),
      personalCode: "150384-13866",
      role: "editor",
      unit: "institution:PMLP",
    });
    assert.equal(granted.status, 303);
    assert.equal(granted.location, "/darbs/darbinieki?saglabats=1");
    const listed = await admin.follow(granted);
    assert.match(listed.body, /Izmaiņas saglabātas/);
    assert.match(listed.body, /Jānis Bērziņš<br\/><span class="govuk-hint">150384-\*{5}<\/span>/, "listed with a masked code");
    const id = await membershipId(JANIS, "PMLP");
    assert.match(listed.body, new RegExp(`action="/darbs/darbinieki/${id}/atsaukt"`));

    const audit = await site.database.db
      .selectFrom("platform.audit_log")
      .select(["actor", "on_behalf_of", "details"])
      .where("event", "=", "identity.staff-membership.create")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    assert.equal(audit.on_behalf_of, "institution:VDAA");
    assert.deepEqual(audit.details, { membership: id, role: "editor", unit: "institution:PMLP" });

    const janis = await loginAs(site.url, { personalCode: JANIS, back: "/darbs" });
    assert.match((await janis.get("/darbs")).body, /Pakalpojumu satura redaktors, Pilsonības un migrācijas lietu pārvalde/);

    const revoked = await admin.post(`/darbs/darbinieki/${id}/atsaukt`, { _csrf: admin.csrf(listed.body) });
    assert.equal(revoked.status, 303);
    const after = await admin.follow(revoked);
    assert.doesNotMatch(after.body, new RegExp(`/darbs/darbinieki/${id}/atsaukt`));
    assert.equal((await janis.get("/darbs")).status, 403, "the role is gone at once");
  });

  test("bad input is told at each field and what was typed is kept", async () => {
    const admin = await asStaff({ personalCode: ANDRIS, method: "eid" }, "VDAA");
    const csrf = admin.csrf((await adminPage(admin)).body);
    const cases = [
      {
        fields: { personalCode: "150384-13867", role: "", unit: "institution:PMLP" },
        messages: ["Personas kods nav pareizs. Pārbaudiet ciparus", "Izvēlieties lomu"],
      },
      {
        fields: { personalCode: "", role: "officer", unit: "" },
        messages: ["Ievadiet personas kodu", "Izvēlieties iestādi vai klientu centru"],
      },
      {
        fields: { personalCode: "320000-00000", role: "officer", unit: "institution:NOPE" },
        messages: ["Iedzīvotāju reģistrā nav personas ar šādu personas kodu", "Izvēlieties iestādi vai klientu centru"],
      },
      { fields: { personalCode: ILZE, role: "officer", unit: "institution:VSAA" }, messages: ["Personai jau ir šī loma šajā iestādē"] },
    ];
    for (const { fields, messages } of cases) {
      const page = await admin.post("/darbs/darbinieki", { _csrf: csrf, ...fields });
      assert.equal(page.status, 400, JSON.stringify(fields));
      for (const message of messages) assert.ok(page.body.includes(message), message);
      assert.equal(inputValue(page.body, "personalCode"), fields.personalCode, "the typed code is kept");
      if (fields.role) assert.match(page.body, new RegExp(`<option value="${fields.role}" selected`), "the chosen role is kept");
      if (fields.unit === "institution:PMLP")
        assert.match(page.body, /<option value="institution:PMLP" selected/, "the chosen unit is kept");
    }
  });

  test("an administrator cannot revoke the role they are working in, nor one that does not exist", async () => {
    const admin = await asStaff({ personalCode: ANDRIS, method: "eid" }, "VDAA");
    const csrf = admin.csrf((await adminPage(admin)).body);
    const own = await admin.post(`/darbs/darbinieki/${await membershipId(ANDRIS, "VDAA")}/atsaukt`, { _csrf: csrf });
    assert.equal(own.status, 400);
    const unknown = await admin.post(`/darbs/darbinieki/${crypto.randomUUID()}/atsaukt`, { _csrf: csrf });
    assert.equal(unknown.status, 404);
    assert.equal((await adminPage(admin)).status, 200, "still an administrator");
  });

  test("someone working in a role that is then revoked is back to themselves on their next page", async () => {
    const admin = await asStaff({ personalCode: ANDRIS, method: "eid" }, "VDAA");
    const granted = await admin.post("/darbs/darbinieki", {
      _csrf: admin.csrf((await adminPage(admin)).body),
      personalCode: MARTINS,
      role: "officer",
      unit: "institution:NVA",
    });
    assert.equal(granted.status, 303);
    const officer = await asStaff({ personalCode: MARTINS }, "NVA");
    assert.match((await officer.get("/darbs")).body, /Jūs strādājat kā: Iestādes darbinieks, Nodarbinātības valsts aģentūra/);

    const id = await membershipId(MARTINS, "NVA");
    await admin.post(`/darbs/darbinieki/${id}/atsaukt`, { _csrf: admin.csrf((await adminPage(admin)).body) });
    const page = await officer.get("/konts");
    assert.equal(page.status, 200);
    assert.doesNotMatch(page.body, /epak-account-bar__acting/);
    assert.equal((await officer.get("/darbs")).status, 403);
  });

  test("a staff member who is not an administrator is refused staff management", async () => {
    const officer = await asStaff({ personalCode: ILZE, method: "eid" }, "CESIS", "officer");
    const page = await officer.get("/darbs/darbinieki");
    assert.equal(page.status, 403);
    assert.match(page.body, /Piekļuve liegta/);
    const post = await officer.post("/darbs/darbinieki", {
      _csrf: officer.csrf((await officer.get("/darbs")).body),
      personalCode: LIGA,
      role: "administrator",
      unit: "institution:VDAA",
    });
    assert.equal(post.status, 403);
    const granted = await site.database.db
      .selectFrom("identity.staff_membership as m")
      .innerJoin("identity.person as p", "p.id", "m.person_id")
      .select("m.id")
      .where("p.personal_code", "=", LIGA)
      .execute();
    assert.deepEqual(granted, []);
  });

  test("a staff member who is not an administrator, logged in by bank, is refused without being asked to log in again", async () => {
    const officer = await asStaff({ personalCode: ILZE, method: "seb" }, "CESIS", "officer");
    const page = await officer.get("/darbs/darbinieki");
    assert.equal(page.status, 403);
  });

  test("an administrator working as themselves is refused staff management", async () => {
    const visitor = await loginAs(site.url, { personalCode: ANDRIS, method: "eid" });
    assert.equal((await visitor.get("/darbs/darbinieki")).status, 403);
  });
});
