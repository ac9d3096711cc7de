// The page being edited as a person will see it, drawn by the same fields the form runtime uses.
// Without script, "Priekšskatīt" sends the form and the page comes back with the preview of what
// was typed; with script (definition-preview.js) the preview follows the typing, and a status
// line tells screen readers, politely, that it changed.
import { usePage } from "../../../platform/html/page-context.ts";
import type { PagePreview } from "../editor/preview-questions.ts";
import { QuestionFields } from "./question-fields.tsx";

export const PREVIEW_PANEL = "preview-panel";
export const PREVIEW_STATUS = "preview-status";

export function PreviewPanel({ preview, unsaved }: { preview: PagePreview; unsaved: boolean }) {
  const { t, locale } = usePage();
  return (
    <section aria-labelledby="preview-title" class="govuk-!-margin-top-8">
      <h2 class="govuk-heading-m" id="preview-title">
        {t("eservices.editor.preview.title")}
      </h2>
      <p class="govuk-hint">{t("eservices.editor.preview.hint")}</p>
      <div id={PREVIEW_PANEL} class="govuk-inset-text">
        {unsaved ? (
          <p class="govuk-body-s">
            <strong class="govuk-tag govuk-tag--yellow">{t("eservices.editor.preview.unsaved")}</strong>
          </p>
        ) : null}
        <h3 class="govuk-heading-l">{preview.title[locale]}</h3>
        {preview.intro ? <p class="govuk-body">{preview.intro[locale]}</p> : null}
        <QuestionFields questions={preview.questions} answers={{}} errors={{}} prefill={{}} preview />
      </div>
      <div id={PREVIEW_STATUS} class="govuk-visually-hidden" role="status" />
    </section>
  );
}

/** The live preview's script, loaded only on the pages that have a preview. */
export function PreviewScript() {
  const { asset } = usePage();
  return <script type="module" src={asset("definition-preview.js")} />;
}
