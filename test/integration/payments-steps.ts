// Steps the payment tests share, as a browser without JavaScript takes them: Jānis Bērziņš,
// logged in with his eID card and acting for SIA "Bērziņu Būve", fills in the change of its
// registered address; the fee is paid on the development provider's bank link or card page; the
// provider's callbacks are recorded on their way to Epak, to be replayed or tampered with.
import assert from "node:assert/strict";
import { ensurePerson } from "../../src/modules/identity/index.ts";
import { insertMembership } from "../../src/modules/identity/memberships.repository.ts";
import type { TestApp } from "../harness/app.ts";
import { loginAs, type Page, type Visitor } from "../harness/login.ts";

export const JANIS = "150384-13866";
export const COMPANY = "40103587986";
export const ILZE = { personalCode: "14027814803", givenName: "Ilze", familyName: "Kalniņa" };
export const SERVICE = "juridiskas-adreses-maina";

/** A callback the provider sent, as it went over the wire. */
export type RecordedCallback = { url: string; body: string; signature: string };

/**
 * A fetch that records every payment callback it carries (the development provider posts them
 * to Epak through the process's fetch), and otherwise is the real one.
 */
export function recordingFetch(): { fetch: typeof fetch; callbacks: RecordedCallback[] } {
  const callbacks: RecordedCallback[] = [];
  const recording: typeof fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes("/maksajumi/atbilde/")) {
      const headers = new Headers(init?.headers);
      callbacks.push({ url, body: String(init?.body ?? ""), signature: headers.get("x-devpay-signature") ?? "" });
    }
    return fetch(input, init);
  };
  return { fetch: recording, callbacks };
}

/** Posts a callback to Epak as the provider would, with the signature given. */
export async function postCallback(url: string, body: string, signature: string): Promise<Response> {
  return fetch(url, { method: "POST", headers: { "content-type": "application/json", "x-devpay-signature": signature }, body });
}

/** The UR officer the demo does not have yet: Ilze Kalniņa is made one, once. */
export async function urOfficer(site: TestApp): Promise<void> {
  const { db } = site.database;
  const person = await ensurePerson(db, ILZE);
  await insertMembership(db, { personId: person.id, role: "officer", unitKind: "institution", unitCode: "UR", createdBy: null });
}

export async function janisForCompany(base: string): Promise<Visitor> {
  const visitor = await loginAs(base, { personalCode: JANIS, method: "eid" });
  const choose = await visitor.get("/konts/loma");
  const switched = await visitor.post("/konts/loma", { _csrf: visitor.csrf(choose.body), acting: `company:${COMPANY}` });
  assert.equal(switched.status, 303);
  return visitor;
}

function pdf(): Blob {
  return new Blob(["%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"], { type: "application/pdf" });
}

async function continueFrom(visitor: Visitor, page: Page, fields: [string, string][]): Promise<Page> {
  const sent = await visitor.post(page.url.pathname, [["_csrf", visitor.csrf(page.body)], ["action", "continue"], ...fields]);
  assert.equal(sent.status, 303, `${page.url.pathname} was not accepted: ${sent.body.slice(0, 300)}`);
  return visitor.follow(sent);
}

async function continueWithFile(visitor: Visitor, page: Page, fields: [string, string][], file: string): Promise<Page> {
  const form = new FormData();
  form.set("_csrf", visitor.csrf(page.body));
  form.set("action", "continue");
  for (const [name, value] of fields) form.set(name, value);
  form.set(file, pdf(), `${file}.pdf`);
  const sent = await visitor.postMultipart(page.url.pathname, form);
  assert.equal(sent.status, 303, `${page.url.pathname} was not accepted: ${sent.body.slice(0, 300)}`);
  return visitor.follow(sent);
}

/**
 * Starts the address change and answers every page; returns the draft's id and its "check your
 * answers" page. A move to rented premises is charged; a street renamed by the municipality is not.
 */
