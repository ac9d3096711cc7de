// Published definition versions never change, so each process keeps those it has read: a form
// page then asks the database only for the session and the application. One cache per app (per
// database), bounded, so a long-running process with many versions does not grow without end.
import type { Kysely } from "kysely";
import type { Tables } from "../../../platform/db/tables.ts";
import { definitionVersion, type PublishedDefinition } from "../application.repository.ts";
import type { EServiceDefinition, Question } from "../definition/model.ts";

const MAX_KEPT = 500;

export class DefinitionVersions {
  readonly #db: Kysely<Tables>;
  readonly #kept = new Map<string, PublishedDefinition>();

  constructor(db: Kysely<Tables>) {
    this.#db = db;
  }

  async get(service: string, version: number): Promise<PublishedDefinition | null> {
    const key = `${service}\u0000${version}`;
    const kept = this.#kept.get(key);
    if (kept) return kept;
    const found = await definitionVersion(this.#db, service, version);
    if (!found) return null;
    if (this.#kept.size >= MAX_KEPT) this.#kept.delete(this.#kept.keys().next().value as string);
    this.#kept.set(key, found);
    return found;
  }
}

const perDatabase = new WeakMap<Kysely<Tables>, DefinitionVersions>();

/** The cache of the app whose database this is. */
export function definitionVersions(db: Kysely<Tables>): DefinitionVersions {
  let versions = perDatabase.get(db);
  if (!versions) {
    versions = new DefinitionVersions(db);
    perDatabase.set(db, versions);
  }
  return versions;
}

/** Whether any page asks for a file; without one there are no attachments to look up. */
export function asksForFiles(definition: EServiceDefinition): boolean {
  const has = (questions: readonly Question[]): boolean => questions.some((q) => q.type === "file" || has(q.questions ?? []));
  return definition.pages.some((p) => has(p.questions));
}
