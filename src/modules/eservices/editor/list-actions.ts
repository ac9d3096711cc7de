// Which button sent an editor's form. Besides saving and previewing, lists have their own buttons
// ("Pievienot", "Noņemt", "Uz augšu", "Uz leju"), each a submit button whose value names the list
// and the row, so that every screen works without JavaScript.
import { type Fields, field } from "./form-fields.ts";

export type ListAction = { kind: "add"; list: string } | { kind: "remove" | "up" | "down"; list: string; index: number };
export type EditorAction = { kind: "save" } | { kind: "preview" } | ListAction;

/** The button's `name="action"` value; anything unknown is a plain save, which loses nothing. */
export function editorActionOf(fields: Fields, lists: readonly string[]): EditorAction {
  const action = field(fields, "action");
  if (action === "preview") return { kind: "preview" };
  const add = /^add:(.+)$/.exec(action);
  if (add?.[1] && lists.includes(add[1])) return { kind: "add", list: add[1] };
  const row = /^(remove|up|down):(.+)\.(\d+)$/.exec(action);
  if (row?.[2] && lists.includes(row[2])) return { kind: row[1] as "remove" | "up" | "down", list: row[2], index: Number(row[3]) };
  return { kind: "save" };
}

export function isListAction(action: EditorAction): action is ListAction {
  return action.kind === "add" || action.kind === "remove" || action.kind === "up" || action.kind === "down";
}

/** A copy of the list with the action done; an index outside it changes nothing. */
export function applyListAction<T>(items: readonly T[], action: ListAction, empty: () => T): T[] {
  const copy = [...items];
  if (action.kind === "add") return [...copy, empty()];
  const i = action.index;
  if (i < 0 || i >= copy.length) return copy;
  if (action.kind === "remove") copy.splice(i, 1);
  else {
    const j = action.kind === "up" ? i - 1 : i + 1;
    if (j < 0 || j >= copy.length) return copy;
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** Where the row the action touched is afterwards, to go back to it. */
export function rowAfter(action: ListAction, length: number): number {
  if (action.kind === "add") return length - 1;
  if (action.kind === "up") return Math.max(0, action.index - 1);
  if (action.kind === "down") return Math.min(length - 1, action.index + 1);
  return Math.min(action.index, length - 1);
}
