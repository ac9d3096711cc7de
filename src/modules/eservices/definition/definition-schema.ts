// The rules an e-service definition keeps before it can be saved as a version. A problem names its
// place as a path ("pages.2.questions.0.type") and a code that is also the key of its message
// (eservices.problem.<code>), so the editor puts it next to the field and a refused file names the
// line. Shape is checked by zod; references between parts (conditions, prefill paths, sections,
// unique ids) by the walk below, which zod cannot express.
import { z } from "zod";
import { LEVELS } from "../../../platform/assurance.ts";
import {
  APPLICANT_KINDS,
  type Condition,
  type EServiceDefinition,
  FILE_TYPES,
  PREFILL_SOURCES,
  QUESTION_TYPES,
  type Question,
} from "./model.ts";
import { PREFILL_PATHS } from "./prefill-paths.ts";

export type DefinitionProblem = { path: string; code: DefinitionProblemCode; line?: number };
export type DefinitionProblemCode =
  | "required"
  | "invalid_value"
  | "invalid_identifier"
  | "too_long"
  | "duplicate"
  | "unknown_field"
  | "unknown_prefill"
  | "unknown_section"
  | "options_needed"
  | "questions_needed"
  | "invalid_pattern"
  | "not_allowed_here"
  | "unknown_property"
  | "invalid_file"
  | "not_a_definition";

const ID = /^[a-z][a-zA-Z0-9]{0,39}$/;
const SERVICE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const INSTITUTION_ID = /^[A-Z][A-Z0-9-]*$/;

const required = z.string().trim().min(1, { message: "required" }).max(4000, { message: "too_long" });
const text = z.object({ lv: required, en: required }).strict();
const id = z.string().regex(ID, { message: "invalid_identifier" });

const literal = z.union([z.string().max(500, { message: "too_long" }), z.number(), z.boolean()]);
const operand = z.union([literal, z.array(z.string()), z.object({ prefill: z.string() }).strict()]);
const condition: z.ZodType<Condition> = z.lazy(() =>
  z.union(
    [
      z.object({ field: z.string(), equals: literal }).strict(),
      z.object({ field: z.string(), notEquals: literal }).strict(),
      z.object({ field: z.string(), in: operand }).strict(),
      z.object({ field: z.string(), notIn: operand }).strict(),
      z.object({ field: z.string(), answered: z.boolean() }).strict(),
      z.object({ prefill: z.string(), answered: z.boolean() }).strict(),
      z.object({ all: z.array(condition).min(1, { message: "required" }) }).strict(),
      z.object({ any: z.array(condition).min(1, { message: "required" }) }).strict(),
      z.object({ not: condition }).strict(),
    ],
    { message: "invalid_value" },
  ),
) as z.ZodType<Condition>;

const count = z.number({ message: "invalid_value" }).int({ message: "invalid_value" }).min(0, { message: "invalid_value" });
const rule = z.union(
  [
    z.object({ rule: z.enum(["minLength", "maxLength", "minItems", "maxItems"]), value: count, message: text }).strict(),
    z.object({ rule: z.enum(["min", "max"]), value: z.number({ message: "invalid_value" }), message: text }).strict(),
    z
      .object({
        rule: z.enum(["notBefore", "notAfter"]),
        value: z.string().regex(/^(today|[+-]?\d{1,5}|\d{4}-\d{2}-\d{2})$/, { message: "invalid_value" }),
        message: text,
      })
      .strict(),
    z.object({ rule: z.literal("pattern"), value: z.string().max(300, { message: "too_long" }), message: text }).strict(),
  ],
  { message: "invalid_value" },
);

const option = z
  .object({ value: z.string().regex(/^[a-zA-Z0-9_-]{1,60}$/, { message: "invalid_identifier" }), label: text, hint: text.optional() })
  .strict();

