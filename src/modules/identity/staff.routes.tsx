// The staff area. Anyone with a staff membership reaches /darbs; managing staff needs acting as
// an administrator with a high-assurance login (eID or eParaksts).
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError } from "../../platform/errors.ts";
import type { FieldErrors } from "../../platform/html/components/error-summary.tsx";
import { formFields } from "../../platform/http/form-fields.ts";
import { localePath } from "../../platform/i18n/locale.ts";
import type { AppServices } from "../../platform/module.ts";
import { candidateEntry, grantMembership, MEMBERSHIP_FIELDS, type MembershipInput } from "./commands/grant-membership.ts";
import { revokeStaffMembership } from "./commands/revoke-staff-membership.ts";
import { actingAsStaff, staffMember } from "./identity.policies.ts";
import { activeMembershipsOf, listActiveMemberships } from "./memberships.repository.ts";
import type { Registers } from "./registers.ts";
import { requireIdentity } from "./request-identity.ts";
import { StaffAdminPage, StaffHomePage } from "./views/staff-views.tsx";

const EMPTY: MembershipInput = { personalCode: "", role: "", unit: "" };

export function staffRoutes(app: FastifyInstance, { db, clock }: AppServices, registers: Registers): void {
  const member = staffMember(async (personId) => (await activeMembershipsOf(db, personId)).length > 0);
  const administrator = { preHandler: actingAsStaff(["administrator"], "high") };

  app.get("/darbs", { preHandler: member }, async (request, reply) => {
    const who = requireIdentity(request);
    const memberships = await activeMembershipsOf(db, who.session.personId);
    return reply.page(<StaffHomePage acting={who.membership} memberships={memberships} csrfToken={reply.generateCsrf()} />);
  });

  const renderAdmin = async (request: FastifyRequest, reply: FastifyReply, input: MembershipInput, errors: FieldErrors, saved: boolean) => {
    const memberships = await listActiveMemberships(db);
    const status = Object.keys(errors).length > 0 ? 400 : 200;
    return reply
      .code(status)
      .page(
        <StaffAdminPage
          memberships={memberships}
          input={input}
          errors={errors}
          csrfToken={reply.generateCsrf()}
          saved={saved}
          ownId={requireIdentity(request).membership?.id ?? null}
        />,
      );
  };

  app.get("/darbs/darbinieki", administrator, async (request, reply) =>
    renderAdmin(request, reply, EMPTY, {}, (request.query as { saglabats?: unknown }).saglabats === "1"),
  );

  app.post("/darbs/darbinieki", administrator, async (request, reply) => {
    const input = formFields(request.body, MEMBERSHIP_FIELDS);
    const identity = requireIdentity(request);
    try {
      const entry = await candidateEntry(registers, input, identity);
      await inTransaction(db, (trx) => grantMembership(trx, request, identity, input, entry));
    } catch (error) {
      if (!(error instanceof AppError && error.fields)) throw error;
      return renderAdmin(request, reply, input, error.fields, false);
    }
    return reply.redirect(`${localePath(request.locale, "/darbs/darbinieki")}?saglabats=1`, 303);
  });

  app.post("/darbs/darbinieki/:id/atsaukt", administrator, async (request, reply) => {
    const { id } = request.params as { id: string };
    await inTransaction(db, (trx) => revokeStaffMembership(trx, request, requireIdentity(request), id, clock.now()));
    return reply.redirect(`${localePath(request.locale, "/darbs/darbinieki")}?saglabats=1`, 303);
  });
}
