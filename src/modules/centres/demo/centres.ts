// The demo centres: one in the administrative centre of each of the 42 local governments (seven
// state cities and 35 novadi, as the catalogue lists them), and five in libraries that took on a
// centre's work (Baldone, Jaunjelgava, Koknese, Skrīveri and the Burtnieki parish library).
// Coordinates are the towns' approximate centres. A centre in a municipality's own building has
// the municipality's address and contacts from the catalogue; the library centres' addresses
// name only the library and the town. Hours and accessibility notes are made up for the demo.
import type { Text, WeeklyHours } from "../model.ts";

export type HoursPattern = "standard" | "lunch" | "city" | "library";
export type AccessNote = "step_free" | "ramp" | "lift" | "steps" | "reading_room";

export type DemoCentre = {
  slug: string;
  municipality: string;
  name: Text;
  town: Text;
  latitude: number;
  longitude: number;
  hours: HoursPattern;
  access: AccessNote;
  /** A library's name and address; absent for a centre in the municipality's building. */
  library?: { name: Text; address: string };
};

const DAY_8_TO_17: [string, string][] = [["08:00", "17:00"]];

export const HOURS: Record<HoursPattern, WeeklyHours> = {
  standard: { "1": [["08:00", "18:00"]], "2": DAY_8_TO_17, "3": DAY_8_TO_17, "4": DAY_8_TO_17, "5": [["08:00", "16:00"]] },
  lunch: {
    "1": [
      ["08:30", "12:00"],
      ["12:30", "18:00"],
    ],
    "2": [
      ["08:30", "12:00"],
      ["12:30", "17:00"],
    ],
    "3": [
      ["08:30", "12:00"],
      ["12:30", "17:00"],
    ],
    "4": [
      ["08:30", "12:00"],
      ["12:30", "17:00"],
    ],
    "5": [["08:30", "15:00"]],
  },
  city: {
    "1": [["08:30", "19:00"]],
    "2": [["08:30", "17:00"]],
    "3": [["08:30", "17:00"]],
    "4": [["08:30", "17:00"]],
    "5": [["08:30", "16:00"]],
    "6": [["10:00", "14:00"]],
  },
  library: {
    "2": [["10:00", "18:00"]],
    "3": [["10:00", "18:00"]],
    "4": [["10:00", "18:00"]],
    "5": [["10:00", "18:00"]],
    "6": [["10:00", "15:00"]],
  },
};

export const ACCESS_NOTES: Record<AccessNote, Text> = {
  step_free: {
    lv: "Ieeja ielas līmenī bez pakāpieniem, centrs ir pirmajā stāvā. Pie ēkas ir autostāvvieta cilvēkiem ar invaliditāti.",
    en: "Step-free entrance at street level and the centre is on the ground floor. There is a parking space for disabled people by the building.",
  },
  ramp: {
    lv: "Pie galvenās ieejas ir uzbrauktuve ratiņkrēslam, centrs ir pirmajā stāvā. Konfidenciālām sarunām ir atsevišķa telpa.",
    en: "A wheelchair ramp at the main entrance and the centre is on the ground floor. A separate room is available for confidential conversations.",
  },
  lift: {
    lv: "Centrs ir otrajā stāvā, ēkā ir lifts. Pie ieejas ir zvans, ar kuru var izsaukt darbinieku.",
    en: "The centre is one floor up and the building has a lift. A bell at the entrance calls a member of staff.",
  },
  steps: {
    lv: "Pie ieejas ir daži pakāpieni. Piezvaniet iepriekš, un darbinieks jūs sagaidīs pie ieejas. Telpā ir dzirdes cilpa.",
    en: "There are a few steps at the entrance. Call ahead and a member of staff will meet you at the door. The room has a hearing loop.",
  },
  reading_room: {
    lv: "Centrs darbojas bibliotēkas lasītavā pirmajā stāvā, ieeja bez pakāpieniem. Bibliotēkā var izmantot datoru un printeri.",
    en: "The centre works in the library's reading room on the ground floor, with a step-free entrance. The library's computers and printer can be used.",
  },
};

function town(lv: string, en: string = lv): Text {
  return { lv, en };
}

/** A centre named after its town ("Cēsu VPVKAC", "Cēsis client service centre"). */
function inTown(
  slug: string,
  municipality: string,
  genitive: string,
  place: Text,
  [latitude, longitude]: [number, number],
  hours: HoursPattern,
  access: AccessNote,
): DemoCentre {
  return {
    slug,
    municipality,
    name: { lv: `${genitive} VPVKAC`, en: `${place.en} client service centre` },
    town: place,
    latitude,
    longitude,
    hours,
    access,
  };
}

