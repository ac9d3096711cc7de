// The development identity provider's pages, in the manner of a national login module: choose
// how to prove who you are, then (this being a simulation) choose whom to be.

import type { LevelOfAssurance } from "../../platform/assurance.ts";
import { meetsLevel } from "../../platform/assurance.ts";
import { CsrfField } from "../../platform/html/components/csrf-field.tsx";
import { ErrorSummary, type FieldErrors } from "../../platform/html/components/error-summary.tsx";
import { Radios } from "../../platform/html/components/radios.tsx";
import { TextInput } from "../../platform/html/components/text-input.tsx";
import { Layout } from "../../platform/html/layout.tsx";
import { usePage } from "../../platform/html/page-context.ts";
import { localePath } from "../../platform/i18n/locale.ts";
import { formatPersonalCode } from "../../platform/identifiers/personal-code.ts";
import { ageOn, type RegisterPerson } from "../population-register/index.ts";
import { LOGIN_METHODS, type LoginMethod } from "./methods.ts";
import { DEV_IDP_PREFIX } from "./provider.ts";

/** eID and eParaksts are named in the page's language; banks by their own names. */
function methodName(t: (key: string) => string, method: LoginMethod): string {
  return method.kind === "bank" ? method.name : t(`dev_idp.method.${method.id}`);
}

function SimulationNotice() {
  const { t } = usePage();
  return (
    <div class="govuk-inset-text">
      <p class="govuk-body">{t("dev_idp.simulation")}</p>
    </div>
  );
}

function CancelForm({ uid, csrfToken }: { uid: string; csrfToken: string }) {
  const { t, locale } = usePage();
  return (
    <form method="post" action={localePath(locale, `${DEV_IDP_PREFIX}/interaction/${uid}/atcelt`)}>
      <CsrfField token={csrfToken} />
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
        {t("dev_idp.cancel")}
      </button>
    </form>
  );
}

function MethodLink({ uid, method, allowed }: { uid: string; method: LoginMethod; allowed: boolean }) {
  const { t, locale } = usePage();
  if (!allowed) {
    return (
      <li class="epak-idp-method epak-idp-method--unavailable">
        <span class="govuk-body govuk-!-font-weight-bold">{methodName(t, method)}</span>
        <span class="govuk-hint">{t("dev_idp.method.too_low")}</span>
      </li>
    );
  }
  return (
    <li class="epak-idp-method">
      <a class="govuk-link govuk-!-font-weight-bold" href={localePath(locale, `${DEV_IDP_PREFIX}/interaction/${uid}/${method.id}`)}>
        {methodName(t, method)}
      </a>
      <span class="govuk-hint">{t(`dev_idp.level.${method.level}`)}</span>
    </li>
  );
}

export function ChooseMethodPage({ uid, level, csrfToken }: { uid: string; level: LevelOfAssurance; csrfToken: string }) {
  const { t } = usePage();
  const group = (kinds: LoginMethod["kind"][]) => {
    const methods = LOGIN_METHODS.filter((m) => kinds.includes(m.kind));
    // A whole group below the level is said once, not on every card.
    if (!methods.some((m) => meetsLevel(m.level, level))) return <p class="govuk-body">{t("dev_idp.group.too_low")}</p>;
    return (
      <ul class="govuk-list epak-idp-methods">
        {methods.map((m) => (
          <MethodLink key={m.id} uid={uid} method={m} allowed={meetsLevel(m.level, level)} />
        ))}
      </ul>
    );
  };
  return (
    <Layout title={t("dev_idp.choose_method.title")} account={false}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">{t("dev_idp.caption")}</span>
          <h1 class="govuk-heading-l">{t("dev_idp.choose_method.title")}</h1>
          <SimulationNotice />
          {level !== "low" ? <p class="govuk-body">{t(`dev_idp.choose_method.needs_${level}`)}</p> : null}
          <h2 class="govuk-heading-m">{t("dev_idp.group.eid")}</h2>
          {group(["eid", "eparaksts"])}
          <h2 class="govuk-heading-m">{t("dev_idp.group.bank")}</h2>
          {group(["bank"])}
          <CancelForm uid={uid} csrfToken={csrfToken} />
        </div>
      </div>
    </Layout>
  );
}

