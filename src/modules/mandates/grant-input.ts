// The grant form as posted: the agent's personal code and family name, and the terms. The agent
// is looked up in the population register by code, and the family name typed must match the
// register's, so that a mistyped code does not mandate a stranger; the same message covers an
// unknown code and a wrong name, so the form tells nobody whose code it is.
import { parsePersonalCode } from "../../platform/identifiers/personal-code.ts";

/** The form's values as typed, to show the form again with them. */
export type GrantValues = {
  agentCode: string;
  agentFamilyName: string;
  scope: string;
  services: string[];
  validFrom: string;
  validUntil: string;
};

const MAX_TEXT = 200;

function field(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  return typeof value === "string" ? value.trim().slice(0, MAX_TEXT) : "";
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string").slice(0, 100);
  return typeof value === "string" && value !== "" ? [value] : [];
}

export function grantValues(raw: unknown): GrantValues {
  const body = (raw ?? {}) as Record<string, unknown>;
  return {
    agentCode: field(body, "agentCode"),
    agentFamilyName: field(body, "agentFamilyName"),
    scope: field(body, "scope"),
    services: list(body.services),
    validFrom: field(body, "validFrom"),
    validUntil: field(body, "validUntil"),
  };
}

/** The agent's code in its stored form, or the field errors of the agent's part of the form. */
export function readAgentFields(values: GrantValues, ownCode: string): { code: string | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  let code: string | null = null;
  if (values.agentCode === "") errors.agentCode = "mandates.grant.code_required";
  else {
    const parsed = parsePersonalCode(values.agentCode);
    if (!parsed.ok) errors.agentCode = "mandates.grant.code_invalid";
    else if (parsed.code === ownCode) errors.agentCode = "mandates.grant.self";
    else code = parsed.code;
  }
  if (values.agentFamilyName === "") errors.agentFamilyName = "mandates.grant.family_name_required";
  return { code: Object.keys(errors).length === 0 ? code : null, errors };
}

/** Letters only, without case or diacritics: "Bērziņš", "BERZINS" and "berziņš" are one name. */
function folded(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase("lv")
    .replace(/[^\p{L}]/gu, "");
}

export function sameFamilyName(typed: string, registered: string): boolean {
  const a = folded(typed);
  return a !== "" && a === folded(registered);
}

/** Only an adult may act for another: 18 or older on `day`. */
export function isAdultOn(birthDate: string, day: string): boolean {
  // As ISO dates compare as text; someone born on 29 February comes of age on 1 March.
  const eighteenth = `${String(Number(birthDate.slice(0, 4)) + 18).padStart(4, "0")}${birthDate.slice(4)}`;
  return eighteenth <= day;
}
