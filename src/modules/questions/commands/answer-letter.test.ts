import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { Messages } from "../../../platform/i18n/messages.ts";
import { answerLetter } from "./answer-letter.ts";

// This module's own messages: the letter's wording is all there.
const own = (locale: string) => JSON.parse(readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), "utf8"));
const messages = new Messages({ lv: own("lv"), en: own("en") });

const question = {
  number: "JA-2026-000042",
  subject: "Pabalsts",
  body: "Kā pieteikties?",
  askedAt: new Date("2026-11-20T08:30:00Z"),
  locale: "lv" as const,
};

test("the letter quotes the question and is signed by the officer and the institution, in the question's language", () => {
  const letter = answerLetter(messages.translator("lv"), {
    question,
    answer: "Piesakieties e-pakalpojumā.",
    officerName: "Ilze Kalniņa",
    institutionName: "Valsts sociālās apdrošināšanas aģentūra",
  });
  assert.equal(letter.subject, "Atbilde uz jautājumu JA-2026-000042");
  assert.equal(
    letter.body,
    [
      "Jūsu jautājums JA-2026-000042, uzdots 20.11.26 10:30",
      "Temats: Pabalsts",
      "Kā pieteikties?",
      "Atbilde",
      "Piesakieties e-pakalpojumā.",
      "Ilze Kalniņa\nValsts sociālās apdrošināšanas aģentūra",
    ].join("\n\n"),
  );
});

test("an English question gets an English letter", () => {
  const letter = answerLetter(messages.translator("en"), {
    question: { ...question, locale: "en" },
    answer: "Apply online.",
    officerName: "Ilze Kalniņa",
    institutionName: "State Social Insurance Agency",
  });
  assert.equal(letter.subject, "Answer to question JA-2026-000042");
  assert.match(letter.body, /^Your question JA-2026-000042, asked 20\/11\/2026, 10:30\n\nSubject: Pabalsts/);
});
