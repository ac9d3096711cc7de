// What an editor writes: a title, a summary and a body in Latvian and in English, each required
// and bounded, checked before anything is saved so the form can say what is wrong where.
import { LOCALES } from "../../platform/i18n/locale.ts";
import type { Text } from "./news.repository.ts";

export type ArticleContent = { title: Text; summary: Text; body: Text };

export const LIMITS = { title: 150, summary: 400, body: 20_000 } as const;
export type ContentPart = keyof typeof LIMITS;
export const CONTENT_PARTS: readonly ContentPart[] = ["title", "summary", "body"];

/** The form field of a part in a language: `title_lv`, `body_en`. */
export function fieldName(part: ContentPart, locale: string): string {
  return `${part}_${locale}`;
}

/** Field errors by field name, each a message key; none when the content may be saved. */
export function contentProblems(content: ArticleContent): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const locale of LOCALES) {
    for (const part of CONTENT_PARTS) {
      const value = content[part][locale];
      const field = fieldName(part, locale);
      if (value.length === 0) problems[field] = `news.editor.${field}.required`;
      else if (value.length > LIMITS[part]) problems[field] = `news.editor.${field}.too_long`;
    }
  }
  return problems;
}

/** Trims each value and, in single-line parts, folds line breaks into spaces. */
export function tidyContent(content: ArticleContent): ArticleContent {
  const line = (s: string) => s.replace(/\s+/g, " ").trim();
  const block = (s: string) => s.replace(/\r\n?/g, "\n").trim();
  const each = (text: Text, fn: (s: string) => string): Text => ({ lv: fn(text.lv), en: fn(text.en) });
  return { title: each(content.title, line), summary: each(content.summary, line), body: each(content.body, block) };
}
