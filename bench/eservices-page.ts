// A draft of the residence declaration started the way a person starts one: logged in through the
// development identity provider, the start page's form posted with its CSRF token. Its second
// page is the form page the benchmark loads, with the cookies that person's browser would send.
import { loginAs, type Visitor } from "../test/harness/login.ts";

/** Jānis Bērziņš of the demo population register: he owns property, so the owner's path applies. */
export const BENCH_PERSON = "15038413866";
export const FORM_PAGE = "newAddress";

export type StartedDraft = { visitor: Visitor; draftId: string; pagePath: string; headers: Record<string, string> };

/** The cookies a browser sends with the page: the session and the CSRF secret its forms were signed with. */
function cookieHeader(visitor: Visitor): string {
  const names = ["__Host-epak_session", "epak_session", "__Host-epak_csrf", "epak_csrf"];
  const pairs = names.flatMap((name) => {
    const value = visitor.cookie(name);
    return value ? [`${name}=${value}`] : [];
  });
  if (!pairs.some((p) => p.includes("epak_session="))) throw new Error("the bench login left no session cookie");
  return pairs.join("; ");
}

export async function startDraft(baseUrl: string, service: string): Promise<StartedDraft> {
  const visitor = await loginAs(baseUrl, { personalCode: BENCH_PERSON, method: "eid" });
  const start = await visitor.get(`/e-pakalpojumi/${service}`);
  if (start.status !== 200) throw new Error(`the start page of ${service} answered ${start.status}`);
  const started = await visitor.post(`/e-pakalpojumi/${service}/sakt`, { _csrf: visitor.csrf(start.body), for: "s0" });
  const draftId = /\/pieteikumi\/([0-9a-f-]{36})/.exec(started.location ?? "")?.[1];
  if (started.status !== 303 || !draftId) {
    throw new Error(`starting ${service} answered ${started.status} to ${started.location ?? "nowhere"}:\n${started.body.slice(0, 500)}`);
  }
  const pagePath = `/pieteikumi/${draftId}/lapa/${FORM_PAGE}`;
  await expectFormPage(visitor, pagePath);
  return { visitor, draftId, pagePath, headers: { cookie: cookieHeader(visitor) } };
}

/** The page must be the form itself, before and after the load: a redirect to the login would be measured as if it were the page. */
export async function expectFormPage(visitor: Visitor, pagePath: string): Promise<void> {
  const page = await visitor.get(pagePath);
  if (page.status !== 200 || !page.body.includes('name="_csrf"')) {
    throw new Error(
      `${pagePath} answered ${page.status} ${page.location ? `to ${page.location}` : ""}, not the form:\n${page.body.slice(0, 500)}`,
    );
  }
}
