// The institution's news as its editors see it: every article with its state, and the way to a new one.
import { DataTable } from "../../../platform/html/components/data-table.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { Article } from "../news.repository.ts";
import { EDITOR_PATHS } from "../paths.ts";
import { EditorCrumbs, StatusTag } from "./editor-parts.tsx";
import { Day } from "./parts.tsx";

export function EditorListPage({ institution, articles }: { institution: string; articles: Article[] }) {
  const { t, locale } = usePage();
  return (
    <Layout title={t("news.editor.list.title")} beforeMain={<EditorCrumbs withList={false} />}>
      <h1 class="govuk-heading-l">{t("news.editor.list.title")}</h1>
      <p class="govuk-body">{t("news.editor.list.institution", { institution })}</p>
      <a class="govuk-button" data-module="govuk-button" href={localePath(locale, EDITOR_PATHS.create)}>
        {t("news.editor.list.create")}
      </a>
      {articles.length === 0 ? (
        <p class="govuk-body">{t("news.editor.list.empty")}</p>
      ) : (
        <DataTable
          caption={t("news.editor.list.caption")}
          headers={[
            t("news.editor.list.col.title"),
            t("news.editor.list.col.status"),
            t("news.editor.list.col.published"),
            t("news.editor.list.col.updated"),
          ]}
        >
          {articles.map((a) => (
            <tr class="govuk-table__row" key={a.id}>
              <td class="govuk-table__cell">
                <a class="govuk-link" href={localePath(locale, EDITOR_PATHS.preview(a.id))}>
                  {a.title[locale]}
                </a>
              </td>
              <td class="govuk-table__cell">
                <StatusTag status={a.status} />
              </td>
              <td class="govuk-table__cell">{a.publishedAt ? <Day at={a.publishedAt} /> : "—"}</td>
              <td class="govuk-table__cell">
                <Day at={a.updatedAt} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </Layout>
  );
}
