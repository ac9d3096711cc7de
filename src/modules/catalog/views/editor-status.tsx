// Where a service stands (the published version, the draft, the review) with the ways on from
// there, and the form's buttons.
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { EDITOR_PATHS, When } from "./editor-parts.tsx";

/** What the page says above the form after the last thing the editor did. */
export type EditorNotice = "saved" | "saved_with_problems" | "submit_refused" | "returned" | null;

/** The error summary's title after a save that left problems, or a refused submission; otherwise the usual one. */
export const SUMMARY_TITLES: Partial<Record<string, string>> = {
  saved_with_problems: "catalog.editor.problems.title",
  submit_refused: "catalog.editor.problems.submit_refused",
};

export type StatusProps = {
  identifier: string;
  publishedVersion: number | null;
  draftState: "editing" | "in_review" | null;
  /** Who saved the draft last, and when. */
  draftSaved: { by: string; at: Date } | null;
  /** Who sent the draft for review. */
  submittedBy: string | null;
  /** The review page does not link to itself. */
  onReviewPage?: boolean;
};

export function ServiceStatus({ identifier, publishedVersion, draftState, draftSaved, submittedBy, onReviewPage = false }: StatusProps) {
  const { t, locale } = usePage();
  return (
    <>
      <dl class="govuk-summary-list">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{t("catalog.editor.status.published")}</dt>
          <dd class="govuk-summary-list__value">
            {publishedVersion === null ? (
              t("catalog.editor.status.not_published")
            ) : (
              <a class="govuk-link" href={localePath(locale, `/pakalpojumi/${identifier}`)}>
                {t("catalog.editor.status.version", { version: publishedVersion })}
              </a>
            )}
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{t("catalog.editor.status.draft")}</dt>
          <dd class="govuk-summary-list__value">
            {draftSaved ? (
              <>
                {t("catalog.editor.status.saved_by", { name: draftSaved.by })} <When at={draftSaved.at} />
              </>
            ) : (
              t("catalog.editor.status.no_draft")
            )}
          </dd>
        </div>
        {draftState === "in_review" ? (
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{t("catalog.editor.status.review")}</dt>
            <dd class="govuk-summary-list__value">{t("catalog.editor.status.submitted_by", { name: submittedBy ?? "—" })}</dd>
          </div>
        ) : null}
      </dl>
      <ul class="govuk-list">
        {draftState ? (
          <li>
            <a class="govuk-link" href={localePath(locale, EDITOR_PATHS.preview(identifier))}>
              {t("catalog.editor.preview.link")}
            </a>
          </li>
        ) : null}
        {draftState === "in_review" && !onReviewPage ? (
          <li>
            <a class="govuk-link" href={localePath(locale, EDITOR_PATHS.review(identifier))}>
              {t("catalog.editor.review.link")}
            </a>
          </li>
        ) : null}
        {publishedVersion !== null ? (
          <li>
            <a class="govuk-link" href={localePath(locale, EDITOR_PATHS.history(identifier))}>
              {t("catalog.editor.history.link")}
            </a>
          </li>
        ) : null}
      </ul>
    </>
  );
}

/**
 * The form's buttons. The first submit button of a form is the one Enter presses, so the form
 * starts with "save" (above the fields) rather than with a list's "add" or "remove".
 */
export function FormButtons({ top = false }: { top?: boolean }) {
  const { t } = usePage();
  return (
    <div class="govuk-button-group">
      <button type="submit" name="action" value="save" class="govuk-button" data-module="govuk-button">
        {t("catalog.editor.save")}
      </button>
      <button type="submit" name="action" value="preview" class="govuk-button govuk-button--secondary" data-module="govuk-button">
        {t("catalog.editor.save_and_preview")}
      </button>
      {top ? null : (
        <button type="submit" name="action" value="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
          {t("catalog.editor.submit")}
        </button>
      )}
    </div>
  );
}
