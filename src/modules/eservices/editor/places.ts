// A place in a definition in words, for an editor reading a problem: "pages.1.questions.0.type"
// is "2. lapa «Adrese» › 1. jautājums «Adrese» › Veids", with the titles the draft itself gives.
import type { Locale } from "../../../platform/i18n/locale.ts";
import type { Translate } from "../../../platform/i18n/messages.ts";
import { asObject, asString } from "./draft.ts";

/** Lists whose items are named ("2. lapa «Adrese»") rather than counted as plain values. */
const ITEMS: Record<string, { key: string; name?: string }> = {
  pages: { key: "page", name: "title" },
  sections: { key: "section", name: "title" },
  questions: { key: "question", name: "label" },
  options: { key: "option", name: "value" },
  rules: { key: "rule" },
  all: { key: "condition" },
  any: { key: "condition" },
};

/** The field names a place may have; any other key is written as it is. */
const FIELD_NAMES = new Set([
  "service",
  "title",
  "summary",
  "institution",
  "assurance",
  "applicants",
  "prefill",
  "fee",
  "amountCents",
  "currency",
  "payment",
  "legalBasis",
  "process",
  "decisionDelivery",
  "sections",
  "pages",
  "declaration",
  "id",
  "intro",
  "section",
  "showIf",
  "questions",
  "type",
  "label",
  "hint",
  "required",
  "options",
  "optionsFrom",
  "readOnly",
  "rules",
  "rule",
  "value",
  "message",
  "accept",
  "maxSizeMb",
  "itemLabel",
  "field",
  "equals",
  "notEquals",
  "in",
  "notIn",
  "answered",
  "all",
  "any",
  "not",
  // The editor's own boxes that stand for a part of the definition.
  "amount",
  "operator",
  "list",
  "json",
]);

function nameOf(item: unknown, key: string | undefined, locale: Locale): string {
  if (!key) return "";
  const value = asObject(item)[key];
  const text = typeof value === "object" ? asString(asObject(value)[locale]) || asString(asObject(value).lv) : asString(value);
  return text.trim();
}

export function describePlace(t: Translate, locale: Locale, draft: unknown, path: string): string {
  if (path === "") return t("eservices.place.whole");
  const words: string[] = [];
  let node: unknown = draft;
  let parent = "";
  const segments = path.split(".");
  segments.forEach((segment, i) => {
    const child = Array.isArray(node) ? node[Number(segment)] : asObject(node)[segment];
    if (/^\d+$/.test(segment)) {
      const item = ITEMS[parent];
      const n = Number(segment) + 1;
      const counted = t(`eservices.place.${item?.key ?? "value"}`, { n });
      const name = nameOf(child, item?.name, locale);
      // "2. lapa" says it is one of the pages: the list's own name before it would only repeat that.
      if (item && i > 0) words.pop();
      words.push(name ? t("eservices.place.named", { item: counted, name }) : counted);
    } else if ((segment === "lv" || segment === "en") && words.length) {
      words[words.length - 1] = t("eservices.place.in_language", { field: words.at(-1) ?? "", language: segment });
    } else if (segment === "prefill" && i === 0) {
      words.push(t("eservices.place.field.prefillSources"));
    } else if (FIELD_NAMES.has(segment)) {
      words.push(t(`eservices.place.field.${segment}`));
    } else {
      words.push(t("eservices.place.unknown", { name: segment }));
    }
    parent = segment;
    node = child;
  });
  return words.join(" › ");
}
