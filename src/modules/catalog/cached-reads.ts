// The public pages' and API's reads of the published catalogue, through the answer cache. Editors'
// pages read the database directly: they must see their own change at once.
import type { Kysely } from "kysely";
import type { Tables } from "../../platform/db/tables.ts";
import { AnswerCache } from "./answer-cache.ts";
import { allEvents, allInstitutions, type PublishedService, publishedService } from "./catalog.repository.ts";
import type { EventDocument, InstitutionDocument } from "./model.ts";
import { type SearchInput, type SearchResult, searchServices } from "./queries/search-services.ts";
import type { SynonymSource } from "./search/synonym-source.ts";

export class CachedReads {
  readonly #db: Kysely<Tables>;
  readonly #synonyms: SynonymSource;
  readonly #searches: AnswerCache<SearchResult>;
  readonly #services: AnswerCache<PublishedService | null>;
  readonly #institutions: AnswerCache<InstitutionDocument[]>;
  readonly #events: AnswerCache<EventDocument[]>;

  constructor(db: Kysely<Tables>, synonyms: SynonymSource, maxAgeMs: number) {
    this.#db = db;
    this.#synonyms = synonyms;
    this.#searches = new AnswerCache(maxAgeMs);
    this.#services = new AnswerCache(maxAgeMs);
    this.#institutions = new AnswerCache(maxAgeMs, 1);
    this.#events = new AnswerCache(maxAgeMs, 1);
  }

  search(input: SearchInput): Promise<SearchResult> {
    return this.#searches.get(JSON.stringify(input), () => searchServices(this.#db, this.#synonyms, input));
  }

  service(identifier: string): Promise<PublishedService | null> {
    return this.#services.get(identifier, () => publishedService(this.#db, identifier));
  }

  institutions(): Promise<InstitutionDocument[]> {
    return this.#institutions.get("all", () => allInstitutions(this.#db));
  }

  events(): Promise<EventDocument[]> {
    return this.#events.get("all", () => allEvents(this.#db));
  }
}
