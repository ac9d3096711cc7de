// An article's body is plain text: paragraphs separated by blank lines. Nothing in it is ever
// read as markup; pages render each paragraph as escaped text.

export function paragraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").trim())
    .filter((p) => p.length > 0);
}

const MAX_SLUG = 80;

/** The address part of an article from its Latvian title: "E-indekss 2019" → "e-indekss-2019". */
export function slugOf(title: string): string {
  const plain = title
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (plain.length <= MAX_SLUG) return plain || "aktualitate";
  const cut = plain.slice(0, MAX_SLUG);
  const lastDash = cut.lastIndexOf("-");
  return lastDash > 20 ? cut.slice(0, lastDash) : cut.replace(/-+$/, "");
}
