// "Kas rīkojās manā vārdā": when, who, what and the details that identify it (an application's
// or an authorisation's number, the centre, the e-service, the agent), newest first, 50 a page.
import { DataTable } from "../../../platform/html/components/data-table.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { formatDateTime } from "../../../platform/i18n/format.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { Translate } from "../../../platform/i18n/messages.ts";
import { isUuid } from "../../../platform/identifiers/uuid.ts";
import { unitName } from "../../identity/index.ts";
import type { ActedEntry } from "../queries/acted-for.ts";
import { ACTED_PATH, BackLink, MANDATES_PATH, type ServiceTitles } from "./parts.tsx";

/** Events with a readable label (mandates.event.<event>); any other shows its code. */
const LABELLED = new Set([
  "mandates.mandate.grant",
  "mandates.mandate.revoke",
  "mandates.authorisation.record",
  "mandates.authorisation.revoke",
  "eservices.application.submit-for",
  "eservices.application.start",
  "eservices.application.save",
  "eservices.application.submit",
  "eservices.application.delete",
  "eservices.attachment.add",
  "eservices.attachment.remove",
  "eservices.informative.read",
  "payments.payment.start",
  "payments.payment.create",
  "identity.acting.switch",
  "identity.register-entry.read",
  "cases.case.view",
  "mailbox.message.open",
  "mailbox.message.read",
  "mailbox.mailbox.read",
]);

function text(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

/** The details worth showing, as lines; ids are left out, numbers and names kept. */
function detailLines(
  entry: ActedEntry,
  t: Translate,
  { names, titles, locale }: { names: ReadonlyMap<string, string>; titles: ServiceTitles; locale: "lv" | "en" },
): string[] {
  const d = entry.details;
  const lines: string[] = [];
  const number = text(d.number);
  if (number) {
    const ofAuthorisation = entry.event.startsWith("mandates.authorisation.");
    lines.push(t(ofAuthorisation ? "mandates.acted.detail.authorisation" : "mandates.acted.detail.application", { number }));
  }
  const service = text(d.service);
  if (service) lines.push(t("mandates.acted.detail.service", { service: titles.get(service) ?? service }));
  const centre = text(d.centre);
  // Consultants work for centres that are staff units, so the unit list names them.
  if (centre) lines.push(t("mandates.acted.detail.centre", { centre: unitName({ unitKind: "centre", unitCode: centre }, locale) }));
  // An assisted submission names the authorisation by its number; the mandates events by its id.
  const authorisation = text(d.authorisation);
  if (authorisation && !isUuid(authorisation)) lines.push(t("mandates.acted.detail.authorisation", { number: authorisation }));
  const agent = text(d.agent);
  if (agent && entry.event.startsWith("mandates.mandate.")) {
    const name = names.get(`user:${agent}`);
    if (name) lines.push(t("mandates.acted.detail.agent", { name }));
  }
  return lines;
}

function howNote(entry: ActedEntry, personId: string): string | null {
  if (entry.channel === "assisted") return "mandates.acted.at_centre";
  if (entry.channel === "paper") return "mandates.acted.on_paper";
  if (entry.onBehalfOf === `person:${personId}`) return "mandates.acted.under_mandate";
  return null;
}

type Props = {
  personId: string;
  entries: ActedEntry[];
  names: ReadonlyMap<string, string>;
  titles: ServiceTitles;
  page: number;
  hasMore: boolean;
};

function EntryRow({ entry, personId, names, titles }: { entry: ActedEntry } & Pick<Props, "personId" | "names" | "titles">) {
  const { t, locale } = usePage();
  const who = entry.actor.startsWith("user:") ? (names.get(entry.actor) ?? t("mandates.acted.unknown")) : t("mandates.acted.system");
  const how = howNote(entry, personId);
  const lines = detailLines(entry, t, { names, titles, locale });
  return (
    <tr class="govuk-table__row">
      <td class="govuk-table__cell">{formatDateTime(locale, entry.at)}</td>
      <td class="govuk-table__cell">
        {who}
        {how ? <span class="govuk-!-display-block govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0">{t(how)}</span> : null}
      </td>
      <td class="govuk-table__cell">{LABELLED.has(entry.event) ? t(`mandates.event.${entry.event}`) : <code>{entry.event}</code>}</td>
      <td class="govuk-table__cell">
        {lines.map((line) => (
          <span key={line} class="govuk-!-display-block">
            {line}
          </span>
        ))}
      </td>
    </tr>
  );
}

export function ActedPage({ personId, entries, names, titles, page, hasMore }: Props) {
  const { t, locale } = usePage();
  const title = t("mandates.acted.title");
  const pageHref = (n: number) => `${localePath(locale, ACTED_PATH)}?lapa=${n}`;
  return (
    <Layout title={title}>
      <BackLink to={MANDATES_PATH} label={t("mandates.confirm.back")} />
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">{t("mandates.acted.lead")}</p>
      {entries.length === 0 ? (
        <p class="govuk-body">{t("mandates.acted.none")}</p>
      ) : (
        <DataTable
          caption={t("mandates.acted.caption")}
          headers={[t("mandates.acted.when"), t("mandates.acted.who"), t("mandates.acted.what"), t("mandates.acted.details")]}
        >
          {entries.map((entry) => (
            <EntryRow key={entry.id} entry={entry} personId={personId} names={names} titles={titles} />
          ))}
        </DataTable>
      )}
      {page > 1 || hasMore ? (
        <nav class="govuk-pagination" aria-label={t("mandates.acted.pages")}>
          {page > 1 ? (
            <div class="govuk-pagination__prev">
              <a class="govuk-link govuk-pagination__link" href={pageHref(page - 1)} rel="prev">
                <span class="govuk-pagination__link-title">{t("mandates.acted.newer")}</span>
              </a>
            </div>
          ) : null}
          {hasMore ? (
            <div class="govuk-pagination__next">
              <a class="govuk-link govuk-pagination__link" href={pageHref(page + 1)} rel="next">
                <span class="govuk-pagination__link-title">{t("mandates.acted.older")}</span>
              </a>
            </div>
          ) : null}
        </nav>
      ) : null}
    </Layout>
  );
}
