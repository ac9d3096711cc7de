// A draft as stored: whatever an editor saved, which may break any rule. The editor's screens read
// it through these, which never assume a shape, and write a part back into a copy of it.
import type { Text } from "../definition/model.ts";

export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as JsonObject) : {};
}

export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string {
  if (typeof value === "string") return value;
  return typeof value === "number" || typeof value === "boolean" ? String(value) : "";
}

export function asText(value: unknown): Text {
  const o = asObject(value);
  return { lv: asString(o.lv), en: asString(o.en) };
}

export function asStrings(value: unknown): string[] {
  return asList(value).filter((v): v is string => typeof v === "string");
}

/** Where a question is: its page, its place on the page and, inside a group, its place there (all from 0). */
export type QuestionAt = { page: number; question: number; inner: number | null };

export function questionPath(at: QuestionAt): string {
  const outer = `pages.${at.page}.questions.${at.question}`;
  return at.inner === null ? outer : `${outer}.questions.${at.inner}`;
}

export function valueAt(doc: unknown, path: string): unknown {
  let node = doc;
  for (const segment of path === "" ? [] : path.split(".")) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (typeof node === "object" && node !== null) node = (node as JsonObject)[segment];
    else return undefined;
  }
  return node;
}

/** A copy of `doc` with the value at `path` (whose parents exist) replaced. */
export function withValueAt(doc: unknown, path: string, value: unknown): JsonObject {
  const copy = structuredClone(asObject(doc));
  const segments = path.split(".");
  const last = segments.pop() as string;
  const parent = valueAt(copy, segments.join("."));
  if (Array.isArray(parent)) parent[Number(last)] = value;
  else if (typeof parent === "object" && parent !== null) (parent as JsonObject)[last] = value;
  return copy;
}

/**
 * An object with the keys given in order, undefined ones left out (a key the form owns is never
 * taken from `before`), and any other keys `before` had kept after them.
 */
export function ordered(keys: JsonObject, before: JsonObject): JsonObject {
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(keys)) if (value !== undefined) result[key] = value;
  for (const [key, value] of Object.entries(before)) if (!(key in keys)) result[key] = value;
  return result;
}

/** The ticked values of a checkbox list in the order the draft had them, newly ticked ones after. */
export function keepOrder(before: unknown, chosen: readonly string[]): string[] {
  const kept = asStrings(before).filter((v) => chosen.includes(v));
  return [...kept, ...chosen.filter((v) => !kept.includes(v))];
}
