// One page of an application: its questions, "Turpināt", and "Saglabāt un turpināt vēlāk".
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { Page, Question } from "../definition/model.ts";
import { AnswerErrorSummary, applicationPath, BackLink, pageTitle } from "./form-parts.tsx";
import { QuestionFields, type QuestionFieldsProps } from "./question-fields.tsx";

export type QuestionPageProps = Omit<QuestionFieldsProps, "questions"> & {
  applicationId: string;
  serviceTitle: string;
  page: Page;
  questions: Question[];
  backHref: string;
  csrfToken: string;
  /** Came here from "check your answers": continuing goes back there. */
  returnToCheck: boolean;
  step: { at: number; of: number } | null;
};

function fieldKinds(questions: Question[]): Record<string, string> {
  return Object.fromEntries(questions.map((q) => [q.id, q.type]));
}

export function QuestionPage(props: QuestionPageProps) {
  const { t, locale } = usePage();
  const { page, questions, errors } = props;
  const title = page.title[locale];
  const hasFile = questions.some((q) => q.type === "file");
  const action = localePath(locale, applicationPath(props.applicationId, `/lapa/${page.id}`));
  return (
    <Layout title={pageTitle(t, title, Object.keys(errors).length > 0)}>
      <BackLink href={props.backHref} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <AnswerErrorSummary errors={errors} kinds={fieldKinds(questions)} />
          <span class="govuk-caption-l">{props.serviceTitle}</span>
          {props.step ? (
            <p class="govuk-caption-m govuk-!-margin-bottom-2">{t("eservices.form.step", { at: props.step.at, of: props.step.of })}</p>
          ) : null}
          <h1 class="govuk-heading-l">{title}</h1>
          {page.intro ? <p class="govuk-body">{page.intro[locale]}</p> : null}
          <form method="post" action={action} novalidate enctype={hasFile ? "multipart/form-data" : undefined}>
            {/* Enter in a field presses the form's first button: make that "continue", not "search" or "add". */}
            <button type="submit" name="action" value="continue" hidden tabIndex={-1} />
            <CsrfField token={props.csrfToken} />
            {props.returnToCheck ? <input type="hidden" name="returnTo" value="check" /> : null}
            <QuestionFields {...props} questions={questions} />
            <div class="govuk-button-group">
              <button type="submit" name="action" value="continue" class="govuk-button" data-module="govuk-button">
                {t("eservices.form.continue")}
              </button>
              <button type="submit" name="action" value="save" class="govuk-button govuk-button--secondary" data-module="govuk-button">
                {t("eservices.form.save_for_later")}
              </button>
            </div>
          </form>
        </div>
      </div>
    </Layout>
  );
}
