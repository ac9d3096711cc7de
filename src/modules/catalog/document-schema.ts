// The rules a catalogue document must keep before it can be published, imported or loaded as demo
// data. A problem names its place as a path ("requirements.0.evidence.1.title.lv") and a code that
// is also the key of its message, so the editor can put it next to the field and the CLI can print it.
import { z } from "zod";
import { AUDIENCES, CHANNEL_TYPES, EVENT_KINDS, INSTITUTION_KINDS, MATURITY_LEVELS, SERVICE_KINDS, THEMATIC_AREAS } from "./model.ts";

export type Problem = { path: string; code: ProblemCode };
export type ProblemCode =
  | "required"
  | "invalid_value"
  | "invalid_identifier"
  | "invalid_url"
  | "invalid_amount"
  | "too_long"
  | "unknown_reference"
  | "duplicate";

const IDENTIFIER = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const INSTITUTION_IDENTIFIER = /^[A-Z][A-Z0-9-]*$/;

const required = z.string().trim().min(1, { message: "required" }).max(20_000, { message: "too_long" });
const optional = z.string().max(20_000, { message: "too_long" });
const text = z.object({ lv: required, en: required }).strict();
const optionalText = z.object({ lv: optional, en: optional }).strict();
const textList = z.object({ lv: z.array(required), en: z.array(required) }).strict();
const identifier = z.string().regex(IDENTIFIER, { message: "invalid_identifier" }).max(120, { message: "too_long" });
const institutionId = z.string().regex(INSTITUTION_IDENTIFIER, { message: "invalid_identifier" }).max(40, { message: "too_long" });
const url = z
  .string()
  .max(2000, { message: "too_long" })
  // A path on this portal, or an https address; "//host" would be another site dressed as a path.
  .refine((v) => /^\/(?!\/)\S*$/.test(v) || /^https:\/\/[^\s/]+\.[^\s]+$/.test(v), { message: "invalid_url" });

const contactPoint = z
  .object({
    email: z.email({ message: "invalid_value" }).optional(),
    phone: z
      .string()
      .regex(/^\+?[0-9 ]{5,20}$/, { message: "invalid_value" })
      .optional(),
    address: optional.optional(),
    hours: optionalText.optional(),
  })
  .strict();
const channel = z
  .object({
    type: z.enum(CHANNEL_TYPES, { message: "invalid_value" }),
    url: url.optional(),
    hours: optionalText.optional(),
    note: optionalText.optional(),
  })
  .strict();
const cost = z
  .object({
    amount: z
      .number({ message: "invalid_amount" })
      .nonnegative({ message: "invalid_amount" })
      .max(1_000_000, { message: "invalid_amount" }),
    currency: z.literal("EUR", { message: "invalid_value" }),
    description: text,
  })
  .strict();
const titled = z.object({ title: text, description: optionalText.optional() }).strict();
const requirement = z.object({ title: text, description: optionalText.optional(), evidence: z.array(titled) }).strict();
const legalResource = z.object({ title: text, url: url.optional() }).strict();

export const serviceSchema = z
  .object({
    identifier,
    title: text,
    description: text,
    institution: institutionId,
    audience: z.array(z.enum(AUDIENCES, { message: "invalid_value" })).min(1, { message: "required" }),
    kind: z.enum(SERVICE_KINDS, { message: "invalid_value" }),
    maturity: z.union(
      MATURITY_LEVELS.map((level) => z.literal(level)),
      { message: "invalid_value" },
    ),
    thematicArea: z.enum(THEMATIC_AREAS, { message: "invalid_value" }),
    keywords: textList,
    channels: z.array(channel).min(1, { message: "required" }),
    processingTime: text,
    costs: z.array(cost),
    requirements: z.array(requirement),
    outputs: z.array(titled).min(1, { message: "required" }),
    steps: z.array(text).min(1, { message: "required" }),
    legalBasis: z.array(legalResource).min(1, { message: "required" }),
    municipalities: z.array(institutionId),
    template: z.literal(true).optional(),
    contactPoint: contactPoint.optional(),
  })
  .strict();

export const localVariantSchema = z
  .object({
    identifier,
    template: identifier,
    institution: institutionId,
    costs: z.array(cost).optional(),
    contactPoint: contactPoint.optional(),
    channels: z.array(channel).min(1, { message: "required" }).optional(),
    note: optionalText.optional(),
  })
  .strict();

export const institutionSchema = z
  .object({
    identifier: institutionId,
    kind: z.enum(INSTITUTION_KINDS, { message: "invalid_value" }),
    name: text,
    shortName: z.string().trim().min(1).max(40).optional(),
    description: optionalText.optional(),
    parent: institutionId.optional(),
    contactPoint,
    website: url.optional(),
  })
  .strict();

export const eventSchema = z
  .object({
    identifier,
    kind: z.enum(EVENT_KINDS, { message: "invalid_value" }),
    title: text,
    description: text,
    keywords: textList.optional(),
    steps: z
      .array(
        z
          .object({ title: text, description: optionalText.optional(), services: z.array(identifier).min(1, { message: "required" }) })
          .strict(),
      )
      .min(1, { message: "required" }),
  })
  .strict();

const CODES: readonly ProblemCode[] = ["required", "invalid_value", "invalid_identifier", "invalid_url", "invalid_amount", "too_long"];

/** The problems zod found, each with its place and one of our codes (never zod's own wording). */
export function problemsOf(schema: z.ZodType, value: unknown): Problem[] {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.join("."),
    code: codeOf(issue),
  }));
}

/** What zod says when a value is not there at all, whichever kind of rule was not met. */
const MISSING = new Set(["invalid_type", "invalid_value", "invalid_union"]);

function codeOf(issue: z.core.$ZodIssue): ProblemCode {
  // Nothing given is "required" whatever the rule's own message: a choice an editor has not made
  // yet (a kind, a maturity level) is missing, not wrong. zod reports the input only when asked.
  if (MISSING.has(issue.code) && "input" in issue && issue.input === undefined) return "required";
  if ((CODES as readonly string[]).includes(issue.message)) return issue.message as ProblemCode;
  return "invalid_value";
}
