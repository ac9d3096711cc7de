// The applicant's case page and the withdrawal confirmation.
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { ErrorSummary } from "../../../platform/html/components/error-summary.tsx";
import { describedBy, FieldError, FieldHint } from "../../../platform/html/components/field-parts.tsx";
import { Radios } from "../../../platform/html/components/radios.tsx";
import { SuccessBanner } from "../../../platform/html/components/success-banner.tsx";
import { Textarea } from "../../../platform/html/components/textarea.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { formatDateTime } from "../../../platform/i18n/format.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { unitName } from "../../identity/index.ts";
import type { CaseRow } from "../cases.repository.ts";
import type { CaseFile } from "../queries/case-file.ts";
import { Answers, CaseProblems, Deadline, Row, StatusTag, Timeline } from "./case-parts.tsx";

type FormState = { typed: Record<string, string>; errors: Record<string, string> };
export type ApplicantForms = {
  done?: string | null;
  conflict?: boolean;
  /** An error that belongs to no field, as a message key. */
  problem?: string | null;
  answer?: FormState;
  delivery?: FormState;
  rate?: FormState;
  withdraw?: FormState;
};

export function ApplicantCasePage({
  file,
  today,
  forms,
  csrfToken,
}: {
  file: CaseFile;
  today: string;
  forms: ApplicantForms;
  csrfToken: string;
}) {
  const { t, locale } = usePage();
  const c = file.case;
  const base = `/mani-pieteikumi/${c.application_id}`;
  const errors = Object.assign(
    {},
    ...Object.values(forms).map((f) => (f && typeof f === "object" && "errors" in f ? f.errors : {})),
  ) as Record<string, string>;
  const typed = (form: keyof ApplicantForms, name: string, fallback = "") => {
    const state = forms[form];
    return state && typeof state === "object" ? (state.typed[name] ?? fallback) : fallback;
  };
  const request = file.requests.find((r) => r.kind === "applicant" && !r.answered_at);
  const active = c.status !== "decided" && c.status !== "withdrawn";
  const title = t("cases.mine.title", { number: c.number });
  const hidden = (
    <>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="version" value={String(c.version)} />
    </>
  );
  return (
    <Layout title={Object.keys(errors).length > 0 || forms.conflict || forms.problem ? `${t("form.error_title_prefix")} ${title}` : title}>
      <a class="govuk-back-link" href={localePath(locale, "/mani-pieteikumi")}>
        {t("cases.mine.back")}
      </a>
      <CaseProblems conflict={forms.conflict === true} conflictText="cases.mine.conflict" problem={forms.problem ?? null} />
      <ErrorSummary errors={errors} />
      <SuccessBanner text={forms.done ? t(`cases.mine.done.${forms.done}`) : null} />
      <span class="govuk-caption-l">{file.application.title}</span>
      <h1 class="govuk-heading-l">{title}</h1>
      <dl class="govuk-summary-list">
        <Row label={t("cases.case.status")}>
          <StatusTag c={c} />
        </Row>
        <Row label={t("cases.mine.institution")}>{unitName({ unitKind: "institution", unitCode: c.institution }, locale)}</Row>
        <Row label={t("cases.case.received")}>{formatDateTime(locale, c.opened_at)}</Row>
        <Row label={t("cases.mine.deadline")}>
          <Deadline c={c} today={today} />
        </Row>
        <Row label={t("cases.case.delivery")}>{t(`cases.delivery.${c.delivery}`)}</Row>
      </dl>

      {request ? (
        <section class="govuk-!-margin-bottom-8">
          <h2 class="govuk-heading-m">{t("cases.answer.title")}</h2>
          <div class="govuk-inset-text epak-pre-line">{request.question}</div>
          <form method="post" action={localePath(locale, `${base}/atbilde`)} enctype="multipart/form-data" novalidate>
            {hidden}
            <input type="hidden" name="request" value={request.id} />
            <Textarea
              id="answer"
              name="answer"
              label={t("cases.answer.label")}
              value={typed("answer", "answer")}
              error={errors.answer}
              rows={6}
            />
            <div class={`govuk-form-group${errors.files ? " govuk-form-group--error" : ""}`}>
              <label class="govuk-label" for="files">
                {t("cases.answer.files")}
              </label>
              <FieldHint id="files" hint={t("cases.answer.files.hint")} />
              <FieldError id="files" error={errors.files} />
              <input
                class={`govuk-file-upload${errors.files ? " govuk-file-upload--error" : ""}`}
                id="files"
                name="files"
                type="file"
                multiple
                accept=".pdf,.edoc,.asice,.png,.jpg,.jpeg"
                aria-describedby={describedBy("files", true, errors.files)}
              />
            </div>
            <button type="submit" class="govuk-button">
              {t("cases.answer.button")}
            </button>
          </form>
        </section>
      ) : null}

      {c.status === "decided" ? (
        <section class="govuk-!-margin-bottom-8">
          <h2 class="govuk-heading-m">{t("cases.decision.title")}</h2>
          <p class="govuk-body">
            <StatusTag c={c} />
          </p>
          {c.decision_message_id ? (
            <p class="govuk-body">
              <a class="govuk-link" href={localePath(locale, `/pastkaste/${c.decision_message_id}`)}>
                {t("cases.mine.read_decision")}
              </a>
            </p>
          ) : null}
          {c.rated_at ? (
            <p class="govuk-body">{t("cases.rating.thanks", { rating: c.rating ?? 0 })}</p>
          ) : (
            <form method="post" action={localePath(locale, `${base}/vertejums`)} novalidate>
              {hidden}
              <Radios
                id="rating"
                name="rating"
                legend={t("cases.rate.legend")}
                hint={t("cases.rate.hint")}
                value={typed("rate", "rating") || null}
                error={errors.rating}
                small
                options={[5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: t(`cases.rate.option.${n}`) }))}
              />
              <Textarea
                id="comment"
                name="comment"
                label={t("cases.rate.comment")}
                value={typed("rate", "comment")}
                error={errors.comment}
                rows={3}
              />
              <button type="submit" class="govuk-button">
                {t("cases.rate.button")}
              </button>
            </form>
          )}
        </section>
      ) : null}

      {active ? (
        <section class="govuk-!-margin-bottom-8">
          <form method="post" action={localePath(locale, `${base}/sanemsana`)} novalidate>
            {hidden}
            <Radios
              id="delivery"
              name="delivery"
              legend={t("cases.delivery.legend")}
              hint={t("cases.delivery.hint")}
              value={typed("delivery", "delivery", c.delivery)}
              error={errors.delivery}
              small
              options={(["mailbox", "centre", "post"] as const).map((d) => ({ value: d, label: t(`cases.delivery.${d}`) }))}
            />
            <button type="submit" class="govuk-button govuk-button--secondary">
              {t("cases.delivery.button")}
            </button>
          </form>
          <p class="govuk-body">
            <a class="govuk-link" href={localePath(locale, `${base}/atsaukt`)}>
              {t("cases.withdraw.link")}
            </a>
          </p>
        </section>
      ) : null}

      <h2 class="govuk-heading-m">{t("cases.timeline.title")}</h2>
      <Timeline file={file} forApplicant />
      <h2 class="govuk-heading-m">{t("cases.mine.answers")}</h2>
      <Answers sections={file.sections} />
    </Layout>
  );
}

export function WithdrawPage({ c, csrfToken }: { c: CaseRow; csrfToken: string }) {
  const { t, locale } = usePage();
  const title = t("cases.withdraw.title", { number: c.number });
  return (
    <Layout title={title}>
      <a class="govuk-back-link" href={localePath(locale, `/mani-pieteikumi/${c.application_id}`)}>
        {t("cases.withdraw.back")}
      </a>
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">{t("cases.withdraw.text")}</p>
      <form method="post" action={localePath(locale, `/mani-pieteikumi/${c.application_id}/atsaukt`)} novalidate>
        <CsrfField token={csrfToken} />
        <input type="hidden" name="version" value={String(c.version)} />
        <button type="submit" class="govuk-button govuk-button--warning">
          {t("cases.withdraw.button")}
        </button>
      </form>
    </Layout>
  );
}
