// The language an API client asks for in Accept-Language. API addresses carry no language prefix
// the way pages do, so a client that wants its error messages in English says so in the header.
import { isLocale, type Locale } from "../i18n/locale.ts";

type Choice = { locale: Locale; quality: number; order: number };

/** The supported language the header prefers most ("en-GB" counts as "en"), or null when it names none. */
export function preferredLocale(header: string | undefined): Locale | null {
  if (!header) return null;
  const choices: Choice[] = [];
  for (const [order, part] of header.split(",").slice(0, 20).entries()) {
    const [range = "", ...params] = part.trim().toLowerCase().split(";");
    const language = range.trim().split("-")[0];
    if (!isLocale(language)) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    if (Number.isFinite(quality) && quality > 0) choices.push({ locale: language, quality, order });
  }
  choices.sort((a, b) => b.quality - a.quality || a.order - b.order);
  return choices[0]?.locale ?? null;
}
