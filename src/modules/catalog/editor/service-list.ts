// The institution's services as the editors' list shows them: named (a local variant by its
// template's title and the municipality), with their state, in the page's alphabetical order.
import type { Kysely } from "kysely";
import type { Tables } from "../../../platform/db/tables.ts";
import type { Locale } from "../../../platform/i18n/locale.ts";
import { actorNames } from "../../identity/index.ts";
import type { InstitutionDocument, ServiceDocument, Text } from "../model.ts";
import { isLocalVariant } from "../resolve-variant.ts";
import type { ListEntry, StateFilter } from "../views/editor-list.tsx";
import { institutionServices, templateDocuments } from "./editor.repository.ts";
import { workingCopy } from "./editor-pages.ts";

export async function serviceListEntries(db: Kysely<Tables>, institution: InstitutionDocument, locale: Locale): Promise<ListEntry[]> {
  const services = await institutionServices(db, institution.identifier);
  const templates = await templateDocuments(
    db,
    services.flatMap((s) => (s.template ? [s.template] : [])),
  );
  const names = await actorNames(
    db,
    services.flatMap((s) => (s.submittedBy ? [s.submittedBy] : [])),
  );
  const entries = services.map((s): ListEntry => {
    const doc = workingCopy(s);
    const template = isLocalVariant(doc) ? templates.get(doc.template) : undefined;
    const own = doc as Partial<ServiceDocument>;
    const title: Text = template
      ? { lv: `${template.title.lv} (${institution.name.lv})`, en: `${template.title.en} (${institution.name.en})` }
      : { lv: own.title?.lv || s.identifier, en: own.title?.en || s.identifier };
    return {
      identifier: s.identifier,
      title,
      publishedVersion: s.publishedVersion,
      draftState: s.draftState,
      submittedBy: s.submittedBy ? (names.get(s.submittedBy) ?? "—") : null,
      draftSavedAt: s.draftUpdatedAt,
    };
  });
  const collator = new Intl.Collator(locale);
  return entries.sort((a, b) => collator.compare(a.title[locale], b.title[locale]));
}

export function inState(entry: ListEntry, filter: StateFilter): boolean {
  if (filter === "publicets") return entry.publishedVersion !== null;
  if (filter === "melnraksts") return entry.draftState === "editing";
  if (filter === "parbaude") return entry.draftState === "in_review";
  return true;
}
