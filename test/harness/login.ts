// Logging in through the development identity provider over real HTTP, as a browser without
// JavaScript would: a cookie jar that honours Path and deletions, forms posted by hand and
// redirects followed one by one. Tests of anything behind a login start from `loginAs`.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { StaffRole } from "../../src/modules/identity/index.ts";
import type { Tables } from "../../src/platform/db/tables.ts";

/** One answer, read in full; `url` is where it came from. */
export type Page = { url: URL; status: number; headers: Headers; location: string | null; body: string };

type StoredCookie = { name: string; value: string; path: string };

const MAX_REDIRECTS = 15;

/** RFC 6265's default path: the request path up to (not including) its last slash. */
function defaultPath(requestPath: string): string {
  const last = requestPath.lastIndexOf("/");
  return last <= 0 ? "/" : requestPath.slice(0, last);
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith("/") || requestPath[cookiePath.length] === "/";
}

/**
 * A visitor of one site: an HTTP client with a cookie jar, for tests that go through logins and
 * forms without a browser. Redirects are followed only when asked (`follow`), never off-site.
 */
export class Visitor {
  readonly origin: string;
  #cookies: StoredCookie[] = [];

  constructor(baseUrl: string) {
    this.origin = new URL(baseUrl).origin;
  }

  get(path: string, headers: Record<string, string> = {}): Promise<Page> {
    return this.#request("GET", path, headers);
  }

  /** Posts a form, urlencoded as a browser would; a list of pairs may name a field more than once. */
  post(path: string, fields: Record<string, string> | [string, string][], headers: Record<string, string> = {}): Promise<Page> {
    return this.#request("POST", path, { "content-type": "application/x-www-form-urlencoded", ...headers }, new URLSearchParams(fields));
  }

  /** Posts a form with files (multipart/form-data), as a browser does for a form with a file input. */
  postMultipart(path: string, form: FormData, headers: Record<string, string> = {}): Promise<Page> {
    return this.#request("POST", path, headers, form);
  }

  /**
   * Follows redirects from `page` to the end. A redirect to another site, or to the path
   * `stopBefore`, is returned rather than followed.
   */
  async follow(page: Page, { stopBefore }: { stopBefore?: string } = {}): Promise<Page> {
    let current = page;
    for (let hops = 0; current.location !== null && current.status >= 300 && current.status < 400; hops++) {
      if (hops === MAX_REDIRECTS) throw new Error(`More than ${MAX_REDIRECTS} redirects from ${page.url.pathname}`);
      const next = new URL(current.location, current.url);
      if (next.origin !== this.origin || next.pathname === stopBefore) return current;
      current = await this.get(`${next.pathname}${next.search}`);
    }
    return current;
  }

  /** The CSRF token of the (first) form on a page. */
  csrf(body: string): string {
    const token = /name="_csrf" value="([^"]+)"/.exec(body)?.[1];
    if (!token) throw new Error("No CSRF token on the page");
    return token;
  }

  /** The value of a cookie in the jar (of any path), if there is one. */
  cookie(name: string): string | undefined {
    return this.#cookies.find((c) => c.name === name)?.value;
  }

  setCookie(name: string, value: string, path = "/"): void {
    this.deleteCookie(name, path);
    this.#cookies.push({ name, value, path });
  }

  deleteCookie(name: string, path?: string): void {
    this.#cookies = this.#cookies.filter((c) => c.name !== name || (path !== undefined && c.path !== path));
  }

  async #request(method: string, path: string, headers: Record<string, string>, body?: URLSearchParams | FormData): Promise<Page> {
    const url = new URL(path, this.origin);
    if (url.origin !== this.origin) throw new Error(`${path} is not on ${this.origin}`);
    const cookie = this.#cookies
      .filter((c) => pathMatches(url.pathname, c.path))
      .sort((a, b) => b.path.length - a.path.length)
      .map((c) => `${c.name}=${c.value}`)
      .join("; ");
    const response = await fetch(url, {
      method,
      body,
      redirect: "manual",
      headers: { accept: "text/html", ...(cookie ? { cookie } : {}), ...headers },
    });
    for (const header of response.headers.getSetCookie()) this.#store(header, url.pathname);
    return {
      url,
      status: response.status,
      headers: response.headers,
      location: response.headers.get("location"),
      body: await response.text(),
    };
  }

  #store(header: string, requestPath: string): void {
    const [pair = "", ...attributes] = header.split(";").map((part) => part.trim());
    const eq = pair.indexOf("=");
    if (eq <= 0) return;
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    let path = defaultPath(requestPath);
    let expired = false;
    for (const attribute of attributes) {
      const [key = "", ...rest] = attribute.split("=");
      const v = rest.join("=");
      if (/^path$/i.test(key) && v.startsWith("/")) path = v;
      else if (/^max-age$/i.test(key)) expired = Number(v) <= 0;
      else if (/^expires$/i.test(key) && !attributes.some((a) => /^max-age=/i.test(a))) expired = Date.parse(v) <= Date.now();
    }
    this.deleteCookie(name, path);
    if (!expired) this.#cookies.push({ name, value, path });
  }
}