const question: z.ZodType<Question> = z.lazy(() =>
  z
    .object({
      id,
      type: z.enum(QUESTION_TYPES, { message: "invalid_value" }),
      label: text,
      hint: text.optional(),
      required: z.boolean({ message: "invalid_value" }).optional(),
      options: z.array(option).optional(),
      optionsFrom: z.object({ prefill: z.string(), value: z.string(), label: z.string(), hint: z.string().optional() }).strict().optional(),
      prefill: z.string().optional(),
      readOnly: z.boolean({ message: "invalid_value" }).optional(),
      showIf: condition.optional(),
      rules: z.array(rule).optional(),
      accept: z
        .array(z.enum(FILE_TYPES, { message: "invalid_value" }))
        .min(1, { message: "required" })
        .optional(),
      maxSizeMb: z
        .number({ message: "invalid_value" })
        .positive({ message: "invalid_value" })
        .max(10, { message: "invalid_value" })
        .optional(),
      questions: z.array(question).optional(),
      itemLabel: text.optional(),
    })
    .strict(),
) as z.ZodType<Question>;

const page = z
  .object({
    id,
    title: text,
    intro: text.optional(),
    section: z.string().optional(),
    showIf: condition.optional(),
    questions: z.array(question).min(1, { message: "questions_needed" }),
  })
  .strict();

export const definitionSchema = z
  .object({
    service: z.string().regex(SERVICE_ID, { message: "invalid_identifier" }).max(120, { message: "too_long" }),
    title: text,
    summary: text,
    institution: z.string().regex(INSTITUTION_ID, { message: "invalid_identifier" }).max(40, { message: "too_long" }),
    assurance: z.enum(LEVELS as ["low", "substantial", "high"], { message: "invalid_value" }),
    applicants: z.array(z.enum(APPLICANT_KINDS, { message: "invalid_value" })).min(1, { message: "required" }),
    prefill: z.array(z.enum(PREFILL_SOURCES, { message: "invalid_value" })),
    fee: z
      .object({
        amountCents: count,
        currency: z.literal("EUR", { message: "invalid_value" }),
        payment: z.enum(["beforeSubmit", "afterDecision"], { message: "invalid_value" }),
        legalBasis: text.optional(),
        exemptions: z
          .array(z.object({ when: condition, amountCents: count, reason: text }).strict())
          .max(20, { message: "too_long" })
          .optional(),
      })
      .strict()
      .nullable(),
    process: z.string().regex(SERVICE_ID, { message: "invalid_identifier" }),
    decisionDelivery: z.array(z.enum(["eAddress", "centre", "post"], { message: "invalid_value" })).min(1, { message: "required" }),
    sections: z.array(z.object({ id, title: text }).strict()).optional(),
    pages: z.array(page).min(1, { message: "required" }).max(60, { message: "too_long" }),
    declaration: text,
  })
  .strict();

function zodCode(issue: z.core.$ZodIssue): DefinitionProblemCode {
  if (issue.code === "unrecognized_keys") return "unknown_property";
  if (issue.code === "invalid_type" && issue.input === undefined) return "required";
  const known = issue.message as DefinitionProblemCode;
  return KNOWN_CODES.has(known) ? known : "invalid_value";
}

const KNOWN_CODES = new Set<string>(["required", "invalid_value", "invalid_identifier", "too_long", "questions_needed"]);

function shapeProblems(error: z.ZodError): DefinitionProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    // An unknown property is located at the property itself, not at the object holding it.
    if (issue.code === "unrecognized_keys") path.push(String(issue.keys[0]));
    return { path: path.join("."), code: zodCode(issue) };
  });
}

type Scope = { ids: Set<string>; path: string };

