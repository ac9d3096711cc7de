// Pieces both officers' and applicants' case pages use: the status tag, the deadline, the
// application's answers and the timeline.
import { usePage } from "../../../platform/html/page-context.ts";
import { formatDateTime } from "../../../platform/i18n/format.ts";
import type { SummarySection } from "../../eservices/index.ts";
import { unitName } from "../../identity/index.ts";
import type { CaseRow } from "../cases.repository.ts";
import { isOverdue } from "../deadlines.ts";
import type { CaseFile } from "../queries/case-file.ts";

const lvDate = new Intl.DateTimeFormat("lv-LV", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
const enDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A day as a sentence can hold it in either language (Latvian month names would need a case). */
export function day(locale: "lv" | "en", iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return locale === "lv" ? `${lvDate.format(d)}.` : enDate.format(d);
}

const TAGS: Record<CaseRow["status"], string> = {
  open: "govuk-tag--blue",
  waiting_applicant: "govuk-tag--yellow",
  waiting_institution: "govuk-tag--purple",
  decided: "govuk-tag--green",
  withdrawn: "govuk-tag--grey",
};

export function StatusTag({ c }: { c: CaseRow }) {
  const { t } = usePage();
  const label = c.status === "decided" && c.outcome ? t(`cases.outcome.${c.outcome}`) : t(`cases.status.${c.status}`);
  return <strong class={`govuk-tag ${TAGS[c.status]}`}>{label}</strong>;
}

export function Deadline({ c, today }: { c: CaseRow; today: string }) {
  const { t, locale } = usePage();
  if (c.status === "decided" || c.status === "withdrawn") return <span>–</span>;
  return (
    <span>
      {day(locale, c.due_on)}
      {isOverdue({ dueOn: c.due_on, status: c.status }, today) ? (
        <>
          {" "}
          <strong class="govuk-tag govuk-tag--red">{t("cases.overdue")}</strong>
        </>
      ) : null}
      {c.status === "waiting_applicant" ? <span class="govuk-body-s"> ({t("cases.deadline.paused")})</span> : null}
    </span>
  );
}

export function Answers({ sections }: { sections: SummarySection[] }) {
  return (
    <>
      {sections.map((section) => (
        <div key={section.page.id}>
          <h3 class="govuk-heading-s">{section.title}</h3>
          <dl class="govuk-summary-list">
            {section.rows.map((row) => (
              <div class="govuk-summary-list__row" key={row.question}>
                <dt class="govuk-summary-list__key">{row.label}</dt>
                <dd class="govuk-summary-list__value epak-pre-line">{row.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </>
  );
}

/** Events the applicant sees; assignment and notes are the institution's own business. */
const PUBLIC_EVENTS = new Set([
  "cases.case.open",
  "cases.step.complete",
  "cases.request.applicant",
  "cases.request.answer",
  "cases.deadline.extend",
  "cases.case.decide",
  "cases.case.withdraw",
  "cases.delivery.choose",
  "cases.case.rate",
]);

export function Timeline({ file, forApplicant }: { file: CaseFile; forApplicant: boolean }) {
  const { t, locale } = usePage();
  const steps = new Map(file.process.steps.map((s) => [s.id, s.title[locale]]));
  const entries = file.timeline.filter((e) => !forApplicant || PUBLIC_EVENTS.has(e.event));
  return (
    <ol class="govuk-list epak-timeline">
      {entries.map((e) => {
        const d = e.details as Record<string, unknown>;
        const who = file.names.get(e.actor) ?? (e.actor.startsWith("system:") ? t("cases.timeline.system") : t("cases.timeline.someone"));
        const institution = typeof d.institution === "string" ? unitName({ unitKind: "institution", unitCode: d.institution }, locale) : "";
        return (
          <li key={e.id} class="govuk-!-margin-bottom-3">
            <span class="govuk-body-s govuk-!-display-block">{formatDateTime(locale, e.occurred_at)}</span>
            <strong>
              {t(`cases.timeline.${e.event}`, {
                step: steps.get(String(d.to ?? d.step ?? "")) ?? "",
                institution,
                outcome: typeof d.outcome === "string" ? t(`cases.outcome.${d.outcome}`) : "",
                date: typeof d.to === "string" && /^\d{4}-/.test(d.to) ? day(locale, d.to) : "",
                rating: typeof d.rating === "number" ? d.rating : 0,
                delivery: typeof d.delivery === "string" ? t(`cases.delivery.${d.delivery}`) : "",
              })}
            </strong>
            {forApplicant ? null : <span class="govuk-body-s govuk-!-display-block">{who}</span>}
          </li>
        );
      })}
    </ol>
  );
}

/** The case changed under the person, or something went wrong that belongs to no field: said above the page. */
export function CaseProblems({ conflict, conflictText, problem }: { conflict: boolean; conflictText: string; problem: string | null }) {
  const { t } = usePage();
  const box = (title: string, text: string) => (
    <div class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title">{title}</h2>
        <div class="govuk-error-summary__body">
          <p class="govuk-body">{text}</p>
        </div>
      </div>
    </div>
  );
  return (
    <>
      {conflict ? box(t("cases.case.conflict.title"), t(conflictText)) : null}
      {problem ? box(t("form.error_summary_title"), t(problem)) : null}
    </>
  );
}

export function Row({ label, children }: { label: string; children: preact.ComponentChildren }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd class="govuk-summary-list__value">{children}</dd>
    </div>
  );
}
