// The institution's side: its payments by period, the accounting export, one payment and its
// refund. Whose payments they are comes from the membership the officer works in just now; a
// payment of another institution is "not found" to them.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../../platform/errors.ts";
import { contentDisposition } from "../../platform/files/file-name.ts";
import type { FieldErrors } from "../../platform/html/components/error-summary.tsx";
import { formFields } from "../../platform/http/form-fields.ts";
import { localePath } from "../../platform/i18n/locale.ts";
import { isUuid } from "../../platform/identifiers/uuid.ts";
import { serviceSummaries } from "../catalog/index.ts";
import { actingAsStaff, contextOf, findUnit, requireIdentity } from "../identity/index.ts";
import { paymentsCsv } from "./export-csv.ts";
import { type FlowDeps, refundPayment } from "./payment-flow.ts";
import { findPayment, institutionPayments, moneyMovements, type Payment, type Period } from "./payments.repository.ts";
import { parsePeriod } from "./period.ts";
import { OFFICER_PATH, OfficerPaymentsPage, type Totals } from "./views/officer-list-views.tsx";
import { OfficerPaymentPage } from "./views/officer-payment-views.tsx";

const MAX_LISTED = 500;

function officerInstitution(request: FastifyRequest): { code: string; name: { lv: string; en: string } } {
  const membership = requireIdentity(request).membership;
  const unit = membership?.unitKind === "institution" ? findUnit("institution", membership.unitCode) : null;
  if (!unit) throw new AppError("forbidden", 403);
  return { code: unit.code, name: unit.name };
}

function totalsOf(movements: Payment[], period: Period): Totals {
  const within = (at: Date | null) => at !== null && at >= period.from && at < period.to;
  return {
    receivedCents: movements.filter((p) => within(p.paidAt)).reduce((sum, p) => sum + p.amountCents, 0),
    refundedCents: movements.filter((p) => p.status === "refunded" && within(p.refundedAt)).reduce((sum, p) => sum + p.amountCents, 0),
  };
}

export function officerRoutes(app: FastifyInstance, deps: FlowDeps): void {
  const officer = { preHandler: actingAsStaff(["officer"], "substantial") };
  const titles = async (services: string[], locale: "lv" | "en") => {
    const found = await serviceSummaries(deps.db, [...new Set(services)]);
    return new Map([...found].map(([id, s]) => [id, s.title[locale]]));
  };

  app.get(OFFICER_PATH, officer, async (request, reply) => {
    const institution = officerInstitution(request);
    const { typed, period, errors } = parsePeriod(request.query, deps.now());
    const payments = period ? await institutionPayments(deps.db, institution.code, period, MAX_LISTED + 1) : [];
    const totals = period ? totalsOf(await moneyMovements(deps.db, institution.code, period), period) : null;
    return reply.code(period ? 200 : 400).page(
      <OfficerPaymentsPage
        institutionName={institution.name[request.locale]}
        typed={typed}
        errors={errors}
        payments={payments.slice(0, MAX_LISTED)}
        totals={totals}
        serviceTitles={
          await titles(
            payments.map((p) => p.service),
            request.locale,
          )
        }
        truncated={payments.length > MAX_LISTED}
      />,
    );
  });

  app.get(`${OFFICER_PATH}/eksports.csv`, officer, async (request, reply) => {
    const institution = officerInstitution(request);
    const { period, days } = parsePeriod(request.query, deps.now());
    if (!period || !days) throw new AppError("payments_period_invalid", 400);
    const movements = await moneyMovements(deps.db, institution.code, period);
    const serviceTitles = await titles(
      movements.map((p) => p.service),
      request.locale,
    );
    const csv = paymentsCsv(movements, {
      period,
      locale: request.locale,
      t: request.t,
      serviceTitle: (service) => serviceTitles.get(service) ?? service,
    });
    return reply
      .type("text/csv; charset=utf-8")
      .header("content-disposition", contentDisposition(`maksajumi-${institution.code}-${days.from}-${days.to}.csv`))
      .header("cache-control", "private, no-store")
      .send(csv);
  });

  type Shown = { typedReason: string; errors: FieldErrors; failure: string | null; status: number };

  async function show(request: FastifyRequest, reply: FastifyReply, shown: Shown) {
    const institution = officerInstitution(request);
    const { id } = request.params as { id: string };
    const payment = isUuid(id) ? await findPayment(deps.db, id) : null;
    if (!payment || payment.institution !== institution.code) throw new AppError("not_found", 404);
    const serviceTitle = (await titles([payment.service], request.locale)).get(payment.service) ?? payment.service;
    return reply
      .code(shown.status)
      .page(
        <OfficerPaymentPage
          payment={payment}
          institutionName={institution.name[request.locale]}
          serviceTitle={serviceTitle}
          typedReason={shown.typedReason}
          errors={shown.errors}
          refunded={(request.query as { atmaksats?: unknown }).atmaksats === "1"}
          failure={shown.failure}
          csrfToken={reply.generateCsrf()}
        />,
      );
  }

  app.get(`${OFFICER_PATH}/:id`, officer, (request, reply) =>
    show(request, reply, { typedReason: "", errors: {}, failure: null, status: 200 }),
  );

  app.post(`${OFFICER_PATH}/:id/atmaksat`, officer, async (request, reply) => {
    const institution = officerInstitution(request);
    const { id } = request.params as { id: string };
    if (!isUuid(id)) throw new AppError("not_found", 404);
    const { reason } = formFields(request.body, ["reason"]);
    try {
      await refundPayment(deps, (trx) => contextOf(request, trx), { paymentId: id, institution: institution.code, reason });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.fields) return show(request, reply, { typedReason: reason, errors: error.fields, failure: null, status: 400 });
      if (error.code === "payments_refund_failed" || error.code === "payments_not_refundable") {
        return show(request, reply, { typedReason: reason, errors: {}, failure: `${error.code}.body`, status: error.status });
      }
      throw error;
    }
    return reply.redirect(`${localePath(request.locale, `${OFFICER_PATH}/${id}`)}?atmaksats=1`, 303);
  });
}
