// Olena Kovalenko, a tenant, declares her residence at a flat she rents, through the forms as a
// browser without JavaScript would: for tests that need a submitted application to work on.
import assert from "node:assert/strict";
import { loginAs, type Page, type Visitor } from "./login.ts";

export const OLENA = "326771-08675";
const RAIMONDS = "030371-14620";
const PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

async function step(visitor: Visitor, page: Page, fields: [string, string][]): Promise<Page> {
  const next = await visitor.post(page.url.pathname, [["_csrf", visitor.csrf(page.body)], ["action", "continue"], ...fields]);
  assert.equal(next.status, 303, `${page.url.pathname}: ${next.body.slice(0, 300)}`);
  return visitor.follow(next);
}

export async function submitResidence(baseUrl: string): Promise<{ visitor: Visitor; applicationId: string }> {
  const visitor = await loginAs(baseUrl, { personalCode: OLENA });
  const start = await visitor.get("/e-pakalpojumi/dzivesvietas-deklaresana");
  const started = await visitor.post("/e-pakalpojumi/dzivesvietas-deklaresana/sakt", [
    ["_csrf", visitor.csrf(start.body)],
    ["for", "s0"],
  ]);
  const applicationId = /\/pieteikumi\/([0-9a-f-]{36})/.exec(started.location ?? "")?.[1];
  assert.ok(applicationId);
  const submitted = await completeResidence(visitor, started, applicationId);
  assert.equal(submitted.status, 303);
  return { visitor, applicationId };
}

/**
 * Fills a started declaration (the redirect after starting it) up to the submit button and
 * presses it: for Olena herself, or for a consultant filling it for her.
 */
export async function completeResidence(visitor: Visitor, started: Page, applicationId: string): Promise<Page> {
  let page = await visitor.follow(started);
  page = await step(visitor, page, []);
  // The address is searched in the address data first, as a person does, so its text is known.
  const searched = await visitor.post(page.url.pathname, [
    ["_csrf", visitor.csrf(page.body)],
    ["action", "search:address"],
    ["address.search", "brivibas 101"],
  ]);
  assert.equal(searched.status, 200);
  page = await step(visitor, searched, [["address", "105117328"]]);
  page = await step(visitor, page, [
    ["livingFrom.day", "1"],
    ["livingFrom.month", "11"],
    ["livingFrom.year", "2026"],
  ]);
  page = await step(visitor, page, [
    ["basis", "ownerConsent"],
    ["ownerKind", "person"],
  ]);
  const form = new FormData();
  form.set("_csrf", visitor.csrf(page.body));
  form.set("action", "continue");
  form.set("ownerName", "Raimonds Vanags");
  form.set("ownerPersonalCode", RAIMONDS);
  form.set("consentDocument", new Blob([PDF], { type: "application/pdf" }), "piekrisana.pdf");
  const owner = await visitor.postMultipart(page.url.pathname, form);
  assert.equal(owner.status, 303);
  page = await step(visitor, await visitor.follow(owner), [["delivery", "eAddress"]]);
  assert.match(page.url.pathname, /\/parbaude$/);
  return visitor.post(`/pieteikumi/${applicationId}/iesniegt`, [
    ["_csrf", visitor.csrf(page.body)],
    ["declaration", "yes"],
  ]);
}
