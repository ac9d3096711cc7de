// Words for the catalogue's enumerations, and amounts and dates as the catalogue's pages write
// them. Message keys are built here in one place, so that a page cannot ask for a key that the
// message files do not have without the type checker noticing the enumeration it came from.
import type { Locale } from "../../../platform/i18n/locale.ts";
import type { Audience, ChannelType, InstitutionKind, MaturityLevel, ServiceKind, ThematicArea } from "../model.ts";

export const labelKey = {
  audience: (value: Audience) => `catalog.pages.audience.${value}`,
  kind: (value: ServiceKind) => `catalog.pages.kind.${value}`,
  channel: (value: ChannelType) => `catalog.pages.channel.${value}`,
  /** The heading of a group of institutions of one kind: "Ministrijas". */
  institutionGroup: (value: InstitutionKind) => `catalog.pages.institution_group.${value}`,
  thematicArea: (value: ThematicArea) => `catalog.pages.thematic_area.${value}`,
  /** What a person can do online at this level, in a few words. */
  maturity: (value: MaturityLevel) => `catalog.pages.maturity.${value}`,
};

const euroFormats = new Map<Locale, Intl.NumberFormat>();

/** "12,50 €" in Latvian, "€12.50" in English: always with cents, as a price list writes them. */
export function formatEuro(locale: Locale, amount: number): string {
  let format = euroFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === "lv" ? "lv-LV" : "en-GB", { style: "currency", currency: "EUR" });
    euroFormats.set(locale, format);
  }
  return format.format(amount);
}

const rigaDay = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Riga" });

/** The calendar day in Riga on which `at` fell, as YYYY-MM-DD (what formatDate takes). */
export function dayInRiga(at: Date): string {
  return rigaDay.format(at);
}

/**
 * The first sentence of a description, for a one-line summary under a link. A sentence ends at
 * ". ", "! " or "? " followed by a capital letter, so "2. līmeņa" and "u. c." do not end one.
 */
export function firstSentence(text: string): string {
  const end = /[.!?](?=\s+[\p{Lu}“"(])/u.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}