type PersonFormProps = {
  uid: string;
  method: LoginMethod;
  persons: readonly RegisterPerson[];
  chosen: string | null;
  typed: string;
  errors: FieldErrors;
  csrfToken: string;
  today: string;
};

export function ChoosePersonPage({ uid, method, persons, chosen, typed, errors, csrfToken, today }: PersonFormProps) {
  const { t, locale } = usePage();
  const hasErrors = Object.keys(errors).length > 0;
  const title = t("dev_idp.choose_person.title", { method: methodName(t, method) });
  const action = localePath(locale, `${DEV_IDP_PREFIX}/interaction/${uid}/${method.id}`);
  const submit = (
    <button type="submit" class="govuk-button" data-module="govuk-button">
      {t("dev_idp.log_in")}
    </button>
  );
  return (
    <Layout title={`${hasErrors ? `${t("form.error_title_prefix")} ` : ""}${title}`} account={false}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <span class="govuk-caption-l">{t("dev_idp.caption")}</span>
          <h1 class="govuk-heading-l">{title}</h1>
          <SimulationNotice />
          {/* Two forms to the same address: typing a code is quick, the list of people is long. */}
          <form method="post" action={action} novalidate>
            <CsrfField token={csrfToken} />
            <TextInput
              id="personalCode"
              name="personalCode"
              label={t("dev_idp.personal_code.label")}
              hint={t("dev_idp.personal_code.hint")}
              value={typed}
              error={errors.personalCode}
              inputMode="numeric"
              autocomplete="off"
              spellcheck={false}
              widthClass="govuk-input--width-20"
            />
            {submit}
          </form>
          <form method="post" action={action} novalidate>
            <CsrfField token={csrfToken} />
            <Radios
              id="person"
              name="person"
              legend={t("dev_idp.choose_person.legend")}
              hint={t("dev_idp.choose_person.hint")}
              value={chosen}
              error={errors.person}
              small
              options={persons.map((p) => ({
                value: p.personalCode,
                label: (
                  <>
                    {p.givenName} {p.familyName}, <span class="epak-nowrap">{formatPersonalCode(p.personalCode)}</span>
                  </>
                ),
                hint: `${t("dev_idp.age", { age: ageOn(p, today) })} — ${p.note[locale]}`,
              }))}
            />
            {submit}
          </form>
          <p class="govuk-body">
            <a class="govuk-link" href={localePath(locale, `${DEV_IDP_PREFIX}/interaction/${uid}`)}>
              {t("dev_idp.other_method")}
            </a>
          </p>
          <CancelForm uid={uid} csrfToken={csrfToken} />
        </div>
      </div>
    </Layout>
  );
}

export function ProviderErrorPage({ code }: { code: string }) {
  const { t, locale } = usePage();
  return (
    <Layout title={t("dev_idp.error.title")} account={false}>
      <h1 class="govuk-heading-l">{t("dev_idp.error.title")}</h1>
      <p class="govuk-body">{t("dev_idp.error.body")}</p>
      <p class="govuk-body">
        {t("dev_idp.error.code")} <code>{code}</code>
      </p>
      <p class="govuk-body">
        <a class="govuk-link" href={localePath(locale, "/")}>
          {t("error.back_home")}
        </a>
      </p>
    </Layout>
  );
}

/** The provider's own question before it ends its session too; `xsrf` is oidc-provider's token for this form. */
export function LogoutPage({ action, xsrf }: { action: string; xsrf: string }) {
  const { t } = usePage();
  return (
    <Layout title={t("dev_idp.logout.title")} account={false}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">{t("dev_idp.caption")}</span>
          <h1 class="govuk-heading-l">{t("dev_idp.logout.title")}</h1>
          <p class="govuk-body">{t("dev_idp.logout.body")}</p>
          <form method="post" action={action}>
            <input type="hidden" name="xsrf" value={xsrf} />
            <div class="govuk-button-group">
              <button type="submit" name="logout" value="yes" class="govuk-button" data-module="govuk-button">
                {t("dev_idp.logout.yes")}
              </button>
              <button type="submit" class="epak-link-button">
                {t("dev_idp.logout.no")}
              </button>
            </div>
          </form>
        </div>
      </div>
    </Layout>
  );
}
