// The demo catalogue: real Latvian public services, institutions and life and business events,
// written for Epak in Latvian with English beside it. Loaded by the catalogue's seed.
import type { EventDocument, InstitutionDocument, LocalVariantDocument, ServiceDocument } from "../model.ts";
import { BUSINESS_EVENTS, LIFE_EVENTS } from "./events.ts";
import { STATE_INSTITUTIONS } from "./institutions.ts";
import { LOCAL_VARIANTS } from "./local-variants.ts";
import { MUNICIPALITIES } from "./municipalities.ts";
import { BUSINESS_JUSTICE_SERVICES } from "./services-business-justice.ts";
import { FAMILY_SERVICES } from "./services-family.ts";
import { MUNICIPAL_CULTURE_SERVICES } from "./services-municipal-culture.ts";
import { TRANSPORT_PROPERTY_SERVICES } from "./services-transport-property.ts";
import { WORK_HEALTH_EDUCATION_SERVICES } from "./services-work-health-education.ts";

export type DemoCatalogue = {
  institutions: InstitutionDocument[];
  services: ServiceDocument[];
  localVariants: LocalVariantDocument[];
  events: EventDocument[];
};

export const DEMO_CATALOGUE: DemoCatalogue = {
  institutions: [...STATE_INSTITUTIONS, ...MUNICIPALITIES],
  services: [
    ...FAMILY_SERVICES,
    ...WORK_HEALTH_EDUCATION_SERVICES,
    ...TRANSPORT_PROPERTY_SERVICES,
    ...BUSINESS_JUSTICE_SERVICES,
    ...MUNICIPAL_CULTURE_SERVICES,
  ],
  localVariants: LOCAL_VARIANTS,
  events: [...LIFE_EVENTS, ...BUSINESS_EVENTS],
};
