// The page shell every page shares: skip link, header with the Epak mark and the language
// switch, site notices, main content, footer.
import type { ComponentChildren } from "preact";
import { LOCALES, localePath } from "../i18n/locale.ts";
import { usePage } from "./page-context.ts";

const LANGUAGE_NAMES = { lv: "Latviešu", en: "English" } as const;

function LanguageSwitch() {
  const { locale, path, query, t } = usePage();
  return (
    <nav aria-label={t("layout.language_switch")}>
      <ul class="epak-language-switch">
        {LOCALES.map((l) =>
          l === locale ? (
            <li key={l}>
              <span class="epak-language-switch__current" lang={l} aria-current="true">
                {LANGUAGE_NAMES[l]}
              </span>
            </li>
          ) : (
            <li key={l}>
              <a class="govuk-link epak-language-switch__link" href={`${localePath(l, path)}${query}`} lang={l} hreflang={l}>
                {LANGUAGE_NAMES[l]}
              </a>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}

/** Anonymous visitors get a login link that brings them back to this page. */
function LoginLink() {
  const { locale, path, viewer, t } = usePage();
  if (viewer) return null;
  const back = encodeURIComponent(localePath(locale, path));
  return (
    <a class="govuk-link epak-header__login" href={`${localePath(locale, "/pieslegties")}?atpakal=${back}`}>
      {t("layout.account.log_in")}
    </a>
  );
}

/** Who is logged in and for whom they act, with their account links and the logout button. */
function AccountBar() {
  const { locale, viewer, csrfToken, t } = usePage();
  if (!viewer) return null;
  return (
    <div class="epak-account-bar">
      <div class="govuk-width-container epak-account-bar__container">
        <p class="govuk-body-s epak-account-bar__who">
          <span class="govuk-!-font-weight-bold">{viewer.name}</span>
          {viewer.acting.kind !== "self" ? (
            <>
              {" "}
              <span class="epak-account-bar__acting">
                {t(viewer.acting.kind === "staff" ? "layout.account.working_as" : "layout.account.acting_for", {
                  label: viewer.acting.label,
                })}
              </span>
            </>
          ) : null}
        </p>
        <nav aria-label={t("layout.account.nav")}>
          <ul class="epak-account-bar__links">
            <li>
              <a class="govuk-link" href={localePath(locale, "/pastkaste")}>
                {t("layout.account.mailbox")}
              </a>
            </li>
            <li>
              <a class="govuk-link" href={localePath(locale, "/mani-pieteikumi")}>
                {t("layout.account.applications")}
              </a>
            </li>
            <li>
              <a class="govuk-link" href={localePath(locale, "/konts")}>
                {t("layout.account.my_data")}
              </a>
            </li>
            <li>
              <a class="govuk-link" href={localePath(locale, "/konts/loma")}>
                {t("layout.account.switch_role")}
              </a>
            </li>
            <li>
              <form method="post" action={localePath(locale, "/iziet")} class="epak-account-bar__logout">
                <input type="hidden" name="_csrf" value={csrfToken ?? ""} />
                <button type="submit" class="epak-link-button">
                  {t("layout.account.log_out")}
                </button>
              </form>
            </li>
          </ul>
        </nav>
      </div>
      <SessionTimeoutWarning />
    </div>
  );
}

/**
 * Shown by script a little before the idle timeout: stay logged in, or log out. Without script
 * the session simply ends and the next page says so.
 */
function SessionTimeoutWarning() {
  const { locale, viewer, csrfToken, t } = usePage();
  if (!viewer) return null;
  return (
    <div
      class="epak-session-timeout"
      data-module="epak-session-timeout"
      data-seconds-left={String(viewer.idleSecondsLeft)}
      data-ended-url={localePath(locale, "/sesija-beigusies")}
      hidden
    >
      <div class="govuk-width-container">
        <div
          class="epak-session-timeout__box"
          role="alertdialog"
          aria-labelledby="session-timeout-title"
          aria-describedby="session-timeout-text"
        >
          <h2 class="govuk-heading-m" id="session-timeout-title">
            {t("layout.session.title")}
          </h2>
          <p class="govuk-body" id="session-timeout-text">
            {t("layout.session.text")}
          </p>
          <form method="post" action={localePath(locale, "/sesija/pagarinat")} class="epak-session-timeout__stay">
            <input type="hidden" name="_csrf" value={csrfToken ?? ""} />
            <div class="govuk-button-group">
              <button type="submit" class="govuk-button" data-module="govuk-button">
                {t("layout.session.stay")}
              </button>
              <button
                type="submit"
                class="govuk-button govuk-button--secondary"
                formaction={localePath(locale, "/iziet")}
                data-module="govuk-button"
              >
                {t("layout.account.log_out")}
              </button>
            </div>
          </form>
        </div>
      </div>
    </div>
  );
}

function Header({ account }: { account: boolean }) {
  const { locale, t } = usePage();
  return (
    <header class="epak-header">
      <div class="govuk-width-container epak-header__container">
        <a href={localePath(locale, "/")} class="epak-header__brand">
          <svg class="epak-header__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <rect width="32" height="32" rx="6" fill="#fff" />
            <path d="M8 26h16v-4H12.5v-4H22v-4h-9.5v-4H24V6H8z" fill="#1d4f91" />
          </svg>
          <span>
            {t("brand.name")}
            <span class="epak-header__tagline">{t("brand.tagline")}</span>
          </span>
        </a>
        <div class="epak-header__tools">
          {account ? <LoginLink /> : null}
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}

/** Site-wide notices sit under the header, before any page content, on every page. */
function Notices() {
  const { notices, t } = usePage();
  if (notices.length === 0) return null;
  return (
    <div class="govuk-width-container epak-notices">
      {notices.map((n, i) => (
        <section key={n.text} class="govuk-notification-banner" aria-labelledby={`notice-title-${i}`}>
          <div class="govuk-notification-banner__header">
            <h2 class="govuk-notification-banner__title" id={`notice-title-${i}`}>
              {t("layout.notice.title")}
            </h2>
          </div>
          <div class="govuk-notification-banner__content">
            <p class="govuk-body">{n.text}</p>
          </div>
        </section>
      ))}
    </div>
  );
}

/** Help for anyone on any page: news, common questions, and a question to an institution. */
const FOOTER_LINKS: [string, string][] = [
  ["/aktualitates", "layout.footer.news"],
  ["/buj", "layout.footer.faq"],
  ["/uzdot-jautajumu", "layout.footer.ask"],
  ["/klientu-centri", "layout.footer.centres"],
];

function Footer() {
  const { locale, path, t } = usePage();
  const report = `${localePath(locale, "/atsauksme")}?lapa=${encodeURIComponent(path)}`;
  return (
    <footer class="govuk-footer">
      <div class="govuk-width-container">
        <div class="govuk-footer__meta">
          <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 class="govuk-visually-hidden">{t("layout.footer.heading")}</h2>
            <ul class="govuk-footer__inline-list">
              {FOOTER_LINKS.map(([href, key]) => (
                <li class="govuk-footer__inline-list-item" key={href}>
                  <a class="govuk-footer__link" href={localePath(locale, href)}>
                    {t(key)}
                  </a>
                </li>
              ))}
              <li class="govuk-footer__inline-list-item">
                <a class="govuk-footer__link" href={localePath(locale, "/pieklustamiba")}>
                  {t("layout.footer.accessibility")}
                </a>
              </li>
              <li class="govuk-footer__inline-list-item">
                <a class="govuk-footer__link" href={report}>
                  {t("layout.footer.report_problem")}
                </a>
              </li>
            </ul>
            <p class="govuk-body-s">{t("layout.footer.licence")}</p>
          </div>
        </div>
      </div>
    </footer>
  );
}

export type LayoutProps = {
  title: string;
  children: ComponentChildren;
  beforeMain?: ComponentChildren;
  /** False on pages of another party (the development identity provider): no login link, no account bar. */
  account?: boolean;
};

export function Layout({ title, children, beforeMain, account = true }: LayoutProps) {
  const { locale, t, asset } = usePage();
  return (
    <html lang={locale} class="govuk-template">
      <head>
        <meta charset="utf-8" />
        <title>{`${title} – ${t("layout.title_suffix")}`}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="theme-color" content="#1d4f91" />
        <link rel="icon" href={asset("favicon.svg")} type="image/svg+xml" />
        <link rel="stylesheet" href={asset("epak.css")} />
        <script type="module" src={asset("epak.js")} />
      </head>
      <body class="govuk-template__body">
        <a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">
          {t("layout.skip_link")}
        </a>
        <Header account={account} />
        {account ? <AccountBar /> : null}
        <Notices />
        {beforeMain}
        <div class="govuk-width-container">
          <main class="govuk-main-wrapper" id="main-content">
            {children}
          </main>
        </div>
        <Footer />
      </body>
    </html>
  );
}
