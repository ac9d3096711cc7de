// The state's minimum basket: the services of the institutions whose most-asked services every
// centre takes applications for (Cabinet Regulation No 401 of 4 July 2017, since widened), plus
// the platform operator's own services that its catalogue entries say are given at a centre
// (advice on e-services, setting up the e-address). Taken from the catalogue as it stands, so an
// institution missing from it simply adds nothing.
import type { Kysely } from "kysely";
import type { Tables } from "../../platform/db/tables.ts";
import { publishedService, servicesOfInstitution } from "../catalog/index.ts";

type Db = Kysely<Tables>;

const BASKET_INSTITUTIONS = ["LAD", "NVA", "UR", "PMLP", "VID", "VSAA", "VZD", "LDC", "SIVA", "VDEAVK", "BVKB"] as const;

/** The operator of the portal and of the centres' common systems. */
const OPERATOR = "VDAA";

export async function minimumBasket(db: Db): Promise<string[]> {
  const basket: string[] = [];
  for (const institution of BASKET_INSTITUTIONS) {
    for (const s of await servicesOfInstitution(db, institution)) if (!s.isTemplate) basket.push(s.identifier);
  }
  for (const s of await servicesOfInstitution(db, OPERATOR)) {
    const service = await publishedService(db, s.identifier);
    if (service?.document.channels.some((c) => c.type === "centre")) basket.push(s.identifier);
  }
  return basket;
}

/**
 * For each of a municipality's services, the national template it is a local variant of (null
 * for a service of its own). One look at a variant tells its template, and the template lists all
 * its variants, so the catalogue is asked about each template once rather than each variant.
 */
export async function templatesOf(db: Db, services: string[], known: Map<string, string | null>): Promise<Map<string, string | null>> {
  for (const id of services) {
    if (known.has(id)) continue;
    const template = (await publishedService(db, id))?.document.variantOf ?? null;
    known.set(id, template);
    if (!template) continue;
    for (const v of (await publishedService(db, template))?.variants ?? []) known.set(v.identifier, template);
  }
  return known;
}
