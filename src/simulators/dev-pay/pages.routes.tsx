// The pages the person's browser is sent to: the bank link (choose a bank, confirm or cancel) and
// the card page. The decision is taken once; the callbacks due at once are sent before the
// browser goes back to Epak, as a bank does.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Clock } from "../../platform/clock.ts";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError } from "../../platform/errors.ts";
import type { FieldErrors } from "../../platform/html/components/error-summary.tsx";
import { formFields } from "../../platform/http/form-fields.ts";
import { isUuid } from "../../platform/identifiers/uuid.ts";
import { type CallbackDeps, deliverCallbacks } from "./callbacks.ts";
import { checkCard, DELIVERIES, type Delivery } from "./cards.ts";
import { type DevPayment, decide, expireIfStale, findDevPayment } from "./dev-pay.repository.ts";
import { DEV_PAY_PREFIX } from "./protocol.ts";
import { BANKS, BankPage, CardPage, DecidedPage } from "./views.tsx";

type PageDeps = { callbacks: CallbackDeps; clock: Clock };
type Decision = { state: "paid" | "cancelled" | "failed"; bank: string | null; cardLast4: string | null; delivery: Delivery };

export function pageRoutes(app: FastifyInstance, deps: PageDeps): void {
  const { db } = deps.callbacks;

  /** The payment of the address, if it is still waiting; otherwise the page saying it is done was sent. */
  async function pending(request: FastifyRequest, reply: FastifyReply, method: "bank" | "card"): Promise<DevPayment | null> {
    const { id } = request.params as { id: string };
    const found = isUuid(id) ? await findDevPayment(db, id) : null;
    if (!found || found.method !== method) throw new AppError("not_found", 404);
    const payment = await expireIfStale(db, found, deps.clock.now());
    if (payment.state === "pending") return payment;
    reply.header("cache-control", "no-store").page(<DecidedPage payment={payment} />);
    return null;
  }

  async function finish(reply: FastifyReply, payment: DevPayment, decision: Decision) {
    const now = deps.clock.now();
    const decided = await inTransaction(db, (trx) => decide(trx, payment.id, decision, now));
    if (decided) await deliverCallbacks(deps.callbacks, now, payment.id);
    return reply.redirect(payment.returnUrl, 303);
  }

  const delivery = (typed: string): Delivery => ((DELIVERIES as readonly string[]).includes(typed) ? (typed as Delivery) : "now");

  app.get(`${DEV_PAY_PREFIX}/banka/:id`, async (request, reply) => {
    const payment = await pending(request, reply, "bank");
    if (!payment) return reply;
    const form = { bank: "", delivery: "now" };
    return reply
      .header("cache-control", "no-store")
      .page(<BankPage payment={payment} form={form} errors={{}} csrfToken={reply.generateCsrf()} />);
  });

  app.post(`${DEV_PAY_PREFIX}/banka/:id`, async (request, reply) => {
    const payment = await pending(request, reply, "bank");
    if (!payment) return reply;
    const form = formFields(request.body, ["action", "bank", "delivery"]);
    if (form.action === "cancel")
      return finish(reply, payment, { state: "cancelled", bank: null, cardLast4: null, delivery: delivery(form.delivery) });
    if (!BANKS.some((b) => b.id === form.bank)) {
      const errors: FieldErrors = { bank: "dev_pay.bank.required" };
      return reply
        .code(400)
        .header("cache-control", "no-store")
        .page(<BankPage payment={payment} form={form} errors={errors} csrfToken={reply.generateCsrf()} />);
    }
    return finish(reply, payment, { state: "paid", bank: form.bank, cardLast4: null, delivery: delivery(form.delivery) });
  });

  app.get(`${DEV_PAY_PREFIX}/karte/:id`, async (request, reply) => {
    const payment = await pending(request, reply, "card");
    if (!payment) return reply;
    const form = { number: "", expiry: "" };
    return reply
      .header("cache-control", "no-store")
      .page(<CardPage payment={payment} form={form} errors={{}} csrfToken={reply.generateCsrf()} />);
  });

  app.post(`${DEV_PAY_PREFIX}/karte/:id`, async (request, reply) => {
    const payment = await pending(request, reply, "card");
    if (!payment) return reply;
    const form = formFields(request.body, ["action", "number", "expiry", "cvc"]);
    if (form.action === "cancel") return finish(reply, payment, { state: "cancelled", bank: null, cardLast4: null, delivery: "now" });
    const card = checkCard(form, deps.clock.now());
    if (!card.ok) {
      // The security code is never shown again, whatever else was typed.
      return reply
        .code(400)
        .header("cache-control", "no-store")
        .page(
          <CardPage
            payment={payment}
            form={{ number: form.number, expiry: form.expiry }}
            errors={card.errors}
            csrfToken={reply.generateCsrf()}
          />,
        );
    }
    return finish(reply, payment, { state: card.outcome, bank: null, cardLast4: card.last4, delivery: card.delivery });
  });
}
