// The officer's case page: what was applied for, what the registers said, what was asked and
// answered, the timeline, internal notes, and the forms for the current step.
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { ErrorSummary } from "../../../platform/html/components/error-summary.tsx";
import { Radios } from "../../../platform/html/components/radios.tsx";
import { SuccessBanner } from "../../../platform/html/components/success-banner.tsx";
import { TextInput } from "../../../platform/html/components/text-input.tsx";
import { Textarea } from "../../../platform/html/components/textarea.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { formatDateTime } from "../../../platform/i18n/format.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { unitName } from "../../identity/index.ts";
import type { CaseFile } from "../queries/case-file.ts";
import { Answers, CaseProblems, Deadline, day, Row, StatusTag, Timeline } from "./case-parts.tsx";

type FormState = { typed: Record<string, string>; errors: Record<string, string> };

export type CaseForms = {
  done?: string | null;
  conflict?: boolean;
  /** An error that belongs to no field, as a message key. */
  problem?: string | null;
  assign?: FormState;
  note?: FormState;
  advance?: FormState;
  askApplicant?: FormState;
  askInstitution?: FormState;
  replyInstitution?: FormState;
  extend?: FormState;
  decide?: FormState;
};

type Props = {
  file: CaseFile;
  institution: string;
  me: string;
  colleagues: { personId: string; name: string }[];
  institutions: { code: string; name: string }[];
  today: string;
  forms: CaseForms;
  csrfToken: string;
};

function ActionForm({
  action,
  version,
  csrfToken,
  children,
}: {
  action: string;
  version: number;
  csrfToken: string;
  children: preact.ComponentChildren;
}) {
  const { locale } = usePage();
  return (
    <form method="post" action={localePath(locale, action)} novalidate>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="version" value={String(version)} />
      {children}
    </form>
  );
}

