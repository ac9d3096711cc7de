// Reads of payments and payment requests; plain objects out. Who may see which is decided by the
// callers: the applicant's pages (through the e-services runtime) and the institution's officers.
import type { Kysely } from "kysely";
import type { PaymentTable, Tables } from "../../platform/db/tables.ts";

type Db = Kysely<Tables>;

export type PaymentStatus = PaymentTable["status"];

export type Payment = {
  id: string;
  reference: string;
  applicationId: string;
  applicationNumber: string | null;
  requestId: string | null;
  institution: string;
  service: string;
  purpose: "fee" | "decision";
  amountCents: number;
  currency: "EUR";
  provider: string;
  method: "bank" | "card";
  providerPaymentId: string | null;
  redirectUrl: string | null;
  status: PaymentStatus;
  bank: string | null;
  cardLast4: string | null;
  settledBy: "callback" | "query" | null;
  createdAt: Date;
  paidAt: Date | null;
  closedAt: Date | null;
  refundReason: string | null;
  refundedAt: Date | null;
};

export type PaymentRequest = {
  id: string;
  applicationId: string;
  applicationNumber: string;
  institution: string;
  service: string;
  amountCents: number;
  currency: "EUR";
  reason: { lv: string; en: string };
  status: "due" | "paid";
  createdAt: Date;
  paidAt: Date | null;
};

const COLUMNS = [
  "id",
  "reference",
  "application_id",
  "application_number",
  "request_id",
  "institution",
  "service",
  "purpose",
  "amount_cents",
  "currency",
  "provider",
  "method",
  "provider_payment_id",
  "redirect_url",
  "status",
  "bank",
  "card_last4",
  "settled_by",
  "created_at",
  "paid_at",
  "closed_at",
  "refund_reason",
  "refunded_at",
] as const;

type Row = Pick<PaymentTable, (typeof COLUMNS)[number]> & { created_at: Date };

function toPayment(r: Row): Payment {
  return {
    id: r.id,
    reference: r.reference,
    applicationId: r.application_id,
    applicationNumber: r.application_number,
    requestId: r.request_id,
    institution: r.institution,
    service: r.service,
    purpose: r.purpose,
    amountCents: r.amount_cents,
    currency: r.currency,
    provider: r.provider,
    method: r.method,
    providerPaymentId: r.provider_payment_id,
    redirectUrl: r.redirect_url,
    status: r.status,
    bank: r.bank,
    cardLast4: r.card_last4,
    settledBy: r.settled_by,
    createdAt: r.created_at,
    paidAt: r.paid_at,
    closedAt: r.closed_at,
    refundReason: r.refund_reason,
    refundedAt: r.refunded_at,
  };
}

export async function findPayment(db: Db, id: string): Promise<Payment | null> {
  const row = await db.selectFrom("payments.payment").select(COLUMNS).where("id", "=", id).executeTakeFirst();
  return row ? toPayment(row as Row) : null;
}

/** The row locked to the end of the transaction: two callbacks for one payment take turns. */
export async function lockPayment(db: Db, id: string): Promise<Payment | null> {
  const row = await db.selectFrom("payments.payment").select(COLUMNS).where("id", "=", id).forUpdate().executeTakeFirst();
  return row ? toPayment(row as Row) : null;
}

export async function paymentsOfApplication(db: Db, applicationId: string): Promise<Payment[]> {
  const rows = await db
    .selectFrom("payments.payment")
    .select(COLUMNS)
    .where("application_id", "=", applicationId)
    .orderBy("created_at", "desc")
    .execute();
  return rows.map((r) => toPayment(r as Row));
}

/** The application's fee paid before submission (the largest, should it have been paid twice). */
export async function paidFeeOf(db: Db, applicationId: string): Promise<Payment | null> {
  const row = await db
    .selectFrom("payments.payment")
    .select(COLUMNS)
    .where("application_id", "=", applicationId)
    .where("purpose", "=", "fee")
    .where("status", "=", "paid")
    .orderBy("amount_cents", "desc")
    .orderBy("paid_at", "asc")
    .executeTakeFirst();
  return row ? toPayment(row as Row) : null;
}

const REQUEST_COLUMNS = [
  "id",
  "application_id",
  "application_number",
  "institution",
  "service",
  "amount_cents",
  "currency",
  "reason_lv",
  "reason_en",
  "status",
  "created_at",
  "paid_at",
] as const;

type RequestRow = Pick<Tables["payments.request"], (typeof REQUEST_COLUMNS)[number]> & { created_at: Date };

function toRequest(r: RequestRow): PaymentRequest {
  return {
    id: r.id,
    applicationId: r.application_id,
    applicationNumber: r.application_number,
    institution: r.institution,
    service: r.service,
    amountCents: r.amount_cents,
    currency: r.currency,
    reason: { lv: r.reason_lv, en: r.reason_en },
    status: r.status,
    createdAt: r.created_at,
    paidAt: r.paid_at,
  };
}

export async function findRequest(db: Db, id: string, lock = false): Promise<PaymentRequest | null> {
  let query = db.selectFrom("payments.request").select(REQUEST_COLUMNS).where("id", "=", id);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? toRequest(row as RequestRow) : null;
}

/** The amounts still to pay for these applications, oldest first. */
export async function dueRequestsOf(db: Db, applicationIds: readonly string[]): Promise<PaymentRequest[]> {
  if (applicationIds.length === 0) return [];
  const rows = await db
    .selectFrom("payments.request")
    .select(REQUEST_COLUMNS)
    .where("application_id", "in", applicationIds)
    .where("status", "=", "due")
    .orderBy("created_at", "asc")
    .execute();
  return rows.map((r) => toRequest(r as RequestRow));
}

export type Period = { from: Date; to: Date };

/** An institution's payments with anything happening in the period: started, paid or refunded. */
export async function institutionPayments(db: Db, institution: string, period: Period, limit: number): Promise<Payment[]> {
  const rows = await db
    .selectFrom("payments.payment")
    .select(COLUMNS)
    .where("institution", "=", institution)
    .where((eb) =>
      eb.or([
        eb.and([eb("created_at", ">=", period.from), eb("created_at", "<", period.to)]),
        eb.and([eb("paid_at", ">=", period.from), eb("paid_at", "<", period.to)]),
        eb.and([eb("refunded_at", ">=", period.from), eb("refunded_at", "<", period.to)]),
      ]),
    )
    .orderBy("created_at", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => toPayment(r as Row));
}

/** Payments that reached money: paid, being refunded or refunded, with either event in the period. */
export async function moneyMovements(db: Db, institution: string, period: Period): Promise<Payment[]> {
  const rows = await db
    .selectFrom("payments.payment")
    .select(COLUMNS)
    .where("institution", "=", institution)
    .where("paid_at", "is not", null)
    .where((eb) =>
      eb.or([
        eb.and([eb("paid_at", ">=", period.from), eb("paid_at", "<", period.to)]),
        eb.and([eb("refunded_at", ">=", period.from), eb("refunded_at", "<", period.to)]),
      ]),
    )
    .orderBy("paid_at", "asc")
    .execute();
  return rows.map((r) => toPayment(r as Row));
}

/** Attempts still waiting for their provider, started before `before`: the status query's work. */
export async function openPayments(db: Db, before: Date, limit: number): Promise<Payment[]> {
  const rows = await db
    .selectFrom("payments.payment")
    .select(COLUMNS)
    .where("status", "in", ["new", "started"])
    .where("created_at", "<", before)
    .orderBy("created_at", "asc")
    .limit(limit)
    .execute();
  return rows.map((r) => toPayment(r as Row));
}
