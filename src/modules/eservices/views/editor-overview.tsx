// One e-service as its editors see it: where it stands, the draft's problems (each with its place
// in words and a link to where it is fixed), publishing and discarding the draft, the definition
// as a file to download or to upload, and every published version.
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { DataTable } from "../../../platform/html/components/data-table.tsx";
import { SuccessBanner } from "../../../platform/html/components/success-banner.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { MAX_DEFINITION_BYTES } from "../definition/parse-definition-file.ts";
import { DEFINITION_PATHS } from "../editor/paths.ts";
import { EditorBreadcrumbs, ProblemSummary, type SummaryItem, When } from "./editor-parts.tsx";

export type DraftProblem = { place: string; message: string; href: string };

export type OverviewNotice = { kind: "published"; version: number } | { kind: "saved" | "uploaded" | "discarded" };

export type OverviewProps = {
  service: string;
  title: string;
  institution: string;
  catalogueTitle: string;
  /** Of the latest published version. */
  maturity: number | null;
  versions: { version: number; publishedAt: Date; by: string }[];
  draft: { savedAt: Date | null; by: string; problems: DraftProblem[] } | null;
  notice: OverviewNotice | null;
  /** A refused upload or publication: what the summary at the top says. */
  refusal: { title: string; items: SummaryItem[] } | null;
  csrfToken: string;
};

export const UPLOAD_FIELD = "upload-file";

function Status({ props }: { props: OverviewProps }) {
  const { t, locale } = usePage();
  const latest = props.versions[0];
  return (
    <dl class="govuk-summary-list">
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">{t("eservices.editor.overview.catalogue")}</dt>
        <dd class="govuk-summary-list__value">
          <a class="govuk-link" href={localePath(locale, `/pakalpojumi/${props.service}`)}>
            {props.catalogueTitle}
          </a>
        </dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">{t("eservices.editor.overview.published")}</dt>
        <dd class="govuk-summary-list__value">
          {latest ? (
            <>
              {t("eservices.editor.version", { version: latest.version })}, <When at={latest.publishedAt} />
            </>
          ) : (
            t("eservices.editor.list.not_published")
          )}
        </dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">{t("eservices.editor.list.maturity")}</dt>
        <dd class="govuk-summary-list__value">
          {props.maturity === null ? "—" : t("eservices.editor.maturity", { level: props.maturity })}
        </dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">{t("eservices.editor.list.draft")}</dt>
        <dd class="govuk-summary-list__value">
          {props.draft?.savedAt ? (
            <>
              {t("eservices.editor.overview.draft_saved", { name: props.draft.by })} <When at={props.draft.savedAt} />
            </>
          ) : props.draft ? (
            t("eservices.editor.overview.draft_yes")
          ) : (
            t("eservices.editor.overview.draft_none")
          )}
        </dd>
      </div>
    </dl>
  );
}

function DraftProblems({ problems }: { problems: DraftProblem[] }) {
  const { t, locale } = usePage();
  if (problems.length === 0) return <p class="govuk-body">{t("eservices.editor.overview.no_problems")}</p>;
  return (
    <>
      <p class="govuk-body">{t("eservices.editor.overview.problems", { count: problems.length })}</p>
      <ul class="govuk-list govuk-list--bullet">
        {problems.map((p) => (
          <li key={`${p.href}${p.place}${p.message}`}>
            <a class="govuk-link" href={localePath(locale, p.href)}>
              {p.place}
            </a>
            : {p.message}
          </li>
        ))}
      </ul>
    </>
  );
}

function DraftActions({ props }: { props: OverviewProps }) {
  const { t, locale } = usePage();
  const { service, draft, csrfToken } = props;
  const structure = (
    <a
      class="govuk-button govuk-button--secondary"
      data-module="govuk-button"
      href={localePath(locale, DEFINITION_PATHS.structure(service))}
    >
      {t("eservices.editor.overview.edit")}
    </a>
  );
  if (!draft) {
    return (
      <>
        <p class="govuk-body">{t("eservices.editor.overview.no_draft")}</p>
        {structure}
      </>
    );
  }
  const blocked = draft.problems.length > 0;
  return (
    <>
      <DraftProblems problems={draft.problems} />
      <div class="govuk-button-group">
        {structure}
        <form method="post" action={localePath(locale, DEFINITION_PATHS.publish(service))}>
          <CsrfField token={csrfToken} />
          <button
            type="submit"
            class={`govuk-button${blocked ? " govuk-button--disabled" : ""}`}
            data-module="govuk-button"
            disabled={blocked}
            aria-disabled={blocked ? "true" : undefined}
            aria-describedby={blocked ? "publish-blocked" : undefined}
          >
            {t("eservices.editor.overview.publish")}
          </button>
        </form>
        <form method="post" action={localePath(locale, DEFINITION_PATHS.discard(service))}>
          <CsrfField token={csrfToken} />
          <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button">
            {t("eservices.editor.overview.discard")}
          </button>
        </form>
      </div>
      {blocked ? (
        <p class="govuk-hint" id="publish-blocked">
          {t("eservices.editor.overview.publish_blocked")}
        </p>
      ) : null}
    </>
  );
}

