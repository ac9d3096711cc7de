// Filling in an e-service in Chromium as a person does: each question found by the words it
// asks, answered the way its kind of field is answered (a date in three boxes, an address
// searched and chosen, a file attached), and the pages around the questions read by what they
// say. The words are written out here, not read from the message catalogues, so that a page in
// the wrong language fails.
import assert from "node:assert/strict";
import type { Locator, Page } from "playwright-core";
import type { TestApp } from "../test/harness/app.ts";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../test/harness/browser.ts";
import { DESKTOP, inLocale, type Locale, NARROW } from "./site-pages.ts";

export const FORM_TEXT = {
  lv: {
    start: "Sākt",
    forWhom: "Par ko iesniedzat pieteikumu?",
    forMe: (name: string) => `Par sevi (${name})`,
    chooseWhom: "Izvēlieties, par ko iesniedzat pieteikumu",
    continue: "Turpināt",
    saveForLater: "Saglabāt un turpināt vēlāk",
    saved: "Pieteikums saglabāts",
    errorSummary: "Radās problēma",
    errorTitle: (title: string) => `Kļūda: ${title}`,
    search: "Meklēt",
    searchAddress: "Meklēt adresi",
    day: "Diena",
    month: "Mēnesis",
    year: "Gads",
    addAnother: (item: string) => `Pievienot vēl (${item})`,
    chooseOne: "Izvēlieties vienu no atbildēm",
    completed: "Pabeigts",
    notStarted: "Nav sākts",
    cannotStart: "Vēl nevar sākt",
    progress: (done: number, total: number) => `Aizpildītas ${done} no ${total} sadaļām.`,
    check: "Pārbaudiet atbildes pirms iesniegšanas",
    change: "Mainīt",
    submit: "Apliecināt un iesniegt",
    declarationRequired: "Atzīmējiet, ka apliecināt sniegto ziņu patiesumu",
    submitted: "Pieteikums iesniegts",
    receipt: "Lejupielādēt saņemšanas apliecinājumu (PDF)",
    myApplications: "Mani pieteikumi",
    seeMyApplications: "Skatīt manus pieteikumus",
    unfinished: "Nepabeigtie pieteikumi",
    submittedApplications: "Iesniegtie pieteikumi",
  },
  en: {
    start: "Start now",
    forWhom: "Who are you applying for?",
    forMe: (name: string) => `Myself (${name})`,
    chooseWhom: "Choose who you are applying for",
    continue: "Continue",
    saveForLater: "Save and continue later",
    saved: "Your application has been saved",
    errorSummary: "There is a problem",
    errorTitle: (title: string) => `Error: ${title}`,
    search: "Search",
    searchAddress: "Search for an address",
    day: "Day",
    month: "Month",
    year: "Year",
    addAnother: (item: string) => `Add another (${item})`,
    chooseOne: "Choose one of the answers",
    completed: "Completed",
    notStarted: "Not yet started",
    cannotStart: "Cannot start yet",
    progress: (done: number, total: number) => `You have completed ${done} of ${total} sections.`,
    check: "Check your answers before submitting",
    change: "Change",
    submit: "Confirm and submit",
    declarationRequired: "Tick to confirm that the information you gave is true",
    submitted: "Application submitted",
    receipt: "Download the receipt (PDF)",
    myApplications: "My applications",
    seeMyApplications: "See my applications",
    unfinished: "Unfinished applications",
    submittedApplications: "Submitted applications",
  },
} as const;

