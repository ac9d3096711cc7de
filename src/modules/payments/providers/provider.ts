// What Epak needs from a payment provider (a bank link, a card acquirer, a state payment
// gateway): start a payment and send the person there, tell a genuine callback from a forged one,
// answer the state of a payment when asked, and pay money back. Each provider is an adapter
// behind this interface, registered by id; configuration chooses one per institution.

export type PaymentMethod = "bank" | "card";
export const PAYMENT_METHODS: readonly PaymentMethod[] = ["bank", "card"];

export type ProviderState = "pending" | "paid" | "cancelled" | "failed";

/** What a provider says about one payment, in a callback or when asked. */
export type ProviderReport = {
  /** Epak's payment id, which the provider was given as its order id. */
  paymentId: string;
  providerPaymentId: string;
  state: ProviderState;
  amountCents: number;
  currency: string;
  reference: string;
  /** The bank paid through, for a bank link. */
  bank: string | null;
  /** The last four digits of a card, the most of it Epak ever keeps. */
  cardLast4: string | null;
};

export type StartPayment = {
  paymentId: string;
  amountCents: number;
  currency: "EUR";
  /** The structured creditor reference the bank statement will show. */
  reference: string;
  /** What is paid for, without anyone's personal data: it travels to the bank. */
  description: string;
  recipient: string;
  method: PaymentMethod;
  locale: "lv" | "en";
  /** Absolute address on Epak the person's browser comes back to. */
  returnUrl: string;
  /** Path on Epak the provider posts its signed callbacks to. */
  callbackPath: string;
};

export type StartedPayment = { providerPaymentId: string; redirectUrl: string };

export type RefundPayment = { paymentId: string; providerPaymentId: string; amountCents: number; currency: "EUR"; reference: string };

/** Why a callback was refused; kept in the callback log and the audit row. */
export type CallbackProblem = "signature" | "malformed" | "unknown_payment" | "amount" | "currency" | "reference";

export class CallbackRefused extends Error {
  readonly problem: CallbackProblem;
  readonly paymentId: string | null;
  constructor(problem: CallbackProblem, paymentId: string | null = null) {
    super(`payment callback refused: ${problem}`);
    this.problem = problem;
    this.paymentId = paymentId;
  }
}

/** The provider could not be reached or refused what Epak asked. */
export class ProviderUnavailable extends Error {}

export interface PaymentProvider {
  readonly id: string;
  start(input: StartPayment): Promise<StartedPayment>;
  /** The report a callback carries, when its signature holds; throws CallbackRefused otherwise. */
  verifyCallback(rawBody: string, headers: Record<string, string | string[] | undefined>): ProviderReport;
  status(payment: { paymentId: string; providerPaymentId: string }): Promise<ProviderReport>;
  refund(input: RefundPayment): Promise<{ refundId: string }>;
}
