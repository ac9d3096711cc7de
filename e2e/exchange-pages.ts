// The data-exchange bus as people meet it in a browser: the informative e-services that ask the
// registers through the bus, "who used my data", the public technical description and the
// administrators' registry pages. The words are written out here, not read from the message
// catalogues, so that a page in the wrong language fails.
import type { Locator, Page } from "playwright-core";
import type { TestPerson } from "./identity-pages.ts";

export const PEOPLE = {
  raimonds: { name: "Raimonds Vanags", code: "030371-14620" },
  olena: { name: "Olena Kovalenko", code: "326771-08675" },
  maksims: { name: "Maksims Kovalenko", code: "326507-22265" },
  dace: { name: "Dace Liepiņa", code: "250595-13742" },
  janis: { name: "Jānis Bērziņš", code: "150384-13866" },
  andris: { name: "Andris Kalniņš", code: "301175-15938" },
} satisfies Record<string, TestPerson>;

/** "326771-*****": how the declared-persons page shows someone else's personal code. */
export const masked = (person: TestPerson): string => `${person.code.slice(0, 6)}-*****`;

/** Raimonds's three flats in the demo property register, and who is declared at each. */
export const RAIMONDS_FLATS = {
  own: { address: "Elizabetes iela 45-2, Rīga, LV-1010", residents: [PEOPLE.raimonds] },
  kovalenko: { address: "Maskavas iela 250-41, Rīga, LV-1063", residents: [PEOPLE.olena, PEOPLE.maksims] },
  liepina: { address: "Tērbatas iela 14-3, Rīga, LV-1011", residents: [PEOPLE.dace] },
} as const;

export const PATHS = {
  declared: "/e-pakalpojumi/mana-ipasuma-deklaretas-personas",
  myData: "/e-pakalpojumi/mani-dati-valsts-registros",
  usage: "/konts/datu-izmantosana",
  publicRegistry: "/datu-apmaina",
  catalogue: "/darbs/datu-apmaina",
  consumers: "/darbs/datu-apmaina/pateretaji",
  grants: "/darbs/datu-apmaina/atlaujas",
} as const;

export const SERVICE_IDS = {
  persons: "LV/GOV/PMLP/iedzivotaju-registrs/persons",
  addresses: "LV/GOV/PMLP/iedzivotaju-registrs/addresses",
  propertyOwners: "LV/GOV/VZD/kadastrs/owners",
  officers: "LV/GOV/UR/uznemumu-registrs/officers",
  vehicleOwners: "LV/GOV/CSDD/transportlidzeklu-registrs/owners",
} as const;

export const POLICE = { clientId: "LV/GOV/VP/kriminalizmeklesana", system: "Valsts policijas kriminālizmeklēšanas sistēma" } as const;
export const VID = { clientId: "LV/GOV/VID/nodoklu-administresana", system: "VID nodokļu administrēšanas sistēma" } as const;

