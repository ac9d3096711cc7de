// An article's search lexemes: the stems of its title (weight A) and body (weight D) in both
// languages, so that a consultant finds it by a word of either, typed either way.
import { type RawBuilder, sql } from "kysely";
import type { Text } from "../model.ts";
import { indexStems } from "./search-terms.ts";

function stems(text: Text): string {
  return [...indexStems(text.lv, "lv"), ...indexStems(text.en, "en")].join(" ");
}

export function articleLexemes(title: Text, body: Text): RawBuilder<string> {
  return sql<string>`setweight(to_tsvector('simple', ${stems(title)}), 'A') || setweight(to_tsvector('simple', ${stems(body)}), 'D')`;
}

/** The article's address: its Latvian title folded to lowercase ASCII words joined by hyphens. */
export function slugOf(title: string): string {
  const slug = title
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug || "raksts";
}