function Files({ service }: { service: string }) {
  const { t, locale } = usePage();
  return (
    <>
      <h2 class="govuk-heading-m" id="files">
        {t("eservices.editor.files.title")}
      </h2>
      <p class="govuk-body">{t("eservices.editor.files.download")}</p>
      <ul class="govuk-list">
        {(["json", "yaml"] as const).map((format) => (
          <li key={format}>
            <a class="govuk-link" href={localePath(locale, DEFINITION_PATHS.download(service, format))} download>
              {t(`eservices.editor.files.download_${format}`)}
            </a>
          </li>
        ))}
      </ul>
      <h3 class="govuk-heading-s">{t("eservices.editor.files.upload_title")}</h3>
      <p class="govuk-body">{t("eservices.editor.files.upload_intro")}</p>
    </>
  );
}

function UploadForm({ service, csrfToken, refused }: { service: string; csrfToken: string; refused: boolean }) {
  const { t, locale } = usePage();
  const hint = t("eservices.editor.files.file_hint", { size: MAX_DEFINITION_BYTES / 1024 / 1024 });
  return (
    <form method="post" action={localePath(locale, DEFINITION_PATHS.upload(service))} enctype="multipart/form-data" novalidate>
      <CsrfField token={csrfToken} />
      <div class={`govuk-form-group${refused ? " govuk-form-group--error" : ""}`}>
        <label class="govuk-label" for={UPLOAD_FIELD}>
          {t("eservices.editor.files.file")}
        </label>
        <div id={`${UPLOAD_FIELD}-hint`} class="govuk-hint">
          {hint}
        </div>
        {refused ? (
          <p id={`${UPLOAD_FIELD}-error`} class="govuk-error-message">
            <span class="govuk-visually-hidden">{t("form.error_prefix")}</span> {t("eservices.editor.files.refused")}
          </p>
        ) : null}
        <input
          class={`govuk-file-upload${refused ? " govuk-file-upload--error" : ""}`}
          id={UPLOAD_FIELD}
          name="file"
          type="file"
          accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml"
          aria-describedby={`${UPLOAD_FIELD}-hint${refused ? ` ${UPLOAD_FIELD}-error` : ""}`}
        />
      </div>
      <div class="govuk-form-group">
        <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          <div class="govuk-checkboxes__item">
            <input class="govuk-checkboxes__input" id="upload-publish" name="publish" type="checkbox" value="true" />
            <label class="govuk-label govuk-checkboxes__label" for="upload-publish">
              {t("eservices.editor.files.publish_now")}
            </label>
          </div>
        </div>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
        {t("eservices.editor.files.upload")}
      </button>
    </form>
  );
}

function Versions({ service, versions }: Pick<OverviewProps, "service" | "versions">) {
  const { t, locale } = usePage();
  if (versions.length === 0) return <p class="govuk-body">{t("eservices.editor.versions.none")}</p>;
  return (
    <DataTable
      caption={t("eservices.editor.versions.title")}
      headers={[
        t("eservices.editor.versions.version"),
        t("eservices.editor.versions.published_at"),
        t("eservices.editor.versions.published_by"),
        t("eservices.editor.versions.file"),
      ]}
    >
      {versions.map((v) => (
        <tr class="govuk-table__row" key={String(v.version)}>
          <td class="govuk-table__cell">{v.version}</td>
          <td class="govuk-table__cell">
            <When at={v.publishedAt} />
          </td>
          <td class="govuk-table__cell">{v.by}</td>
          <td class="govuk-table__cell">
            <ul class="govuk-list govuk-!-margin-bottom-0">
              {(["yaml", "json"] as const).map((format) => (
                <li key={format}>
                  <a class="govuk-link" href={localePath(locale, DEFINITION_PATHS.download(service, format, v.version))} download>
                    {format.toUpperCase()}
                    <span class="govuk-visually-hidden"> {t("eservices.editor.version", { version: v.version })}</span>
                  </a>
                </li>
              ))}
            </ul>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

function noticeText(t: (key: string, values?: Record<string, string | number>) => string, notice: OverviewNotice | null): string | null {
  if (!notice) return null;
  if (notice.kind === "published") return t("eservices.editor.notice.published", { version: notice.version });
  return t(`eservices.editor.notice.${notice.kind}`);
}

export function DefinitionOverviewPage(props: OverviewProps) {
  const { t } = usePage();
  const title = props.refusal ? `${t("form.error_title_prefix")} ${props.title}` : props.title;
  return (
    <Layout title={title} beforeMain={<EditorBreadcrumbs />}>
      {props.refusal ? <ProblemSummary title={props.refusal.title} items={props.refusal.items} /> : null}
      <SuccessBanner text={noticeText(t, props.notice)} />
      <span class="govuk-caption-l">{props.institution}</span>
      <h1 class="govuk-heading-l">{props.title}</h1>
      <Status props={props} />
      <h2 class="govuk-heading-m">{t("eservices.editor.overview.draft_title")}</h2>
      <DraftActions props={props} />
      <Files service={props.service} />
      <UploadForm
        service={props.service}
        csrfToken={props.csrfToken}
        refused={props.refusal?.items.some((i) => i.href === `#${UPLOAD_FIELD}`) ?? false}
      />
      <h2 class="govuk-heading-m govuk-!-margin-top-6">{t("eservices.editor.versions.title")}</h2>
      <Versions service={props.service} versions={props.versions} />
    </Layout>
  );
}
