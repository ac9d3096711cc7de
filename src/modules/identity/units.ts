// The institutions and client service centres staff can belong to. The catalogue (institutions)
// and the centres module will own these lists; until they exist, identity keeps the few that
// the demo's staff need, by a short code that those modules will keep using.
import type { Locale } from "../../platform/i18n/locale.ts";
import type { Translate } from "../../platform/i18n/messages.ts";

export type Unit = { kind: "institution" | "centre"; code: string; name: { lv: string; en: string } };

export const UNITS: readonly Unit[] = [
  {
    kind: "institution",
    code: "VDAA",
    name: { lv: "Valsts digitālās attīstības aģentūra", en: "State Digital Development Agency" },
  },
  { kind: "institution", code: "VSAA", name: { lv: "Valsts sociālās apdrošināšanas aģentūra", en: "State Social Insurance Agency" } },
  {
    kind: "institution",
    code: "PMLP",
    name: { lv: "Pilsonības un migrācijas lietu pārvalde", en: "Office of Citizenship and Migration Affairs" },
  },
  { kind: "institution", code: "VID", name: { lv: "Valsts ieņēmumu dienests", en: "State Revenue Service" } },
  { kind: "institution", code: "CSDD", name: { lv: "Ceļu satiksmes drošības direkcija", en: "Road Traffic Safety Directorate" } },
  { kind: "institution", code: "VZD", name: { lv: "Valsts zemes dienests", en: "State Land Service" } },
  { kind: "institution", code: "VP", name: { lv: "Valsts policija", en: "State Police" } },
  { kind: "institution", code: "UR", name: { lv: "Uzņēmumu reģistrs", en: "Register of Enterprises" } },
  { kind: "institution", code: "NVA", name: { lv: "Nodarbinātības valsts aģentūra", en: "State Employment Agency" } },
  {
    kind: "institution",
    code: "VARAM",
    name: {
      lv: "Viedās administrācijas un reģionālās attīstības ministrija",
      en: "Ministry of Smart Administration and Regional Development",
    },
  },
  { kind: "institution", code: "RIGA", name: { lv: "Rīgas valstspilsētas pašvaldība", en: "Riga State City Municipality" } },
  { kind: "institution", code: "CESIS", name: { lv: "Cēsu novada pašvaldība", en: "Cēsis Municipality" } },
  {
    kind: "centre",
    code: "VPVKAC-RIGA",
    name: { lv: "Valsts un pašvaldības vienotais klientu apkalpošanas centrs Rīgā", en: "One-stop client service centre in Riga" },
  },
  {
    kind: "centre",
    code: "VPVKAC-CESIS",
    name: { lv: "Valsts un pašvaldības vienotais klientu apkalpošanas centrs Cēsīs", en: "One-stop client service centre in Cēsis" },
  },
];

/** The platform's operator: the one unit whose administrators administer the platform. */
export const PLATFORM_UNIT = { kind: "institution", code: "VDAA" } as const;

/** A unit's name in the language asked for; its code when it is not (or no longer) on the list. */
export function unitName(m: { unitKind: string; unitCode: string }, locale: Locale): string {
  return findUnit(m.unitKind, m.unitCode)?.name[locale] ?? m.unitCode;
}

/** "Institution officer, State Social Insurance Agency": a staff membership as people read it. */
export function membershipLabel(t: Translate, m: { role: string; unitKind: string; unitCode: string }, locale: Locale): string {
  return t("identity.acting.staff_label", { role: t(`identity.role.${m.role}`), unit: unitName(m, locale) });
}

export function findUnit(kind: string, code: string): Unit | null {
  return UNITS.find((u) => u.kind === kind && u.code === code) ?? null;
}
