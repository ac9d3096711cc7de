// The start of an e-service: its start page, and opening a draft for the person, their minor
// child or the company they act for, with the register data the form needs fetched through the bus.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { dateInRiga } from "../../../platform/calendar/business-days.ts";
import { inTransaction } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors.ts";
import { formBody } from "../../../platform/http/multipart-body.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { AppServices } from "../../../platform/module.ts";
import { institutionById } from "../../catalog/index.ts";
import { type BusClient, busClient, EPAK_SYSTEMS, REGISTER_SERVICES } from "../../exchange/index.ts";
import { admitSignedIn, contextOf, findPersonById, onBehalfOf, type RequestIdentity, requestIdentity } from "../../identity/index.ts";
import { mandateFor } from "../../mandates/index.ts";
import { applicationsOf, latestDefinition, type PublishedDefinition } from "../application.repository.ts";
import { startApplication } from "../commands/start-application.ts";
import type { EServiceDefinition } from "../definition/model.ts";
import type { RelationsAnswer } from "../informative/register-answers.ts";
import { fetchPrefill } from "../prefill/sources.ts";
import { applicationPath } from "../views/form-parts.tsx";
import { type Refusal, StartPage, type SubjectOption } from "../views/start-views.tsx";

type Subject = { kind: "person" | "child" | "company"; id: string; name: string; personalCode: string; companyNumber: string | null };

async function refusalFor(services: AppServices, identity: RequestIdentity, definition: EServiceDefinition): Promise<Refusal | null> {
  const { acting } = identity.session;
  if (acting.kind === "staff") return "staff";
  if (acting.kind === "person") {
    if (!definition.applicants.includes("self")) return "company_only";
    const mandate = await mandateFor(services.db, {
      principalId: acting.id ?? "",
      agentId: identity.session.personId,
      service: definition.service,
      day: dateInRiga(services.clock.now()),
    });
    return mandate ? null : "not_mandated";
  }
  if (acting.kind === "company") return definition.applicants.includes("company") ? null : "not_for_company";
  return definition.applicants.some((a) => a === "self" || a === "child") ? null : "company_only";
}

function today(services: AppServices): string {
  return services.clock.now().toISOString().slice(0, 10);
}

function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** The minor children the person may apply for, from the population register through the bus. */
async function minorChildren(bus: BusClient, identity: RequestIdentity, day: string) {
  const relations = await bus.get<RelationsAnswer>({
    service: REGISTER_SERVICES.persons,
    path: `/${identity.session.personalCode}/relations`,
    userId: `user:${identity.session.personId}`,
  });
  return (relations?.children ?? []).filter((child) => ageOn(child.birthDate, day) < 18);
}

async function subjectsFor(
  services: AppServices,
  bus: BusClient,
  identity: RequestIdentity,
  definition: EServiceDefinition,
  day: string,
): Promise<Subject[]> {
  const { session } = identity;
  // Under a mandate the application is the principal's own, filled by the agent.
  if (session.acting.kind === "person" && session.acting.id) {
    const principal = await findPersonById(services.db, session.acting.id);
    if (!principal) return [];
    const name = `${principal.givenName} ${principal.familyName}`;
    return [{ kind: "person", id: principal.id, name, personalCode: principal.personalCode, companyNumber: null }];
  }
  if (session.acting.kind === "company" && session.acting.id) {
    const name = session.acting.label ?? session.acting.id;
    return [{ kind: "company", id: session.acting.id, name, personalCode: session.personalCode, companyNumber: session.acting.id }];
  }
  const subjects: Subject[] = [];
  const own = `${session.givenName} ${session.familyName}`;
  if (definition.applicants.includes("self")) {
    subjects.push({ kind: "person", id: session.personId, name: own, personalCode: session.personalCode, companyNumber: null });
  }
  if (definition.applicants.includes("child")) {
    for (const child of await minorChildren(bus, identity, day)) {
      const name = `${child.givenName} ${child.familyName}`;
      subjects.push({ kind: "child", id: child.personalCode, name, personalCode: child.personalCode, companyNumber: null });
    }
  }
  return subjects;
}

