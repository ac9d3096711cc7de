// The language Epak writes to the person in (notifications, letters); pages follow the address.
import type { FastifyRequest } from "fastify";
import type { Transaction } from "kysely";
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Tables } from "../../../platform/db/tables.ts";
import { AppError } from "../../../platform/errors.ts";
import { isLocale, type Locale } from "../../../platform/i18n/locale.ts";
import { setLanguage } from "../persons.repository.ts";
import { contextOf, type RequestIdentity } from "../request-identity.ts";

export async function setPreferredLanguage(
  trx: Transaction<Tables>,
  request: FastifyRequest,
  identity: RequestIdentity,
  value: unknown,
): Promise<Locale> {
  if (!isLocale(value)) throw new AppError("validation_failed", 400, { language: "identity.language.required" });
  await setLanguage(trx, identity.session.personId, value);
  await recordAudit(contextOf(request, trx), {
    event: "identity.language.update",
    subjectType: "person",
    subjectId: identity.session.personId,
    details: { language: value },
  });
  return value;
}
