// Logging in through the development identity provider as a person in Chromium does it, and the
// pages of login, account and staff area, each as a person reaches it, with what it must say in
// each language. The words are written out here, not read from the message catalogues, so that
// a page in the wrong language fails.
import type { Page, Response } from "playwright-core";
import { inLocale, type Locale } from "./site-pages.ts";

export type TestPerson = { name: string; code: string };

export const PERSONS = {
  janis: { name: "Jānis Bērziņš", code: "150384-13866" },
  andris: { name: "Andris Kalniņš", code: "301175-15938" },
  ilze: { name: "Ilze Kalniņa", code: "140278-14803" },
  olena: { name: "Olena Kovalenko", code: "326771-08675" },
  dace: { name: "Dace Liepiņa", code: "250595-13742" },
} satisfies Record<string, TestPerson>;

export type Method = { id: string; name: string; high: boolean };

export const METHODS: readonly Method[] = [
  { id: "eid", name: "eID karte", high: true },
  { id: "eparaksts", name: "eParaksts mobile", high: true },
  { id: "swedbank", name: "Swedbank", high: false },
  { id: "seb", name: "SEB banka", high: false },
  { id: "citadele", name: "Citadele", high: false },
  { id: "luminor", name: "Luminor", high: false },
];

export function method(id: string): Method {
  const found = METHODS.find((m) => m.id === id);
  if (!found) throw new Error(`No login method "${id}"`);
  return found;
}

export const COMPANY = 'SIA "Bērziņu Būve"';

export const TEXT = {
  lv: {
    logIn: "Pieslēgties",
    chooseMethod: "Izvēlieties pieslēgšanās veidu",
    choosePerson: (method: string) => `${method}: izvēlieties personu`,
    personalCode: "Personas kods",
    needsHigh: "Šim pakalpojumam nepieciešams augsts uzticamības līmenis: pieslēdzieties ar eID karti vai eParaksts mobile.",
    banksTooLow: "Šim pakalpojumam internetbankas pieslēgums nav pietiekams: nepieciešams augsts uzticamības līmenis.",
    cancel: "Atcelt un atgriezties",
    loginCancelled: "Pieslēgšanās atcelta",
    tryAgain: "Pieslēgties vēlreiz",
    accountNav: "Konts",
    myData: "Mani dati",
    switchRole: "Mainīt lomu",
    logOut: "Iziet",
    actingTitle: "Kā vārdā vēlaties darboties?",
    continue: "Turpināt",
    actingFor: (label: string) => `pārstāv: ${label}`,
    workingAs: (label: string) => `darbojas kā: ${label}`,
    providerLogout: "Iziet arī no autentifikācijas pakalpojuma",
    signedOut: "Iziešana no Epak ir pabeigta",
    sharedComputer: "Ja izmantojat kopīgu datoru",
    sessionEnded: "Jūsu sesija ir beigusies",
    timeoutTitle: "Jūsu sesija drīz beigsies",
    stay: "Turpināt darbu",
    stepUp: "Nepieciešams augstāks uzticamības līmenis",
    stepUpButton: "Pieslēgties ar augstāku uzticamības līmeni",
    workplace: "Darba vieta",
    staffAdmin: "Darbinieki un lomas",
    forbidden: "Piekļuve liegta",
    emailTitle: "E-pasta adrese",
    sendCode: "Nosūtīt kodu",
    codeTitle: "Ievadiet saņemto kodu",
    confirm: "Apstiprināt",
    outbox: "Izsūtītās ziņas",
    grant: "Piešķirt",
    officerVsaa: "Iestādes darbinieks, Valsts sociālās apdrošināšanas aģentūra",
    officerCesis: "Iestādes darbinieks, Cēsu novada pašvaldība",
    administrator: "Platformas administrators, Valsts digitālās attīstības aģentūra",
    errorSummary: "Radās problēma",
  },
  en: {
    logIn: "Log in",
    chooseMethod: "Choose how to log in",
    choosePerson: (method: string) => `${method}: choose a person`,
    personalCode: "Personal code",
    needsHigh: "This service needs a high level of assurance: log in with an eID card or eParaksts mobile.",
    banksTooLow: "An internet bank login is not enough for this service: it needs a high level of assurance.",
    cancel: "Cancel and go back",
    loginCancelled: "Login cancelled",
    tryAgain: "Log in again",
    accountNav: "Account",
    myData: "My data",
    switchRole: "Switch role",
    logOut: "Log out",
    actingTitle: "Who are you acting for?",
    continue: "Continue",
    actingFor: (label: string) => `acting for: ${label}`,
    workingAs: (label: string) => `working as: ${label}`,
    providerLogout: "Log out of the authentication service too",
    signedOut: "You have logged out of Epak",
    sharedComputer: "If you use a shared computer",
    sessionEnded: "Your session has ended",
    timeoutTitle: "Your session will end soon",
    stay: "Carry on",
    stepUp: "A higher level of assurance is needed",
    stepUpButton: "Log in with a higher level of assurance",
    workplace: "Workplace",
    staffAdmin: "Staff and roles",
    forbidden: "Access denied",
    emailTitle: "Email address",
    sendCode: "Send code",
    codeTitle: "Enter the code you received",
    confirm: "Confirm",
    outbox: "Sent messages",
    grant: "Give role",
    officerVsaa: "Institution officer, State Social Insurance Agency",
    officerCesis: "Institution officer, Cēsis Municipality",
    administrator: "Platform administrator, State Digital Development Agency",
    errorSummary: "There is a problem",
  },
} as const;