export const EXCHANGE_TEXT = {
  lv: {
    informative: "Informatīvais e-pakalpojums",
    declaredTitle: "Manā īpašumā deklarētās personas",
    nobodyDeclared: "Šajā īpašumā neviena persona nav deklarējusi dzīvesvietu.",
    noProperties: "Nekustamā īpašuma valsts kadastrā jums nav reģistrētu īpašumu.",
    declaredCaption: (address: string) => `Personas, kas deklarējušas dzīvesvietu: ${address}`,
    declaredHeaders: ["Vārds, uzvārds", "Personas kods", "Deklarēta kopš"],
    myDataTitle: "Mani dati valsts reģistros",
    myDataLink: "Mani dati visos valsts reģistros",
    registerSections: [
      "Iedzīvotāju reģistrs",
      "Ģimene",
      "Nekustamie īpašumi",
      "Amati uzņēmumos",
      "Sociālās apdrošināšanas periodi",
      "Pabalsti un pensijas",
      "Transportlīdzekļi",
    ],
    usageTitle: "Kas izmantoja manus datus",
    usageLink: "Kas izmantoja manus datus",
    institution: "Iestāde",
    allInstitutions: "Visas iestādes",
    from: "No datuma",
    to: "Līdz datumam",
    filter: "Atlasīt",
    none: "Šim atlasījumam nav neviena ieraksta.",
    byYou: "jūsu pieprasījums",
    addressesService: "Adreses un tajās deklarētās personas",
    declaredPurpose: "Parādīt īpašniekam viņa īpašumā deklarētās personas",
    fromPopulationRegister: "no: Pilsonības un migrācijas lietu pārvalde",
    dateInvalid: "Ievadiet datumu formā GGGG-MM-DD, piemēram, 2026-11-23",
    periodReversed: "Beigu datumam jābūt vienādam ar sākuma datumu vai vēlākam",
    errorTitlePrefix: "Kļūda:",
    publicTitle: "Datu apmaiņas pakalpojumi",
    openapi: "OpenAPI apraksts (JSON)",
    registryTitle: "Datu apmaiņa",
    consumersTitle: "Patērētāji",
    grantsTitle: "Piekļuves atļaujas",
    exceptionHidden: "izņēmums: datu subjektiem neredzams",
    revoke: "Atsaukt",
    revoked: "Piekļuves atļauja atsaukta",
    revokedList: (count: number) => `Atsauktās atļaujas (${count})`,
    personsServiceName: "Personas dati",
  },
  en: {
    informative: "Informative e-service",
    declaredTitle: "Persons declared at my property",
    nobodyDeclared: "Nobody has declared their place of residence at this property.",
    noProperties: "The State Real Estate Cadastre has no property registered to you.",
    declaredCaption: (address: string) => `Persons who declared their residence at ${address}`,
    declaredHeaders: ["Name", "Personal code", "Declared since"],
    myDataTitle: "My data in state registers",
    myDataLink: "My data in all state registers",
    registerSections: [
      "Population register",
      "Family",
      "Real estate",
      "Company board positions",
      "Social insurance periods",
      "Benefits and pensions",
      "Vehicles",
    ],
    usageTitle: "Who used my data",
    usageLink: "Who used my data",
    institution: "Institution",
    allInstitutions: "All institutions",
    from: "From date",
    to: "To date",
    filter: "Filter",
    none: "Nothing found for this filter.",
    byYou: "your request",
    addressesService: "Addresses and the persons declared there",
    declaredPurpose: "Showing an owner the persons declared at their property",
    fromPopulationRegister: "from: Office of Citizenship and Migration Affairs",
    dateInvalid: "Enter a date as YYYY-MM-DD, for example 2026-11-23",
    periodReversed: "The end date must be the same as or after the start date",
    errorTitlePrefix: "Error:",
    publicTitle: "Data exchange services",
    openapi: "OpenAPI description (JSON)",
    registryTitle: "Data exchange",
    consumersTitle: "Consumers",
    grantsTitle: "Access grants",
    exceptionHidden: "exception: hidden from data subjects",
    revoke: "Revoke",
    revoked: "The access grant has been revoked",
    revokedList: (count: number) => `Revoked grants (${count})`,
    personsServiceName: "Person data",
  },
} as const;

export const INSTITUTIONS = {
  vdaa: "Valsts digitālās attīstības aģentūra",
  police: "Valsts policija",
} as const;

export const INFORMATIVE_SYSTEM = "Epak informatīvie e-pakalpojumi";

/** A locator's text with its white space collapsed. */
export async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? "").replace(/\s+/g, " ").trim();
}

/** The rows of "Kas izmantoja manus datus" as the person sees them, one string per row. */
export async function usageRows(page: Page): Promise<string[]> {
  return (await page.locator("main tbody tr").allTextContents()).map((row) => row.replace(/\s+/g, " ").trim());
}

/** The institutions the usage page's filter offers, without "all institutions". */
export async function institutionChoices(page: Page): Promise<string[]> {
  const options = await page.locator("#iestade option").allTextContents();
  return options.slice(1).map((o) => o.trim());
}

/** "12 ieraksti": how many uses the usage page says there are. */
export async function usageCount(page: Page): Promise<string> {
  const paragraphs = (await page.locator("main p").allTextContents()).map((p) => p.trim());
  const count = paragraphs.find((p) => /^\d+ (ieraksts|ieraksti|ierakstu|uses?)$/.test(p));
  if (!count) throw new Error(`The usage page does not say how many uses there are: ${paragraphs.join(" | ")}`);
  return count;
}
