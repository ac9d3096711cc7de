// What an administrator writes in a knowledge base article: its topic, a title and a body in
// Latvian and in English, and the day it was last checked. Checked before anything is saved, so
// the form can say what is wrong next to each field.
import { LOCALES } from "../../../platform/i18n/locale.ts";
import type { Text } from "../model.ts";

export const TOPICS = ["eservice", "eid", "eparaksts", "eaddress", "centre_work"] as const;
export type Topic = (typeof TOPICS)[number];

export type ArticleContent = { topic: string; title: Text; body: Text; checkedOn: string };

export const LIMITS = { title: 150, body: 20_000 } as const;

/** The form's fields, named as the inputs are. */
export const ARTICLE_FIELDS = ["topic", "title_lv", "title_en", "body_lv", "body_en", "checked_on"] as const;
export type ArticleField = (typeof ARTICLE_FIELDS)[number];

export function contentOfFields(fields: Record<ArticleField, string>): ArticleContent {
  return {
    topic: fields.topic,
    title: { lv: fields.title_lv, en: fields.title_en },
    body: { lv: fields.body_lv, en: fields.body_en },
    checkedOn: fields.checked_on,
  };
}

function isTopic(value: string): value is Topic {
  return (TOPICS as readonly string[]).includes(value);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Field errors by field name, each a message key; none when the article may be saved. */
export function contentProblems(content: ArticleContent, today: string): Partial<Record<ArticleField, string>> {
  const problems: Partial<Record<ArticleField, string>> = {};
  if (!isTopic(content.topic)) problems.topic = "centres.knowledge.form.topic.required";
  for (const locale of LOCALES) {
    for (const part of ["title", "body"] as const) {
      const field = `${part}_${locale}` as const;
      const value = content[part][locale];
      if (value.length === 0) problems[field] = `centres.knowledge.form.${field}.required`;
      else if (value.length > LIMITS[part]) problems[field] = `centres.knowledge.form.${field}.too_long`;
    }
  }
  if (content.checkedOn === "") problems.checked_on = "centres.knowledge.form.checked_on.required";
  else if (!isCalendarDate(content.checkedOn)) problems.checked_on = "centres.knowledge.form.checked_on.invalid";
  else if (content.checkedOn > today) problems.checked_on = "centres.knowledge.form.checked_on.future";
  return problems;
}

/** Titles on one line, bodies with Unix line breaks, all trimmed. */
export function tidyContent(content: ArticleContent): ArticleContent {
  const line = (s: string) => s.replace(/\s+/g, " ").trim();
  const block = (s: string) => s.replace(/\r\n?/g, "\n").trim();
  return {
    topic: content.topic.trim(),
    title: { lv: line(content.title.lv), en: line(content.title.en) },
    body: { lv: block(content.body.lv), en: block(content.body.en) },
    checkedOn: content.checkedOn.trim(),
  };
}
