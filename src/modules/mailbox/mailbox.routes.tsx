// The mailbox module's pages: readers' e-addresses, officers' sending, editors' notice wording.
import type { FastifyInstance } from "fastify";
import type { AppServices } from "../../platform/module.ts";
import { personRoutes } from "./person.routes.tsx";
import { Readers } from "./readers.ts";
import { staffRoutes } from "./staff.routes.tsx";
import { templateRoutes } from "./templates.routes.tsx";

export function mailboxRoutes(app: FastifyInstance, services: AppServices): void {
  const readers = new Readers(services);
  personRoutes(app, services, readers);
  staffRoutes(app, services, readers);
  templateRoutes(app, services);
}
