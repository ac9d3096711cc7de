// The registry's pages: the public technical description with each service's OpenAPI document,
// the staff catalogue of data services, and the administrators' consumers and access grants.
import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Context } from "../../platform/context.ts";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError } from "../../platform/errors.ts";
import type { FieldErrors } from "../../platform/html/components/error-summary.tsx";
import { formFields } from "../../platform/http/form-fields.ts";
import { localePath } from "../../platform/i18n/locale.ts";
import { isUuid } from "../../platform/identifiers/uuid.ts";
import type { AppServices } from "../../platform/module.ts";
import { actingAsStaff, contextOf, findUnit, requireIdentity } from "../identity/index.ts";
import { createConsumer } from "./commands/create-consumer.ts";
import { grantAccess } from "./commands/grant-access.ts";
import { revokeAccess } from "./commands/revoke-access.ts";
import { findServiceById, listConsumers, listGrants, listServices } from "./registry.repository.ts";
import { CataloguePage, ServicePage } from "./views/registry-catalogue-views.tsx";
import { CONSUMER_FIELDS, ConsumerCreatedPage, type ConsumerForm, ConsumersPage } from "./views/registry-consumer-views.tsx";
import { GRANT_FIELDS, type GrantForm, type GrantsNotice, GrantsPage } from "./views/registry-grant-views.tsx";
import { PublicRegistryPage } from "./views/registry-public-views.tsx";

const EMPTY_CONSUMER: ConsumerForm = { clientId: "", institution: "", name: "", publicKey: "" };
const EMPTY_GRANT: GrantForm = {
  consumerId: "",
  serviceId: "",
  purposeLv: "",
  purposeEn: "",
  legalBasis: "",
  logBodies: "",
  exception: "",
};

/** Field errors in the order the form shows its fields, so that the summary reads top to bottom. */
function inFieldOrder(errors: FieldErrors, fields: readonly string[]): FieldErrors {
  return Object.fromEntries(fields.filter((f) => errors[f]).map((f) => [f, errors[f] as string]));
}

function validationErrors(error: unknown): FieldErrors {
  if (error instanceof AppError && error.fields) return error.fields;
  throw error;
}

/**
 * createConsumer does not know the institutions, so the institution is checked here; when it is
 * wrong the error is thrown inside the transaction, which takes the new consumer back out.
 */
async function addConsumer(ctx: Context, form: ConsumerForm): Promise<{ id: string; secret: string }> {
  let created: { id: string; secret: string } | null = null;
  let errors: FieldErrors = {};
  try {
    created = await createConsumer(ctx, {
      clientId: form.clientId.trim(),
      institution: form.institution,
      name: form.name,
      publicKeyJwk: form.publicKey,
    });
  } catch (error) {
    errors = { ...validationErrors(error) };
  }
  if (!findUnit("institution", form.institution)) errors.institution = "exchange.consumer.institution.required";
  if (!created || Object.keys(errors).length > 0) throw new AppError("validation_failed", 400, inFieldOrder(errors, CONSUMER_FIELDS));
  return created;
}

function isAdministrator(request: FastifyRequest): boolean {
  return requireIdentity(request).membership?.role === "administrator";
}

function flag(request: FastifyRequest, name: string): boolean {
  return (request.query as Record<string, unknown>)[name] === "1";
}

function publicRoutes(app: FastifyInstance, { db }: AppServices): void {
  app.get("/datu-apmaina", async (_request, reply) =>
    reply.page(<PublicRegistryPage services={await listServices(db, { activeOnly: true })} />),
  );

  app.get("/datu-apmaina/openapi/:file", async (request, reply) => {
    const { file } = request.params as { file: string };
    const id = file.endsWith(".json") ? file.slice(0, -".json".length) : "";
    const service = isUuid(id) ? await findServiceById(db, id) : null;
    if (service?.status !== "active") {
      const message = request.t("exchange.registry.service_not_found");
      return reply
        .code(404)
        .header("cache-control", "no-store")
        .send({ error: { code: "not_found", message, requestId: request.id } });
    }
    const body = JSON.stringify(service.openapi);
    const etag = `"${createHash("sha256").update(body).digest("base64url")}"`;
    reply.header("etag", etag).header("cache-control", "public, max-age=300");
    if (request.headers["if-none-match"] === etag) return reply.code(304).send();
    return reply.type("application/json; charset=utf-8").send(body);
  });
}

