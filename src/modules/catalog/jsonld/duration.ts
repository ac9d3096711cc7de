// CPSV-AP gives processing time as an xsd:duration; Epak's editors write it as a sentence ("Up to
// 10 working days"). The export carries the sentence (epak:processingTimeDescription) and, where a
// number and a unit can be read from its start, the duration as well; an import from elsewhere that has
// only the duration gets a sentence made from it.
import type { Text } from "../model.ts";

const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
// Only a sentence that starts with the time says how long the service takes ("Up to 10 working
// days; urgent – 2"); a figure later in it may be about something else ("valid after 21 days").
const LEADING =
  /^(?:(?:usually|a decision)\s+)?(?:(?:up to|within)\s+)?(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:working\s+|calendar\s+)?(hour|day|week|month|year)s?\b/i;
// xsd:duration has no weeks (ISO 8601's PnW), so a week is written as seven days.
const DESIGNATORS: Record<string, [string, number]> = {
  hour: ["TnH", 1],
  day: ["nD", 1],
  week: ["nD", 7],
  month: ["nM", 1],
  year: ["nY", 1],
};

/** The duration the English sentence starts with (working days count as days), if it starts with one. */
export function durationOf(text: Text): string | undefined {
  if (/^immediately\b/i.test(text.en)) return "PT0S";
  const match = LEADING.exec(text.en);
  if (!match) return undefined;
  const [, amount = "", unit = ""] = match;
  const n = WORDS[amount.toLowerCase()] ?? Number(amount);
  const [pattern, factor] = DESIGNATORS[unit.toLowerCase()] ?? ["nD", 1];
  return `P${pattern.replace("n", String(n * factor))}`;
}

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.\d+)?S)?)?$/;

type Unit = { lv: [string, string]; en: [string, string] };
const UNITS: Unit[] = [
  { lv: ["gads", "gadi"], en: ["year", "years"] },
  { lv: ["mēnesis", "mēneši"], en: ["month", "months"] },
  { lv: ["nedēļa", "nedēļas"], en: ["week", "weeks"] },
  { lv: ["diena", "dienas"], en: ["day", "days"] },
  { lv: ["stunda", "stundas"], en: ["hour", "hours"] },
  { lv: ["minūte", "minūtes"], en: ["minute", "minutes"] },
  { lv: ["sekunde", "sekundes"], en: ["second", "seconds"] },
];

/** Latvian counts take the singular after 1, 21, 31 … but not after 11. */
function latvian(n: number, [one, many]: [string, string]): string {
  return `${n} ${n % 10 === 1 && n % 100 !== 11 ? one : many}`;
}

/** A sentence for an xsd:duration ("P1M2D" → "1 mēnesis 2 dienas" / "1 month 2 days"), or undefined if it is not one. */
export function describeDuration(duration: string): Text | undefined {
  const match = DURATION.exec(duration.trim());
  if (!match || duration.trim() === "P" || duration.trim().endsWith("T")) return undefined;
  const parts = UNITS.flatMap((unit, i) => {
    const n = Number(match[i + 1] ?? 0);
    return n ? [{ lv: latvian(n, unit.lv), en: `${n} ${n === 1 ? unit.en[0] : unit.en[1]}` }] : [];
  });
  if (!parts.length) return { lv: "Uzreiz", en: "Immediately" };
  return { lv: parts.map((p) => p.lv).join(" "), en: parts.map((p) => p.en).join(" ") };
}
