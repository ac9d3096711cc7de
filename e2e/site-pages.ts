// The pages of the page shell, each as a person reaches it, with what it must say in each
// language. The headings are written out here, not read from the message catalogues, so that
// a page showing the wrong language's text fails.
import type { Page, Response } from "playwright-core";

export type Locale = "lv" | "en";
export const LOCALES: readonly Locale[] = ["lv", "en"];
export const OTHER: Record<Locale, Locale> = { lv: "en", en: "lv" };

export const DESKTOP = { width: 1280, height: 800 };
export const NARROW = { width: 320, height: 640 };

export type SitePage = {
  name: string;
  /** The Latvian (unprefixed) address the page is opened at. */
  path: string;
  /** The address the browser is at once the page shows, when opening it submits a form. */
  shownAt?: string;
  status: number;
  heading: Record<Locale, string>;
  /** Opens the page; the default is to go to its address. */
  reach?: (page: Page, url: string) => Promise<Response | null>;
  /** The page moves focus itself on load, so Tab does not start from the top. */
  movesFocus?: boolean;
};

const FEEDBACK_HEADING = { lv: "Ziņot par problēmu šajā lapā", en: "Report a problem with this page" };

export const SITE_PAGES: readonly SitePage[] = [
  {
    name: "front page",
    path: "/",
    status: 200,
    heading: { lv: "Valsts un pašvaldību pakalpojumi vienuviet", en: "State and municipal services in one place" },
  },
  {
    name: "accessibility statement",
    path: "/pieklustamiba",
    status: 200,
    heading: { lv: "Piekļūstamības paziņojums", en: "Accessibility statement" },
  },
  {
    name: "page not found",
    path: "/nav-tadas-lapas",
    status: 404,
    heading: { lv: "Lapa nav atrasta", en: "Page not found" },
  },
  {
    name: "server error",
    path: "/dev/kluda",
    status: 500,
    heading: { lv: "Radās kļūda mūsu pusē", en: "Sorry, there is a problem on our side" },
  },
  {
    name: "feedback form",
    path: "/atsauksme?lapa=/",
    status: 200,
    heading: FEEDBACK_HEADING,
  },
  {
    name: "feedback form with an error",
    path: "/atsauksme?lapa=/",
    shownAt: "/atsauksme",
    status: 400,
    heading: FEEDBACK_HEADING,
    movesFocus: true,
    async reach(page, url) {
      await page.goto(url);
      return submit(page);
    },
  },
  {
    name: "feedback thank-you page",
    path: "/atsauksme/paldies?lapa=/",
    status: 200,
    heading: { lv: "Paldies par ziņojumu", en: "Thank you for your report" },
  },
];

/** The address of a Latvian path in `locale`: English lives under /en. */
export function inLocale(locale: Locale, path: string): string {
  if (locale === "lv") return path;
  return path === "/" || path.startsWith("/?") ? `/en${path.slice(1)}` : `/en${path}`;
}

/** Opens a site page in `locale` and returns the response of the document it ends on. */
export async function reach(page: Page, baseUrl: string, sitePage: SitePage, locale: Locale): Promise<Response | null> {
  const url = `${baseUrl}${inLocale(locale, sitePage.path)}`;
  return sitePage.reach ? sitePage.reach(page, url) : page.goto(url);
}

/** Presses the form's submit button and waits for the page the server answers with. */
export async function submit(page: Page): Promise<Response | null> {
  const [response] = await Promise.all([page.waitForNavigation(), page.locator("form button[type=submit]").click()]);
  return response;
}
