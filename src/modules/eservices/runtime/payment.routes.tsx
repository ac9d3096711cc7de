// The payment step: the fee of a draft whose answers are all given (before it may be submitted),
// or an amount the institution asked for after deciding a submitted application. The person
// chooses bank link or card, is sent to the provider, and comes back to a page that asks the
// provider when its callback has not come yet. A cancelled or failed payment leaves the
// application as it was and offers to pay again.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../../../platform/errors.ts";
import { formBody } from "../../../platform/http/multipart-body.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { isUuid } from "../../../platform/identifiers/uuid.ts";
import type { AppServices } from "../../../platform/module.ts";
import { institutionById } from "../../catalog/index.ts";
import { contextOf } from "../../identity/index.ts";
import {
  dueRequestsOf,
  findPayment,
  type Payment,
  type PaymentMethod,
  type PaymentRequest,
  paymentDeps,
  refreshPayment,
  startPayment,
} from "../../payments/index.ts";
import { firstIncomplete } from "../definition/form-flow.ts";
import { applicationPath } from "../views/form-parts.tsx";
import { formatEuro } from "../views/parts.tsx";
import { PaymentPendingPage, PaymentReceivedPage, type PayNotice, PayPage } from "../views/payment-views.tsx";
import { type Opened, openApplication } from "./application-access.ts";
import { type FeeState, feeState, paidView } from "./fee-state.ts";

type Payable = { kind: "fee"; fee: FeeState } | { kind: "decision"; request: PaymentRequest };

/** What the application has to pay now, if anything. */
async function payableOf(services: AppServices, opened: Opened): Promise<Payable | null> {
  const { application, flow } = opened;
  if (application.status === "draft") {
    if (firstIncomplete(flow, application.completedPages)) return null;
    const fee = await feeState(services.db, application.id, flow);
    return fee && fee.toPay > 0 ? { kind: "fee", fee } : null;
  }
  const [request] = await dueRequestsOf(services.db, [application.id]);
  return request ? { kind: "decision", request } : null;
}

function go(request: FastifyRequest, reply: FastifyReply, path: string) {
  return reply.redirect(localePath(request.locale, path), 303);
}

/** Where to go when there is nothing to pay: back to the check of a draft, or to "Mani pieteikumi". */
function nothingToPay(request: FastifyRequest, reply: FastifyReply, opened: Opened) {
  const id = opened.application.id;
  return go(request, reply, opened.application.status === "draft" ? applicationPath(id, "/parbaude") : "/mani-pieteikumi");
}

async function institutionName(services: AppServices, code: string, locale: "lv" | "en"): Promise<string> {
  return (await institutionById(services.db, code))?.name[locale] ?? code;
}

type Shown = { method: string; errors: Record<string, string>; notice: PayNotice | null; status: number };

async function showPay(
  request: FastifyRequest,
  reply: FastifyReply,
  services: AppServices,
  opened: Opened,
  payable: Payable,
  shown: Shown,
) {
  const { locale, t } = request;
  const { application, flow } = opened;
  const fee = payable.kind === "fee" ? payable.fee.due : null;
  return reply
    .code(shown.status)
    .page(
      <PayPage
        applicationId={application.id}
        serviceTitle={flow.definition.title[locale]}
        institutionName={await institutionName(services, flow.definition.institution, locale)}
        purpose={payable.kind === "fee" ? t("eservices.pay.purpose_fee") : payable.request.reason[locale]}
        amount={formatEuro(locale, payable.kind === "fee" ? payable.fee.toPay : payable.request.amountCents)}
        legalBasis={fee?.fee.legalBasis?.[locale] ?? null}
        exemption={fee?.exemption?.reason[locale] ?? null}
        requestId={payable.kind === "decision" ? payable.request.id : null}
        method={shown.method}
        errors={shown.errors}
        notice={shown.notice}
        backHref={application.status === "draft" ? applicationPath(application.id, "/parbaude") : "/mani-pieteikumi"}
        csrfToken={reply.generateCsrf()}
      />,
    );
}

/** What the bank is told the payment is for: the service and, after a decision, the application; never a person. */
function description(request: FastifyRequest, opened: Opened, payable: Payable): string {
  const service = opened.flow.definition.title[request.locale];
  const text =
    payable.kind === "fee"
      ? request.t("eservices.pay.description_fee", { service })
      : request.t("eservices.pay.description_decision", { service, number: payable.request.applicationNumber });
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}

