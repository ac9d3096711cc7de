// The person's written authorisations recorded at centres: the scan of the signed form (theirs
// alone to download, and each download is on the record) and withdrawing one from their account.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { recordAudit } from "../../platform/audit/audit.ts";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError } from "../../platform/errors.ts";
import { contentDisposition } from "../../platform/files/file-name.ts";
import { localePath } from "../../platform/i18n/locale.ts";
import { isUuid } from "../../platform/identifiers/uuid.ts";
import type { AppServices } from "../../platform/module.ts";
import { contextOf, type RequestIdentity, signedIn } from "../identity/index.ts";
import { authorisationScan, findAuthorisation } from "./authorisations.repository.ts";
import { revokeAuthorisation } from "./commands/revoke-authorisation.ts";
import { actingAsSelf, serviceOptions, titlesOf } from "./own-affairs.tsx";
import { ConfirmPage } from "./views/confirm-views.tsx";
import { MANDATES_PATH, Period, ScopeText, SummaryRow } from "./views/parts.tsx";

const BASE = `${MANDATES_PATH}/rakstiskas`;

export function authorisationRoutes(app: FastifyInstance, { db, clock }: AppServices): void {
  const policy = { preHandler: signedIn() };

  /** The person's own authorisation; anyone else's is "not found", as is a made-up id. */
  const own = async (request: FastifyRequest, identity: RequestIdentity) => {
    const { id } = request.params as { id: string };
    const found = isUuid(id) ? await findAuthorisation(db, id) : null;
    if (!found || found.personId !== identity.session.personId) throw new AppError("not_found", 404);
    return found;
  };

  app.get(`${BASE}/:id/skenejums`, policy, async (request, reply) => {
    const identity = actingAsSelf(request, reply);
    if (!identity) return reply;
    const authorisation = await own(request, identity);
    const scan = await authorisationScan(db, authorisation.id);
    if (!scan) throw new AppError("not_found", 404);
    await inTransaction(db, (trx) =>
      recordAudit(contextOf(request, trx), {
        event: "mandates.authorisation-scan.read",
        subjectType: "person",
        subjectId: authorisation.personId,
        details: { authorisation: authorisation.id, number: authorisation.number },
      }),
    );
    // A download in a sandbox: a scanned file never runs as a page of this site.
    return reply
      .type(scan.type)
      .header("content-disposition", contentDisposition(scan.name))
      .header("cache-control", "private, no-store")
      .header("content-security-policy", "default-src 'none'; sandbox")
      .send(scan.content);
  });

  app.get(`${BASE}/:id/atsaukt`, policy, async (request, reply) => {
    const identity = actingAsSelf(request, reply);
    if (!identity) return reply;
    const a = await own(request, identity);
    if (a.revokedAt) return reply.redirect(localePath(request.locale, MANDATES_PATH), 303);
    const t = request.t;
    const titles = titlesOf(await serviceOptions(db, request.locale));
    return reply.page(
      <ConfirmPage
        title={t("mandates.confirm.authorisation_title", { number: a.number })}
        body={t("mandates.confirm.authorisation_body")}
        button={t("mandates.confirm.authorisation_button")}
        action={`${BASE}/${a.id}/atsaukt`}
        csrfToken={reply.generateCsrf()}
      >
        <SummaryRow label={t("mandates.field.centre")}>{a.centre}</SummaryRow>
        <SummaryRow label={t("mandates.field.scope")}>
          <ScopeText scope={a} titles={titles} />
        </SummaryRow>
        <SummaryRow label={t("mandates.field.period")}>
          <Period from={a.validFrom} until={a.validUntil} />
        </SummaryRow>
      </ConfirmPage>,
    );
  });

  app.post(`${BASE}/:id/atsaukt`, policy, async (request, reply) => {
    const identity = actingAsSelf(request, reply);
    if (!identity) return reply;
    const a = await own(request, identity);
    await inTransaction(db, (trx) =>
      revokeAuthorisation(contextOf(request, trx), {
        authorisationId: a.id,
        by: { personId: identity.session.personId },
        now: clock.now(),
      }),
    );
    return reply.redirect(`${localePath(request.locale, MANDATES_PATH)}?saglabats=authorisation_revoked`, 303);
  });
}
