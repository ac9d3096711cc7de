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

function Header() {
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
        <LanguageSwitch />
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

export type LayoutProps = { title: string; children: ComponentChildren; beforeMain?: ComponentChildren };

export function Layout({ title, children, beforeMain }: LayoutProps) {
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
        <Header />
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
