// What the mandates pages share about who asks and what they may name: the person acting as
// themselves (an agent acting for someone must not give, end or read mandates in their name),
// and the e-services a mandate may cover, with their titles in the page's language.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import type { Tables } from "../../platform/db/tables.ts";
import { servicesWithEService } from "../catalog/index.ts";
import { type RequestIdentity, requireIdentity } from "../identity/index.ts";
import { SelfOnlyPage } from "./views/parts.tsx";
import type { ServiceOption } from "./views/terms-fields.tsx";

/** The identity when the person acts as themselves; otherwise null, with the page that says so sent. */
export function actingAsSelf(request: FastifyRequest, reply: FastifyReply): RequestIdentity | null {
  const identity = requireIdentity(request);
  if (identity.session.acting.kind === "self") return identity;
  reply.code(403).page(<SelfOnlyPage />);
  return null;
}

export async function serviceOptions(db: Kysely<Tables>, locale: "lv" | "en"): Promise<ServiceOption[]> {
  const collator = new Intl.Collator(locale);
  return (await servicesWithEService(db))
    .map((s) => ({ identifier: s.identifier, title: s.title[locale] }))
    .sort((a, b) => collator.compare(a.title, b.title));
}

export function titlesOf(options: ServiceOption[]): Map<string, string> {
  return new Map(options.map((o) => [o.identifier, o.title]));
}