/** The references zod cannot check: ids unique, conditions and prefill paths pointing at real things. */
function referenceProblems(def: EServiceDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const add = (path: string, code: DefinitionProblemCode) => problems.push({ path, code });
  const allIds = new Set<string>();
  const pageIds = new Set<string>();
  const sectionIds = new Set((def.sections ?? []).map((s) => s.id));
  const prefillOk = (path: string) => {
    const source = path.split(".")[0] as (typeof PREFILL_SOURCES)[number];
    return def.prefill.includes(source) && PREFILL_PATHS.has(path);
  };

  def.pages.forEach((p, pi) => {
    if (pageIds.has(p.id)) add(`pages.${pi}.id`, "duplicate");
    pageIds.add(p.id);
    if (def.sections && !p.section) add(`pages.${pi}.section`, "required");
    if (p.section && !sectionIds.has(p.section)) add(`pages.${pi}.section`, "unknown_section");
    for (const [qi, q] of p.questions.entries()) {
      if (allIds.has(q.id)) add(`pages.${pi}.questions.${qi}.id`, "duplicate");
      allIds.add(q.id);
    }
  });
  const conditionProblems = (c: Condition, path: string, scope: Scope | null) => {
    if ("all" in c)
      c.all.forEach((x, i) => {
        conditionProblems(x, `${path}.all.${i}`, scope);
      });
    else if ("any" in c)
      c.any.forEach((x, i) => {
        conditionProblems(x, `${path}.any.${i}`, scope);
      });
    else if ("not" in c) conditionProblems(c.not, `${path}.not`, scope);
    else if ("field" in c) {
      if (!allIds.has(c.field) && !scope?.ids.has(c.field)) add(`${path}.field`, "unknown_field");
      const operand = "in" in c ? c.in : "notIn" in c ? c.notIn : null;
      if (operand && typeof operand === "object" && !Array.isArray(operand) && !prefillOk(operand.prefill)) {
        add(`${path}.${"in" in c ? "in" : "notIn"}.prefill`, "unknown_prefill");
      }
    } else if (!prefillOk(c.prefill)) add(`${path}.prefill`, "unknown_prefill");
  };
  const questionProblems = (q: Question, path: string, scope: Scope | null) => {
    const choice = q.type === "choice" || q.type === "multiChoice";
    if (choice && !q.options?.length && !q.optionsFrom) add(`${path}.options`, "options_needed");
    if (!choice && (q.options || q.optionsFrom)) add(`${path}.${q.options ? "options" : "optionsFrom"}`, "not_allowed_here");
    if (q.optionsFrom && !prefillOk(q.optionsFrom.prefill)) add(`${path}.optionsFrom.prefill`, "unknown_prefill");
    if (q.prefill && !prefillOk(q.prefill)) add(`${path}.prefill`, "unknown_prefill");
    if (q.readOnly && !q.prefill) add(`${path}.readOnly`, "not_allowed_here");
    if (q.type !== "file" && (q.accept || q.maxSizeMb)) add(`${path}.${q.accept ? "accept" : "maxSizeMb"}`, "not_allowed_here");
    if (q.type === "group") {
      if (!q.questions?.length) add(`${path}.questions`, "questions_needed");
      if (scope) add(`${path}.type`, "not_allowed_here");
      const inner: Scope = { ids: new Set(), path };
      q.questions?.forEach((x, i) => {
        if (inner.ids.has(x.id)) add(`${path}.questions.${i}.id`, "duplicate");
        inner.ids.add(x.id);
        if (x.type === "file") add(`${path}.questions.${i}.type`, "not_allowed_here");
      });
      q.questions?.forEach((x, i) => {
        questionProblems(x, `${path}.questions.${i}`, inner);
      });
    } else if (q.questions || q.itemLabel) add(`${path}.${q.questions ? "questions" : "itemLabel"}`, "not_allowed_here");
    for (const [ri, r] of (q.rules ?? []).entries()) {
      if (r.rule === "pattern" && !validPattern(r.value)) add(`${path}.rules.${ri}.value`, "invalid_pattern");
    }
    if (q.showIf) conditionProblems(q.showIf, `${path}.showIf`, scope);
  };
  def.pages.forEach((p, pi) => {
    if (p.showIf) conditionProblems(p.showIf, `pages.${pi}.showIf`, null);
    p.questions.forEach((q, qi) => {
      questionProblems(q, `pages.${pi}.questions.${qi}`, null);
    });
  });
  def.fee?.exemptions?.forEach((exemption, i) => {
    conditionProblems(exemption.when, `fee.exemptions.${i}.when`, null);
    // An exemption that asks as much as the fee (or more) is no exemption.
    if (def.fee && exemption.amountCents >= def.fee.amountCents) add(`fee.exemptions.${i}.amountCents`, "invalid_value");
  });
  return problems;
}

function validPattern(source: string): boolean {
  try {
    new RegExp(source, "u");
    return true;
  } catch {
    return false;
  }
}

export type Checked = { ok: true; definition: EServiceDefinition } | { ok: false; problems: DefinitionProblem[] };

/** Checks anything (parsed JSON or YAML, or a form's result) against the rules of a definition. */
export function checkDefinition(input: unknown): Checked {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { ok: false, problems: [{ path: "", code: "not_a_definition" }] };
  }
  const parsed = definitionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: shapeProblems(parsed.error) };
  const definition = parsed.data as EServiceDefinition;
  const problems = referenceProblems(definition);
  return problems.length ? { ok: false, problems } : { ok: true, definition };
}
