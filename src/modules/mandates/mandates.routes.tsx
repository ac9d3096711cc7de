// The person's mandates: the list of what they gave, hold and signed at centres; giving a mandate
// to another person; and ending one, by the principal (revoke) or by the agent (give up).
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { addMonths, dateInRiga } from "../../platform/calendar/business-days.ts";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError } from "../../platform/errors.ts";
import type { FieldErrors } from "../../platform/html/components/error-summary.tsx";
import { localePath } from "../../platform/i18n/locale.ts";
import { isUuid } from "../../platform/identifiers/uuid.ts";
import type { AppServices } from "../../platform/module.ts";
import { contextOf, ensurePerson, type RegisterEntry, Registers, type RequestIdentity, signedIn } from "../identity/index.ts";
import { authorisationsOf } from "./authorisations.repository.ts";
import { grantMandate } from "./commands/grant-mandate.ts";
import { revokeMandate } from "./commands/revoke-mandate.ts";
import { readTerms, type Terms } from "./commands/terms-input.ts";
import { type GrantValues, grantValues, isAdultOn, readAgentFields, sameFamilyName } from "./grant-input.ts";
import { findMandate, mandatesOf } from "./mandates.repository.ts";
import { actingAsSelf, serviceOptions, titlesOf } from "./own-affairs.tsx";
import { ConfirmPage } from "./views/confirm-views.tsx";
import { GrantPage } from "./views/grant-views.tsx";
import { MandatesPage, SAVED, type Saved } from "./views/mandates-views.tsx";
import { GRANT_PATH, MANDATES_PATH, Period, ScopeText, SummaryRow } from "./views/parts.tsx";

const FIELD_ORDER = ["agentCode", "agentFamilyName", "scope", "services", "validFrom", "validUntil"];

function inFormOrder(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => FIELD_ORDER.indexOf(a) - FIELD_ORDER.indexOf(b)));
}

function fieldsOf(error: unknown): FieldErrors {
  if (error instanceof AppError && error.fields) return error.fields;
  throw error;
}