/** A small but well-formed PDF: the runtime checks an attachment by its content, not its name. */
export function pdfFile(name: string): { name: string; mimeType: string; buffer: Buffer } {
  const objects = [
    "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
    "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n",
    "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>\nendobj\n",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (const object of objects) {
    offsets.push(body.length);
    body += object;
  }
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return { name, mimeType: "application/pdf", buffer: Buffer.from(body, "latin1") };
}

type Scope = Page | Locator;

/** A question that is a set of fields (a choice, a date, an address, a group) by the words it asks. */
export function question(scope: Scope, label: string): Locator {
  return scope.getByRole("group", { name: label, exact: true });
}

/**
 * One answer: typed text, a chosen option, ticked options, a date "d m yyyy", an attached file,
 * or an address searched for and chosen from the results.
 */
export type Answer =
  | { text: string }
  | { choose: string }
  | { tick: readonly string[] }
  | { date: string }
  | { file: { name: string; mimeType: string; buffer: Buffer } }
  | { address: string; pick: string };

/** Answers the question asked in `label` on the page (or inside one item of a group). */
export async function answer(page: Page, locale: Locale, label: string, value: Answer, scope: Scope = page): Promise<void> {
  const text = FORM_TEXT[locale];
  if ("text" in value) {
    await scope.getByLabel(label, { exact: true }).fill(value.text);
  } else if ("choose" in value) {
    await question(scope, label).getByRole("radio", { name: value.choose, exact: true }).check();
  } else if ("tick" in value) {
    for (const option of value.tick) await question(scope, label).getByRole("checkbox", { name: option, exact: true }).check();
  } else if ("date" in value) {
    const [day = "", month = "", year = ""] = value.date.split(" ");
    const group = question(scope, label);
    await group.getByLabel(text.day, { exact: true }).fill(day);
    await group.getByLabel(text.month, { exact: true }).fill(month);
    await group.getByLabel(text.year, { exact: true }).fill(year);
  } else if ("file" in value) {
    await scope.getByLabel(label, { exact: true }).setInputFiles(value.file);
  } else {
    const group = question(scope, label);
    await group.getByLabel(text.searchAddress, { exact: true }).fill(value.address);
    await press(page, text.search);
    await question(page, label).getByRole("radio", { name: value.pick, exact: true }).check();
  }
}

/** Answers the page's questions in order. */
export async function fill(page: Page, locale: Locale, answers: Record<string, Answer>): Promise<void> {
  for (const [label, value] of Object.entries(answers)) await answer(page, locale, label, value);
}

/** Presses a button by its words and waits for the page the server answers with. */
export async function press(page: Page, name: string): Promise<void> {
  await Promise.all([page.waitForNavigation(), page.getByRole("button", { name, exact: true }).click()]);
}

/** Clicks a link by its words and waits for the page it leads to. */
export async function follow(scope: Scope, page: Page, name: string): Promise<void> {
  await Promise.all([page.waitForNavigation(), scope.getByRole("link", { name, exact: true }).click()]);
}

export async function heading(page: Page): Promise<string> {
  return (await page.locator("h1").first().textContent())?.replace(/\s+/g, " ").trim() ?? "";
}

/** Answers the page and presses "Turpināt"; the page must then have changed (no errors). */
export async function fillAndContinue(page: Page, locale: Locale, answers: Record<string, Answer>): Promise<void> {
  await fill(page, locale, answers);
  const before = new URL(page.url()).pathname;
  await press(page, FORM_TEXT[locale].continue);
  const problems = await errorSummary(page);
  assert.deepEqual(problems, [], `${before} was not accepted`);
}

/** The links of the error summary, by their words, with where each leads. */
export async function errorSummary(page: Page): Promise<{ text: string; href: string }[]> {
  const links = page.locator(".govuk-error-summary__list a");
  const found: { text: string; href: string }[] = [];
  for (let i = 0; i < (await links.count()); i++) {
    const link = links.nth(i);
    found.push({ text: (await link.textContent())?.trim() ?? "", href: (await link.getAttribute("href")) ?? "" });
  }
  return found;
}

/** The page the browser is on, as an address without the site and the language prefix. */
export function pathOf(page: Page): string {
  return new URL(page.url()).pathname.replace(/^\/en(?=\/)/, "");
}

/** The draft's id from the address of one of its pages. */
export function applicationId(page: Page): string {
  const id = /\/pieteikumi\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  assert.ok(id, `not a page of an application: ${page.url()}`);
  return id;
}

/** What "check your answers" shows for a question, by the words it asks. */
export async function checkedAnswer(page: Page, label: string): Promise<string> {
  const row = page.locator(".govuk-summary-list__row").filter({ has: page.getByRole("term").getByText(label, { exact: true }) });
  return ((await row.locator(".govuk-summary-list__value").textContent()) ?? "").replace(/\s+/g, " ").trim();
}

/** Opens the e-service's start page and starts, choosing whom for when the page asks. */
export async function startService(page: Page, baseUrl: string, locale: Locale, service: string, whom?: string): Promise<void> {
  await page.goto(`${baseUrl}${inLocale(locale, `/e-pakalpojumi/${service}`)}`);
  if (whom) await question(page, FORM_TEXT[locale].forWhom).getByRole("radio", { name: whom, exact: true }).check();
  await press(page, FORM_TEXT[locale].start);
  // A long form opens at its task list, a short one at its first page.
  assert.match(pathOf(page), /^\/pieteikumi\/[0-9a-f-]{36}(\/lapa\/[A-Za-z0-9]+)?$/);
}

/** Ticks the declaration and submits from "check your answers". */
export async function confirmAndSubmit(page: Page, locale: Locale): Promise<void> {
  await page.locator("#declaration").check();
  await press(page, FORM_TEXT[locale].submit);
}

/** The confirmation's number, after checking the page says the application was submitted. */
export async function submittedNumber(page: Page, locale: Locale): Promise<string> {
  assert.equal(await heading(page), FORM_TEXT[locale].submitted);
  const number = (await page.locator(".govuk-panel__body strong").textContent())?.trim() ?? "";
  assert.match(number, /^EP-\d{4}-\d{6}$/);
  return number;
}

/** The receipt: the link downloads a PDF file named after the number, served as application/pdf. */
export async function expectReceipt(page: Page, locale: Locale, number: string): Promise<void> {
  const link = page.getByRole("link", { name: FORM_TEXT[locale].receipt, exact: true });
  const href = await link.getAttribute("href");
  assert.ok(href);
  const response = await page.context().request.get(new URL(href, page.url()).toString());
  assert.equal(response.status(), 200);
  assert.equal(response.headers()["content-type"], "application/pdf");
  assert.equal((await response.body()).subarray(0, 5).toString("latin1"), "%PDF-");
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  assert.equal(download.suggestedFilename(), `${number}.pdf`);
}

/** "Mani pieteikumi": the rows of one of its two tables, as their cells' words. */
export async function myApplications(page: Page, locale: Locale, table: "unfinished" | "submittedApplications"): Promise<string[][]> {
  const rows = page.getByRole("table", { name: FORM_TEXT[locale][table], exact: true }).locator("tbody tr");
  const found: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const cells = await rows.nth(i).locator("td").allInnerTexts();
    found.push(cells.map((c) => c.replace(/\s+/g, " ").trim()));
  }
  return found;
}