function catalogueRoutes(app: FastifyInstance, { db }: AppServices): void {
  const staff = { preHandler: actingAsStaff([]) };

  app.get("/darbs/datu-apmaina", staff, async (request, reply) => {
    const [services, grants] = await Promise.all([listServices(db), listGrants(db)]);
    const entries = services.map((s) => ({ ...s, liveGrants: grants.filter((g) => g.serviceRowId === s.id).length }));
    return reply.page(<CataloguePage services={entries} administrator={isAdministrator(request)} />);
  });

  app.get("/darbs/datu-apmaina/pakalpojumi/:id", staff, async (request, reply) => {
    const { id } = request.params as { id: string };
    const service = isUuid(id) ? await findServiceById(db, id) : null;
    if (!service) throw new AppError("not_found", 404);
    const grants = await listGrants(db, { serviceRowId: id });
    return reply.page(<ServicePage service={service} grants={grants} administrator={isAdministrator(request)} />);
  });
}

function consumerRoutes(app: FastifyInstance, { db }: AppServices): void {
  const administrator = { preHandler: actingAsStaff(["administrator"], "high") };

  const render = async (reply: FastifyReply, input: ConsumerForm, errors: FieldErrors) => {
    const consumers = await listConsumers(db);
    return reply
      .code(Object.keys(errors).length > 0 ? 400 : 200)
      .page(<ConsumersPage consumers={consumers} input={input} errors={errors} csrfToken={reply.generateCsrf()} />);
  };

  app.get("/darbs/datu-apmaina/pateretaji", administrator, async (_request, reply) => render(reply, EMPTY_CONSUMER, {}));

  // No redirect: the secret is shown on this answer, once, and is not kept anywhere to show again.
  app.post("/darbs/datu-apmaina/pateretaji", administrator, async (request, reply) => {
    const input = formFields(request.body, CONSUMER_FIELDS);
    try {
      const { secret } = await inTransaction(db, (trx) => addConsumer(contextOf(request, trx), input));
      return reply.code(201).page(<ConsumerCreatedPage clientId={input.clientId.trim()} secret={secret} />);
    } catch (error) {
      return render(reply, input, validationErrors(error));
    }
  });
}

function grantRoutes(app: FastifyInstance, { db }: AppServices): void {
  const administrator = { preHandler: actingAsStaff(["administrator"], "high") };
  const grantsPath = "/darbs/datu-apmaina/atlaujas";

  const render = async (reply: FastifyReply, input: GrantForm, errors: FieldErrors, notice: GrantsNotice) => {
    const [consumers, services, grants] = await Promise.all([
      listConsumers(db),
      listServices(db, { activeOnly: true }),
      listGrants(db, { includeRevoked: true }),
    ]);
    return reply
      .code(Object.keys(errors).length > 0 ? 400 : 200)
      .page(
        <GrantsPage
          consumers={consumers.filter((c) => !c.disabledAt)}
          services={services}
          live={grants.filter((g) => !g.revokedAt)}
          revoked={grants.filter((g) => g.revokedAt)}
          input={input}
          errors={errors}
          notice={notice}
          csrfToken={reply.generateCsrf()}
        />,
      );
  };

  app.get(grantsPath, administrator, async (request, reply) => {
    const notice = flag(request, "saglabats") ? "saved" : flag(request, "atsaukts") ? "revoked" : null;
    return render(reply, EMPTY_GRANT, {}, notice);
  });

  app.post(grantsPath, administrator, async (request, reply) => {
    const input = formFields(request.body, GRANT_FIELDS);
    const grant = { ...input, logBodies: input.logBodies === "yes", exception: input.exception === "yes" };
    try {
      await inTransaction(db, (trx) => grantAccess(contextOf(request, trx), grant));
    } catch (error) {
      return render(reply, input, inFieldOrder(validationErrors(error), GRANT_FIELDS), null);
    }
    return reply.redirect(`${localePath(request.locale, grantsPath)}?saglabats=1`, 303);
  });

  app.post(`${grantsPath}/:id/atsaukt`, administrator, async (request, reply) => {
    const { id } = request.params as { id: string };
    await inTransaction(db, (trx) => revokeAccess(contextOf(request, trx), id));
    return reply.redirect(`${localePath(request.locale, grantsPath)}?atsaukts=1`, 303);
  });
}

export function registryRoutes(app: FastifyInstance, services: AppServices): void {
  publicRoutes(app, services);
  catalogueRoutes(app, services);
  consumerRoutes(app, services);
  grantRoutes(app, services);
}
