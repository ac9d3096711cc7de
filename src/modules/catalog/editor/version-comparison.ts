// Which two published versions the history compares (`?a=&b=`, by default the latest against
// the one before) and what changed between them; a choice that is no version is said so.
import type { Kysely } from "kysely";
import type { Tables } from "../../../platform/db/tables.ts";
import { versionDiff } from "../version-diff.ts";
import type { Comparison } from "../views/editor-history.tsx";
import { versionDocument } from "./editor.repository.ts";

/** `versions` newest first; `asked` is the page's query. */
export async function compareVersions(
  db: Kysely<Tables>,
  identifier: string,
  versions: number[],
  asked: Record<string, unknown>,
): Promise<Comparison> {
  const given = asked.a !== undefined || asked.b !== undefined;
  const [latest = 0, previous = 0] = versions;
  const a = given ? String(asked.a ?? "") : String(previous);
  const b = given ? String(asked.b ?? "") : String(latest);
  if (versions.length < 2) return { a, b, errors: {}, changes: null };
  const known = versions.map(String);
  const errors: Record<string, string> = {};
  if (!known.includes(a)) errors.a = "catalog.editor.history.choose_version";
  if (!known.includes(b)) errors.b = "catalog.editor.history.choose_version";
  if (!errors.a && !errors.b && a === b) errors.b = "catalog.editor.history.same_version";
  if (Object.keys(errors).length) return { a, b, errors, changes: null };
  const [before, after] = await Promise.all([versionDocument(db, identifier, Number(a)), versionDocument(db, identifier, Number(b))]);
  return { a, b, errors, changes: versionDiff(before, after) };
}
