// The ways a person proves who they are at the national login module, and the level of
// assurance each gives: an eID card or eParaksts mobile is "high", an internet bank "substantial".
import { LEVELS, type LevelOfAssurance, levelFromAcr } from "../../platform/assurance.ts";

export type LoginMethod = { id: string; kind: "eid" | "eparaksts" | "bank"; name: string; level: LevelOfAssurance };

export const LOGIN_METHODS: readonly LoginMethod[] = [
  { id: "eid", kind: "eid", name: "eID karte", level: "high" },
  { id: "eparaksts", kind: "eparaksts", name: "eParaksts mobile", level: "high" },
  { id: "swedbank", kind: "bank", name: "Swedbank", level: "substantial" },
  { id: "seb", kind: "bank", name: "SEB banka", level: "substantial" },
  { id: "citadele", kind: "bank", name: "Citadele", level: "substantial" },
  { id: "luminor", kind: "bank", name: "Luminor", level: "substantial" },
];

/** The lowest level the requested acr values ask for; a request without any asks for "low". */
export function requestedLevel(acrValues: unknown): LevelOfAssurance {
  const asked = (typeof acrValues === "string" ? acrValues : "")
    .split(" ")
    .map(levelFromAcr)
    .filter((l): l is LevelOfAssurance => l !== null);
  return LEVELS.find((level) => asked.includes(level)) ?? "low";
}

export function findMethod(id: unknown): LoginMethod | null {
  return LOGIN_METHODS.find((m) => m.id === id) ?? null;
}
