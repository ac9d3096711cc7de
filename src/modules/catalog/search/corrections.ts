// Typo tolerance: a query word none of whose lexemes the catalogue knows is read as the nearest
// word it does know, by trigram similarity over the catalogue's vocabulary.
import { type Kysely, sql } from "kysely";
import type { Tables } from "../../../platform/db/tables.ts";

/** Lexemes shorter than this are too short for trigrams to tell apart. */
const SHORTEST = 4;
const LEAST_SIMILARITY = 0.3;

/** For each unknown lexeme, the known one to read it as. */
export async function correctionsFor(db: Kysely<Tables>, words: { alternatives: string[] }[]): Promise<Map<string, string>> {
  const all = [...new Set(words.flatMap((w) => w.alternatives))];
  if (!all.length) return new Map();
  const known = new Set(
    (await db.selectFrom("catalog.search_lexeme").select("lexeme").where("lexeme", "in", all).execute()).map((r) => r.lexeme),
  );
  const corrections = new Map<string, string>();
  for (const word of words) {
    if (word.alternatives.some((a) => known.has(a))) continue;
    const lexeme = word.alternatives[0];
    if (!lexeme || lexeme.length < SHORTEST) continue;
    const { rows } = await sql<{ lexeme: string }>`
      select lexeme from catalog.search_lexeme
      where lexeme % ${lexeme} and similarity(lexeme, ${lexeme}) >= ${LEAST_SIMILARITY}
      order by similarity(lexeme, ${lexeme}) desc, documents desc, lexeme
      limit 1`.execute(db);
    if (rows[0]) corrections.set(lexeme, rows[0].lexeme);
  }
  return corrections;
}