export function mandatesRoutes(app: FastifyInstance, services: AppServices): void {
  const { db, clock } = services;
  const registers = new Registers(services);
  const policy = { preHandler: signedIn() };

  app.get(MANDATES_PATH, policy, async (request, reply) => {
    const identity = actingAsSelf(request, reply);
    if (!identity) return reply;
    const me = identity.session.personId;
    const [given, held, authorisations, options] = await Promise.all([
      mandatesOf(db, me, "principal"),
      mandatesOf(db, me, "agent"),
      authorisationsOf(db, me),
      serviceOptions(db, request.locale),
    ]);
    const saved = (request.query as { saglabats?: unknown }).saglabats;
    return reply.page(
      <MandatesPage
        given={given}
        held={held}
        authorisations={authorisations}
        today={dateInRiga(clock.now())}
        titles={titlesOf(options)}
        saved={SAVED.includes(saved as Saved) ? (saved as Saved) : null}
      />,
    );
  });

  const renderGrant = async (request: FastifyRequest, reply: FastifyReply, values: GrantValues, errors: FieldErrors) =>
    reply
      .code(Object.keys(errors).length > 0 ? 400 : 200)
      .page(
        <GrantPage
          values={values}
          errors={inFormOrder(errors)}
          services={await serviceOptions(db, request.locale)}
          csrfToken={reply.generateCsrf()}
        />,
      );

  app.get(GRANT_PATH, policy, async (request, reply) => {
    if (!actingAsSelf(request, reply)) return reply;
    const today = dateInRiga(clock.now());
    const values = { agentCode: "", agentFamilyName: "", scope: "", services: [], validFrom: today, validUntil: addMonths(today, 12) };
    return renderGrant(request, reply, values, {});
  });

  /** The agent's register entry when code and family name match it; field errors otherwise. Over the bus, so before any transaction. */
  const findAgent = async (
    identity: RequestIdentity,
    values: GrantValues,
  ): Promise<{ entry: RegisterEntry | null; errors: FieldErrors }> => {
    const { code, errors } = readAgentFields(values, identity.session.personalCode);
    if (!code) return { entry: null, errors };
    let entry: RegisterEntry | null;
    try {
      entry = await registers.entryOf(code, `user:${identity.session.personId}`);
    } catch (error) {
      if (error instanceof AppError && error.code === "register_unavailable")
        return { entry: null, errors: { agentCode: "mandates.grant.register_unavailable" } };
      throw error;
    }
    if (!entry || entry.deceasedOn || !sameFamilyName(values.agentFamilyName, entry.familyName)) {
      return { entry: null, errors: { agentCode: "mandates.grant.agent_not_found" } };
    }
    // Told only once code and name match: whoever typed both knows whom they mean.
    if (!isAdultOn(entry.birthDate, dateInRiga(clock.now()))) return { entry: null, errors: { agentCode: "mandates.grant.agent_minor" } };
    return { entry, errors: {} };
  };

  app.post(GRANT_PATH, policy, async (request, reply) => {
    const identity = actingAsSelf(request, reply);
    if (!identity) return reply;
    const values = grantValues(request.body);
    const now = clock.now();
    const allowed = new Set((await serviceOptions(db, request.locale)).map((o) => o.identifier));
    let terms: Terms | null = null;
    let termErrors: FieldErrors = {};
    try {
      terms = readTerms(values, { today: dateInRiga(now), allowed });
    } catch (error) {
      termErrors = fieldsOf(error);
    }
    const { entry, errors: agentErrors } = await findAgent(identity, values);
    if (!entry || !terms) return renderGrant(request, reply, values, { ...agentErrors, ...termErrors });
    const agentEntry = entry;
    const agreed = terms;
    const { session } = identity;
    try {
      await inTransaction(db, async (trx) => {
        // Someone who never logged in has no person row yet; the mandate names them by it.
        const agent = await ensurePerson(trx, {
          personalCode: agentEntry.personalCode,
          givenName: agentEntry.givenName,
          familyName: agentEntry.familyName,
        });
        await grantMandate(contextOf(request, trx), {
          principal: { id: session.personId, name: `${session.givenName} ${session.familyName}` },
          agent: { id: agent.id, name: `${agentEntry.givenName} ${agentEntry.familyName}` },
          terms: agreed,
          now,
        });
      });
    } catch (error) {
      return renderGrant(request, reply, values, fieldsOf(error));
    }
    return reply.redirect(`${localePath(request.locale, MANDATES_PATH)}?saglabats=granted`, 303);
  });

  /** The mandate when the person is its principal or agent; "not found" for anyone else. */
  const ownMandate = async (request: FastifyRequest, identity: RequestIdentity) => {
    const { id } = request.params as { id: string };
    const mandate = isUuid(id) ? await findMandate(db, id) : null;
    const me = identity.session.personId;
    if (!mandate || (mandate.principalId !== me && mandate.agentId !== me)) throw new AppError("not_found", 404);
    return { mandate, asPrincipal: mandate.principalId === me };
  };

  app.get(`${MANDATES_PATH}/:id/atsaukt`, policy, async (request, reply) => {
    const identity = actingAsSelf(request, reply);
    if (!identity) return reply;
    const { mandate, asPrincipal } = await ownMandate(request, identity);
    if (mandate.revokedAt) return reply.redirect(localePath(request.locale, MANDATES_PATH), 303);
    const t = request.t;
    const options = await serviceOptions(db, request.locale);
    const other = asPrincipal ? mandate.agentName : mandate.principalName;
    return reply.page(
      <ConfirmPage
        title={t(asPrincipal ? "mandates.confirm.revoke_title" : "mandates.confirm.give_up_title")}
        body={t(asPrincipal ? "mandates.confirm.revoke_body" : "mandates.confirm.give_up_body", { name: other })}
        button={t(asPrincipal ? "mandates.confirm.revoke_button" : "mandates.confirm.give_up_button")}
        action={`${MANDATES_PATH}/${mandate.id}/atsaukt`}
        csrfToken={reply.generateCsrf()}
      >
        <SummaryRow label={t(asPrincipal ? "mandates.field.agent" : "mandates.field.principal")}>{other}</SummaryRow>
        <SummaryRow label={t("mandates.field.scope")}>
          <ScopeText scope={mandate} titles={titlesOf(options)} />
        </SummaryRow>
        <SummaryRow label={t("mandates.field.period")}>
          <Period from={mandate.validFrom} until={mandate.validUntil} />
        </SummaryRow>
      </ConfirmPage>,
    );
  });

  app.post(`${MANDATES_PATH}/:id/atsaukt`, policy, async (request, reply) => {
    const identity = actingAsSelf(request, reply);
    if (!identity) return reply;
    const { mandate, asPrincipal } = await ownMandate(request, identity);
    await inTransaction(db, (trx) =>
      revokeMandate(contextOf(request, trx), { mandateId: mandate.id, personId: identity.session.personId, now: clock.now() }),
    );
    return reply.redirect(`${localePath(request.locale, MANDATES_PATH)}?saglabats=${asPrincipal ? "revoked" : "given_up"}`, 303);
  });
}