function options(subjects: Subject[], t: FastifyRequest["t"], ownId: string): SubjectOption[] {
  return subjects.map((s, i) => ({
    value: `s${i}`,
    label: s.kind === "person" && s.id === ownId ? t("eservices.start.for_me", { name: s.name }) : s.name,
    name: s.name,
    ...(s.kind === "child" ? { hint: t("eservices.start.for_child") } : {}),
  }));
}

async function published(services: AppServices, service: string): Promise<PublishedDefinition> {
  const found = /^[a-z0-9-]{1,120}$/.test(service) ? await latestDefinition(services.db, service) : null;
  if (!found) throw new AppError("not_found", 404);
  return found;
}

async function institutionName(services: AppServices, code: string, locale: "lv" | "en"): Promise<string> {
  const institution = await institutionById(services.db, code);
  return institution?.name[locale] ?? code;
}

export function startRoutes(app: FastifyInstance, services: AppServices): void {
  const bus = busClient(services, EPAK_SYSTEMS.eservices);

  async function renderStart(request: FastifyRequest, service: string, error: string | null, csrfToken: string) {
    const { definition } = await published(services, service);
    const identity = requestIdentity(request);
    const base = { service, definition, institutionName: await institutionName(services, definition.institution, request.locale), error };
    if (!identity) {
      const back = encodeURIComponent(localePath(request.locale, `/e-pakalpojumi/${service}`));
      const loginHref = localePath(request.locale, `/pieslegties?atpakal=${back}`);
      return <StartPage {...base} loginHref={loginHref} subjects={[]} refusal={null} drafts={[]} csrfToken={null} />;
    }
    const refusal = await refusalFor(services, identity, definition);
    const subjects = refusal ? [] : await subjectsFor(services, bus, identity, definition, today(services));
    const mine = await applicationsOf(services.db, {
      createdBy: `user:${identity.session.personId}`,
      actingFor: onBehalfOf(identity),
      subject: null,
    });
    const drafts = mine.filter((a) => a.status === "draft" && a.service === service);
    return (
      <StartPage
        {...base}
        loginHref={null}
        subjects={options(subjects, request.t, identity.session.personId)}
        refusal={refusal}
        drafts={drafts}
        csrfToken={csrfToken}
      />
    );
  }

  app.get<{ Params: { service: string } }>("/e-pakalpojumi/:service", async (request, reply) => {
    return reply.page(await renderStart(request, request.params.service, null, reply.generateCsrf()));
  });

  app.post<{ Params: { service: string } }>("/e-pakalpojumi/:service/sakt", async (request, reply) => {
    const { service } = request.params;
    const { version, definition } = await published(services, service);
    if (!(await admitSignedIn(request, reply, definition.assurance))) return reply;
    const identity = requestIdentity(request) as RequestIdentity;
    if (await refusalFor(services, identity, definition))
      return reply.redirect(localePath(request.locale, `/e-pakalpojumi/${service}`), 303);
    const day = today(services);
    const subjects = await subjectsFor(services, bus, identity, definition, day);
    const chosen = String(formBody(request.body).fields.for ?? "");
    const subject = subjects[Number(chosen.slice(1))];
    if (!/^s\d{1,2}$/.test(chosen) || !subject) {
      return reply.code(422).page(await renderStart(request, service, "eservices.start.choose_whom", reply.generateCsrf()));
    }
    const call = {
      userId: `user:${identity.session.personId}`,
      ...(subject.companyNumber ? { representedParty: `COM/${subject.companyNumber}` } : {}),
    };
    const { data } = await fetchPrefill(
      bus,
      definition.prefill,
      { personalCode: subject.personalCode, companyNumber: subject.companyNumber },
      call,
      day,
    );
    const id = await inTransaction(services.db, (trx) =>
      startApplication(contextOf(request, trx), {
        service,
        version,
        subject: { kind: subject.kind, id: subject.id, name: subject.name },
        prefill: data,
        now: services.clock.now(),
      }),
    );
    return reply.redirect(localePath(request.locale, applicationPath(id)), 303);
  });
}
