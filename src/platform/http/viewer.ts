// Who is looking at a page, as the page shell needs to know it: set by the identity module for
// a request with a live session, null for everyone else. The platform knows nothing of how.
import type { LevelOfAssurance } from "../assurance.ts";

export type Viewer = {
  /** The person's id in Epak (never the personal code). */
  personId: string;
  name: string;
  level: LevelOfAssurance;
  /** For whom the person acts now: themselves, a company, as staff, or another person under a mandate. */
  acting: { kind: "self" | "company" | "staff" | "person"; id: string | null; label: string };
  /**
   * Seconds until the session ends unless the person does something; the page warns a little
   * before. A duration, not a time: the person's computer clock may be wrong.
   */
  idleSecondsLeft: number;
};