/** Back at Epak from the provider: neither a provider page nor one of the login redirects. */
export function backAtEpak(url: URL): boolean {
  return !url.pathname.includes("/dev-idp/") && !/\/pieslegties(\/atbilde)?$/.test(url.pathname);
}

/** Who the account bar says is logged in, and for whom they act; null when there is no bar. */
export async function accountBarText(page: Page): Promise<string | null> {
  const who = page.locator(".epak-account-bar__who");
  return (await who.count()) === 0 ? null : ((await who.textContent())?.replace(/\s+/g, " ").trim() ?? "");
}

export function accountNav(page: Page, locale: Locale) {
  return page.getByRole("navigation", { name: TEXT[locale].accountNav, exact: true });
}

export async function heading(page: Page): Promise<string> {
  return (await page.locator("h1").textContent())?.replace(/\s+/g, " ").trim() ?? "";
}

/** The header's login link, from whatever page the browser is on, to the provider's method page. */
export async function openLoginFromHeader(page: Page, locale: Locale): Promise<void> {
  await page.locator("header").getByRole("link", { name: TEXT[locale].logIn, exact: true }).click();
  await page.waitForURL(/\/dev-idp\/interaction\/[^/]+$/);
}

/** Chooses a method by its address: eID and eParaksts are named in the page's language. */
export async function chooseMethod(page: Page, m: Method): Promise<void> {
  await page.locator(`main a[href$="/${m.id}"]`).click();
  await page.waitForURL(new RegExp(`/dev-idp/interaction/[^/]+/${m.id}$`));
}

/** Chooses the person on the provider's person page (or types their code) and returns to Epak. */
export async function choosePerson(page: Page, locale: Locale, person: TestPerson, { typed = false } = {}): Promise<void> {
  if (typed) await page.getByLabel(TEXT[locale].personalCode, { exact: true }).fill(person.code);
  else await page.getByRole("radio", { name: `${person.name}, ${person.code}`, exact: true }).check();
  // The page has two forms: a typed code in the first, the list of people in the second.
  await page
    .locator("main form")
    .nth(typed ? 0 : 1)
    .getByRole("button", { name: TEXT[locale].logIn, exact: true })
    .click();
  await page.waitForURL(backAtEpak);
}

/** Submits the provider's list of people as it is (with nothing chosen, for its error). */
export async function submitPersonList(page: Page, locale: Locale): Promise<void> {
  const button = page.locator("main form").nth(1).getByRole("button", { name: TEXT[locale].logIn, exact: true });
  await Promise.all([page.waitForNavigation(), button.click()]);
}

/** Logs in straight from /pieslegties, to come back at `to`. */
export async function logInAs(
  page: Page,
  baseUrl: string,
  locale: Locale,
  person: TestPerson,
  { via = "swedbank", to = "/konts" }: { via?: string; to?: string } = {},
): Promise<void> {
  await page.goto(`${baseUrl}${inLocale(locale, "/pieslegties")}?atpakal=${encodeURIComponent(inLocale(locale, to))}`);
  await chooseMethod(page, method(via));
  await choosePerson(page, locale, person);
}

