// Pages around logging in and out: a login that did not work, logged out, session ended, and
// the request to log in again with a stronger method.
import type { LevelOfAssurance } from "../../../platform/assurance.ts";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";

function loginHref(locale: "lv" | "en", back: string | null, level?: LevelOfAssurance): string {
  const params = new URLSearchParams();
  if (back) params.set("atpakal", back);
  if (level) params.set("limenis", level);
  const query = params.toString();
  return `${localePath(locale, "/pieslegties")}${query ? `?${query}` : ""}`;
}

export type LoginProblem = "cancelled" | "failed" | "level_too_low" | "state_missing" | "unavailable";

export function LoginProblemPage({ problem, back, level }: { problem: LoginProblem; back: string | null; level: LevelOfAssurance }) {
  const { t, locale } = usePage();
  return (
    <Layout title={t(`identity.login_problem.${problem}.title`)}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-l">{t(`identity.login_problem.${problem}.title`)}</h1>
          <p class="govuk-body">{t(`identity.login_problem.${problem}.body`)}</p>
          {problem !== "unavailable" ? (
            <a class="govuk-button" data-module="govuk-button" href={loginHref(locale, back, level === "substantial" ? undefined : level)}>
              {t("identity.login.try_again")}
            </a>
          ) : null}
          <p class="govuk-body">
            <a class="govuk-link" href={localePath(locale, "/")}>
              {t("error.back_home")}
            </a>
          </p>
        </div>
      </div>
    </Layout>
  );
}

export function SharedComputerReminder() {
  const { t } = usePage();
  return (
    <div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong class="govuk-warning-text__text">
        <span class="govuk-visually-hidden">{t("identity.warning")}</span>
        {t("identity.shared_computer")}
      </strong>
    </div>
  );
}

export function SignedOutPage() {
  const { t, locale } = usePage();
  return (
    <Layout title={t("identity.signed_out.title")}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <div class="govuk-panel govuk-panel--confirmation">
            <h1 class="govuk-panel__title">{t("identity.signed_out.title")}</h1>
          </div>
          <SharedComputerReminder />
          <p class="govuk-body">
            <a class="govuk-link" href={loginHref(locale, null)}>
              {t("identity.signed_out.log_in_again")}
            </a>
          </p>
        </div>
      </div>
    </Layout>
  );
}

export function SessionEndedPage({ back, idleMinutes, maxHours }: { back: string | null; idleMinutes: number; maxHours: number }) {
  const { t, locale } = usePage();
  return (
    <Layout title={t("identity.session_ended.title")}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-l">{t("identity.session_ended.title")}</h1>
          <p class="govuk-body">{t("identity.session_ended.body", { minutes: idleMinutes, hours: maxHours })}</p>
          <a class="govuk-button" data-module="govuk-button" href={loginHref(locale, back)}>
            {t("identity.session_ended.log_in")}
          </a>
          <SharedComputerReminder />
        </div>
      </div>
    </Layout>
  );
}

export function StepUpPage({ level, back }: { level: LevelOfAssurance; back: string | null }) {
  const { t, locale } = usePage();
  return (
    <Layout title={t("identity.step_up.title")}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-l">{t("identity.step_up.title")}</h1>
          <p class="govuk-body">{t(`identity.step_up.body_${level}`)}</p>
          <a class="govuk-button" data-module="govuk-button" href={loginHref(locale, back, level)}>
            {t("identity.step_up.log_in")}
          </a>
          <p class="govuk-body">
            <a class="govuk-link" href={localePath(locale, "/")}>
              {t("error.back_home")}
            </a>
          </p>
        </div>
      </div>
    </Layout>
  );
}
