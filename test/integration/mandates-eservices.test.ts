// A mandate at work: Olena mandates Līga for the place-of-residence declaration; Līga switches to
// acting for Olena, fills and submits it as Olena's own application (the register data is Olena's),
// and both are on the record. Olena sees the application and who submitted it; a mandate for
// another service does not open this one; a draft whose mandate was revoked cannot be submitted;
// once no mandate holds, Līga acts for herself again and Olena's draft is closed to her.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { listeningTestApp, type TestApp } from "../harness/app.ts";
import { loginAs, type Visitor } from "../harness/login.ts";
import { completeResidence, OLENA } from "../harness/residence-application.ts";

const LIGA = "220786-10560";
const SERVICE = "dzivesvietas-deklaresana";

function today(): string {
  return new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Riga" });
}

describe("acting for another person under a mandate", () => {
  let site: TestApp & { url: string };
  let olena: Visitor;
  let liga: Visitor;
  let olenaId = "";

  before(async () => {
    site = await listeningTestApp({ seed: true, env: { RATE_LIMIT_MAX: "100000" } });
    olena = await loginAs(site.url, { personalCode: OLENA });
    liga = await loginAs(site.url, { personalCode: LIGA });
    olenaId = (
      await site.database.db
        .selectFrom("identity.person")
        .select("id")
        .where("personal_code", "=", OLENA.replace("-", ""))
        .executeTakeFirstOrThrow()
    ).id;
  });
  after(() => site.close());

  async function grant(services: string[]): Promise<string> {
    const form = await olena.get("/pilnvaras/jauna");
    const sent = await olena.post("/pilnvaras/jauna", [
      ["_csrf", olena.csrf(form.body)],
      ["agentCode", LIGA],
      ["agentFamilyName", "berzina"],
      ["scope", "chosen"],
      ...services.map((s): [string, string] => ["services", s]),
      ["validFrom", today()],
      ["validUntil", today()],
    ]);
    assert.equal(sent.status, 303, sent.body.slice(0, 500));
    const row = await site.database.db
      .selectFrom("mandates.mandate")
      .select("id")
      .where("principal_id", "=", olenaId)
      .orderBy("created_at", "desc")
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async function actForOlena(): Promise<void> {
    const roles = await liga.get("/konts/loma");
    assert.match(roles.body, /Olena Kovalenko/);
    const switched = await liga.post("/konts/loma", [
      ["_csrf", liga.csrf(roles.body)],
      ["acting", `person:${olenaId}`],
    ]);
    assert.equal(switched.status, 303);
  }

  test("a mandate for another service does not open this e-service", async () => {
    await grant(["bernu-piedzimsanas-pabalsts"]);
    await actForOlena();
    const start = await liga.get(`/e-pakalpojumi/${SERVICE}`);
    assert.match(start.body, /neattiecas uz šo pakalpojumu/);
    const refused = await liga.post(`/e-pakalpojumi/${SERVICE}/sakt`, [
      ["_csrf", liga.csrf(start.body)],
      ["for", "s0"],
    ]);
    assert.equal(refused.status, 303);
    assert.doesNotMatch(refused.location ?? "", /\/pieteikumi\//);
  });

  test("the agent fills and submits the declaration as the principal's; both are on the record", async () => {
    const mandateId = await grant([SERVICE]);
    await actForOlena();
    const start = await liga.get(`/e-pakalpojumi/${SERVICE}`);
    assert.match(start.body, /Olena Kovalenko/);
    const started = await liga.post(`/e-pakalpojumi/${SERVICE}/sakt`, [
      ["_csrf", liga.csrf(start.body)],
      ["for", "s0"],
    ]);
    const applicationId = /\/pieteikumi\/([0-9a-f-]{36})/.exec(started.location ?? "")?.[1] ?? "";
    assert.ok(applicationId, started.body.slice(0, 300));
    const submitted = await completeResidence(liga, started, applicationId);
    assert.equal(submitted.status, 303, submitted.body.slice(0, 500));

    const { db } = site.database;
    const row = await db
      .selectFrom("eservices.application")
      .select(["status", "subject_id", "acting_for", "created_by", "number"])
      .where("id", "=", applicationId)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, "submitted");
    assert.equal(row.subject_id, olenaId);
    assert.equal(row.acting_for, `person:${olenaId}`);
    const audit = await db
      .selectFrom("platform.audit_log")
      .select(["actor", "on_behalf_of"])
      .where("event", "=", "eservices.application.submit")
      .where("subject_id", "=", applicationId)
      .executeTakeFirstOrThrow();
    assert.equal(audit.on_behalf_of, `person:${olenaId}`);
    assert.equal(audit.actor, row.created_by);

    const mine = await olena.get("/mani-pieteikumi");
    assert.ok(mine.body.includes(row.number ?? "?"), "the principal finds it in her own account");
    const acted = await olena.get("/pilnvaras/darbibas");
    assert.equal(acted.status, 200);
    assert.ok(acted.body.includes(row.number ?? "?"), "and in who acted on her behalf");
    assert.match(acted.body, /Līga Bērziņa/);

    // A second draft, then the mandate is revoked: the agent is herself again and the draft is closed to her.
    const again = await liga.get(`/e-pakalpojumi/${SERVICE}`);
    const draft = await liga.post(`/e-pakalpojumi/${SERVICE}/sakt`, [
      ["_csrf", liga.csrf(again.body)],
      ["for", "s0"],
    ]);
    const draftId = /\/pieteikumi\/([0-9a-f-]{36})/.exec(draft.location ?? "")?.[1] ?? "";
    assert.ok(draftId);
    const list = await olena.get("/pilnvaras");
    const revokePage = await olena.get(`/pilnvaras/${mandateId}/atsaukt`);
    assert.equal(revokePage.status, 200, "the revoke confirmation page");
    const revoked = await olena.post(`/pilnvaras/${mandateId}/atsaukt`, [["_csrf", olena.csrf(revokePage.body || list.body)]]);
    assert.equal(revoked.status, 303);
    // The mandate for the other service still holds, so she still acts for Olena — but the
    // draft for this service can no longer be submitted, and stays a draft.
    const refused = await completeResidence(liga, draft, draftId);
    assert.equal(refused.status, 403);
    assert.match(refused.body, /vairs nav spēkā esošas šīs personas pilnvaras/);
    const other = await site.database.db
      .selectFrom("mandates.mandate")
      .select("id")
      .where("principal_id", "=", olenaId)
      .where("revoked_at", "is", null)
      .executeTakeFirstOrThrow();
    const confirm = await olena.get(`/pilnvaras/${other.id}/atsaukt`);
    const revokedToo = await olena.post(`/pilnvaras/${other.id}/atsaukt`, [["_csrf", olena.csrf(confirm.body)]]);
    assert.equal(revokedToo.status, 303);
    const closed = await liga.get(`/pieteikumi/${draftId}`);
    assert.equal(closed.status, 404, `${closed.location}`);
    const account = await liga.get("/konts");
    assert.doesNotMatch(account.body, /epak-account-bar__acting/);
  });
});
