// The institution's queue of questions, for its officers: waiting or answered, a page at a time.
import { DataTable } from "../../../platform/html/components/data-table.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { formatDateTime } from "../../../platform/i18n/format.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { QuestionStatus, QueueEntry } from "../questions.repository.ts";
import { waitingTime } from "../waiting-time.ts";

export const QUEUE_PATH = "/darbs/jautajumi";

/** The filter's values in addresses, in Latvian as the rest of the address is. */
export const STATUS_PARAM: Record<QuestionStatus, string> = { waiting: "gaida", answered: "atbildeti" };

export function queueHref(locale: "lv" | "en", status: QuestionStatus, page = 1): string {
  return `${localePath(locale, QUEUE_PATH)}?statuss=${STATUS_PARAM[status]}${page > 1 ? `&lapa=${page}` : ""}`;
}

type QueueProps = {
  institutionName: string;
  status: QuestionStatus;
  entries: QueueEntry[];
  total: number;
  page: number;
  pageSize: number;
  now: Date;
};

function StatusFilter({ status }: { status: QuestionStatus }) {
  const { t, locale } = usePage();
  return (
    <nav aria-label={t("questions.queue.filter")} class="govuk-!-margin-bottom-6">
      <ul class="govuk-list">
        {(["waiting", "answered"] as const).map((s) => (
          <li key={s}>
            {s === status ? (
              <strong aria-current="page">{t(`questions.queue.show_${s}`)}</strong>
            ) : (
              <a class="govuk-link" href={queueHref(locale, s)}>
                {t(`questions.queue.show_${s}`)}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Pages({ status, page, pages }: { status: QuestionStatus; page: number; pages: number }) {
  const { t, locale } = usePage();
  if (pages <= 1) return null;
  return (
    <nav class="govuk-pagination govuk-pagination--block" aria-label={t("questions.queue.pages")}>
      {page > 1 ? (
        <div class="govuk-pagination__prev">
          <a class="govuk-link govuk-pagination__link" href={queueHref(locale, status, page - 1)} rel="prev">
            <span class="govuk-pagination__link-title">{t("questions.queue.previous")}</span>
          </a>
        </div>
      ) : null}
      {page < pages ? (
        <div class="govuk-pagination__next">
          <a class="govuk-link govuk-pagination__link" href={queueHref(locale, status, page + 1)} rel="next">
            <span class="govuk-pagination__link-title">{t("questions.queue.next")}</span>
          </a>
        </div>
      ) : null}
    </nav>
  );
}

export function QueuePage({ institutionName, status, entries, total, page, pageSize, now }: QueueProps) {
  const { t, locale } = usePage();
  const title = t("questions.queue.title");
  const waiting = status === "waiting";
  return (
    <Layout title={title}>
      <span class="govuk-caption-l">{institutionName}</span>
      <h1 class="govuk-heading-l">{title}</h1>
      <StatusFilter status={status} />
      <p class="govuk-body">{t(waiting ? "questions.queue.count_waiting" : "questions.queue.count_answered", { count: total })}</p>
      {entries.length === 0 ? null : (
        <DataTable
          caption={t(`questions.queue.show_${status}`)}
          headers={[
            t("questions.field.number"),
            t("questions.field.subject"),
            t("questions.field.asked_at"),
            waiting ? t("questions.field.waiting") : t("questions.field.answered_at"),
          ]}
        >
          {entries.map((e) => (
            <tr key={e.id} class="govuk-table__row">
              <td class="govuk-table__cell">{e.number}</td>
              <td class="govuk-table__cell">
                <a class="govuk-link" href={localePath(locale, `${QUEUE_PATH}/${e.id}`)}>
                  {e.subject}
                </a>
              </td>
              <td class="govuk-table__cell">{formatDateTime(locale, e.askedAt)}</td>
              <td class="govuk-table__cell">
                {waiting ? waitingTime(locale, e.askedAt, now) : e.answeredAt ? formatDateTime(locale, e.answeredAt) : ""}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pages status={status} page={page} pages={Math.ceil(total / pageSize)} />
    </Layout>
  );
}
