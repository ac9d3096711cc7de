// The second editor's pages: the review of a draft sent for review (publish it or send it back)
// and the history of a service's published versions with the changes between any two.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { inTransaction } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { actorNames, contextOf } from "../../identity/index.ts";
import type { CatalogueServices } from "../catalogue-services.ts";
import { publishService, returnServiceDraft } from "../commands/publish-service.ts";
import { versionDiff } from "../version-diff.ts";
import { HistoryPage } from "../views/editor-history.tsx";
import { actorName, EDITOR_PATHS, listProblems } from "../views/editor-parts.tsx";
import { ReviewPage } from "../views/editor-review.tsx";
import { serviceVersions } from "./editor.repository.ts";
import {
  type EditorGuard,
  editorActor,
  editorInstitution,
  ownService,
  queryOf,
  serviceHeading,
  statusOf,
  workingCopy,
} from "./editor-pages.ts";
import { problemTarget } from "./field-paths.ts";
import { compareVersions } from "./version-comparison.ts";

type Db = CatalogueServices["db"];

// ---- Review ----

/** Why publishing may be refused, as the reviewer is told on the review page. */
const REFUSALS = new Set(["catalog_review_by_another", "catalog_not_in_review", "validation_failed"]);

function publishingRoutes(app: FastifyInstance, db: Db, editor: EditorGuard): void {
  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    refused: { message: string; fields: Record<string, string> } | null,
    status = 200,
  ) => {
    const service = await ownService(db, request);
    const doc = workingCopy(service);
    const institution = await editorInstitution(db, service.institution);
    const changes = service.draft ? versionDiff(service.published ?? {}, service.draft) : [];
    return reply
      .code(status)
      .page(
        <ReviewPage
          heading={await serviceHeading(db, doc, institution, request.locale)}
          caption={institution.name[request.locale]}
          status={await statusOf(db, service)}
          changes={changes}
          ownSubmission={service.submittedBy === editorActor(request)}
          submitted={queryOf(request).nodots === "1"}
          refused={refused ? { message: refused.message, problems: listProblems(request.t, refused.fields, problemTarget) } : null}
          csrfToken={reply.generateCsrf()}
        />,
      );
  };

  app.get(EDITOR_PATHS.review(":identifier"), editor, async (request, reply) => render(request, reply, null));

  app.post(`${EDITOR_PATHS.review(":identifier")}/publicet`, editor, async (request, reply) => {
    const service = await ownService(db, request);
    try {
      const version = await inTransaction(db, (trx) =>
        publishService(contextOf(request, trx), { identifier: service.identifier, institution: service.institution }),
      );
      return reply.redirect(`${localePath(request.locale, EDITOR_PATHS.history(service.identifier))}?publicets=${version}`, 303);
    } catch (error) {
      if (!(error instanceof AppError && REFUSALS.has(error.code))) throw error;
      const message = error.code === "validation_failed" ? "catalog.editor.review.invalid" : error.code;
      return render(request, reply, { message, fields: error.fields ?? {} }, error.status);
    }
  });

  app.post(`${EDITOR_PATHS.review(":identifier")}/atgriezt`, editor, async (request, reply) => {
    const service = await ownService(db, request);
    await inTransaction(db, (trx) =>
      returnServiceDraft(contextOf(request, trx), { identifier: service.identifier, institution: service.institution }),
    );
    return reply.redirect(`${localePath(request.locale, EDITOR_PATHS.edit(service.identifier))}?atgriezts=1`, 303);
  });
}

// ---- History ----

function historyRoutes(app: FastifyInstance, db: Db, editor: EditorGuard): void {
  app.get(EDITOR_PATHS.history(":identifier"), editor, async (request, reply) => {
    const service = await ownService(db, request);
    const doc = workingCopy(service);
    const institution = await editorInstitution(db, service.institution);
    const versions = await serviceVersions(db, service.identifier);
    const names = await actorNames(
      db,
      versions.flatMap((v) => [v.publishedBy, ...(v.submittedBy ? [v.submittedBy] : [])]),
    );
    const comparison = await compareVersions(
      db,
      service.identifier,
      versions.map((v) => v.version),
      queryOf(request),
    );
    const published = Number(queryOf(request).publicets);
    return reply.code(Object.keys(comparison.errors).length ? 400 : 200).page(
      <HistoryPage
        identifier={service.identifier}
        heading={await serviceHeading(db, doc, institution, request.locale)}
        caption={institution.name[request.locale]}
        versions={versions.map((v) => ({
          version: v.version,
          publishedAt: v.publishedAt,
          publishedBy: actorName(names, v.publishedBy, request.t),
          submittedBy: actorName(names, v.submittedBy, request.t),
        }))}
        comparison={comparison}
        published={Number.isInteger(published) && published > 0 ? published : null}
      />,
    );
  });
}

export function reviewRoutes(app: FastifyInstance, db: Db, editor: EditorGuard): void {
  publishingRoutes(app, db, editor);
  historyRoutes(app, db, editor);
}
