// Reading the editor's form as the browser sends it (urlencoded, parsed into strings and, for
// a name sent more than once, arrays of strings): nothing is cut or dropped, because a draft
// keeps whatever was typed.
import type { Text } from "../model.ts";

export type FormBody = Record<string, unknown>;

export function asFormBody(body: unknown): FormBody {
  return typeof body === "object" && body !== null ? (body as FormBody) : {};
}

/** Browsers send a textarea's line breaks as CRLF; a document keeps LF. */
function normalise(value: string): string {
  return value.replaceAll("\r\n", "\n");
}

/** The field's text ("" when it was not sent); a name sent twice counts once. */
export function field(body: FormBody, name: string): string {
  const raw = body[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === "string" ? normalise(value) : "";
}

/** Every value sent under a name: the ticked boxes of a checkbox group. */
export function fieldValues(body: FormBody, name: string): string[] {
  const raw = body[name];
  const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return values.filter((v): v is string => typeof v === "string");
}

export function text(body: FormBody, name: string): Text {
  return { lv: field(body, `${name}.lv`), en: field(body, `${name}.en`) };
}

/** The indexes of a repeated group that the form sent (`costs.0.…`, `costs.3.…`), in order. */
export function groupIndexes(body: FormBody, list: string): number[] {
  const pattern = new RegExp(`^${list.replaceAll(".", "\\.")}\\.(\\d+)\\.`);
  const found = new Set<number>();
  for (const name of Object.keys(body)) {
    const match = pattern.exec(name);
    if (match) found.add(Number(match[1]));
  }
  return [...found].sort((a, b) => a - b);
}

/** The groups of a repeated list, each read by `read` from its own path prefix. */
export function groups<T>(body: FormBody, list: string, read: (prefix: string) => T): T[] {
  return groupIndexes(body, list).map((i) => read(`${list}.${i}`));
}
