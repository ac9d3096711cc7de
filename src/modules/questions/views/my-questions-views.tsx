// "Mani jautājumi": the person's questions with their status, and one question with its answer
// and a link to the answer's letter in the e-address mailbox.
import { DataTable } from "../../../platform/html/components/data-table.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { formatDateTime } from "../../../platform/i18n/format.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { Question } from "../questions.repository.ts";
import { ASK_PATH, MINE_PATH } from "./ask-views.tsx";
import { BackLink, StatusTag, SummaryRow, TypedText } from "./parts.tsx";

type Named = { question: Question; institutionName: string };

export function MyQuestionsPage({ questions }: { questions: Named[] }) {
  const { t, locale } = usePage();
  const title = t("questions.mine.title");
  return (
    <Layout title={title}>
      <h1 class="govuk-heading-l">{title}</h1>
      <a class="govuk-button" data-module="govuk-button" href={localePath(locale, ASK_PATH)}>
        {t("questions.mine.ask")}
      </a>
      {questions.length === 0 ? (
        <p class="govuk-body">{t("questions.mine.none")}</p>
      ) : (
        <DataTable
          caption={title}
          headers={[
            t("questions.field.subject"),
            t("questions.field.institution"),
            t("questions.field.asked_at"),
            t("questions.field.status"),
          ]}
        >
          {questions.map(({ question, institutionName }) => (
            <tr key={question.id} class="govuk-table__row">
              <td class="govuk-table__cell">
                <a class="govuk-link" href={localePath(locale, `${MINE_PATH}/${question.id}`)}>
                  {question.subject}
                </a>
                <div class="govuk-hint govuk-!-margin-bottom-0">{question.number}</div>
              </td>
              <td class="govuk-table__cell">{institutionName}</td>
              <td class="govuk-table__cell">{formatDateTime(locale, question.askedAt)}</td>
              <td class="govuk-table__cell">
                <StatusTag status={question.status} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </Layout>
  );
}

export function MyQuestionPage({ question, institutionName }: Named) {
  const { t, locale } = usePage();
  return (
    <Layout title={question.subject}>
      <BackLink to={MINE_PATH} label={t("questions.mine.title")} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">{question.number}</span>
          <h1 class="govuk-heading-l">{question.subject}</h1>
          <dl class="govuk-summary-list">
            <SummaryRow label={t("questions.field.institution")}>{institutionName}</SummaryRow>
            <SummaryRow label={t("questions.field.asked_at")}>{formatDateTime(locale, question.askedAt)}</SummaryRow>
            <SummaryRow label={t("questions.field.status")}>
              <StatusTag status={question.status} />
            </SummaryRow>
          </dl>
          <h2 class="govuk-heading-m">{t("questions.mine.your_question")}</h2>
          <TypedText text={question.body} />
          <h2 class="govuk-heading-m">{t("questions.field.answer")}</h2>
          {question.answer && question.answeredAt ? (
            <>
              <TypedText text={question.answer} />
              <p class="govuk-body govuk-hint">
                {t("questions.answered_by", { name: question.answeredByName ?? "", at: formatDateTime(locale, question.answeredAt) })}
              </p>
              {question.mailboxMessageId ? (
                <p class="govuk-body">
                  <a class="govuk-link" href={localePath(locale, `/pastkaste/${question.mailboxMessageId}`)}>
                    {t("questions.mine.in_mailbox")}
                  </a>
                </p>
              ) : null}
            </>
          ) : (
            <p class="govuk-body">{t("questions.mine.waiting")}</p>
          )}
        </div>
      </div>
    </Layout>
  );
}