/** A novads whose administrative centre is a state city outside it: named after the novads. */
function novadsInCity(
  slug: string,
  municipality: string,
  genitive: string,
  en: string,
  place: Text,
  at: [number, number],
  hours: HoursPattern,
  access: AccessNote,
): DemoCentre {
  return {
    ...inTown(slug, municipality, "", place, at, hours, access),
    name: { lv: `${genitive} novada VPVKAC`, en: `${en} Municipality client service centre` },
  };
}

function inLibrary(
  slug: string,
  municipality: string,
  library: { lv: string; en: string; genitive: string },
  place: Text,
  address: string,
  [latitude, longitude]: [number, number],
): DemoCentre {
  return {
    slug,
    municipality,
    name: { lv: `${library.genitive} VPVKAC`, en: `${library.en} client service centre` },
    town: place,
    latitude,
    longitude,
    hours: "library",
    access: "reading_room",
    library: { name: { lv: library.lv, en: library.en }, address },
  };
}

export const DEMO_CENTRES: DemoCentre[] = [
  // ——— State cities ———
  inTown("riga", "RIGA", "Rīgas", town("Rīga", "Riga"), [56.9496, 24.1052], "city", "lift"),
  inTown("daugavpils", "DAUGAVPILS", "Daugavpils", town("Daugavpils"), [55.8714, 26.5161], "city", "ramp"),
  inTown("jelgava", "JELGAVA", "Jelgavas", town("Jelgava"), [56.6511, 23.7214], "city", "step_free"),
  inTown("jurmala", "JURMALA", "Jūrmalas", town("Jūrmala"), [56.9715, 23.793], "city", "ramp"),
  inTown("liepaja", "LIEPAJA", "Liepājas", town("Liepāja"), [56.5047, 21.0108], "city", "lift"),
  inTown("rezekne", "REZEKNE", "Rēzeknes", town("Rēzekne"), [56.5099, 27.3331], "city", "step_free"),
  inTown("ventspils", "VENTSPILS", "Ventspils", town("Ventspils"), [57.3894, 21.5606], "city", "ramp"),

  // ——— Novadi ———
  inTown("aizkraukle", "AIZKRAUKLES", "Aizkraukles", town("Aizkraukle"), [56.6048, 25.2553], "standard", "step_free"),
  inTown("aluksne", "ALUKSNES", "Alūksnes", town("Alūksne"), [57.4244, 27.0467], "lunch", "steps"),
  novadsInCity(
    "augsdaugavas-novads",
    "AUGSDAUGAVAS",
    "Augšdaugavas",
    "Augšdaugava",
    town("Daugavpils"),
    [55.876, 26.53],
    "standard",
    "ramp",
  ),
  inTown("adazi", "ADAZU", "Ādažu", town("Ādaži"), [57.0752, 24.3236], "standard", "step_free"),
  inTown("balvi", "BALVU", "Balvu", town("Balvi"), [57.1313, 27.2658], "lunch", "ramp"),
  inTown("bauska", "BAUSKAS", "Bauskas", town("Bauska"), [56.4079, 24.1944], "standard", "lift"),
  inTown("cesis", "CESIS", "Cēsu", town("Cēsis"), [57.3119, 25.2706], "standard", "step_free"),
  inTown("grobina", "DIENVIDKURZEMES", "Grobiņas", town("Grobiņa"), [56.5353, 21.1665], "lunch", "steps"),
  inTown("dobele", "DOBELES", "Dobeles", town("Dobele"), [56.6258, 23.281], "standard", "ramp"),
  inTown("gulbene", "GULBENES", "Gulbenes", town("Gulbene"), [57.1775, 26.7527], "lunch", "step_free"),
  novadsInCity("jelgavas-novads", "JELGAVAS-NOVADS", "Jelgavas", "Jelgava", town("Jelgava"), [56.647, 23.735], "standard", "lift"),
  inTown("jekabpils", "JEKABPILS", "Jēkabpils", town("Jēkabpils"), [56.499, 25.857], "standard", "ramp"),
  inTown("kraslava", "KRASLAVAS", "Krāslavas", town("Krāslava"), [55.8951, 27.1681], "lunch", "steps"),
  inTown("kuldiga", "KULDIGAS", "Kuldīgas", town("Kuldīga"), [56.9677, 21.9681], "standard", "step_free"),
  inTown("kekava", "KEKAVAS", "Ķekavas", town("Ķekava"), [56.828, 24.23], "standard", "ramp"),
  inTown("limbazi", "LIMBAZU", "Limbažu", town("Limbaži"), [57.5133, 24.7136], "lunch", "step_free"),
  inTown("livani", "LIVANU", "Līvānu", town("Līvāni"), [56.3542, 26.1759], "standard", "steps"),
  inTown("ludza", "LUDZAS", "Ludzas", town("Ludza"), [56.546, 27.719], "lunch", "ramp"),
  inTown("madona", "MADONAS", "Madonas", town("Madona"), [56.8539, 26.217], "standard", "lift"),
  inTown("marupe", "MARUPES", "Mārupes", town("Mārupe"), [56.9063, 24.05], "standard", "step_free"),
  inTown("ogre", "OGRES", "Ogres", town("Ogre"), [56.8162, 24.614], "standard", "ramp"),
  inTown("olaine", "OLAINES", "Olaines", town("Olaine"), [56.785, 23.938], "lunch", "step_free"),
  inTown("preili", "PREILU", "Preiļu", town("Preiļi"), [56.2944, 26.7246], "standard", "steps"),
  novadsInCity("rezeknes-novads", "REZEKNES-NOVADS", "Rēzeknes", "Rēzekne", town("Rēzekne"), [56.514, 27.345], "lunch", "ramp"),
  inTown("ulbroka", "ROPAZU", "Ulbrokas", town("Ulbroka"), [56.9417, 24.285], "standard", "step_free"),
  inTown("salaspils", "SALASPILS", "Salaspils", town("Salaspils"), [56.8614, 24.3497], "standard", "lift"),
  inTown("saldus", "SALDUS", "Saldus", town("Saldus"), [56.6636, 22.4881], "lunch", "ramp"),
  inTown("saulkrasti", "SAULKRASTU", "Saulkrastu", town("Saulkrasti"), [57.2638, 24.4146], "standard", "step_free"),
  inTown("sigulda", "SIGULDAS", "Siguldas", town("Sigulda"), [57.1537, 24.8531], "standard", "ramp"),
  inTown("smiltene", "SMILTENES", "Smiltenes", town("Smiltene"), [57.4242, 25.9016], "lunch", "step_free"),
  inTown("talsi", "TALSU", "Talsu", town("Talsi"), [57.2455, 22.589], "standard", "lift"),
  inTown("tukums", "TUKUMA", "Tukuma", town("Tukums"), [56.9674, 23.1553], "standard", "ramp"),
  inTown("valka", "VALKAS", "Valkas", town("Valka"), [57.7752, 26.017], "lunch", "steps"),
  inTown("valmiera", "VALMIERAS", "Valmieras", town("Valmiera"), [57.5385, 25.4264], "standard", "step_free"),
  novadsInCity("ventspils-novads", "VENTSPILS-NOVADS", "Ventspils", "Ventspils", town("Ventspils"), [57.395, 21.572], "lunch", "ramp"),

  // ——— In libraries ———
  inLibrary(
    "baldone",
    "KEKAVAS",
    { lv: "Baldones bibliotēka", en: "Baldone Library", genitive: "Baldones bibliotēkas" },
    town("Baldone"),
    "Baldones bibliotēka, Baldone, Ķekavas nov.",
    [56.7426, 24.3927],
  ),
  inLibrary(
    "jaunjelgava",
    "AIZKRAUKLES",
    { lv: "Jaunjelgavas bibliotēka", en: "Jaunjelgava Library", genitive: "Jaunjelgavas bibliotēkas" },
    town("Jaunjelgava"),
    "Jaunjelgavas bibliotēka, Jaunjelgava, Aizkraukles nov.",
    [56.6136, 25.0839],
  ),
  inLibrary(
    "koknese",
    "AIZKRAUKLES",
    { lv: "Kokneses bibliotēka", en: "Koknese Library", genitive: "Kokneses bibliotēkas" },
    town("Koknese"),
    "Kokneses bibliotēka, Koknese, Aizkraukles nov.",
    [56.6396, 25.4307],
  ),
  inLibrary(
    "skriveri",
    "AIZKRAUKLES",
    { lv: "Skrīveru bibliotēka", en: "Skrīveri Library", genitive: "Skrīveru bibliotēkas" },
    town("Skrīveri"),
    "Skrīveru bibliotēka, Skrīveri, Aizkraukles nov.",
    [56.6431, 25.1183],
  ),
  inLibrary(
    "burtnieki",
    "VALMIERAS",
    { lv: "Burtnieku pagasta bibliotēka", en: "Burtnieki Parish Library", genitive: "Burtnieku pagasta bibliotēkas" },
    town("Burtnieki"),
    "Burtnieku pagasta bibliotēka, Burtnieki, Valmieras nov.",
    [57.7008, 25.2711],
  ),
];

/** The code staff memberships use for a centre: "VPVKAC-" and its slug in capitals ("VPVKAC-CESIS"). */
export function centreCode(slug: string): string {
  return `VPVKAC-${slug.toUpperCase()}`;
}
