// "Mani dati" (my data) and the role switcher.
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { DataTable } from "../../../platform/html/components/data-table.tsx";
import { ErrorSummary, type FieldErrors } from "../../../platform/html/components/error-summary.tsx";
import { Radios } from "../../../platform/html/components/radios.tsx";
import { SuccessBanner } from "../../../platform/html/components/success-banner.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { formatPersonalCode, type PersonalCode } from "../../../platform/identifiers/personal-code.ts";
import type { LoginEvent, Person } from "../persons.repository.ts";
import type { Company, RegisterEntry } from "../registers.ts";
import type { SessionSummary } from "../sessions.repository.ts";
import { bankOf, formatDate, formatDateTime, methodKey } from "./format.ts";
import { SharedComputerReminder } from "./login-views.tsx";

function MethodName({ method }: { method: string | null }) {
  const { t } = usePage();
  const bank = bankOf(method);
  return <>{bank ? t("identity.method.bank_named", { bank: BANK_NAMES[bank] ?? bank }) : t(methodKey(method))}</>;
}

const BANK_NAMES: Record<string, string> = { swedbank: "Swedbank", seb: "SEB banka", citadele: "Citadele", luminor: "Luminor" };

function Row({ label, children }: { label: string; children: preact.ComponentChildren }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd class="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

function RegisterSection({ person, entry, unavailable }: { person: Person; entry: RegisterEntry | null; unavailable: boolean }) {
  const { t, locale } = usePage();
  return (
    <section aria-labelledby="register-heading">
      <h2 class="govuk-heading-m" id="register-heading">
        {t("identity.account.register.heading")}
      </h2>
      <dl class="govuk-summary-list">
        <Row label={t("identity.account.name")}>{`${person.givenName} ${person.familyName}`}</Row>
        <Row label={t("identity.account.personal_code")}>{formatPersonalCode(person.personalCode as PersonalCode)}</Row>
        {entry ? (
          <>
            <Row label={t("identity.account.birth_date")}>{formatDate(locale, entry.birthDate)}</Row>
            <Row label={t("identity.account.status")}>{t(`identity.account.status.${entry.status}`)}</Row>
            <Row label={t("identity.account.address")}>{entry.declaredAddress?.text ?? t("identity.account.address.none")}</Row>
          </>
        ) : null}
      </dl>
      <p class="govuk-body-s">
        {unavailable ? t("register_unavailable") : entry ? t("identity.account.register.source") : t("identity.account.register.not_found")}
      </p>
      <ul class="govuk-list">
        <li>
          <a class="govuk-link" href={localePath(locale, "/e-pakalpojumi/mani-dati-valsts-registros")}>
            {t("identity.account.register.all_registers")}
          </a>
        </li>
        <li>
          <a class="govuk-link" href={localePath(locale, "/konts/datu-izmantosana")}>
            {t("identity.account.register.data_usage")}
          </a>
        </li>
        <li>
          <a class="govuk-link" href={localePath(locale, "/pilnvaras")}>
            {t("identity.account.register.mandates")}
          </a>
        </li>
        <li>
          <a class="govuk-link" href={localePath(locale, "/pilnvaras/darbibas")}>
            {t("identity.account.register.acted_for_me")}
          </a>
        </li>
      </ul>
    </section>
  );
}

function ContactSection({ person }: { person: Person }) {
  const { t, locale } = usePage();
  const value = (v: string | null, verified: Date | null) =>
    v ? (
      <>
        {v}{" "}
        {verified ? (
          <strong class="govuk-tag govuk-tag--green">{t("identity.account.contact.verified")}</strong>
        ) : (
          <strong class="govuk-tag govuk-tag--yellow">{t("identity.account.contact.unverified")}</strong>
        )}
      </>
    ) : (
      t("identity.account.contact.none")
    );
  const changeLink = (path: string, what: string) => (
    <dd class="govuk-summary-list__actions">
      <a class="govuk-link" href={localePath(locale, path)}>
        {t("identity.account.change")}
        <span class="govuk-visually-hidden"> {what}</span>
      </a>
    </dd>
  );
  return (
    <section aria-labelledby="contact-heading">
      <h2 class="govuk-heading-m" id="contact-heading">
        {t("identity.account.contact.heading")}
      </h2>
      <p class="govuk-body">{t("identity.account.contact.why")}</p>
      <dl class="govuk-summary-list">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{t("identity.account.email")}</dt>
          <dd class="govuk-summary-list__value">{value(person.email, person.emailVerifiedAt)}</dd>
          {changeLink("/konts/kontakti/e-pasts", t("identity.account.email"))}
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{t("identity.account.phone")}</dt>
          <dd class="govuk-summary-list__value">{value(person.phone, person.phoneVerifiedAt)}</dd>
          {changeLink("/konts/kontakti/talrunis", t("identity.account.phone"))}
        </div>
      </dl>
    </section>
  );
}

function LanguageSection({ person, csrfToken, errors }: { person: Person; csrfToken: string; errors: FieldErrors }) {
  const { t, locale } = usePage();
  return (
    <section aria-labelledby="language-heading">
      <h2 class="govuk-heading-m" id="language-heading">
        {t("identity.account.language.heading")}
      </h2>
      <form method="post" action={localePath(locale, "/konts/valoda")} novalidate>
        <CsrfField token={csrfToken} />
        <Radios
          id="language"
          name="language"
          legend={t("identity.account.language.legend")}
          legendClass="govuk-fieldset__legend--s"
          hint={t("identity.account.language.hint")}
          value={person.language}
          error={errors.language}
          small
          options={[
            { value: "lv", label: <span lang="lv">Latviešu</span> },
            { value: "en", label: <span lang="en">English</span> },
          ]}
        />
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
          {t("identity.account.save")}
        </button>
      </form>
    </section>
  );
}

function SessionsSection({ sessions, currentId, csrfToken }: { sessions: SessionSummary[]; currentId: string; csrfToken: string }) {
  const { t, locale } = usePage();
  return (
    <section aria-labelledby="sessions-heading">
      <h2 class="govuk-heading-m" id="sessions-heading">
        {t("identity.account.sessions.heading")}
      </h2>
      <DataTable
        caption={t("identity.account.sessions.heading")}
        headers={[
          t("identity.account.sessions.started"),
          t("identity.account.sessions.method"),
          t("identity.account.sessions.last_seen"),
          <span class="govuk-visually-hidden">{t("identity.account.sessions.action")}</span>,
        ]}
      >
        {sessions.map((s) => (
          <tr class="govuk-table__row" key={s.publicId}>
            <td class="govuk-table__cell">{formatDateTime(locale, s.createdAt)}</td>
            <td class="govuk-table__cell">
              <MethodName method={s.method} />
            </td>
            <td class="govuk-table__cell">{formatDateTime(locale, s.lastSeenAt)}</td>
            <td class="govuk-table__cell">
              {s.publicId === currentId ? (
                <strong class="govuk-tag">{t("identity.account.sessions.this_one")}</strong>
              ) : (
                <form method="post" action={localePath(locale, `/konts/sesijas/${s.publicId}/beigt`)}>
                  <CsrfField token={csrfToken} />
                  <button type="submit" class="epak-link-button">
                    {t("identity.account.sessions.end")}
                    <span class="govuk-visually-hidden"> {formatDateTime(locale, s.createdAt)}</span>
                  </button>
                </form>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      <form method="post" action={localePath(locale, "/iziet/visur")}>
        <CsrfField token={csrfToken} />
        <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button">
          {t("identity.account.sessions.log_out_everywhere")}
        </button>
      </form>
      <SharedComputerReminder />
    </section>
  );
}

function HistorySection({ history }: { history: LoginEvent[] }) {
  const { t, locale } = usePage();
  return (
    <section aria-labelledby="history-heading">
      <h2 class="govuk-heading-m" id="history-heading">
        {t("identity.account.history.heading")}
      </h2>
      {history.length === 0 ? (
        <p class="govuk-body">{t("identity.account.history.none")}</p>
      ) : (
        <ul class="govuk-list">
          {history.map((e) => (
            <li key={e.occurredAt.toISOString()}>
              {formatDateTime(locale, e.occurredAt)} — <MethodName method={e.method} />
              {e.level ? `, ${t(`identity.level.${e.level}`)}` : ""}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RepresentationSection({ companies, joint }: { companies: Company[]; joint: Company[] }) {
  const { t, locale } = usePage();
  if (companies.length === 0 && joint.length === 0) return null;
  return (
    <section aria-labelledby="representation-heading">
      <h2 class="govuk-heading-m" id="representation-heading">
        {t("identity.account.representation.heading")}
      </h2>
      <ul class="govuk-list govuk-list--bullet">
        {companies.map((c) => (
          <li key={c.registrationNumber}>
            {c.name} ({c.registrationNumber}) — {t("identity.account.representation.alone")}
          </li>
        ))}
        {joint.map((c) => (
          <li key={c.registrationNumber}>
            {c.name} ({c.registrationNumber}) — {t("identity.account.representation.jointly")}
          </li>
        ))}
      </ul>
      {companies.length > 0 ? (
        <p class="govuk-body">
          <a class="govuk-link" href={localePath(locale, "/konts/loma")}>
            {t("layout.account.switch_role")}
          </a>
        </p>
      ) : null}
    </section>
  );
}

export type AccountPageProps = {
  person: Person;
  entry: RegisterEntry | null;
  /** The registers did not answer: the page says so instead of "not found". */
  registersUnavailable: boolean;
  companies: Company[];
  joint: Company[];
  sessions: SessionSummary[];
  currentSessionId: string;
  history: LoginEvent[];
  csrfToken: string;
  saved: string | null;
  errors: FieldErrors;
};

export function AccountPage(props: AccountPageProps) {
  const { t } = usePage();
  return (
    <Layout title={t("identity.account.title")}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={props.errors} />
          <SuccessBanner text={props.saved ? t(`identity.account.saved.${props.saved}`) : null} />
          <h1 class="govuk-heading-l">{t("identity.account.title")}</h1>
          <RegisterSection person={props.person} entry={props.entry} unavailable={props.registersUnavailable} />
          <RepresentationSection companies={props.companies} joint={props.joint} />
          <ContactSection person={props.person} />
          <LanguageSection person={props.person} csrfToken={props.csrfToken} errors={props.errors} />
          <SessionsSection sessions={props.sessions} currentId={props.currentSessionId} csrfToken={props.csrfToken} />
          <HistorySection history={props.history} />
        </div>
      </div>
    </Layout>
  );
}

export type ActingOption = { value: string; label: string; hint: string };

export function ActingPage({
  options,
  current,
  csrfToken,
  errors,
}: {
  options: ActingOption[];
  current: string;
  csrfToken: string;
  errors: FieldErrors;
}) {
  const { t, locale } = usePage();
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Layout title={`${hasErrors ? `${t("form.error_title_prefix")} ` : ""}${t("identity.acting.title")}`}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <form method="post" action={localePath(locale, "/konts/loma")} novalidate>
            <CsrfField token={csrfToken} />
            <Radios
              id="acting"
              name="acting"
              legend={<h1 class="govuk-fieldset__heading">{t("identity.acting.title")}</h1>}
              legendClass="govuk-fieldset__legend--l"
              hint={t("identity.acting.hint")}
              value={current}
              error={errors.acting}
              options={options.map((o) => ({ value: o.value, label: o.label, hint: o.hint }))}
            />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              {t("identity.acting.submit")}
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}