/** Axe at desktop width and at 320 px, where the page must not scroll sideways either. */
export async function expectAccessible(page: Page, { narrow = false } = {}): Promise<void> {
  await expectNoAxeViolations(page);
  if (!narrow) return;
  await page.setViewportSize(NARROW);
  try {
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  } finally {
    await page.setViewportSize(DESKTOP);
  }
}

/** The same page in the other language passes axe too (opened by its address, so a GET page only). */
export async function expectAccessibleInOtherLanguage(page: Page, locale: Locale): Promise<void> {
  const here = new URL(page.url());
  const other = locale === "lv" ? inLocale("en", here.pathname) : here.pathname.replace(/^\/en(?=\/)/, "");
  await page.goto(`${here.origin}${other}${here.search}`);
  await expectNoAxeViolations(page);
  await page.goto(here.toString());
}

/**
 * The applications the database holds for the same service and subject as `applicationId`
 * (drafts and submitted alike), to count what a double submission made.
 */
export async function applicationsLike(site: TestApp, applicationId: string) {
  const db = site.database.db;
  const one = await db
    .selectFrom("eservices.application")
    .select(["service", "subject_id"])
    .where("id", "=", applicationId)
    .executeTakeFirstOrThrow();
  return db
    .selectFrom("eservices.application")
    .select(["id", "number", "status"])
    .where("service", "=", one.service)
    .where("subject_id", "=", one.subject_id)
    .execute();
}

/** Audit rows of submissions of one application: exactly one however many times it was sent. */
export async function submissionsAudited(site: TestApp, applicationId: string): Promise<number> {
  const rows = await site.database.db
    .selectFrom("platform.audit_log")
    .select("id")
    .where("event", "=", "eservices.application.submit")
    .where("subject_id", "=", applicationId)
    .execute();
  return rows.length;
}

/** The status the task list shows beside a section (or beside "check your answers"). */
export async function taskStatus(page: Page, task: string): Promise<string> {
  const item = page.locator(".govuk-task-list__item").filter({ has: page.locator(".govuk-task-list__name-and-hint", { hasText: task }) });
  return ((await item.locator(".govuk-task-list__status").textContent()) ?? "").trim();
}

/**
 * The check page open in two tabs, and the form submitted in both at once: Chromium itself
 * does not send a form again while its first submission is on its way (with or without
 * script), so two tabs are how one person gets two submissions to the server together.
 * Returns the number each tab's confirmation shows.
 */
export async function submitInTwoTabs(page: Page, locale: Locale): Promise<[string, string]> {
  const other = await page.context().newPage();
  try {
    await other.goto(page.url());
    await Promise.all([page.locator("#declaration").check(), other.locator("#declaration").check()]);
    const submit = (tab: Page) =>
      Promise.all([tab.waitForURL(/\/iesniegts$/), tab.getByRole("button", { name: FORM_TEXT[locale].submit, exact: true }).click()]);
    await Promise.all([submit(page), submit(other)]);
    return [await submittedNumber(page, locale), await submittedNumber(other, locale)];
  } finally {
    await other.close();
  }
}
