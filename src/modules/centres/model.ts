// What the centres module shows: client service centres (VPVKAC) with their hours and services,
// and digital agents. Texts come in Latvian and English, as everywhere in Epak.
import type { CentreWeeklyHours } from "../../platform/db/tables.ts";

export type Text = { lv: string; en: string };
export type WeeklyHours = CentreWeeklyHours;
export type Weekday = keyof WeeklyHours;
export const WEEKDAYS: readonly Weekday[] = ["1", "2", "3", "4", "5", "6", "7"];

export type Centre = {
  code: string;
  slug: string;
  name: Text;
  /** The catalogue's identifier of the municipality. */
  municipality: string;
  town: Text;
  address: string;
  latitude: number;
  longitude: number;
  phone: string | null;
  email: string | null;
  hours: WeeklyHours;
  accessibility: Text;
  /** Who hosts the centre: the municipality's own office or a library it runs. */
  host: { kind: "municipality" | "library"; name: Text };
};

export type CentreService = { service: string; template: string | null; origin: "state" | "municipal" };

export type Occupation = "librarian" | "teacher" | "official" | "social_worker";

export type DigitalAgent = {
  id: string;
  name: string;
  occupation: Occupation;
  municipality: string;
  town: Text;
  /** Where to find them: a library, a school, a parish office. */
  place: Text;
  address: string;
  availability: Text;
  /** Language codes: lv, en, ru, ltg (Latgalian), uk. */
  languages: string[];
  latitude: number;
  longitude: number;
};
