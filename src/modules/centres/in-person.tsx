// What the catalogue's service page shows under "where to apply in person": the centres that
// offer the service, or nothing when none does.
import type { Kysely } from "kysely";
import type { Tables } from "../../platform/db/tables.ts";
import type { InPersonSection } from "../catalog/index.ts";
import { findCentres } from "./centres.repository.ts";
import { ServiceCentres } from "./views/service-centres.tsx";

export function centresOfferingSection(db: Kysely<Tables>): InPersonSection {
  return async (service) => {
    const centres = await findCentres(db, { service });
    return centres.length ? <ServiceCentres service={service} centres={centres} /> : null;
  };
}
