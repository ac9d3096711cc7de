// What a place in a service document is called where people read it: in the error summary
// ("Prasība 1 › Dokuments 2 › Nosaukums (latviski)") and in the table of changes between
// versions, with enum values as words rather than codes.
import type { Locale } from "../../../platform/i18n/locale.ts";
import type { Translate } from "../../../platform/i18n/messages.ts";
import type { MaturityLevel } from "../model.ts";
import { formatEuro, labelKey } from "../views/labels.ts";

/** Lists whose items are numbered in a label ("Prasība 2"). */
const NUMBERED = new Set([
  "channels",
  "costs",
  "requirements",
  "evidence",
  "outputs",
  "legalBasis",
  "steps",
  "keywords",
  "municipalities",
  "audience",
]);
const LANGUAGES = new Set(["lv", "en"]);

/** The label of the field at `path`, e.g. "requirements.0.evidence.1.title.lv". */
export function fieldLabel(t: Translate, path: string): string {
  const segments = path.split(".");
  const parts: string[] = [];
  let language: string | null = null;
  let list: string | null = null;
  for (const segment of segments) {
    if (/^\d+$/.test(segment) && list && NUMBERED.has(list)) {
      // "Prasības" then "0" reads as "Prasība 1": the item replaces the list's name.
      parts[parts.length - 1] = t(`catalog.editor.item.${list}`, { n: Number(segment) + 1 });
      list = null;
    } else if (LANGUAGES.has(segment)) {
      language = segment;
    } else {
      parts.push(t(`catalog.editor.field.${segment}`));
      list = segment;
    }
  }
  const label = parts.join(" › ");
  return language ? `${label} (${t(`catalog.editor.in_${language}`)})` : label;
}

/** Enum values by the last named segment of their path: `channels.0.type`, `audience.1`, `kind`. */
const VALUE_KEYS: Record<string, (value: never) => string> = {
  kind: labelKey.kind,
  audience: labelKey.audience,
  thematicArea: labelKey.thematicArea,
  type: labelKey.channel,
};

function lastName(path: string): string {
  return (
    path
      .split(".")
      .filter((s) => !/^\d+$/.test(s))
      .at(-1) ?? ""
  );
}

/** A stored value as people read it: an enum as its label, an amount as money, a flag as "yes". */
export function valueLabel(t: Translate, locale: Locale, path: string, value: string): string {
  const name = lastName(path);
  const keyOf = VALUE_KEYS[name];
  if (keyOf) {
    const key = keyOf(value as never);
    const label = t(key);
    return label === key ? value : label;
  }
  if (name === "maturity" && /^[1-5]$/.test(value)) {
    return t("catalog.editor.maturity_option", { level: value, meaning: t(labelKey.maturity(Number(value) as MaturityLevel)) });
  }
  if (name === "template" && value === "true") return t("catalog.editor.yes");
  if (name === "amount" && /^\d+(\.\d+)?$/.test(value)) return formatEuro(locale, Number(value));
  return value;
}
