import type { EventDocument } from "../model.ts";

export const LIFE_EVENTS: EventDocument[] = [];
export const BUSINESS_EVENTS: EventDocument[] = [];
