// Reading an editor's form as the browser sent it (url-encoded or multipart, see formBody): every
// box as typed, nothing trimmed away, since a draft keeps whatever was written.
import type { FormBody } from "../../../platform/http/multipart-body.ts";
import type { Text } from "../definition/model.ts";

export type Fields = FormBody["fields"];

/** Browsers send a textarea's line breaks as CRLF; a definition keeps LF. */
export function field(fields: Fields, name: string): string {
  const raw = fields[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === "string" ? value.replaceAll("\r\n", "\n") : "";
}

export function fieldValues(fields: Fields, name: string): string[] {
  const raw = fields[name];
  return raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
}

export function textField(fields: Fields, name: string): Text {
  return { lv: field(fields, `${name}.lv`), en: field(fields, `${name}.en`) };
}

/** The rows of a repeated group the form sent (`options.0.…`, `options.3.…`), in order, each read from its prefix. */
export function rows<T>(fields: Fields, list: string, read: (prefix: string) => T): T[] {
  const pattern = new RegExp(`^${list.replaceAll(".", "\\.")}\\.(\\d+)\\.`);
  const found = new Set<number>();
  for (const name of Object.keys(fields)) {
    const match = pattern.exec(name);
    if (match) found.add(Number(match[1]));
  }
  return [...found].sort((a, b) => a - b).map((i) => read(`${list}.${i}`));
}

/** A text of two empty boxes is left out of the definition. */
export function filledText(value: Text): Text | undefined {
  return value.lv.trim() === "" && value.en.trim() === "" ? undefined : value;
}

export function filled(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** "5", "2,5" or "2.5" as a number; anything else kept as typed, for the rules to name. */
export function numberOrTyped(typed: string): number | string | undefined {
  const value = typed.trim();
  if (value === "") return undefined;
  const normal = value.replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : value;
}

export function numberText(value: unknown, decimalComma: boolean): string {
  if (typeof value !== "number") return typeof value === "string" ? value : "";
  return decimalComma ? String(value).replace(".", ",") : String(value);
}
