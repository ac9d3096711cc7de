// The answers as a person reads them back: on "check your answers", on the receipt, and for the
// institution. Values are shown as the person would say them (a choice's label, a date in words,
// an address's text, a file's name), never as stored codes.
import { formatDate } from "../../../platform/i18n/format.ts";
import type { Translate } from "../../../platform/i18n/messages.ts";
import type { AttachmentInfo } from "../application.repository.ts";
import { type Flow, optionsOf, visiblePages, visibleQuestions } from "../definition/form-flow.ts";
import type { AnswerValue, GroupItem, Page, Question } from "../definition/model.ts";
import { valueAt } from "../prefill/value-at.ts";

export type SummaryRow = { label: string; value: string; question: string };
export type SummarySection = { page: Page; title: string; rows: SummaryRow[] };

export type SummaryContext = { flow: Flow; locale: "lv" | "en"; t: Translate; attachments: AttachmentInfo[] };

function money(locale: "lv" | "en", value: string): string {
  return new Intl.NumberFormat(locale === "lv" ? "lv-LV" : "en-GB", { style: "currency", currency: "EUR" }).format(Number(value));
}

export function addressTexts(prefill: Record<string, unknown>): Record<string, string> {
  const known = prefill._addresses;
  return typeof known === "object" && known !== null ? (known as Record<string, string>) : {};
}

export function shownValue(question: Question, value: AnswerValue | undefined, s: SummaryContext): string {
  const none = s.t("eservices.summary.not_answered");
  if (question.readOnly && question.prefill) return String(valueAt(s.flow.prefill, question.prefill) ?? "") || none;
  if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return none;
  const options = () => optionsOf(question, s.flow.prefill);
  switch (question.type) {
    case "choice":
    case "yesNo":
      return options().find((o) => o.value === value)?.label[s.locale] ?? String(value);
    case "multiChoice":
      return (value as string[]).map((v) => options().find((o) => o.value === v)?.label[s.locale] ?? v).join(", ");
    case "date":
      return /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? formatDate(s.locale, String(value)) : String(value);
    case "money":
      return money(s.locale, String(value));
    case "address":
      return addressTexts(s.flow.prefill)[String(value)] ?? String(value);
    case "file":
      return s.attachments.find((a) => a.question === question.id)?.fileName ?? none;
    case "group":
      return groupText(question, value as GroupItem[], s);
    default:
      return String(value);
  }
}

function groupText(question: Question, items: GroupItem[], s: SummaryContext): string {
  const itemLabel = question.itemLabel?.[s.locale] ?? question.label[s.locale];
  return items
    .map((item, i) => {
      const parts = visibleQuestions(s.flow, question.questions ?? [], item).map(
        (q) => `${q.label[s.locale]}: ${shownValue(q, item[q.id], s)}`,
      );
      return `${itemLabel} ${i + 1} — ${parts.join("; ")}`;
    })
    .join("\n");
}

export function answerSummary(s: SummaryContext): SummarySection[] {
  return visiblePages(s.flow).map((page) => ({
    page,
    title: page.title[s.locale],
    rows: visibleQuestions(s.flow, page.questions).map((q) => ({
      label: q.label[s.locale],
      value: shownValue(q, s.flow.answers[q.id], s),
      question: q.id,
    })),
  }));
}
