// The draft as the public service page will show it, under a banner that says it is not public
// yet, with the way back to the form.
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { Preview } from "../editor/preview.ts";
import { EDITOR_PATHS, EditorBreadcrumbs } from "./editor-parts.tsx";
import { ServiceArticle } from "./service-page.tsx";

export function PreviewPage({ identifier, preview, incomplete }: { identifier: string; preview: Preview; incomplete: boolean }) {
  const { t, locale } = usePage();
  const title = preview.service.document.title[locale] || identifier;
  return (
    <Layout title={t("catalog.editor.preview.title", { service: title })} beforeMain={<EditorBreadcrumbs />}>
      <section class="govuk-notification-banner" aria-labelledby="preview-title">
        <div class="govuk-notification-banner__header">
          <h2 class="govuk-notification-banner__title" id="preview-title">
            {t("catalog.editor.preview.banner")}
          </h2>
        </div>
        <div class="govuk-notification-banner__content">
          <p class="govuk-body">{t(incomplete ? "catalog.editor.preview.incomplete" : "catalog.editor.preview.text")}</p>
          <p class="govuk-body">
            <a class="govuk-notification-banner__link" href={localePath(locale, EDITOR_PATHS.edit(identifier))}>
              {t("catalog.editor.preview.back")}
            </a>
          </p>
        </div>
      </section>
      <ServiceArticle service={preview.service} coverage={preview.coverage} />
    </Layout>
  );
}
