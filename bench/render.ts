// What rendering the front page costs by itself, with no HTTP around it: renders it again and
// again for a fixed time per locale and prints the microseconds per render as JSON. Needs the
// .tsx loader: node --import ./src/platform/runtime/register-tsx.ts bench/render.ts
import { h } from "preact";
import { FrontPage } from "../src/app/pages/front-page.tsx";
import { DEMO_CATALOGUE } from "../src/modules/catalog/demo/index.ts";
import { renderDocument } from "../src/platform/html/render.tsx";
import { LOCALES } from "../src/platform/i18n/locale.ts";
import { Messages } from "../src/platform/i18n/messages.ts";

const WARMUP_MS = 1000;
const MEASURE_MS = 3000;
const messages = new Messages();
const notices = [{ level: "info" as const, text: "Šī ir Epak demonstrācijas vide. Visi dati šeit ir izdomāti." }];

function renderFor(ms: number, locale: (typeof LOCALES)[number]): { renders: number; elapsedMs: number; characters: number } {
  const page = {
    locale,
    t: messages.translator(locale),
    path: "/",
    query: "",
    asset: (name: string) => `/assets/${name}?v=0`,
    notices,
    viewer: null,
    csrfToken: null,
  };
  const started = performance.now();
  let renders = 0;
  let characters = 0;
  while (performance.now() - started < ms) {
    characters = renderDocument(page, h(FrontPage, { events: DEMO_CATALOGUE.events })).length;
    renders++;
  }
  return { renders, elapsedMs: performance.now() - started, characters };
}

const result: Record<string, { microsecondsPerRender: number; characters: number }> = {};
for (const locale of LOCALES) {
  renderFor(WARMUP_MS, locale);
  const { renders, elapsedMs, characters } = renderFor(MEASURE_MS, locale);
  result[locale] = { microsecondsPerRender: (elapsedMs * 1000) / renders, characters };
}
console.log(JSON.stringify(result));
