// An article's body as blocks: lines starting with "- " make a bulleted list, lines starting with
// "1. ", "2. "… numbered steps, and other lines paragraphs, which a blank line ends.
export type Block = { kind: "paragraph"; text: string } | { kind: "bullets" | "steps"; items: string[] };

const MARKERS = { bullets: /^-\s+/, steps: /^\d+\.\s+/ } as const;

function kindOf(line: string): Block["kind"] {
  if (MARKERS.bullets.test(line)) return "bullets";
  if (MARKERS.steps.test(line)) return "steps";
  return "paragraph";
}

export function blocksOf(body: string): Block[] {
  const blocks: Block[] = [];
  let previous: Block["kind"] | "blank" = "blank";
  for (const raw of body.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trim();
    if (line === "") {
      previous = "blank";
      continue;
    }
    const kind = kindOf(line);
    const last = blocks.at(-1);
    if (kind === "paragraph") {
      if (previous === "paragraph" && last?.kind === "paragraph") last.text = `${last.text} ${line}`;
      else blocks.push({ kind, text: line });
    } else {
      const item = line.replace(MARKERS[kind], "");
      if (previous === kind && last?.kind === kind) last.items.push(item);
      else blocks.push({ kind, items: [item] });
    }
    previous = kind;
  }
  return blocks;
}
