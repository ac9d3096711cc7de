// How identity's pages write login methods; dates and times are written as everywhere.
export { formatDate, formatDateTime } from "../../../platform/i18n/format.ts";

/** The message key of a login method as the provider names it in `amr` ("eid", "bank:seb", …). */
export function methodKey(method: string | null): string {
  if (!method) return "identity.method.unknown";
  if (method.startsWith("bank:")) return "identity.method.bank";
  return ["eid", "eparaksts"].includes(method) ? `identity.method.${method}` : "identity.method.unknown";
}

/** The bank's name for a bank login ("bank:seb" → "seb"), shown beside the method. */
export function bankOf(method: string | null): string | null {
  return method?.startsWith("bank:") ? method.slice("bank:".length) : null;
}
