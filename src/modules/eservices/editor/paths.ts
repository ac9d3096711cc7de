// The addresses of the e-service editors' pages. Pages and questions are numbered from 1 in
// addresses, as people count them; the code counts from 0.
import type { QuestionAt } from "./draft.ts";

const ROOT = "/darbs/e-pakalpojumi";

export const DEFINITION_PATHS = {
  list: ROOT,
  overview: (service: string) => `${ROOT}/${service}`,
  publish: (service: string) => `${ROOT}/${service}/publicet`,
  discard: (service: string) => `${ROOT}/${service}/atmest`,
  upload: (service: string) => `${ROOT}/${service}/augsupielade`,
  download: (service: string, format: "json" | "yaml", version?: number) =>
    `${ROOT}/${service}/lejupielade/${format}${version === undefined ? "" : `?versija=${version}`}`,
  structure: (service: string) => `${ROOT}/${service}/struktura`,
  general: (service: string) => `${ROOT}/${service}/struktura/iestatijumi`,
  page: (service: string, page: number) => `${ROOT}/${service}/struktura/lapas/${page + 1}`,
  question: (service: string, at: QuestionAt) =>
    `${ROOT}/${service}/struktura/lapas/${at.page + 1}/jautajumi/${at.question + 1}${at.inner === null ? "" : `/${at.inner + 1}`}`,
};

/** The routes' patterns, with parameters where the addresses have numbers. */
export const DEFINITION_ROUTES = {
  overview: `${ROOT}/:service`,
  publish: `${ROOT}/:service/publicet`,
  discard: `${ROOT}/:service/atmest`,
  upload: `${ROOT}/:service/augsupielade`,
  download: `${ROOT}/:service/lejupielade/:format`,
  structure: `${ROOT}/:service/struktura`,
  general: `${ROOT}/:service/struktura/iestatijumi`,
  page: `${ROOT}/:service/struktura/lapas/:page`,
  question: `${ROOT}/:service/struktura/lapas/:page/jautajumi/:question`,
  innerQuestion: `${ROOT}/:service/struktura/lapas/:page/jautajumi/:question/:inner`,
};

/** The HTML id of an editor's form field named by its path: "options.0.value" → "f-options-0-value". */
export function fieldId(name: string): string {
  return `f-${name.replaceAll(".", "-")}`;
}