function startRoutes(app: FastifyInstance, services: AppServices): void {
  app.get<{ Params: { id: string } }>("/pieteikumi/:id/samaksa", async (request, reply) => {
    const opened = await openApplication(request, reply, services);
    if (!opened) return reply;
    const payable = await payableOf(services, opened);
    if (!payable) return nothingToPay(request, reply, opened);
    return showPay(request, reply, services, opened, payable, { method: "", errors: {}, notice: null, status: 200 });
  });

  app.post<{ Params: { id: string } }>("/pieteikumi/:id/samaksa", async (request, reply) => {
    const opened = await openApplication(request, reply, services);
    if (!opened) return reply;
    const payable = await payableOf(services, opened);
    const fields = formBody(request.body).fields;
    // A request other than the one the page showed is no longer what is due.
    if (!payable || (payable.kind === "decision" && fields.request !== payable.request.id)) return nothingToPay(request, reply, opened);
    const method = typeof fields.method === "string" ? fields.method : "";
    if (method !== "bank" && method !== "card") {
      return showPay(request, reply, services, opened, payable, {
        method: "",
        errors: { method: "eservices.pay.method_required" },
        notice: null,
        status: 422,
      });
    }
    const { application, flow } = opened;
    const target =
      payable.kind === "fee"
        ? { purpose: "fee" as const, amountCents: payable.fee.toPay }
        : { purpose: "decision" as const, requestId: payable.request.id };
    try {
      const started = await startPayment(await paymentDeps(services), (trx) => contextOf(request, trx), {
        ...target,
        applicationId: application.id,
        applicationNumber: application.number,
        institution: flow.definition.institution,
        service: application.service,
        method: method as PaymentMethod,
        description: description(request, opened, payable),
        recipient: await institutionName(services, flow.definition.institution, request.locale),
        locale: request.locale,
        returnUrl: (paymentId) =>
          `${services.config.publicUrl}${localePath(request.locale, applicationPath(application.id, `/samaksa/${paymentId}`))}`,
      });
      return reply.redirect(started.redirectUrl, 303);
    } catch (error) {
      if (!(error instanceof AppError && error.code === "payments_unavailable")) throw error;
      return showPay(request, reply, services, opened, payable, { method, errors: {}, notice: "unavailable", status: 502 });
    }
  });
}

function returnRoutes(app: FastifyInstance, services: AppServices): void {
  app.get<{ Params: { id: string; payment: string } }>("/pieteikumi/:id/samaksa/:payment", async (request, reply) => {
    const opened = await openApplication(request, reply, services);
    if (!opened) return reply;
    const { application, flow } = opened;
    const found = isUuid(request.params.payment) ? await findPayment(services.db, request.params.payment) : null;
    if (!found || found.applicationId !== application.id) throw new AppError("not_found", 404);
    // Back before the provider's callback (or it never comes): ask the provider now.
    const payment: Payment = await refreshPayment(await paymentDeps(services), (trx) => contextOf(request, trx), found);
    reply.header("cache-control", "no-store");
    if (payment.status === "new" || payment.status === "started") {
      return reply.page(
        <PaymentPendingPage
          applicationId={application.id}
          paymentId={payment.id}
          serviceTitle={flow.definition.title[request.locale]}
          amount={formatEuro(request.locale, payment.amountCents)}
          reference={payment.reference}
        />,
      );
    }
    if (payment.status === "paid" && payment.purpose === "fee") {
      if (application.status === "submitted") return go(request, reply, applicationPath(application.id, "/iesniegts"));
      return reply.redirect(`${localePath(request.locale, applicationPath(application.id, "/parbaude"))}?samaksats=1`, 303);
    }
    const paid = paidView(request.locale, payment);
    if (payment.status === "paid" && paid && application.number) {
      return reply.page(
        <PaymentReceivedPage serviceTitle={flow.definition.title[request.locale]} number={application.number} paid={paid} />,
      );
    }
    const payable = await payableOf(services, opened);
    if (!payable) return nothingToPay(request, reply, opened);
    const notice = payment.status === "cancelled" ? "cancelled" : "failed";
    return showPay(request, reply, services, opened, payable, { method: payment.method, errors: {}, notice, status: 200 });
  });
}

export function paymentRoutes(app: FastifyInstance, services: AppServices): void {
  startRoutes(app, services);
  returnRoutes(app, services);
}