export function OfficerCasePage({ file, institution, me, colleagues, institutions, today, forms, csrfToken }: Props) {
  const { t, locale } = usePage();
  const c = file.case;
  const base = `/darbs/lietas/${c.id}`;
  const step = file.process.steps[c.step_index];
  const ours = c.institution === institution;
  const working = ours && c.status === "open";
  const errors = Object.assign(
    {},
    ...Object.values(forms).map((f) => (f && typeof f === "object" && "errors" in f ? f.errors : {})),
  ) as Record<string, string>;
  const typed = (form: keyof CaseForms, field: string, fallback = "") => {
    const state = forms[form];
    return state && typeof state === "object" ? (state.typed[field] ?? fallback) : fallback;
  };
  const pendingToUs = file.requests.filter((r) => r.kind === "institution" && r.to_institution === institution && !r.answered_at);
  const title = t("cases.case.title", { number: c.number });
  return (
    <Layout title={Object.keys(errors).length > 0 || forms.conflict || forms.problem ? `${t("form.error_title_prefix")} ${title}` : title}>
      <a class="govuk-back-link" href={localePath(locale, "/darbs/lietas")}>
        {t("cases.case.back")}
      </a>
      <CaseProblems conflict={forms.conflict === true} conflictText="cases.case.conflict.text" problem={forms.problem ?? null} />
      <ErrorSummary errors={errors} />
      <SuccessBanner text={forms.done ? t(`cases.done.${forms.done}`) : null} />
      <span class="govuk-caption-l">{file.application.title}</span>
      <h1 class="govuk-heading-l">{title}</h1>
      <dl class="govuk-summary-list">
        <Row label={t("cases.case.status")}>
          <StatusTag c={c} />
        </Row>
        <Row label={t("cases.case.applicant")}>{file.application.application.subjectName}</Row>
        <Row label={t("cases.case.channel")}>{t(`cases.channel.${c.channel}`)}</Row>
        <Row label={t("cases.case.received")}>{formatDateTime(locale, c.opened_at)}</Row>
        <Row label={t("cases.case.deadline")}>
          <Deadline c={c} today={today} />
        </Row>
        <Row label={t("cases.case.step")}>
          {step ? `${step.title[locale]} (${unitName({ unitKind: "institution", unitCode: c.institution }, locale)})` : "–"}
        </Row>
        <Row label={t("cases.case.assignee")}>{c.assignee ? (file.names.get(c.assignee) ?? "–") : t("cases.queue.unassigned")}</Row>
        <Row label={t("cases.case.delivery")}>{t(`cases.delivery.${c.delivery}`)}</Row>
      </dl>

      {pendingToUs.map((r) => (
        <section class="govuk-!-margin-bottom-6" key={r.id}>
          <h2 class="govuk-heading-m">
            {t("cases.reply_institution.title", { from: unitName({ unitKind: "institution", unitCode: r.from_institution }, locale) })}
          </h2>
          <p class="govuk-body epak-pre-line">{r.question}</p>
          <ActionForm action={`${base}/atbildet-iestadei/${r.id}`} version={c.version} csrfToken={csrfToken}>
            {/* Several questions at once each get their own field id; the first keeps the one errors link to. */}
            <Textarea
              id={r.id === pendingToUs[0]?.id ? "answer" : `answer-${r.id}`}
              name="answer"
              label={t("cases.reply_institution.answer")}
              value={r.id === pendingToUs[0]?.id ? typed("replyInstitution", "answer") : ""}
              error={r.id === pendingToUs[0]?.id ? errors.answer : undefined}
            />
            <button type="submit" class="govuk-button">
              {t("cases.reply_institution.send")}
            </button>
          </ActionForm>
        </section>
      ))}

      {working && step ? (
        <section class="govuk-!-margin-bottom-6">
          <h2 class="govuk-heading-m">{t("cases.work.title", { step: step.title[locale] })}</h2>
          {step.kind === "review" ? (
            <ActionForm action={`${base}/pabeigt-soli`} version={c.version} csrfToken={csrfToken}>
              <p class="govuk-body">{t("cases.advance.text")}</p>
              <button type="submit" class="govuk-button">
                {t("cases.advance.button")}
              </button>
            </ActionForm>
          ) : null}
          {step.kind === "check" ? <p class="govuk-body">{t("cases.check.running")}</p> : null}
          {step.kind === "decision" ? (
            <ActionForm action={`${base}/lemums`} version={c.version} csrfToken={csrfToken}>
              <Radios
                id="outcome"
                name="outcome"
                legend={t("cases.decide.outcome")}
                value={typed("decide", "outcome", "") || null}
                error={errors.outcome}
                options={[
                  { value: "granted", label: t("cases.outcome.granted") },
                  { value: "refused", label: t("cases.outcome.refused") },
                ]}
              />
              <Textarea
                id="reasoning"
                name="reasoning"
                label={t("cases.decide.reasoning")}
                hint={t("cases.decide.reasoning.hint")}
                value={typed("decide", "reasoning")}
                error={errors.reasoning}
                rows={8}
              />
              {/* Examples to start from, not pre-filled: a refusal must never go out with a grant's words. */}
              <details class="govuk-details">
                <summary class="govuk-details__summary">
                  <span class="govuk-details__summary-text">{t("cases.decide.examples")}</span>
                </summary>
                <div class="govuk-details__text">
                  <p class="govuk-body">
                    <strong>{t("cases.outcome.granted")}:</strong> {file.process.reasoning.granted.lv.replace("{number}", c.number)}
                  </p>
                  <p class="govuk-body">
                    <strong>{t("cases.outcome.refused")}:</strong> {file.process.reasoning.refused.lv.replace("{number}", c.number)}
                  </p>
                </div>
              </details>
              <button type="submit" class="govuk-button">
                {t("cases.decide.button")}
              </button>
            </ActionForm>
          ) : null}
        </section>
      ) : null}

      {working ? (
        <details class="govuk-details">
          <summary class="govuk-details__summary">
            <span class="govuk-details__summary-text">{t("cases.more.title")}</span>
          </summary>
          <div class="govuk-details__text">
            <h3 class="govuk-heading-s">{t("cases.ask_applicant.title")}</h3>
            <ActionForm action={`${base}/pieprasit`} version={c.version} csrfToken={csrfToken}>
              <Textarea
                id="question"
                name="question"
                label={t("cases.ask_applicant.question")}
                hint={t("cases.ask_applicant.hint")}
                value={typed("askApplicant", "question")}
                error={errors.question}
              />
              <button type="submit" class="govuk-button govuk-button--secondary">
                {t("cases.ask_applicant.button")}
              </button>
            </ActionForm>
            <h3 class="govuk-heading-s">{t("cases.ask_institution.title")}</h3>
            <ActionForm action={`${base}/jautat-iestadei`} version={c.version} csrfToken={csrfToken}>
              <div class={`govuk-form-group${errors.to ? " govuk-form-group--error" : ""}`}>
                <label class="govuk-label" for="to">
                  {t("cases.ask_institution.to")}
                </label>
                <select class="govuk-select" id="to" name="to">
                  {institutions.map((i) => (
                    <option value={i.code} key={i.code} selected={typed("askInstitution", "to") === i.code}>
                      {i.name}
                    </option>
                  ))}
                </select>
              </div>
              <Textarea
                id="institutionQuestion"
                name="institutionQuestion"
                label={t("cases.ask_institution.question")}
                value={typed("askInstitution", "institutionQuestion")}
                error={errors.institutionQuestion}
              />
              <button type="submit" class="govuk-button govuk-button--secondary">
                {t("cases.ask_institution.button")}
              </button>
            </ActionForm>
            <h3 class="govuk-heading-s">{t("cases.extend.title")}</h3>
            <ActionForm action={`${base}/pagarinat`} version={c.version} csrfToken={csrfToken}>
              <TextInput
                id="until"
                name="until"
                type="date"
                label={t("cases.extend.until")}
                hint={t("cases.extend.hint")}
                value={typed("extend", "until")}
                error={errors.until}
              />
              <Textarea
                id="reason"
                name="reason"
                label={t("cases.extend.reason")}
                value={typed("extend", "reason")}
                error={errors.reason}
                rows={3}
              />
              <button type="submit" class="govuk-button govuk-button--secondary">
                {t("cases.extend.button")}
              </button>
            </ActionForm>
          </div>
        </details>
      ) : null}

      {ours && c.status !== "decided" && c.status !== "withdrawn" ? (
        <ActionForm action={`${base}/pieskirt`} version={c.version} csrfToken={csrfToken}>
          <div class={`govuk-form-group${errors.assignee ? " govuk-form-group--error" : ""}`}>
            <label class="govuk-label" for="assignee">
              {t("cases.assign.label")}
            </label>
            <select class="govuk-select" id="assignee" name="assignee">
              <option value="me" selected={c.assignee === me}>
                {t("cases.assign.me")}
              </option>
              {colleagues
                .filter((p) => `user:${p.personId}` !== me)
                .map((p) => (
                  <option value={`user:${p.personId}`} key={p.personId} selected={c.assignee === `user:${p.personId}`}>
                    {p.name}
                  </option>
                ))}
              <option value="" selected={c.assignee === null}>
                {t("cases.assign.nobody")}
              </option>
            </select>
          </div>
          <button type="submit" class="govuk-button govuk-button--secondary">
            {t("cases.assign.button")}
          </button>
        </ActionForm>
      ) : null}

      {file.decided ? (
        <section>
          <h2 class="govuk-heading-m">{t("cases.decision.title")}</h2>
          <p class="govuk-body">
            <StatusTag c={c} />
          </p>
          <p class="govuk-body epak-pre-line">{file.decided.reasoning}</p>
          {c.rating ? <p class="govuk-body">{t("cases.rating.shown", { rating: c.rating })}</p> : null}
          {c.rating_comment ? <p class="govuk-body epak-pre-line">{c.rating_comment}</p> : null}
        </section>
      ) : null}

      {file.results.length > 0 ? (
        <section>
          <h2 class="govuk-heading-m">{t("cases.results.title")}</h2>
          {file.results.map((r) => (
            <div class="govuk-inset-text" key={r.id}>
              <p class="govuk-body govuk-!-font-weight-bold">
                {file.process.steps.find((s) => s.id === r.step_id)?.title[locale] ?? r.step_id}: {t(`cases.results.outcome.${r.outcome}`)}
              </p>
              <p class="govuk-body-s">{formatDateTime(locale, r.fetched_at)}</p>
              <ResultData data={r.data} />
            </div>
          ))}
        </section>
      ) : null}

      {file.requests.length > 0 ? (
        <section>
          <h2 class="govuk-heading-m">{t("cases.requests.title")}</h2>
          {file.requests.map((r) => (
            <div class="govuk-inset-text" key={r.id}>
              <p class="govuk-body-s">
                {r.kind === "applicant"
                  ? t("cases.requests.to_applicant")
                  : t("cases.requests.to_institution", {
                      to: unitName({ unitKind: "institution", unitCode: r.to_institution ?? "" }, locale),
                    })}
                {", "}
                {formatDateTime(locale, r.asked_at)}
              </p>
              <p class="govuk-body epak-pre-line">{r.question}</p>
              {r.answered_at ? (
                <>
                  <p class="govuk-body-s">{t("cases.requests.answered", { at: formatDateTime(locale, r.answered_at) })}</p>
                  <p class="govuk-body epak-pre-line">{r.answer}</p>
                  {r.files.map((f) => (
                    <p class="govuk-body" key={f.id}>
                      <a class="govuk-link" href={localePath(locale, `${base}/atbildes/${f.id}`)} download>
                        {f.file_name}
                      </a>
                    </p>
                  ))}
                </>
              ) : (
                <p class="govuk-body-s">{t("cases.requests.waiting")}</p>
              )}
            </div>
          ))}
        </section>
      ) : null}

      <h2 class="govuk-heading-m">{t("cases.application.title")}</h2>
      <Answers sections={file.sections} />
      {file.application.attachments.length > 0 ? (
        <ul class="govuk-list">
          {file.application.attachments.map((a) => (
            <li key={a.id}>
              <a class="govuk-link" href={localePath(locale, `${base}/pielikumi/${a.id}`)} download>
                {a.fileName}
              </a>
            </li>
          ))}
        </ul>
      ) : null}

      <h2 class="govuk-heading-m">{t("cases.notes.title")}</h2>
      {file.notes.length === 0 ? <p class="govuk-body">{t("cases.notes.none")}</p> : null}
      {file.notes.map((n) => (
        <div class="govuk-inset-text" key={n.id}>
          <p class="govuk-body-s">
            {file.names.get(n.author) ?? "–"}, {formatDateTime(locale, n.written_at)}
          </p>
          <p class="govuk-body epak-pre-line">{n.text}</p>
        </div>
      ))}
      {ours ? (
        <ActionForm action={`${base}/piezime`} version={c.version} csrfToken={csrfToken}>
          <Textarea
            id="note"
            name="note"
            label={t("cases.note.label")}
            hint={t("cases.note.hint")}
            value={typed("note", "note")}
            error={errors.note}
            rows={3}
          />
          <button type="submit" class="govuk-button govuk-button--secondary">
            {t("cases.note.button")}
          </button>
        </ActionForm>
      ) : null}

      <h2 class="govuk-heading-m">{t("cases.timeline.title")}</h2>
      <Timeline file={file} forApplicant={false} />
      <p class="govuk-body-s">{t("cases.case.due_note", { date: day(locale, c.due_on) })}</p>
    </Layout>
  );
}

function ResultData({ data }: { data: Record<string, unknown> }) {
  const { t } = usePage();
  const rows: [string, string][] = [];
  if (typeof data.insuredMonths === "number") rows.push([t("cases.results.insured_months"), String(data.insuredMonths)]);
  if (typeof data.declaredAddress === "string") rows.push([t("cases.results.declared_address"), data.declaredAddress]);
  if (data.inRegister === false) rows.push([t("cases.results.in_register"), t("cases.results.not_found")]);
  if (Array.isArray(data.periods))
    for (const p of data.periods as { from: string; to: string | null; employer: string | null }[])
      rows.push([t("cases.results.period"), `${p.from} – ${p.to ?? "…"}${p.employer ? `, ${p.employer}` : ""}`]);
  if (rows.length === 0) return null;
  return (
    <dl class="govuk-summary-list govuk-summary-list--no-border">
      {rows.map(([k, v], i) => (
        <Row label={k} key={i}>
          {v}
        </Row>
      ))}
    </dl>
  );
}
