// Which button sent the editor's form. "Add another" and "remove" change the form's lists and
// show it again without saving, so that a form works without JavaScript.
import { type FormBody, field } from "./form-body.ts";
import { EMPTY } from "./form-state.ts";

export type FormAction =
  | { kind: "save" }
  | { kind: "submit" }
  | { kind: "preview" }
  | { kind: "add"; list: string }
  | { kind: "remove"; list: string; index: number };

/** The repeated lists, by the name of their last segment, with what an empty group of each is. */
const EMPTY_GROUPS: Record<string, () => unknown> = {
  channels: EMPTY.channel,
  costs: EMPTY.cost,
  requirements: EMPTY.requirement,
  outputs: EMPTY.titled,
  legalBasis: EMPTY.legal,
  evidence: EMPTY.titled,
};

const LIST = /^(channels|costs|requirements|outputs|legalBasis|requirements\.\d+\.evidence)$/;

/** The button's `name="action"` value; anything unknown is a plain save, which loses nothing. */
export function formActionOf(body: FormBody): FormAction {
  const action = field(body, "action");
  if (action === "submit" || action === "preview") return { kind: action };
  if (action.startsWith("add:") && LIST.test(action.slice(4))) return { kind: "add", list: action.slice(4) };
  const remove = /^remove:(.+)\.(\d+)$/.exec(action);
  if (remove?.[1] && LIST.test(remove[1])) return { kind: "remove", list: remove[1], index: Number(remove[2]) };
  return { kind: "save" };
}

function listIn(form: object, path: string): unknown[] | null {
  let node: unknown = form;
  for (const segment of path.split(".")) {
    if (typeof node !== "object" || node === null) return null;
    node = (node as Record<string, unknown>)[segment];
  }
  return Array.isArray(node) ? node : null;
}

/** The form with one more empty group at the end of `list`, or one group fewer; a copy. */
export function applyListAction<F extends object>(form: F, action: Extract<FormAction, { kind: "add" | "remove" }>): F {
  const copy = structuredClone(form);
  const list = listIn(copy, action.list);
  if (!list) return copy;
  if (action.kind === "add") {
    const empty = EMPTY_GROUPS[action.list.split(".").at(-1) ?? ""];
    if (empty) list.push(empty());
  } else if (action.index < list.length) {
    list.splice(action.index, 1);
  }
  return copy;
}
