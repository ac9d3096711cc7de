// Reading a GET filter's values and naming the catalogue's municipalities and services for it.
import type { Kysely } from "kysely";
import type { Tables } from "../../platform/db/tables.ts";
import type { Locale } from "../../platform/i18n/locale.ts";
import { institutionById } from "../catalog/index.ts";
import type { Text } from "./model.ts";
import type { Option } from "./views/filter-form.tsx";

/** A query parameter as one string: "" when absent, the first when sent twice. */
export function queryValue(query: unknown, name: string): string {
  const raw = (typeof query === "object" && query !== null ? (query as Record<string, unknown>) : {})[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === "string" ? value.trim() : "";
}

/** The municipalities' names as the catalogue gives them; one it does not know is left out. */
export async function municipalityNames(db: Kysely<Tables>, ids: string[]): Promise<Map<string, Text>> {
  const found = await Promise.all(ids.map(async (id) => [id, (await institutionById(db, id))?.name] as const));
  return new Map(found.filter((entry): entry is readonly [string, Text] => entry[1] !== undefined));
}

export function sortedOptions(names: Map<string, Text>, locale: Locale): Option[] {
  const collator = new Intl.Collator(locale);
  return [...names.entries()].map(([value, name]) => ({ value, label: name[locale] })).sort((a, b) => collator.compare(a.label, b.label));
}
