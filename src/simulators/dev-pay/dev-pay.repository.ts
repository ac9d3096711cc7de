// The development provider's payments, as the provider keeps them.
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { DevPayPaymentTable, Tables } from "../../platform/db/tables.ts";
import type { Delivery } from "./cards.ts";
import type { Report, StartRequest } from "./protocol.ts";

type Db = Kysely<Tables>;

export type DevPayment = {
  id: string;
  orderId: string;
  amountCents: number;
  currency: string;
  reference: string;
  description: string;
  recipient: string;
  method: "bank" | "card";
  locale: "lv" | "en";
  returnUrl: string;
  callbackPath: string;
  state: DevPayPaymentTable["state"];
  bank: string | null;
  cardLast4: string | null;
  createdAt: Date;
  refundId: string | null;
};

/** A payment nobody confirmed or cancelled in this time is reported cancelled. */
export const EXPIRES_MS = 20 * 60_000;
/** How much later a late callback comes. */
export const LATE_MS = 30_000;

const COLUMNS = [
  "id",
  "order_id",
  "amount_cents",
  "currency",
  "reference",
  "description",
  "recipient",
  "method",
  "locale",
  "return_url",
  "callback_path",
  "state",
  "bank",
  "card_last4",
  "created_at",
  "refund_id",
] as const;

type Row = Pick<DevPayPaymentTable, (typeof COLUMNS)[number]> & { created_at: Date };

function toPayment(r: Row): DevPayment {
  return {
    id: r.id,
    orderId: r.order_id,
    amountCents: r.amount_cents,
    currency: r.currency,
    reference: r.reference,
    description: r.description,
    recipient: r.recipient,
    method: r.method,
    locale: r.locale,
    returnUrl: r.return_url,
    callbackPath: r.callback_path,
    state: r.state,
    bank: r.bank,
    cardLast4: r.card_last4,
    createdAt: r.created_at,
    refundId: r.refund_id,
  };
}

export function reportOf(p: DevPayment, sentAt: Date): Report {
  return {
    orderId: p.orderId,
    paymentId: p.id,
    state: p.state,
    amountCents: p.amountCents,
    currency: p.currency,
    reference: p.reference,
    bank: p.bank,
    cardLast4: p.cardLast4,
    sentAt: sentAt.toISOString(),
  };
}

export async function findDevPayment(db: Db, id: string): Promise<DevPayment | null> {
  const row = await db.selectFrom("dev_pay.payment").select(COLUMNS).where("id", "=", id).executeTakeFirst();
  return row ? toPayment(row as Row) : null;
}

/** A start asked twice for one order answers with the payment the first made. */
export async function createDevPayment(db: Db, request: StartRequest, now: Date): Promise<DevPayment> {
  await db
    .insertInto("dev_pay.payment")
    .values({
      id: randomUUID(),
      order_id: request.orderId,
      amount_cents: request.amountCents,
      currency: request.currency,
      reference: request.reference,
      description: request.description,
      recipient: request.recipient,
      method: request.method,
      locale: request.locale,
      return_url: request.returnUrl,
      callback_path: request.callbackPath,
      state: "pending",
      created_at: now,
    })
    .onConflict((oc) => oc.column("order_id").doNothing())
    .execute();
  const row = await db.selectFrom("dev_pay.payment").select(COLUMNS).where("order_id", "=", request.orderId).executeTakeFirstOrThrow();
  return toPayment(row as Row);
}

/**
 * The person's decision, once: a payment already decided stays as it was (false). The callbacks
 * it is to send are queued with it, as the delivery asks.
 */
export async function decide(
  db: Db,
  id: string,
  decision: { state: "paid" | "cancelled" | "failed"; bank: string | null; cardLast4: string | null; delivery: Delivery },
  now: Date,
): Promise<boolean> {
  const updated = await db
    .updateTable("dev_pay.payment")
    .set({ state: decision.state, bank: decision.bank, card_last4: decision.cardLast4, decided_at: now })
    .where("id", "=", id)
    .where("state", "=", "pending")
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) return false;
  const due = { now: [now], late: [new Date(now.getTime() + LATE_MS)], twice: [now, now], never: [] }[decision.delivery];
  if (due.length > 0)
    await db
      .insertInto("dev_pay.callback")
      .values(due.map((at) => ({ payment_id: id, due_at: at })))
      .execute();
  return true;
}

/** A pending payment past its time is cancelled before anyone is told its state. */
export async function expireIfStale(db: Db, payment: DevPayment, now: Date): Promise<DevPayment> {
  if (payment.state !== "pending" || now.getTime() - payment.createdAt.getTime() < EXPIRES_MS) return payment;
  await db
    .updateTable("dev_pay.payment")
    .set({ state: "cancelled", decided_at: now })
    .where("id", "=", payment.id)
    .where("state", "=", "pending")
    .execute();
  return { ...payment, state: "cancelled" };
}

export async function recordRefund(db: Db, id: string, now: Date): Promise<string> {
  await db
    .updateTable("dev_pay.payment")
    .set({ refund_id: randomUUID(), refunded_at: now })
    .where("id", "=", id)
    .where("refund_id", "is", null)
    .execute();
  const row = await db.selectFrom("dev_pay.payment").select("refund_id").where("id", "=", id).executeTakeFirstOrThrow();
  return row.refund_id as string;
}

export type DueCallback = { id: number; paymentId: string; tries: number };

export async function dueCallbacks(db: Db, now: Date, paymentId: string | null, limit: number): Promise<DueCallback[]> {
  let query = db
    .selectFrom("dev_pay.callback")
    .select(["id", "payment_id", "tries"])
    .where("sent_at", "is", null)
    .where("due_at", "<=", now)
    .orderBy("id")
    .limit(limit);
  if (paymentId) query = query.where("payment_id", "=", paymentId);
  const rows = await query.execute();
  return rows.map((r) => ({ id: r.id, paymentId: r.payment_id, tries: r.tries }));
}

export async function markCallback(db: Db, id: number, sent: Date | null): Promise<void> {
  await db
    .updateTable("dev_pay.callback")
    .set((eb) => ({ sent_at: sent, tries: eb("tries", "+", 1) }))
    .where("id", "=", id)
    .execute();
}
