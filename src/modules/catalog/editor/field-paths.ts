// One naming for a place in a service document, used three ways: a form field's name is the
// document path ("requirements.0.evidence.1.title.lv"), its id is the same with dashes (ids in
// links read better without dots), and a problem found at a path is shown next to the field that
// holds it, or next to the list or group that does when no single field does.

/** The id of the form field (or group, or list) at `path`. */
export function fieldId(path: string): string {
  return path.replaceAll(".", "-");
}

/** Lists whose lines are typed into one textarea per language: a problem on a line is the textarea's. */
const LINE_LISTS = new Set(["keywords", "steps"]);
/** Choices made with a group of checkboxes: the first box carries the group's id. */
const CHECKBOX_GROUPS = new Set(["audience", "municipalities"]);

/**
 * The id of the field where a problem at `path` is shown. `keywords.lv.2` is on line 3 of the
 * Latvian keywords; `steps.1.en` is in the English steps; `steps` alone (none given) is the
 * Latvian steps; `costs.0.currency` has no field of its own (always EUR) so it is the amount's.
 */
export function problemTarget(path: string): string {
  const segments = path.split(".");
  const [head = ""] = segments;
  // A problem with the document as a whole ("document", as problemFields names the empty path).
  if (head === "" || path === "document") return "service-form";
  if (CHECKBOX_GROUPS.has(head)) return head;
  if (LINE_LISTS.has(head)) {
    const language = segments.find((s) => s === "lv" || s === "en") ?? "lv";
    return `${head}-${language}`;
  }
  if (segments.at(-1) === "currency") return fieldId([...segments.slice(0, -1), "amount"].join("."));
  return fieldId(path);
}

/** Problems (path → message key) as the form shows them: field id → the first message for it. */
export function problemsByField(problems: Record<string, string>): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const [path, key] of Object.entries(problems)) {
    const id = problemTarget(path);
    if (!(id in byField)) byField[id] = key;
  }
  return byField;
}