/** "Mainīt lomu" in the account bar, then one of the choices by its label. */
export async function switchRole(page: Page, locale: Locale, label: string): Promise<void> {
  await accountNav(page, locale).getByRole("link", { name: TEXT[locale].switchRole, exact: true }).click();
  await page.waitForURL(/\/konts\/loma$/);
  await page.getByRole("radio", { name: label, exact: true }).check();
  await page.getByRole("button", { name: TEXT[locale].continue, exact: true }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/konts/loma"));
}

/** The status of the last document the page showed (redirects skipped). */
export function documentStatus(page: Page): () => number | undefined {
  let status: number | undefined;
  page.on("response", (response: Response) => {
    const request = response.request();
    if (!request.isNavigationRequest() || response.frame() !== page.mainFrame()) return;
    if (response.status() < 300 || response.status() >= 400) status = response.status();
  });
  return () => status;
}

/** Presses a submit button by its text and waits for the page the server answers with. */
export async function press(page: Page, name: string): Promise<void> {
  await Promise.all([page.waitForNavigation(), page.getByRole("button", { name, exact: true }).click()]);
}

export type IdentityPage = {
  name: string;
  /** Screenshot file name, without width and extension. */
  file: string;
  status: number;
  heading: Record<Locale, string>;
  /** The page shows an error summary. */
  errors?: boolean;
  /** Opens the page in a fresh context; `baseUrl` is the site. */
  reach(page: Page, baseUrl: string, locale: Locale): Promise<void>;
};

const goto = (path: string) => async (page: Page, baseUrl: string, locale: Locale) => {
  await page.goto(`${baseUrl}${inLocale(locale, path)}`);
};

async function methodPage(page: Page, baseUrl: string, locale: Locale) {
  await page.goto(`${baseUrl}${inLocale(locale, "/pieslegties")}`);
  await page.waitForURL(/\/dev-idp\/interaction\/[^/]+$/);
}

async function personPage(page: Page, baseUrl: string, locale: Locale) {
  await methodPage(page, baseUrl, locale);
  await chooseMethod(page, method("seb"));
}

async function emailCodeSent(page: Page, baseUrl: string, locale: Locale) {
  await logInAs(page, baseUrl, locale, PERSONS.janis, { to: "/konts/kontakti/e-pasts" });
  await page.getByLabel(TEXT[locale].emailTitle).fill("janis.berzins@example.lv");
  await press(page, TEXT[locale].sendCode);
}

async function administrator(page: Page, baseUrl: string, locale: Locale) {
  await logInAs(page, baseUrl, locale, PERSONS.andris, { via: "eid", to: "/konts" });
  await switchRole(page, locale, TEXT[locale].administrator);
  await page.goto(`${baseUrl}${inLocale(locale, "/darbs/darbinieki")}`);
}

export const IDENTITY_PAGES: readonly IdentityPage[] = [
  {
    name: "provider: choose a method",
    file: "idp-methods",
    status: 200,
    heading: { lv: TEXT.lv.chooseMethod, en: TEXT.en.chooseMethod },
    reach: methodPage,
  },
  {
    name: "provider: choose a method, a high level needed",
    file: "idp-methods-high",
    status: 200,
    heading: { lv: TEXT.lv.chooseMethod, en: TEXT.en.chooseMethod },
    async reach(page, baseUrl, locale) {
      await page.goto(`${baseUrl}${inLocale(locale, "/pieslegties")}?limenis=high`);
      await page.waitForURL(/\/dev-idp\/interaction\/[^/]+$/);
    },
  },
  {
    name: "provider: choose a person",
    file: "idp-person",
    status: 200,
    heading: { lv: TEXT.lv.choosePerson("SEB banka"), en: TEXT.en.choosePerson("SEB banka") },
    reach: personPage,
  },
  {
    name: "provider: choose a person, with nothing chosen",
    file: "idp-person-error",
    status: 400,
    errors: true,
    heading: { lv: TEXT.lv.choosePerson("SEB banka"), en: TEXT.en.choosePerson("SEB banka") },
    async reach(page, baseUrl, locale) {
      await personPage(page, baseUrl, locale);
      await submitPersonList(page, locale);
    },
  },
  {
    name: "login cancelled",
    file: "login-cancelled",
    status: 200,
    heading: { lv: TEXT.lv.loginCancelled, en: TEXT.en.loginCancelled },
    reach: goto("/pieslegties/neizdevas?iemesls=cancelled"),
  },
  {
    name: "logged out",
    file: "logged-out",
    status: 200,
    heading: { lv: TEXT.lv.signedOut, en: TEXT.en.signedOut },
    reach: goto("/izrakstits"),
  },
  {
    name: "session ended",
    file: "session-ended",
    status: 200,
    heading: { lv: TEXT.lv.sessionEnded, en: TEXT.en.sessionEnded },
    reach: goto("/sesija-beigusies"),
  },
  {
    name: "step up",
    file: "step-up",
    status: 200,
    heading: { lv: TEXT.lv.stepUp, en: TEXT.en.stepUp },
    reach: goto("/pieslegties/limenis?vajag=high"),
  },
  {
    name: "my data",
    file: "my-data",
    status: 200,
    heading: { lv: TEXT.lv.myData, en: TEXT.en.myData },
    reach: (page, baseUrl, locale) => logInAs(page, baseUrl, locale, PERSONS.janis),
  },
  {
    name: "session timeout warning",
    file: "timeout-warning",
    status: 200,
    heading: { lv: TEXT.lv.myData, en: TEXT.en.myData },
    async reach(page, baseUrl, locale) {
      await page.clock.install();
      await logInAs(page, baseUrl, locale, PERSONS.janis);
      await page.clock.fastForward("13:30");
      await page.getByRole("alertdialog", { name: TEXT[locale].timeoutTitle }).waitFor({ state: "visible" });
    },
  },
  {
    name: "switch role",
    file: "switch-role",
    status: 200,
    heading: { lv: TEXT.lv.actingTitle, en: TEXT.en.actingTitle },
    reach: (page, baseUrl, locale) => logInAs(page, baseUrl, locale, PERSONS.janis, { to: "/konts/loma" }),
  },
  {
    name: "email address, with an error",
    file: "email-error",
    status: 400,
    errors: true,
    heading: { lv: TEXT.lv.emailTitle, en: TEXT.en.emailTitle },
    async reach(page, baseUrl, locale) {
      await logInAs(page, baseUrl, locale, PERSONS.janis, { to: "/konts/kontakti/e-pasts" });
      await page.getByLabel(TEXT[locale].emailTitle).fill("janis.example.lv");
      await press(page, TEXT[locale].sendCode);
    },
  },
  {
    name: "email code",
    file: "email-code",
    status: 200,
    heading: { lv: TEXT.lv.codeTitle, en: TEXT.en.codeTitle },
    reach: emailCodeSent,
  },
  {
    name: "email code, with an error",
    file: "email-code-error",
    status: 400,
    errors: true,
    heading: { lv: TEXT.lv.codeTitle, en: TEXT.en.codeTitle },
    async reach(page, baseUrl, locale) {
      await emailCodeSent(page, baseUrl, locale);
      await page.getByLabel(TEXT[locale].codeTitle).fill("12");
      await press(page, TEXT[locale].confirm);
    },
  },
  {
    name: "sent messages",
    file: "dev-outbox",
    status: 200,
    heading: { lv: TEXT.lv.outbox, en: TEXT.en.outbox },
    async reach(page, baseUrl, locale) {
      await emailCodeSent(page, baseUrl, locale);
      await page.goto(`${baseUrl}${inLocale(locale, "/dev/izsutitie")}`);
    },
  },
  {
    name: "workplace",
    file: "workplace",
    status: 200,
    heading: { lv: TEXT.lv.workplace, en: TEXT.en.workplace },
    async reach(page, baseUrl, locale) {
      await logInAs(page, baseUrl, locale, PERSONS.ilze);
      await switchRole(page, locale, TEXT[locale].officerVsaa);
    },
  },
  {
    name: "staff and roles",
    file: "staff-admin",
    status: 200,
    heading: { lv: TEXT.lv.staffAdmin, en: TEXT.en.staffAdmin },
    reach: administrator,
  },
  {
    name: "staff and roles, with errors",
    file: "staff-admin-errors",
    status: 400,
    errors: true,
    heading: { lv: TEXT.lv.staffAdmin, en: TEXT.en.staffAdmin },
    async reach(page, baseUrl, locale) {
      await administrator(page, baseUrl, locale);
      await press(page, TEXT[locale].grant);
    },
  },
  {
    name: "access denied",
    file: "forbidden",
    status: 403,
    heading: { lv: TEXT.lv.forbidden, en: TEXT.en.forbidden },
    reach: (page, baseUrl, locale) => logInAs(page, baseUrl, locale, PERSONS.janis, { to: "/darbs" }),
  },
  {
    name: "provider: log out too?",
    file: "idp-logout",
    status: 200,
    heading: { lv: TEXT.lv.providerLogout, en: TEXT.en.providerLogout },
    async reach(page, baseUrl, locale) {
      await logInAs(page, baseUrl, locale, PERSONS.janis);
      await accountNav(page, locale).getByRole("button", { name: TEXT[locale].logOut, exact: true }).click();
      await page.waitForURL(/\/dev-idp\/session\/end/);
    },
  },
];

export function identityPage(name: string): IdentityPage {
  const found = IDENTITY_PAGES.find((p) => p.name === name);
  if (!found) throw new Error(`No identity page called "${name}"`);
  return found;
}
