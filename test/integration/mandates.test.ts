// Mandates between persons through HTTP, as a browser without JavaScript does: giving one (with
// its field messages), the agent switching to act for the principal and every write recording
// both, ending it by either side, written authorisations from a centre with their scans, and
// "who acted for me".
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { recordAuthorisation } from "../../src/modules/mandates/index.ts";
import { recordAudit } from "../../src/platform/audit/audit.ts";
import { addDays, addMonths, dateInRiga } from "../../src/platform/calendar/business-days.ts";
import { inTransaction } from "../../src/platform/db/transaction.ts";
import { listeningTestApp, type TestApp } from "../harness/app.ts";
import { loginAs, type Page, type Visitor } from "../harness/login.ts";

const JANIS = "15038413866"; // Jānis Bērziņš
const LIGA = "22078610560"; // Līga Bērziņa
const OLENA = "32677108675"; // Olena Kovalenko
const MAKSIMS = "32650722265"; // Maksims Kovalenko, a child
const MARTINS = "08019015509"; // Mārtiņš Ozoliņš
const LAURA = "30109218327"; // Laura Ozoliņa
const DACE = "25059513742"; // consultant at VPVKAC-CESIS

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5, 6, 7, 8]);

/** The error summary's links, as [field, message]. */
function errorSummary(body: string): [string, string][] {
  const summary = /<div class="govuk-error-summary__body">([\s\S]*?)<\/div>/.exec(body)?.[1] ?? "";
  return [...summary.matchAll(/<a href="#([^"]+)">([^<]*)<\/a>/g)].map((m) => [m[1] ?? "", m[2] ?? ""]);
}

function accountBar(body: string): string {
  return /<div class="epak-account-bar[\s\S]*?<\/div>/.exec(body)?.[0] ?? "";
}

