// Who may open an application: the user who fills it, acting for the same party as when they
// started it (a board member who switched back to themselves does not see the company's drafts),
// or — once submitted — the person it is about. Anyone else gets "not found", so an application
// number or id tells a stranger nothing. The level of assurance is the e-service's own.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Transaction } from "kysely";
import type { Context } from "../../../platform/context.ts";
import type { Tables } from "../../../platform/db/tables.ts";
import { AppError } from "../../../platform/errors.ts";
import { isUuid } from "../../../platform/identifiers/uuid.ts";
import type { AppServices } from "../../../platform/module.ts";
import { admitSignedIn, contextOf, onBehalfOf, type RequestIdentity, requestIdentity } from "../../identity/index.ts";
import { type Application, findApplication, type PublishedDefinition } from "../application.repository.ts";
import type { Flow } from "../definition/form-flow.ts";
import { definitionVersions } from "./definition-versions.ts";

export type Opened = { identity: RequestIdentity; application: Application; published: PublishedDefinition; flow: Flow };

export function mayOpen(identity: RequestIdentity, application: Application): boolean {
  const actor = `user:${identity.session.personId}`;
  if (application.createdBy === actor && application.actingFor === onBehalfOf(identity)) return true;
  const self = identity.session.acting.kind === "self";
  return (
    application.status === "submitted" &&
    self &&
    application.subjectKind === "person" &&
    application.subjectId === identity.session.personId
  );
}

/** The application of the request's `:id`, or a reply already sent (login, step-up); throws not_found. */
export async function openApplication(request: FastifyRequest, reply: FastifyReply, services: AppServices): Promise<Opened | null> {
  if (!(await admitSignedIn(request, reply))) return null;
  const { id } = request.params as { id: string };
  const application = isUuid(id) ? await findApplication(services.db, id) : null;
  const identity = requestIdentity(request);
  if (!application || !identity || !mayOpen(identity, application)) throw new AppError("not_found", 404);
  const published = await definitionVersions(services.db).get(application.service, application.version);
  if (!published) throw new AppError("not_found", 404);
  if (!(await admitSignedIn(request, reply, published.definition.assurance))) return null;
  return {
    identity,
    application,
    published,
    flow: { definition: published.definition, answers: application.answers, prefill: application.prefill },
  };
}

/** The context of a write to an application: its own channel, so a consultant's saves are "assisted". */
export function applicationContext(request: FastifyRequest, trx: Transaction<Tables>, application: Application): Context {
  return { ...contextOf(request, trx), channel: application.channel };
}
