// What the catalogue's routes share: the application's services, the synonym cache and the
// cached reads of the published catalogue.
import type { AppServices } from "../../platform/module.ts";
import type { CachedReads } from "./cached-reads.ts";
import type { SynonymSource } from "./search/synonym-source.ts";

export type CatalogueServices = AppServices & { synonyms: SynonymSource; reads: CachedReads };
