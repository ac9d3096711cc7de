// eIDAS levels of assurance and their `acr` names: how sure a login is of who the person is.
// Shared by the relying party (identity) and the development identity provider.
export type LevelOfAssurance = "low" | "substantial" | "high";

export const LEVELS: readonly LevelOfAssurance[] = ["low", "substantial", "high"];

export const ACR = {
  low: "http://eidas.europa.eu/LoA/low",
  substantial: "http://eidas.europa.eu/LoA/substantial",
  high: "http://eidas.europa.eu/LoA/high",
} as const satisfies Record<LevelOfAssurance, string>;

export function levelFromAcr(acr: unknown): LevelOfAssurance | null {
  return LEVELS.find((level) => ACR[level] === acr) ?? null;
}

export function meetsLevel(have: LevelOfAssurance, need: LevelOfAssurance): boolean {
  return LEVELS.indexOf(have) >= LEVELS.indexOf(need);
}

export function isLevel(value: unknown): value is LevelOfAssurance {
  return LEVELS.includes(value as LevelOfAssurance);
}
