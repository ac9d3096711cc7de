import assert from "node:assert/strict";
import { test } from "node:test";
import { type AskFields, answerProblem, askFields, askProblems } from "./question-input.ts";

const valid: AskFields = {
  institution: "VSAA",
  subject: "Pabalsts",
  question: "Kā pieteikties?",
  emailNotice: false,
  submission: "9f0b7c1e-8a47-4c55-9d0c-3f1d2b6a7e10",
};

test("a complete question has no problems", () => {
  assert.deepEqual(askProblems(valid, false), {});
});

test("each missing field gets its own message, in the order of the form", () => {
  const errors = askProblems({ ...valid, institution: "", subject: "  ", question: "\n" }, false);
  assert.deepEqual(Object.entries(errors), [
    ["institution", "questions.ask.institution_required"],
    ["subject", "questions.ask.subject_required"],
    ["question", "questions.ask.question_required"],
  ]);
});

test("an institution that is not on the list, or a centre, is refused", () => {
  assert.equal(askProblems({ ...valid, institution: "NOPE" }, false).institution, "questions.ask.institution_unknown");
  assert.equal(askProblems({ ...valid, institution: "VPVKAC-RIGA" }, false).institution, "questions.ask.institution_unknown");
});

test("limits count characters as the person sees them: 150 for the subject, 4000 for the question", () => {
  assert.deepEqual(askProblems({ ...valid, subject: "ā".repeat(150), question: "ž".repeat(4000) }, false), {});
  const errors = askProblems({ ...valid, subject: "ā".repeat(151), question: "ž".repeat(4001) }, false);
  assert.equal(errors.subject, "questions.ask.subject_too_long");
  assert.equal(errors.question, "questions.ask.question_too_long");
});

test("a textarea's CRLF line breaks count as one character each", () => {
  const fields = askFields({ question: `${"a\r\n".repeat(2000)}` });
  assert.equal(fields.question.length, 4000);
  assert.equal(askProblems({ ...valid, question: fields.question }, false).question, undefined);
});

test("an email notice needs a confirmed email address", () => {
  assert.equal(askProblems({ ...valid, emailNotice: true }, false).emailNotice, "questions.ask.email_missing");
  assert.equal(askProblems({ ...valid, emailNotice: true }, true).emailNotice, undefined);
});

test("a subject on several lines is refused", () => {
  assert.equal(askProblems({ ...valid, subject: "one\ntwo" }, false).subject, "questions.ask.subject_one_line");
});

test("the form's fields are read as typed, a repeated field once, anything else as empty", () => {
  const fields = askFields({ institution: [" VSAA ", "VID"], subject: 7, emailNotice: "yes" });
  assert.deepEqual(fields, { institution: "VSAA", subject: "", question: "", emailNotice: true, submission: "" });
});

test("an answer is needed and may be up to 8000 characters", () => {
  assert.equal(answerProblem("   "), "questions.answer.required");
  assert.equal(answerProblem("x".repeat(8000)), null);
  assert.equal(answerProblem("x".repeat(8001)), "questions.answer.too_long");
});
