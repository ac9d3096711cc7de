// One question as the institution's officer sees it: who asked and when, the question, and the
// answer form while it waits, or the answer once given. When someone else answered first, the
// officer is told who, and the text they wrote is shown back so nothing typed is lost.
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { ErrorSummary, type FieldErrors } from "../../../platform/html/components/error-summary.tsx";
import { SuccessBanner } from "../../../platform/html/components/success-banner.tsx";
import { Textarea } from "../../../platform/html/components/textarea.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { formatDateTime } from "../../../platform/i18n/format.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { ANSWER_MAX } from "../question-input.ts";
import type { Question } from "../questions.repository.ts";
import { waitingTime } from "../waiting-time.ts";
import { BackLink, errorTitle, StatusTag, SummaryRow, TypedText } from "./parts.tsx";
import { QUEUE_PATH, queueHref } from "./queue-views.tsx";

type Props = {
  question: Question;
  institutionName: string;
  now: Date;
  csrfToken: string;
  /** What the officer typed, shown again with a field error or after losing the race. */
  typed: string;
  errors: FieldErrors;
  sent: boolean;
  /** The officer's answer was not sent: someone answered while they wrote it. */
  lostRace: boolean;
};

function AnsweredElsewhere({ question, typed }: { question: Question; typed: string }) {
  const { t, locale } = usePage();
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title">{t("questions.answer.not_sent")}</h2>
        <div class="govuk-error-summary__body">
          <p class="govuk-body">
            {t("questions.answer.already_answered_by", {
              name: question.answeredByName ?? "",
              at: question.answeredAt ? formatDateTime(locale, question.answeredAt) : "",
            })}
          </p>
          {typed.trim() ? (
            <details class="govuk-details">
              <summary class="govuk-details__summary">
                <span class="govuk-details__summary-text">{t("questions.answer.your_unsent")}</span>
              </summary>
              <div class="govuk-details__text">
                <TypedText text={typed} />
              </div>
            </details>
          ) : null}
        </div>
      </div>
    </div>
  );
}

function AnswerForm({ question, typed, errors, csrfToken }: { question: Question; typed: string; errors: FieldErrors; csrfToken: string }) {
  const { t, locale } = usePage();
  return (
    <form method="post" action={localePath(locale, `${QUEUE_PATH}/${question.id}/atbildet`)} novalidate>
      <CsrfField token={csrfToken} />
      <Textarea
        id="answer"
        name="answer"
        label={t("questions.field.answer")}
        hint={t("questions.answer.hint", { max: ANSWER_MAX, language: t(`questions.language.${question.locale}`) })}
        value={typed}
        error={errors.answer}
        rows={12}
      />
      <button type="submit" class="govuk-button" data-module="govuk-button">
        {t("questions.answer.submit")}
      </button>
    </form>
  );
}

export function OfficerQuestionPage({ question, institutionName, now, csrfToken, typed, errors, sent, lostRace }: Props) {
  const { t, locale } = usePage();
  const waiting = question.status === "waiting";
  return (
    <Layout title={errorTitle(t, question.subject, Object.keys(errors).length > 0 || lostRace)}>
      <BackLink to={`${QUEUE_PATH}?statuss=${waiting ? "gaida" : "atbildeti"}`} label={t("questions.queue.title")} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <SuccessBanner text={sent ? t("questions.answer.sent") : null} />
          {lostRace ? <AnsweredElsewhere question={question} typed={typed} /> : null}
          <ErrorSummary errors={errors} />
          <span class="govuk-caption-l">
            {question.number} · {institutionName}
          </span>
          <h1 class="govuk-heading-l">{question.subject}</h1>
          <dl class="govuk-summary-list">
            <SummaryRow label={t("questions.field.asker")}>{question.askerName}</SummaryRow>
            <SummaryRow label={t("questions.field.asked_at")}>
              {formatDateTime(locale, question.askedAt)}
              {waiting ? (
                <div class="govuk-hint govuk-!-margin-bottom-0">
                  {t("questions.queue.waited", { time: waitingTime(locale, question.askedAt, now) })}
                </div>
              ) : null}
            </SummaryRow>
            <SummaryRow label={t("questions.field.language")}>{t(`questions.language.${question.locale}`)}</SummaryRow>
            <SummaryRow label={t("questions.field.status")}>
              <StatusTag status={question.status} />
            </SummaryRow>
          </dl>
          <h2 class="govuk-heading-m">{t("questions.field.question")}</h2>
          <TypedText text={question.body} />
          {waiting ? (
            <AnswerForm question={question} typed={typed} errors={errors} csrfToken={csrfToken} />
          ) : (
            <>
              <h2 class="govuk-heading-m">{t("questions.field.answer")}</h2>
              <TypedText text={question.answer ?? ""} />
              <p class="govuk-body govuk-hint">
                {t("questions.answered_by", {
                  name: question.answeredByName ?? "",
                  at: question.answeredAt ? formatDateTime(locale, question.answeredAt) : "",
                })}
              </p>
              <p class="govuk-body">
                <a class="govuk-link" href={queueHref(locale, "waiting")}>
                  {t("questions.queue.back_to_waiting")}
                </a>
              </p>
            </>
          )}
        </div>
      </div>
    </Layout>
  );
}