export type LoginOptions = {
  /** The personal code of a person in the demo population register. */
  personalCode: string;
  /** A method at the provider: eid, eparaksts, swedbank, seb, citadele, luminor. */
  method?: string;
  /** The page to come back to (`?atpakal=`), where the login should end. */
  back?: string;
  /** The level Epak asks for (`?limenis=`); Epak's default when not given. */
  level?: "low" | "substantial" | "high";
  /** Type the code (as 123456-12345) rather than pick the person from the list. */
  typed?: boolean;
};

/** Starts a login and returns the path of the provider's page where a method is chosen. */
export async function startLogin(visitor: Visitor, { back = "/konts", level }: Pick<LoginOptions, "back" | "level"> = {}): Promise<string> {
  const query = new URLSearchParams({ atpakal: back });
  if (level) query.set("limenis", level);
  const page = await visitor.follow(await visitor.get(`/pieslegties?${query}`));
  const title = /<title>([^<]*)<\/title>/.exec(page.body)?.[1];
  assert.equal(page.status, 200, `the provider's method page, not ${page.url.pathname} (${title})`);
  assert.match(page.url.pathname, /\/dev-idp\/interaction\/[^/]+$/);
  return page.url.pathname;
}

/** The provider's person page for a method, reached from the method page at `interaction`. */
export async function personPage(visitor: Visitor, interaction: string, method = "swedbank"): Promise<Page> {
  const page = await visitor.get(`${interaction}/${method}`);
  assert.equal(page.status, 200, `the ${method} person page`);
  return page;
}

/** Goes all the way through a login in `visitor` and returns the page it ended on, whatever it is. */
export async function logIn(visitor: Visitor, options: LoginOptions): Promise<Page> {
  const { personalCode, method = "swedbank", typed = false } = options;
  const interaction = await startLogin(visitor, options);
  const form = await personPage(visitor, interaction, method);
  const code = personalCode.replace("-", "");
  const fields = typed
    ? { _csrf: visitor.csrf(form.body), personalCode: `${code.slice(0, 6)}-${code.slice(6)}`, person: "" }
    : { _csrf: visitor.csrf(form.body), personalCode: "", person: code };
  const page = await visitor.follow(await visitor.post(`${interaction}/${method}`, fields));
  return autoSubmitted(visitor, page);
}

/**
 * A page that a browser's script submits at once (the provider ends its session for the previous
 * person that way, when someone else logs in on the same browser): submitted, and followed.
 */
async function autoSubmitted(visitor: Visitor, page: Page): Promise<Page> {
  if (page.status !== 200 || !page.body.includes("document.forms[0].submit()")) return page;
  const action = /<form method="post" action="([^"]+)"/.exec(page.body)?.[1];
  if (!action) return page;
  const fields = Object.fromEntries(
    [...page.body.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]),
  );
  const target = new URL(action.replaceAll("&amp;", "&"), page.url);
  return visitor.follow(await visitor.post(`${target.pathname}${target.search}`, fields));
}

/** A new visitor logged in as the person, on the `back` page. */
export async function loginAs(baseUrl: string, options: LoginOptions): Promise<Visitor> {
  const visitor = new Visitor(baseUrl);
  const page = await logIn(visitor, options);
  assert.equal(page.status, 200, `login ended on ${page.url.pathname} with ${page.status}`);
  assert.equal(`${page.url.pathname}${page.url.search}`, options.back ?? "/konts");
  return visitor;
}

/** How Epak names the visitor's session in identity.session (the SHA-256 of the cookie), for assertions on the row. */
export function sessionTokenHash(visitor: Visitor, cookieName = "epak_session"): string {
  const token = visitor.cookie(cookieName);
  if (!token) throw new Error(`The visitor has no ${cookieName} cookie`);
  return createHash("sha256").update(token).digest("base64url");
}

/**
 * The id of the person's live staff membership at `unitCode`, to choose it in the role switcher;
 * `role` picks one where the person has more than one role at the unit.
 */
export async function membershipId(db: Kysely<Tables>, personalCode: string, unitCode: string, role?: StaffRole): Promise<string> {
  let query = db
    .selectFrom("identity.staff_membership as m")
    .innerJoin("identity.person as p", "p.id", "m.person_id")
    .select("m.id")
    .where("p.personal_code", "=", personalCode)
    .where("m.unit_code", "=", unitCode)
    .where("m.revoked_at", "is", null);
  if (role) query = query.where("m.role", "=", role);
  const rows = await query.execute();
  assert.equal(rows.length, 1, `${personalCode} has ${rows.length} live memberships at ${unitCode}${role ? ` as ${role}` : ""}`);
  return (rows[0] as { id: string }).id;
}

/** Logs in and switches to the person's staff role at `unitCode`; returns the visitor, now on /darbs. */
export async function loginAsStaff(
  baseUrl: string,
  db: Kysely<Tables>,
  options: LoginOptions,
  unitCode: string,
  role?: StaffRole,
): Promise<Visitor> {
  const visitor = await loginAs(baseUrl, { ...options, back: "/darbs" });
  const home = await visitor.get("/darbs");
  const acting = `staff:${await membershipId(db, options.personalCode, unitCode, role)}`;
  const switched = await visitor.post("/konts/loma", { _csrf: visitor.csrf(home.body), acting });
  assert.equal(switched.status, 303);
  assert.equal(switched.location, "/darbs");
  return visitor;
}
