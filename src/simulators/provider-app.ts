// A demo register as the outside system it stands for: an HTTP API of its own with an OpenAPI
// document, which Epak reaches only through the data-exchange bus. In development it is mounted
// in Epak's process under its own path prefix; nothing else in Epak imports its routes.
import type { FastifyInstance, FastifyReply } from "fastify";

type Text = { lv: string; en: string };

/** One data service the register publishes on the bus: the first path segment of its API. */
export type ProviderService = {
  /** X-Road service code, also the first segment of its paths: "persons" serves /persons/... */
  code: string;
  name: Text;
  description: Text;
  /** What kinds of data it returns, shown to staff and to data subjects, e.g. ["identity", "address"]. */
  dataCategories: string[];
  personalData: boolean;
};

export type ProviderApp = {
  /** Stable short code, e.g. "population". */
  code: string;
  /** The institution that runs it: a unit code from identity's list (PMLP, VZD, UR, VSAA, CSDD). */
  institution: string;
  /** X-Road subsystem code of the register's information system, e.g. "iedzivotaju-registrs". */
  subsystem: string;
  name: Text;
  /** Where it is mounted in development, e.g. "/registri/iedzivotaji". */
  prefix: string;
  services: ProviderService[];
  /** OpenAPI 3.1 document of the whole API; paths relative to the prefix. */
  openapi: Record<string, unknown>;
  /** Registers the API's routes, relative to the prefix (the caller mounts them under it). */
  routes(app: FastifyInstance): void;
};

/** Header in which a provider names whose personal data an answer holds; the bus logs it and strips it. */
export const DATA_SUBJECTS_HEADER = "x-epak-data-subjects";

/** Tells the bus whose data this answer is about: personal codes, without duplicates. */
export function aboutPersons(reply: FastifyReply, codes: Iterable<string>): void {
  const unique = [...new Set(codes)];
  if (unique.length) reply.header(DATA_SUBJECTS_HEADER, unique.join(","));
}
