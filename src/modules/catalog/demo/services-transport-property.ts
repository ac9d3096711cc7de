import type { ServiceDocument } from "../model.ts";

export const TRANSPORT_PROPERTY_SERVICES: ServiceDocument[] = [];