export async function filledDraft(visitor: Visitor, reason: "relocation" | "municipalDecision"): Promise<{ id: string; check: Page }> {
  const start = await visitor.get(`/e-pakalpojumi/${SERVICE}`);
  const started = await visitor.post(`/e-pakalpojumi/${SERVICE}/sakt`, { _csrf: visitor.csrf(start.body), for: "s0" });
  assert.equal(started.status, 303, started.body.slice(0, 300));
  const id = /\/pieteikumi\/([0-9a-f-]{36})/.exec(started.location ?? "")?.[1];
  assert.ok(id);
  let page = await visitor.follow(started);
  page = await continueFrom(visitor, page, []);
  page = await continueFrom(visitor, page, []);
  page = await continueFrom(visitor, page, [["changeReason", reason]]);
  page = await continueFrom(visitor, page, [["address", "105276490"]]);
  if (reason === "relocation") {
    page = await continueFrom(visitor, page, [["ownerKind", "company"]]);
    page = await continueWithFile(
      visitor,
      page,
      [
        ["ownerName", 'SIA "Baltijas Datu Risinājumi"'],
        ["ownerRegistrationNumber", "40203558818"],
      ],
      "ownerConsent",
    );
    page = await continueWithFile(
      visitor,
      page,
      [
        ["decisionDate.day", "16"],
        ["decisionDate.month", "11"],
        ["decisionDate.year", "2026"],
      ],
      "decisionDocument",
    );
  }
  const check = await continueFrom(visitor, page, [
    ["email", "birojs@berzinubuve.lv"],
    ["delivery", "eAddress"],
  ]);
  assert.equal(check.url.pathname, `/pieteikumi/${id}/parbaude`);
  return { id, check };
}

/** From the pay page: chooses bank or card and arrives at the provider's page. */
export async function toProvider(visitor: Visitor, id: string, method: "bank" | "card"): Promise<Page> {
  const payPage = await visitor.get(`/pieteikumi/${id}/samaksa`);
  assert.equal(payPage.status, 200, payPage.body.slice(0, 300));
  // After a decision the page names the request it shows; the form sends it back.
  const request = /name="request" value="([^"]+)"/.exec(payPage.body)?.[1];
  const sent = await visitor.post(`/pieteikumi/${id}/samaksa`, {
    _csrf: visitor.csrf(payPage.body),
    method,
    ...(request ? { request } : {}),
  });
  assert.equal(sent.status, 303, sent.body.slice(0, 500));
  const provider = await visitor.get(new URL(sent.location ?? "").pathname);
  assert.equal(provider.status, 200);
  assert.match(provider.url.pathname, method === "bank" ? /^\/dev-maksajumi\/banka\// : /^\/dev-maksajumi\/karte\//);
  return provider;
}

/** Decides on the provider's page; returns Epak's return address the provider sends the browser to. */
export async function decide(visitor: Visitor, provider: Page, fields: Record<string, string>): Promise<string> {
  const sent = await visitor.post(provider.url.pathname, { _csrf: visitor.csrf(provider.body), ...fields });
  assert.equal(sent.status, 303, sent.body.slice(0, 500));
  const back = new URL(sent.location ?? "");
  return `${back.pathname}${back.search}`;
}

export const CARD = { number: "4111 1111 1111 1111", expiry: "12/30", cvc: "123" };

/** Pays the draft's fee by card and comes back to "check your answers". */
export async function payByCard(visitor: Visitor, id: string, number = CARD.number): Promise<Page> {
  const provider = await toProvider(visitor, id, "card");
  const back = await decide(visitor, provider, { action: "confirm", ...CARD, number });
  return visitor.follow(await visitor.get(back));
}

export async function submit(visitor: Visitor, id: string, check: Page): Promise<Page> {
  const sent = await visitor.post(`/pieteikumi/${id}/iesniegt`, { _csrf: visitor.csrf(check.body), declaration: "yes" });
  assert.equal(sent.status, 303);
  return visitor.follow(sent);
}
