// The second editor's review: what the draft changes against the published version, then
// publish it or send it back. The editor who sent it for review reads the same page but may
// not publish it (four eyes).
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { SuccessBanner } from "../../../platform/html/components/success-banner.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { Change } from "../version-diff.ts";
import { ChangesTable, EDITOR_PATHS, EditorBreadcrumbs, type ListedProblem, ProblemSummary } from "./editor-parts.tsx";
import { ServiceStatus, type StatusProps } from "./editor-status.tsx";

export type ReviewProps = {
  heading: string;
  caption: string;
  status: StatusProps;
  changes: Change[];
  /** The person looking sent the draft for review, so may not publish it. */
  ownSubmission: boolean;
  submitted: boolean;
  /** Why publishing was refused: a message key, and the draft's problems if that was why. */
  refused: { message: string; problems: ListedProblem[] } | null;
  csrfToken: string;
};

function Decision({ identifier, ownSubmission, csrfToken }: { identifier: string; ownSubmission: boolean; csrfToken: string }) {
  const { t, locale } = usePage();
  return (
    <>
      {ownSubmission ? (
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">{t("catalog.editor.review.warning")}</span>
            {t("catalog.editor.review.own")}
          </strong>
        </div>
      ) : null}
      <div class="govuk-button-group">
        {ownSubmission ? null : (
          <form method="post" action={localePath(locale, `${EDITOR_PATHS.review(identifier)}/publicet`)}>
            <CsrfField token={csrfToken} />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              {t("catalog.editor.review.publish")}
            </button>
          </form>
        )}
        <form method="post" action={localePath(locale, `${EDITOR_PATHS.review(identifier)}/atgriezt`)}>
          <CsrfField token={csrfToken} />
          <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
            {t("catalog.editor.review.return")}
          </button>
        </form>
      </div>
    </>
  );
}

export function ReviewPage({ heading, caption, status, changes, ownSubmission, submitted, refused, csrfToken }: ReviewProps) {
  const { t } = usePage();
  const inReview = status.draftState === "in_review";
  const title = `${refused ? `${t("form.error_title_prefix")} ` : ""}${t("catalog.editor.review.title", { service: heading })}`;
  const before =
    status.publishedVersion === null
      ? t("catalog.editor.diff.unpublished")
      : t("catalog.editor.diff.version", { version: status.publishedVersion });
  return (
    <Layout title={title} beforeMain={<EditorBreadcrumbs />}>
      {refused ? (
        <ProblemSummary title={t("catalog.editor.review.refused")} problems={refused.problems}>
          <p class="govuk-body">{t(refused.message)}</p>
        </ProblemSummary>
      ) : null}
      <SuccessBanner text={submitted ? t("catalog.editor.notice.submitted") : null} />
      <span class="govuk-caption-m">{caption}</span>
      <h1 class="govuk-heading-l">{t("catalog.editor.review.heading", { service: heading })}</h1>
      <ServiceStatus {...status} onReviewPage />
      {inReview ? null : <div class="govuk-inset-text">{t("catalog.editor.review.not_in_review")}</div>}
      {changes.length ? (
        <ChangesTable
          changes={changes}
          caption={t("catalog.editor.review.changes")}
          before={before}
          after={t("catalog.editor.diff.draft")}
        />
      ) : (
        <p class="govuk-body">{t("catalog.editor.review.no_changes")}</p>
      )}
      {inReview ? <Decision identifier={status.identifier} ownSubmission={ownSubmission} csrfToken={csrfToken} /> : null}
    </Layout>
  );
}
