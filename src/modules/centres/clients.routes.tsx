// The consultant's work with a visitor at a client service centre (/darbs/klienti): identify the
// visitor against the population register and an identity document, record their written
// authorisation with its scan, fill an e-service for them under it, or register a paper
// application they signed. Only consultants acting for a centre reach these pages, and only the
// visits of their own centre; every step is audited with the visitor as its subject.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { recordAudit } from "../../platform/audit/audit.ts";
import { addDays, dateInRiga } from "../../platform/calendar/business-days.ts";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError } from "../../platform/errors.ts";
import { contentDisposition } from "../../platform/files/file-name.ts";
import { formBody } from "../../platform/http/multipart-body.ts";
import { localePath } from "../../platform/i18n/locale.ts";
import { parsePersonalCode } from "../../platform/identifiers/personal-code.ts";
import { isUuid } from "../../platform/identifiers/uuid.ts";
import type { AppServices } from "../../platform/module.ts";
import { applicationsAbout, eserviceForPersons, startForVisitor } from "../eservices/index.ts";
import { actingAsStaff, contextOf, ensurePerson, findPersonById, Registers, requireIdentity } from "../identity/index.ts";
import { authorisationScan, authorisationsOf, covers, readTerms, recordAuthorisation, standingOn } from "../mandates/index.ts";
import { centreByCode, servicesOfCentre } from "./centres.repository.ts";
import { openVisit, recentVisits, type Visit } from "./clients/visits.repository.ts";
import { identifyVisitor, readDocument } from "./commands/identify-visitor.ts";
import { CLIENT_PATHS } from "./paths.ts";
import { AuthorisationPage, type AuthorisationValues, PaperPage } from "./views/client-forms.tsx";
import { type ApplicationRow, IdentifyPage, type IdentifyValues, type ServiceRow, VisitPage } from "./views/client-pages.tsx";
import type { CheckboxOption } from "./views/client-parts.tsx";

type VisitParams = { Params: { visit: string } };

const NOTICES = new Set(["authorisation"]);

function field(fields: Record<string, string | string[]>, name: string): string {
  const value = fields[name];
  return typeof value === "string" ? value : (value?.[0] ?? "");
}

