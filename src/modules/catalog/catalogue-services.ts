// What the catalogue's routes share: the application's services and the synonym cache.
import type { AppServices } from "../../platform/module.ts";
import type { SynonymSource } from "./search/synonym-source.ts";

export type CatalogueServices = AppServices & { synonyms: SynonymSource };
