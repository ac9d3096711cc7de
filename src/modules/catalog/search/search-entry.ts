// Writes a published service into the search index: its facets, its titles for sorting and the
// lexemes of each field, weighted so that a match in the title outranks one in the body text.
import { sql, type Transaction } from "kysely";
import type { Tables } from "../../../platform/db/tables.ts";
import type { ServiceDocument, Text } from "../model.ts";
import { fold } from "./fold.ts";
import { indexLexemes } from "./terms.ts";

type Weighted = { A: string; B: string; C: string; D: string };

function both(texts: (Text | undefined)[]): string {
  const lexemes: string[] = [];
  for (const text of texts) {
    if (!text) continue;
    lexemes.push(...indexLexemes(text.lv, "lv"), ...indexLexemes(text.en, "en"));
  }
  return lexemes.join(" ");
}

function weighted(doc: ServiceDocument, institutionName: Text & { short?: string }): Weighted {
  const keywords = [...doc.keywords.lv.flatMap((k) => indexLexemes(k, "lv")), ...doc.keywords.en.flatMap((k) => indexLexemes(k, "en"))];
  if (institutionName.short) keywords.push(...indexLexemes(institutionName.short, "lv"));
  return {
    A: both([doc.title]),
    B: keywords.join(" "),
    C: both([doc.description, ...doc.outputs.map((o) => o.title)]),
    D: both([
      institutionName,
      ...doc.requirements.flatMap((r) => [r.title, r.description, ...r.evidence.map((e) => e.title)]),
      ...doc.steps,
      ...doc.legalBasis.map((l) => l.title),
    ]),
  };
}

export type EntryContext = {
  events: string[];
  template: string | null;
  isTemplate: boolean;
  institutionName: Text & { short?: string };
};

/** The index row of one service, its lexemes as an expression PostgreSQL evaluates. */
export function searchEntryRow(doc: ServiceDocument, context: EntryContext) {
  const w = weighted(doc, context.institutionName);
  return {
    service: doc.identifier,
    institution: doc.institution,
    template: context.template,
    is_template: context.isTemplate,
    audience: doc.audience,
    kind: doc.kind,
    maturity: doc.maturity,
    thematic_area: doc.thematicArea,
    events: context.events,
    municipalities: doc.municipalities,
    online: doc.channels.some((c) => c.type === "online"),
    title_lv: doc.title.lv,
    title_en: doc.title.en,
    sort_lv: fold(doc.title.lv),
    sort_en: fold(doc.title.en),
    summary_lv: doc.description.lv,
    summary_en: doc.description.en,
    lexemes: sql<string>`setweight(to_tsvector('simple', ${w.A}), 'A') || setweight(to_tsvector('simple', ${w.B}), 'B')
      || setweight(to_tsvector('simple', ${w.C}), 'C') || setweight(to_tsvector('simple', ${w.D}), 'D')`,
  };
}

export async function writeSearchEntry(trx: Transaction<Tables>, doc: ServiceDocument, context: EntryContext): Promise<void> {
  const row = searchEntryRow(doc, context);
  await trx
    .insertInto("catalog.search_entry")
    .values(row)
    .onConflict((oc) => oc.column("service").doUpdateSet(row))
    .execute();
}

/**
 * Rebuilds the vocabulary that mistyped words are matched against, and refreshes the planner's
 * statistics of both tables: after a rewrite they are stale, and without autovacuum (PGlite) they
 * would stay so, steering searches away from the indexes.
 */
export async function rebuildVocabulary(trx: Transaction<Tables>): Promise<void> {
  await trx.deleteFrom("catalog.search_lexeme").execute();
  await sql`insert into catalog.search_lexeme (lexeme, documents)
    select word, ndoc from ts_stat('select lexemes from catalog.search_entry')`.execute(trx);
  await sql`analyze catalog.search_entry`.execute(trx);
  await sql`analyze catalog.search_lexeme`.execute(trx);
}
