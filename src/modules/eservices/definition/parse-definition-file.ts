// Reading an uploaded definition file, JSON or YAML, into plain data, and finding the line in the
// file of a place in that data, so that a refused file's problems can say where to look. Both
// formats are read with the `yaml` package (JSON is a YAML flow document), which keeps every
// node's place in the text; JSON is also read strictly, since YAML would quietly accept a JSON
// file's typos (a trailing comma, `tru`) as something else.
import { type Document, isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";

export const MAX_DEFINITION_BYTES = 1024 * 1024;

const EXTENSIONS = /\.(json|ya?ml)$/i;

export type FileFormat = "json" | "yaml";

/** Why a file could not be read at all; the code is the last part of its message key. */
export type FileError = {
  code: "file_type" | "file_too_large" | "file_empty" | "file_encoding" | "syntax" | "duplicate_key" | "tab_indent";
  line?: number;
  column?: number;
};

export type ReadFile =
  | { ok: true; format: FileFormat; value: unknown; lineOf: (path: string) => number | undefined }
  | { ok: false; errors: FileError[] };

function decode(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const YAML_ERRORS: Record<string, FileError["code"]> = { DUPLICATE_KEY: "duplicate_key", TAB_AS_INDENT: "tab_indent" };

/** Only the first few: after one mistake a parser's later complaints are mostly echoes of it. */
const MAX_SYNTAX_ERRORS = 3;

export function readDefinitionFile(file: { fileName: string; bytes: Uint8Array }): ReadFile {
  if (!EXTENSIONS.test(file.fileName)) return { ok: false, errors: [{ code: "file_type" }] };
  if (file.bytes.length > MAX_DEFINITION_BYTES) return { ok: false, errors: [{ code: "file_too_large" }] };
  const text = decode(file.bytes);
  if (text === null) return { ok: false, errors: [{ code: "file_encoding" }] };
  if (text.trim() === "") return { ok: false, errors: [{ code: "file_empty" }] };
  const format: FileFormat = /^\s*[{[]/.test(text) ? "json" : "yaml";
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (format === "json") {
    const offset = jsonErrorOffset(text);
    if (offset !== null) return { ok: false, errors: [{ code: "syntax", ...position(lines, offset) }] };
  }
  const duplicates = doc.errors.filter((e) => e.code === "DUPLICATE_KEY");
  const errors = format === "json" ? duplicates : doc.errors;
  if (errors.length) {
    return {
      ok: false,
      errors: errors.slice(0, MAX_SYNTAX_ERRORS).map((e) => ({ code: YAML_ERRORS[e.code] ?? "syntax", ...position(lines, e.pos[0]) })),
    };
  }
  let value: unknown;
  try {
    value = format === "json" ? JSON.parse(text) : doc.toJS({ maxAliasCount: 100 });
  } catch {
    // Aliases that would expand into more data than any definition has.
    return { ok: false, errors: [{ code: "syntax" }] };
  }
  return { ok: true, format, value, lineOf: (path) => lineOf(doc, lines, path) };
}

function position(lines: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

type Ranged = { range?: [number, number, number] | null };

/**
 * The line of a place ("pages.1.questions.0.type") in the file: of its key, or of its list item.
 * A place that is missing from the file (a required field not written) is at its nearest
 * written ancestor.
 */
function lineOf(doc: Document, lines: LineCounter, path: string): number | undefined {
  let node: unknown = doc.contents;
  let at: number | undefined = (node as Ranged | null)?.range?.[0];
  for (const segment of path === "" ? [] : path.split(".")) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) break;
      at = (pair.key as Ranged).range?.[0] ?? at;
      node = pair.value;
    } else if (isSeq(node) && /^\d+$/.test(segment)) {
      const item = node.items[Number(segment)];
      if (item === undefined) break;
      at = (item as Ranged).range?.[0] ?? at;
      node = item;
    } else break;
  }
  return at === undefined ? undefined : lines.linePos(at).line;
}

// ---- Strict JSON ----
// JSON.parse says a file is wrong but not where; this walks the grammar (RFC 8259) only to find
// the offset of the first character that breaks it.

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON forbids raw control characters in a string; this is that rule.
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const LITERAL = /true|false|null/y;

class JsonError extends Error {
  readonly offset: number;
  constructor(offset: number) {
    super("json");
    this.offset = offset;
  }
}

export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const space = () => {
    while (i < text.length && " \t\n\r".includes(text.charAt(i))) i++;
  };
  const token = (pattern: RegExp) => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) throw new JsonError(i);
    i = pattern.lastIndex;
  };
  const expect = (char: string) => {
    if (text.charAt(i) !== char) throw new JsonError(i);
    i++;
  };
  const list = (close: string, item: () => void) => {
    i++;
    space();
    if (text.charAt(i) === close) return void i++;
    for (;;) {
      item();
      space();
      if (text.charAt(i) === close) return void i++;
      expect(",");
      space();
    }
  };
  const value = (): void => {
    space();
    const c = text.charAt(i);
    if (c === "{")
      list("}", () => {
        token(STRING);
        space();
        expect(":");
        value();
      });
    else if (c === "[") list("]", value);
    else if (c === '"') token(STRING);
    else if (c === "-" || (c >= "0" && c <= "9")) token(NUMBER);
    else token(LITERAL);
  };
  try {
    value();
    space();
    if (i < text.length) throw new JsonError(i);
    return null;
  } catch (error) {
    if (error instanceof JsonError) return error.offset;
    throw error;
  }
}