describe("mandates between persons", () => {
  let site: TestApp & { url: string };
  const today = dateInRiga(new Date());

  before(async () => {
    site = await listeningTestApp({ seed: true });
  });
  after(() => site.close());

  async function personId(code: string): Promise<string> {
    const row = await site.database.db
      .selectFrom("identity.person")
      .select("id")
      .where("personal_code", "=", code)
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async function grant(visitor: Visitor, fields: Record<string, string> | [string, string][], path = "/pilnvaras/jauna"): Promise<Page> {
    const form = await visitor.get(path);
    assert.equal(form.status, 200);
    const pairs = Array.isArray(fields) ? fields : Object.entries(fields);
    return visitor.post(path, [["_csrf", visitor.csrf(form.body)], ...pairs]);
  }

  const allYear = { scope: "all", validFrom: today, validUntil: addMonths(today, 12) };

  test("the pages need a login", async () => {
    for (const path of ["/pilnvaras", "/pilnvaras/jauna", "/pilnvaras/darbibas"]) {
      const anonymous = await fetch(`${site.url}${path}`, { redirect: "manual" });
      assert.equal(anonymous.status, 303);
      assert.equal(anonymous.headers.get("location"), `/pieslegties?atpakal=${encodeURIComponent(path)}`);
    }
  });

  test("the form starts today for a year and offers the e-services with Epak forms", async () => {
    const janis = await loginAs(site.url, { personalCode: JANIS, back: "/pilnvaras/jauna" });
    const form = await janis.get("/pilnvaras/jauna");
    assert.match(form.body, /<h1 class="govuk-heading-l">Pilnvarot citu personu<\/h1>/);
    assert.match(form.body, new RegExp(`name="validFrom" type="date" value="${today}"`));
    assert.match(form.body, new RegExp(`name="validUntil" type="date" value="${addMonths(today, 12)}"`));
    assert.match(form.body, /name="services" type="checkbox" value="dzivesvietas-deklaresana"/);
    assert.match(form.body, /Dzīvesvietas deklarēšana/);
  });

  test("an empty form and a wrong agent are named beside the fields, never saying whose code it is", async () => {
    const janis = await loginAs(site.url, { personalCode: JANIS, back: "/pilnvaras/jauna" });
    const empty = await grant(janis, { agentCode: "", agentFamilyName: "", validFrom: today, validUntil: today });
    assert.equal(empty.status, 400);
    assert.match(empty.body, /<title>Kļūda: Pilnvarot citu personu/);
    assert.deepEqual(errorSummary(empty.body), [
      ["agentCode", "Ievadiet pilnvarojamās personas personas kodu"],
      ["agentFamilyName", "Ievadiet pilnvarojamās personas uzvārdu"],
      ["scope", "Izvēlieties, vai pilnvara attiecas uz visiem pakalpojumiem vai uz izvēlētajiem"],
    ]);
    assert.match(empty.body, /id="agentCode-error"/);

    const notFound = "Personas kods un uzvārds nesakrīt ar Iedzīvotāju reģistra datiem. Pārbaudiet abus.";
    const unknown = await grant(janis, { agentCode: "329999-99999", agentFamilyName: "Bērziņa", ...allYear });
    assert.deepEqual(errorSummary(unknown.body), [["agentCode", notFound]]);
    const mismatch = await grant(janis, { agentCode: "220786-10560", agentFamilyName: "Ozoliņa", ...allYear });
    assert.equal(mismatch.status, 400);
    assert.deepEqual(errorSummary(mismatch.body), [["agentCode", notFound]]);
    assert.doesNotMatch(mismatch.body, /Līga/, "the register's name is not shown");
    assert.match(mismatch.body, /value="Ozoliņa"/, "what was typed stays");

    const self = await grant(janis, { agentCode: "150384-13866", agentFamilyName: "Bērziņš", ...allYear });
    assert.deepEqual(errorSummary(self.body), [["agentCode", "Nevar pilnvarot pašam sevi"]]);
    const malformed = await grant(janis, { agentCode: "1503841", agentFamilyName: "Bērziņš", ...allYear });
    assert.deepEqual(errorSummary(malformed.body), [["agentCode", "Ievadiet personas kodu formātā 010190-12345"]]);
    const child = await grant(janis, { agentCode: MAKSIMS, agentFamilyName: "Kovalenko", ...allYear });
    assert.deepEqual(errorSummary(child.body), [["agentCode", "Pilnvarot var tikai pilngadīgu personu"]]);

    const rows = await site.database.db
      .selectFrom("mandates.mandate")
      .select("id")
      .where("principal_id", "=", await personId(JANIS))
      .execute();
    assert.equal(rows.length, 0);
  });

  test("dates in the past, too long or reversed, and a chosen scope without services are refused", async () => {
    const janis = await loginAs(site.url, { personalCode: JANIS, back: "/pilnvaras/jauna" });
    const liga = { agentCode: "220786-10560", agentFamilyName: "Bērziņa" };
    const past = await grant(janis, { ...liga, scope: "all", validFrom: addDays(today, -1), validUntil: addDays(today, 30) });
    assert.deepEqual(errorSummary(past.body), [["validFrom", "Sākuma datums nevar būt pagātnē"]]);
    const long = await grant(janis, { ...liga, scope: "all", validFrom: today, validUntil: addMonths(today, 61) });
    assert.deepEqual(errorSummary(long.body), [["validUntil", "Pilnvara var būt spēkā ne ilgāk kā 5 gadus"]]);
    const reversed = await grant(janis, { ...liga, scope: "all", validFrom: addDays(today, 10), validUntil: addDays(today, 9) });
    assert.deepEqual(errorSummary(reversed.body), [["validUntil", "Beigu datums nevar būt agrāks par sākuma datumu"]]);
    const none = await grant(janis, { ...liga, scope: "chosen", validFrom: today, validUntil: addDays(today, 9) });
    assert.deepEqual(errorSummary(none.body), [["services", "Izvēlieties vismaz vienu pakalpojumu"]]);
    const unknown = await grant(janis, [...Object.entries({ ...liga, ...allYear, scope: "chosen" }), ["services", "pases-izsniegsana"]]);
    assert.deepEqual(errorSummary(unknown.body), [["services", "Izvēlētais pakalpojums nav pieejams"]]);
  });

  test("a mandate given, used by the agent with both on the record, and revoked by the principal", async () => {
    const janis = await loginAs(site.url, { personalCode: JANIS, back: "/pilnvaras/jauna" });
    const janisId = await personId(JANIS);
    const sent = await grant(janis, [
      ["agentCode", "220786-10560"],
      ["agentFamilyName", "berzina"],
      ["scope", "chosen"],
      ["services", "dzivesvietas-deklaresana"],
      ["services", "bernu-piedzimsanas-pabalsts"],
      ["validFrom", today],
      ["validUntil", addMonths(today, 6)],
    ]);
    assert.equal(sent.status, 303);
    assert.equal(sent.location, "/pilnvaras?saglabats=granted");
    const list = await janis.follow(sent);
    assert.match(list.body, /Pilnvara izveidota/);
    assert.match(list.body, /<h3 class="govuk-summary-card__title">Līga Bērziņa<\/h3>/);
    assert.match(list.body, /Dzīvesvietas deklarēšana/);
    assert.match(list.body, /Bērna piedzimšanas pabalsts/);
    assert.match(list.body, /govuk-tag--green">Spēkā</);

    const mandate = await site.database.db
      .selectFrom("mandates.mandate")
      .select(["id", "agent_id", "agent_name", "principal_name", "all_services", "services"])
      .where("principal_id", "=", janisId)
      .executeTakeFirstOrThrow();
    const ligaId = await personId(LIGA);
    assert.deepEqual(
      { ...mandate, id: undefined },
      {
        id: undefined,
        agent_id: ligaId,
        agent_name: "Līga Bērziņa",
        principal_name: "Jānis Bērziņš",
        all_services: false,
        services: ["dzivesvietas-deklaresana", "bernu-piedzimsanas-pabalsts"],
      },
    );
    const granted = await site.database.db
      .selectFrom("platform.audit_log")
      .select(["actor", "on_behalf_of", "subject_id", "details"])
      .where("event", "=", "mandates.mandate.grant")
      .where("subject_id", "=", janisId)
      .executeTakeFirstOrThrow();
    assert.equal(granted.actor, `user:${janisId}`);
    assert.equal(granted.details.agent, ligaId);
    assert.doesNotMatch(JSON.stringify(granted), new RegExp(`${LIGA}|${JANIS}`), "no personal codes in the audit log");

    // The agent: the mandate among those she holds, and Jānis in the role switcher.
    const liga = await loginAs(site.url, { personalCode: LIGA, back: "/pilnvaras" });
    const held = await liga.get("/pilnvaras");
    assert.match(held.body, /Pilnvaras, ko esat saņēmis/);
    assert.match(held.body, /<h3 class="govuk-summary-card__title">Jānis Bērziņš<\/h3>/);
    const roles = await liga.get("/konts/loma");
    assert.match(roles.body, new RegExp(`value="person:${janisId}"`));
    const switched = await liga.post("/konts/loma", { _csrf: liga.csrf(roles.body), acting: `person:${janisId}` });
    assert.equal(switched.status, 303);
    const account = await liga.follow(switched);
    assert.match(accountBar(account.body), /pārstāv: Jānis Bērziņš/);

    // Acting for Jānis, she cannot see or give mandates in his name.
    const refused = await liga.get("/pilnvaras");
    assert.equal(refused.status, 403);
    assert.match(refused.body, /Pilnvaras var pārvaldīt tikai savā vārdā/);
    const refusedGrant = await liga.post("/pilnvaras/jauna", {
      _csrf: liga.csrf(account.body),
      agentCode: "326771-08675",
      agentFamilyName: "Kovalenko",
      ...allYear,
    });
    assert.equal(refusedGrant.status, 403);
    assert.equal(
      (await site.database.db.selectFrom("mandates.mandate").select("id").where("agent_name", "=", "Olena Kovalenko").execute()).length,
      0,
    );

    // A write while acting for him records both: her as the actor, him as the one it is done for.
    const language = await liga.post("/konts/valoda", { _csrf: liga.csrf(account.body), language: "en" });
    assert.equal(language.status, 303);
    const written = await site.database.db
      .selectFrom("platform.audit_log")
      .select(["actor", "on_behalf_of"])
      .where("event", "=", "identity.language.update")
      .where("subject_id", "=", ligaId)
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    assert.deepEqual(written, { actor: `user:${ligaId}`, on_behalf_of: `person:${janisId}` });

    // Jānis revokes it after a confirmation; her next request acts as herself.
    const confirm = await janis.get(`/pilnvaras/${mandate.id}/atsaukt`);
    assert.equal(confirm.status, 200);
    assert.match(confirm.body, /Vai atsaukt pilnvaru\?/);
    assert.match(confirm.body, /Pēc atsaukšanas Līga Bērziņa vairs nevarēs rīkoties jūsu vārdā/);
    const revoked = await janis.post(`/pilnvaras/${mandate.id}/atsaukt`, { _csrf: janis.csrf(confirm.body) });
    assert.equal(revoked.location, "/pilnvaras?saglabats=revoked");
    const after = await janis.follow(revoked);
    assert.match(after.body, /Pilnvara atsaukta/);
    assert.match(after.body, /govuk-tag--red">Atsaukta</);
    assert.doesNotMatch(after.body, new RegExp(`/pilnvaras/${mandate.id}/atsaukt`), "nothing left to revoke");
    const next = await liga.get("/konts");
    assert.equal(next.status, 200);
    assert.doesNotMatch(accountBar(next.body), /pārstāv/);
    assert.doesNotMatch((await liga.get("/konts/loma")).body, new RegExp(`person:${janisId}`));
    const audit = await site.database.db
      .selectFrom("platform.audit_log")
      .select(["actor", "details"])
      .where("event", "=", "mandates.mandate.revoke")
      .where("subject_id", "=", janisId)
      .executeTakeFirstOrThrow();
    assert.equal(audit.actor, `user:${janisId}`);
    assert.equal(audit.details.by, "principal");
  });

  test("only the principal and the agent may end a mandate; the agent gives it up", async () => {
    const martins = await loginAs(site.url, { personalCode: MARTINS, back: "/pilnvaras/jauna" });
    const sent = await grant(martins, { agentCode: "301092-18327", agentFamilyName: "Ozoliņa", ...allYear });
    assert.equal(sent.status, 303);
    const { id } = await site.database.db
      .selectFrom("mandates.mandate")
      .select("id")
      .where("principal_id", "=", await personId(MARTINS))
      .executeTakeFirstOrThrow();

    const olena = await loginAs(site.url, { personalCode: OLENA, back: "/pilnvaras" });
    const page = await olena.get("/pilnvaras");
    assert.equal((await olena.get(`/pilnvaras/${id}/atsaukt`)).status, 404);
    assert.equal((await olena.post(`/pilnvaras/${id}/atsaukt`, { _csrf: olena.csrf(page.body) })).status, 404);
    assert.equal((await olena.get("/pilnvaras/nav-uuid/atsaukt")).status, 404);
    const still = await site.database.db.selectFrom("mandates.mandate").select("revoked_at").where("id", "=", id).executeTakeFirstOrThrow();
    assert.equal(still.revoked_at, null);

    const laura = await loginAs(site.url, { personalCode: LAURA, back: "/pilnvaras" });
    const confirm = await laura.get(`/pilnvaras/${id}/atsaukt`);
    assert.match(confirm.body, /Vai atteikties no pilnvaras\?/);
    const given = await laura.post(`/pilnvaras/${id}/atsaukt`, { _csrf: laura.csrf(confirm.body) });
    assert.equal(given.location, "/pilnvaras?saglabats=given_up");
    const row = await site.database.db.selectFrom("mandates.mandate").select("revoked_by").where("id", "=", id).executeTakeFirstOrThrow();
    assert.equal(row.revoked_by, `user:${await personId(LAURA)}`);
  });

  test("a written authorisation from a centre: listed, its scan the person's alone, revocable; who acted for me", async () => {
    const olena = await loginAs(site.url, { personalCode: OLENA, back: "/pilnvaras" });
    const olenaId = await personId(OLENA);
    const daceId = await personId(DACE);
    const { id, number } = await inTransaction(site.database.db, (trx) =>
      recordAuthorisation(
        { actor: `user:${daceId}`, onBehalfOf: "centre:VPVKAC-CESIS", channel: "assisted", trx, requestId: null },
        {
          person: { id: olenaId, name: "Olena Kovalenko" },
          centre: "VPVKAC-CESIS",
          consultant: { id: daceId, name: "Dace Liepiņa" },
          terms: { allServices: false, services: ["dzivesvietas-deklaresana"], validFrom: today, validUntil: addMonths(today, 3) },
          scan: { fileName: "pilnvara.png", bytes: PNG, truncated: false },
          now: new Date(),
        },
      ),
    );
    // What the centre's screens write when a consultant submits for her, and what an agent's
    // submission writes (both stand in here for the e-services' own rows).
    const laura = await personId(LAURA);
    await inTransaction(site.database.db, async (trx) => {
      await recordAudit(
        { actor: `user:${daceId}`, onBehalfOf: "centre:VPVKAC-CESIS", channel: "assisted", trx, requestId: null },
        {
          event: "eservices.application.submit-for",
          subjectType: "person",
          subjectId: olenaId,
          details: {
            number: "EP-2026-000042",
            service: "dzivesvietas-deklaresana",
            channel: "assisted",
            centre: "VPVKAC-CESIS",
            authorisation: number,
          },
        },
      );
      await recordAudit(
        { actor: `user:${laura}`, onBehalfOf: `person:${olenaId}`, channel: "online", trx, requestId: null },
        { event: "eservices.application.submit", subjectType: "application", subjectId: "a1", details: { number: "EP-2026-000043" } },
      );
      // About the agent herself while acting for Olena: not Olena's to see.
      await recordAudit(
        { actor: `user:${laura}`, onBehalfOf: `person:${olenaId}`, channel: "online", trx, requestId: null },
        { event: "identity.register-entry.read", subjectType: "person", subjectId: laura },
      );
    });

    const list = await olena.get("/pilnvaras");
    assert.match(list.body, new RegExp(`Pilnvara ${number}`));
    assert.match(list.body, /klientu apkalpošanas centrs Cēsīs/, "the centre by its name");
    assert.match(list.body, /Dace Liepiņa/);
    assert.match(list.body, /Dzīvesvietas deklarēšana/);
    const scanPath = `/pilnvaras/rakstiskas/${id}/skenejums`;
    assert.match(list.body, new RegExp(scanPath));

    const scan = await fetch(`${site.url}${scanPath}`, { headers: { cookie: `epak_session=${olena.cookie("epak_session")}` } });
    assert.equal(scan.status, 200);
    assert.equal(scan.headers.get("content-type"), "image/png");
    assert.match(scan.headers.get("content-disposition") ?? "", /attachment/);
    assert.deepEqual(new Uint8Array(await scan.arrayBuffer()), PNG);
    const read = await site.database.db
      .selectFrom("platform.audit_log")
      .select(["actor", "details"])
      .where("event", "=", "mandates.authorisation-scan.read")
      .where("subject_id", "=", olenaId)
      .executeTakeFirstOrThrow();
    assert.equal(read.actor, `user:${olenaId}`);
    assert.equal(read.details.number, number);

    const janis = await loginAs(site.url, { personalCode: JANIS, back: "/konts" });
    assert.equal((await janis.get(scanPath)).status, 404);
    assert.equal((await janis.get(`/pilnvaras/rakstiskas/${id}/atsaukt`)).status, 404);

    const acted = await olena.get("/pilnvaras/darbibas");
    assert.equal(acted.status, 200);
    assert.match(acted.body, /<h1 class="govuk-heading-l">Kas rīkojās manā vārdā<\/h1>/);
    assert.match(acted.body, /Reģistrēja jūsu rakstisko pilnvaru/);
    assert.match(acted.body, /Iesniedza pieteikumu jūsu vārdā/);
    assert.match(acted.body, /Pieteikums EP-2026-000042/);
    assert.match(acted.body, new RegExp(`Rakstiskā pilnvara ${number}`));
    assert.match(acted.body, /Centrs: Valsts un pašvaldības vienotais klientu apkalpošanas centrs Cēsīs/);
    assert.match(acted.body, /E-pakalpojums: Dzīvesvietas deklarēšana/);
    assert.match(acted.body, /Dace Liepiņa/);
    assert.match(acted.body, /klientu apkalpošanas centrā/);
    assert.match(acted.body, /Laura Ozoliņa/);
    assert.match(acted.body, /pēc jūsu pilnvaras/);
    assert.match(acted.body, /Pieteikums EP-2026-000043/);
    assert.doesNotMatch(acted.body, /Skatīja jūsu Iedzīvotāju reģistra datus/, "the agent's own affairs are left out");
    const seen = await site.database.db
      .selectFrom("platform.audit_log")
      .select("actor")
      .where("event", "=", "mandates.acted-for.read")
      .where("subject_id", "=", olenaId)
      .execute();
    assert.deepEqual(seen, [{ actor: `user:${olenaId}` }]);

    const confirm = await olena.get(`/pilnvaras/rakstiskas/${id}/atsaukt`);
    assert.match(confirm.body, new RegExp(`Vai atsaukt rakstisko pilnvaru ${number}\\?`));
    const revoked = await olena.post(`/pilnvaras/rakstiskas/${id}/atsaukt`, { _csrf: olena.csrf(confirm.body) });
    assert.equal(revoked.location, "/pilnvaras?saglabats=authorisation_revoked");
    const row = await site.database.db
      .selectFrom("mandates.authorisation")
      .select("revoked_by")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    assert.equal(row.revoked_by, `user:${olenaId}`);
  });

  test("who acted for me shows an agent starting to act for the principal", async () => {
    const janis = await loginAs(site.url, { personalCode: JANIS, back: "/pilnvaras/jauna" });
    const janisId = await personId(JANIS);
    await grant(janis, { agentCode: "326771-08675", agentFamilyName: "KOVALENKO", ...allYear });
    const olena = await loginAs(site.url, { personalCode: OLENA, back: "/konts/loma" });
    const roles = await olena.get("/konts/loma");
    await olena.post("/konts/loma", { _csrf: olena.csrf(roles.body), acting: `person:${janisId}` });
    const acted = await janis.get("/pilnvaras/darbibas");
    assert.match(acted.body, /Sāka rīkoties jūsu vārdā/);
    assert.match(acted.body, /Olena Kovalenko/);
  });

  test("in English the pages are English", async () => {
    const visitor = await loginAs(site.url, { personalCode: MARTINS, back: "/en/pilnvaras" });
    const list = await visitor.get("/en/pilnvaras");
    assert.match(list.body, /<h1 class="govuk-heading-l">Mandates<\/h1>/);
    assert.match(list.body, /Mandates you have given/);
    const form = await visitor.get("/en/pilnvaras/jauna");
    assert.match(form.body, /action="\/en\/pilnvaras\/jauna"/);
    const wrong = await visitor.post("/en/pilnvaras/jauna", { _csrf: visitor.csrf(form.body), agentCode: "x", agentFamilyName: "" });
    assert.deepEqual(errorSummary(wrong.body).slice(0, 2), [
      ["agentCode", "Enter the personal code as 010190-12345"],
      ["agentFamilyName", "Enter the family name of the person you are mandating"],
    ]);
    const acted = await visitor.get("/en/pilnvaras/darbibas");
    assert.match(acted.body, /<h1 class="govuk-heading-l">Who acted for me<\/h1>/);
  });
});
