// Whether whoever fills an application for someone else may still submit it: an agent needs a
// mandate in force that covers the e-service, a consultant a written authorisation in force at
// their centre that covers it. Both are asked again at submission, in its transaction, because a
// mandate may have been revoked or an authorisation may have run out since the draft was started.
import type { IsoDate } from "../../../platform/calendar/business-days.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import { checkAuthorisation, mandateFor } from "../../mandates/index.ts";
import type { Application } from "../application.repository.ts";

const PERSON = "person:";
const USER = "user:";

export async function checkActingRight(ctx: Pick<Context, "trx">, application: Application, day: IsoDate): Promise<void> {
  if (application.actingFor?.startsWith(PERSON) && application.createdBy.startsWith(USER)) {
    const mandate = await mandateFor(ctx.trx, {
      principalId: application.actingFor.slice(PERSON.length),
      agentId: application.createdBy.slice(USER.length),
      service: application.service,
      day,
    });
    if (!mandate) throw new AppError("eservices_mandate_not_in_force", 403);
  }
  if (application.channel === "assisted") {
    const { assistance } = application;
    const check = assistance?.authorisation
      ? await checkAuthorisation(ctx.trx, assistance.authorisation.id, {
          personId: application.subjectId,
          centre: assistance.centre.code,
          service: application.service,
          day,
        })
      : null;
    if (!check || check.problem) {
      throw new AppError("eservices_authorisation_not_in_force", 403, {
        problem: check?.problem ?? "unknown",
        number: check?.authorisation?.number ?? "",
      });
    }
  }
}