function list(fields: Record<string, string | string[]>, name: string): string[] {
  const value = fields[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function validationErrors(error: unknown): Record<string, string> {
  if (error instanceof AppError && error.code === "validation_failed" && error.fields) return error.fields;
  throw error;
}

export function clientRoutes(app: FastifyInstance, services: AppServices): void {
  const { db, clock } = services;
  const consultant = { preHandler: actingAsStaff(["consultant"]) };
  const registers = new Registers(services);

  /** The centre the consultant works for in this session; a consultant of an institution has none. */
  const centreOf = (request: FastifyRequest): string => {
    const membership = requireIdentity(request).membership;
    if (membership?.unitKind !== "centre") throw new AppError("forbidden", 403);
    return membership.unitCode;
  };

  const centreName = async (request: FastifyRequest, code: string) => (await centreByCode(db, code))?.name[request.locale] ?? code;

  const visitOf = async (request: FastifyRequest): Promise<Visit> => {
    const { visit } = request.params as { visit: string };
    const found = isUuid(visit) ? await openVisit(db, visit, centreOf(request), clock.now()) : null;
    if (!found) throw new AppError("not_found", 404);
    return found;
  };

  /** The centre's e-services that can be filled for a person, by title. */
  const eservicesAt = async (request: FastifyRequest, centre: string): Promise<CheckboxOption[]> => {
    const options: CheckboxOption[] = [];
    for (const { service } of await servicesOfCentre(db, centre)) {
      const eservice = await eserviceForPersons(services, service);
      if (eservice) options.push({ value: service, label: eservice.title[request.locale] });
    }
    return options.sort((a, b) => a.label.localeCompare(b.label, request.locale));
  };

  const today = () => dateInRiga(clock.now());

  /** The visitor's register entry; "unavailable" when the register does not answer, so the form says so at the field. */
  const entryOrNull = async (personalCode: string, userId: string) => {
    try {
      return await registers.entryOf(personalCode, userId);
    } catch (error) {
      if (error instanceof AppError && error.code === "register_unavailable") return "unavailable" as const;
      throw error;
    }
  };

  // --- Identify -----------------------------------------------------------------------------

  const renderIdentify = async (request: FastifyRequest, reply: FastifyReply, values: IdentifyValues, errors: Record<string, string>) => {
    const centre = centreOf(request);
    const recent = await recentVisits(db, requireIdentity(request).session.personId, centre, clock.now());
    return reply
      .code(Object.keys(errors).length > 0 ? 400 : 200)
      .page(
        <IdentifyPage
          centreName={await centreName(request, centre)}
          values={values}
          errors={errors}
          recent={recent}
          csrfToken={reply.generateCsrf()}
        />,
      );
  };

  app.get(CLIENT_PATHS.identify, consultant, (request, reply) =>
    renderIdentify(request, reply, { personalCode: "", documentKind: "", documentNumber: "", documentChecked: false }, {}),
  );

  app.post(CLIENT_PATHS.identify, consultant, async (request, reply) => {
    const centre = centreOf(request);
    const { fields } = formBody(request.body);
    const values: IdentifyValues = {
      personalCode: field(fields, "personalCode").trim(),
      documentKind: field(fields, "documentKind"),
      documentNumber: field(fields, "documentNumber"),
      documentChecked: field(fields, "documentChecked") === "yes",
    };
    const errors: Record<string, string> = {};
    const document = readDocument(values, errors);
    const code = parsePersonalCode(values.personalCode);
    if (!code.ok)
      errors.personalCode = values.personalCode ? "centres.client.personal_code_invalid" : "centres.client.personal_code_required";
    const identity = requireIdentity(request);
    // Asked as the consultant, before the transaction: the visitor sees this in "who used my data".
    const entry = code.ok && !errors.personalCode ? await entryOrNull(code.code, `user:${identity.session.personId}`) : null;
    if (entry === "unavailable") {
      errors.personalCode = "register_unavailable";
      return renderIdentify(request, reply, values, errors);
    }
    if (code.ok && !entry) errors.personalCode = "centres.client.not_in_register";
    else if (entry?.deceasedOn) errors.personalCode = "centres.client.deceased";
    if (Object.keys(errors).length > 0 || !entry || !document) return renderIdentify(request, reply, values, errors);
    const person = await ensurePerson(db, entry);
    const name = `${entry.givenName} ${entry.familyName}`;
    const visit = await inTransaction(db, (trx) =>
      identifyVisitor(contextOf(request, trx), {
        centre,
        consultantId: identity.session.personId,
        person: { id: person.id, name },
        document,
        now: clock.now(),
      }),
    );
    return reply.redirect(localePath(request.locale, CLIENT_PATHS.visit(visit)), 303);
  });

  // --- The visitor's page -------------------------------------------------------------------

  const renderVisit = async (request: FastifyRequest, reply: FastifyReply, refusal: string | null) => {
    const visit = await visitOf(request);
    const identity = requireIdentity(request);
    const day = today();
    const eservices = await eservicesAt(request, visit.centre);
    const titles = new Map(eservices.map((s) => [s.value, s.label]));
    const authorisations = await authorisationsOf(db, visit.personId, visit.centre);
    const inForce = authorisations.filter((a) => standingOn(a, day) === "in_force");
    const serviceRows: ServiceRow[] = eservices.map((s) => ({
      service: s.value,
      title: s.label,
      authorised: inForce.some((a) => covers(a, s.value)),
    }));
    const applications: ApplicationRow[] = (await applicationsAbout(db, visit.personId, visit.centre)).map((a) => ({
      id: a.id,
      title: titles.get(a.service) ?? a.service,
      channel: a.channel === "paper" ? "paper" : "assisted",
      number: a.number,
      status: a.status,
      mine: a.createdBy === `user:${identity.session.personId}`,
      updatedAt: a.updatedAt,
    }));
    const notice = (request.query as { saglabats?: unknown }).saglabats;
    // Looking at a visitor's authorisations and applications is a read of their personal data.
    await inTransaction(db, (trx) =>
      recordAudit(contextOf(request, trx), {
        event: "centres.visitor.read",
        subjectType: "person",
        subjectId: visit.personId,
        details: { visit: visit.id },
      }),
    );
    return reply.page(
      <VisitPage
        visit={visit}
        centreName={await centreName(request, visit.centre)}
        authorisations={authorisations.map((a) => ({
          id: a.id,
          number: a.number,
          scope: a.allServices ? request.t("centres.client.scope_all") : a.services.map((s) => titles.get(s) ?? s).join(", "),
          validFrom: a.validFrom,
          validUntil: a.validUntil,
          standing: standingOn(a, day),
          consultantName: a.consultantName,
        }))}
        services={serviceRows}
        applications={applications}
        notice={typeof notice === "string" && NOTICES.has(notice) ? request.t(`centres.client.saved.${notice}`) : null}
        refusal={refusal}
        csrfToken={reply.generateCsrf()}
      />,
    );
  };

  app.get<VisitParams>("/darbs/klienti/:visit", consultant, (request, reply) => renderVisit(request, reply, null));

  // --- Fill an e-service for the visitor under their authorisation --------------------------

  app.post<VisitParams>("/darbs/klienti/:visit/sakt", consultant, async (request, reply) => {
    const visit = await visitOf(request);
    const service = field(formBody(request.body).fields, "service");
    const offered = (await eservicesAt(request, visit.centre)).some((s) => s.value === service);
    if (!offered) return renderVisit(request, reply.code(400), request.t("centres.client.service_not_offered"));
    const day = today();
    const all = await authorisationsOf(db, visit.personId, visit.centre);
    const authorisation = all.find((a) => standingOn(a, day) === "in_force" && covers(a, service));
    if (!authorisation) {
      // Say why: an authorisation that ran out or was revoked is the usual case at the desk.
      const lapsed = all.find((a) => covers(a, service));
      const reason = lapsed ? standingOn(lapsed, day) : null;
      const key = reason && reason !== "in_force" ? `centres.client.authorisation_${reason}` : "centres.client.no_authorisation";
      return renderVisit(request, reply.code(403), request.t(key, { number: lapsed?.number ?? "" }));
    }
    const id = await startForVisitor(request, services, {
      service,
      visitor: await visitorOf(visit),
      channel: "assisted",
      assistance: await assistanceFor(request, visit, { id: authorisation.id, number: authorisation.number }),
    });
    return reply.redirect(localePath(request.locale, `/pieteikumi/${id}`), 303);
  });

  const visitorOf = async (visit: Visit) => {
    const person = await findPersonById(db, visit.personId);
    if (!person) throw new AppError("not_found", 404);
    return { id: person.id, name: visit.personName, personalCode: person.personalCode };
  };

  const assistanceFor = async (request: FastifyRequest, visit: Visit, authorisation: { id: string; number: string } | null) => {
    const centre = await centreByCode(db, visit.centre);
    const { session } = requireIdentity(request);
    return {
      centre: { code: visit.centre, name: centre?.name ?? { lv: visit.centre, en: visit.centre } },
      consultantName: `${session.givenName} ${session.familyName}`,
      authorisation,
    };
  };

  // --- Record a written authorisation --------------------------------------------------------

  const renderAuthorisation = async (
    request: FastifyRequest,
    reply: FastifyReply,
    visit: Visit,
    values: AuthorisationValues,
    errors: Record<string, string>,
  ) =>
    reply
      .code(Object.keys(errors).length > 0 ? 400 : 200)
      .page(
        <AuthorisationPage
          visit={visit}
          services={await eservicesAt(request, visit.centre)}
          values={values}
          errors={errors}
          csrfToken={reply.generateCsrf()}
        />,
      );

  app.get<VisitParams>("/darbs/klienti/:visit/pilnvara", consultant, async (request, reply) => {
    const visit = await visitOf(request);
    return renderAuthorisation(
      request,
      reply,
      visit,
      { scope: "", services: [], validFrom: today(), validUntil: addDays(today(), 364) },
      {},
    );
  });

  app.post<VisitParams>("/darbs/klienti/:visit/pilnvara", consultant, async (request, reply) => {
    const visit = await visitOf(request);
    const body = formBody(request.body);
    const values: AuthorisationValues = {
      scope: field(body.fields, "scope"),
      services: list(body.fields, "services"),
      validFrom: field(body.fields, "validFrom"),
      validUntil: field(body.fields, "validUntil"),
    };
    const allowed = new Set((await eservicesAt(request, visit.centre)).map((s) => s.value));
    const scan = body.files.scan?.[0];
    const { session } = requireIdentity(request);
    try {
      const terms = readTerms(values, { today: today(), allowed });
      await inTransaction(db, (trx) =>
        recordAuthorisation(contextOf(request, trx), {
          person: { id: visit.personId, name: visit.personName },
          centre: visit.centre,
          consultant: { id: session.personId, name: `${session.givenName} ${session.familyName}` },
          terms,
          scan: scan
            ? { fileName: scan.fileName, bytes: scan.bytes, truncated: scan.truncated }
            : { fileName: "", bytes: new Uint8Array(), truncated: false },
          now: clock.now(),
        }),
      );
    } catch (error) {
      const errors = validationErrors(error);
      // The terms' problems and the scan's are told together, so nothing is asked twice.
      if (!errors.scan && !scan) errors.scan = "mandates.scan.required";
      return renderAuthorisation(request, reply, visit, values, errors);
    }
    return reply.redirect(`${localePath(request.locale, CLIENT_PATHS.visit(visit.id))}?saglabats=authorisation`, 303);
  });

  app.get<{ Params: { visit: string; authorisation: string } }>(
    "/darbs/klienti/:visit/pilnvaras/:authorisation/skenejums",
    consultant,
    async (request, reply) => {
      const visit = await visitOf(request);
      const { authorisation } = request.params;
      const mine = isUuid(authorisation) && (await authorisationsOf(db, visit.personId, visit.centre)).some((a) => a.id === authorisation);
      const scan = mine ? await authorisationScan(db, authorisation) : null;
      if (!scan) throw new AppError("not_found", 404);
      await inTransaction(db, (trx) =>
        recordAudit(contextOf(request, trx), {
          event: "centres.authorisation-scan.read",
          subjectType: "person",
          subjectId: visit.personId,
          details: { authorisation },
        }),
      );
      return reply
        .type(scan.type)
        .header("content-disposition", contentDisposition(scan.name))
        .header("cache-control", "private, no-store")
        .header("content-security-policy", "default-src 'none'; sandbox")
        .send(scan.content);
    },
  );

  // --- Register a paper application ----------------------------------------------------------

  app.get<VisitParams & { Querystring: { pakalpojums?: string } }>("/darbs/klienti/:visit/papira", consultant, async (request, reply) => {
    const visit = await visitOf(request);
    const service = typeof request.query.pakalpojums === "string" ? request.query.pakalpojums : "";
    return reply.page(
      <PaperPage
        visit={visit}
        services={await eservicesAt(request, visit.centre)}
        service={service}
        errors={{}}
        csrfToken={reply.generateCsrf()}
      />,
    );
  });

  app.post<VisitParams>("/darbs/klienti/:visit/papira", consultant, async (request, reply) => {
    const visit = await visitOf(request);
    const body = formBody(request.body);
    const service = field(body.fields, "service");
    const options = await eservicesAt(request, visit.centre);
    const scan = body.files.scan?.[0];
    const errors: Record<string, string> = {};
    if (!options.some((s) => s.value === service)) errors.service = "centres.client.paper_service_required";
    if (!scan) errors.scan = "eservices.visitor.scan_required";
    let id: string | null = null;
    if (Object.keys(errors).length === 0 && scan) {
      try {
        id = await startForVisitor(request, services, {
          service,
          visitor: await visitorOf(visit),
          channel: "paper",
          assistance: await assistanceFor(request, visit, null),
          scan,
        });
      } catch (error) {
        Object.assign(errors, validationErrors(error));
      }
    }
    if (!id) {
      return reply
        .code(400)
        .page(<PaperPage visit={visit} services={options} service={service} errors={errors} csrfToken={reply.generateCsrf()} />);
    }
    return reply.redirect(localePath(request.locale, `/pieteikumi/${id}`), 303);
  });
}
