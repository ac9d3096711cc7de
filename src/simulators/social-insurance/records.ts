// Synthetic social insurance data: any likeness to real persons is chance. As on 2026-11-23: working
// adults insured with the enterprise register's companies, pensioners paid old-age pensions, Roberts
// Bērziņš's parents paid childbirth and parental benefits; minors are never insured.
import { type PersonalCode, parsePersonalCode } from "../../platform/identifiers/personal-code.ts";
import { parseRegistrationNumber } from "../../platform/identifiers/registration-number.ts";
import type { Benefit, BenefitKind, InsuranceRecord, InsuredPeriod } from "./index.ts";

// A typo in the data should stop the register from loading rather than hand out an invalid code.
function personalCode(text: string): PersonalCode {
  const parsed = parsePersonalCode(text);
  if (!parsed.ok) throw new Error(`Invalid personal code ${text} in the demo social insurance data: ${parsed.problem}`);
  return parsed.code;
}

function employee(number: string, from: string, to: string | null = null): InsuredPeriod {
  const parsed = parseRegistrationNumber(number);
  if (!parsed.ok) throw new Error(`Invalid employer ${number} in the demo social insurance data: ${parsed.problem}`);
  return { kind: "employee", from, to, employer: parsed.number };
}

function selfEmployed(from: string, to: string | null = null): InsuredPeriod {
  return { kind: "self-employed", from, to, employer: null };
}

function voluntary(from: string, to: string | null = null): InsuredPeriod {
  return { kind: "voluntary", from, to, employer: null };
}

function benefit(kind: BenefitKind, euros: number, from: string, to: string | null, child: string | null = null): Benefit {
  return { kind, monthlyAmountCents: Math.round(euros * 100), from, to, child: child === null ? null : personalCode(child) };
}

function record(code: string, periods: InsuredPeriod[], benefits: Benefit[] = []): InsuranceRecord {
  return { personalCode: personalCode(code), periods, benefits };
}

const KURZEMES_KOKS = "40003073400";
const BERZINU_BUVE = "40103587986";
const DAUGAVAS_ENERGIJA = "40003124336";
const VIDZEMES_MAIZNICA = "44103096980";
const LATGALES_LOGI = "41503088801";
const CESU_FONDS = "40008106341";
const BALTIJAS_DATI = "40203558818";
const JURMALAS_KAFEJNICA = "40103061874";

const EMILS = "030912-20045";
const ANNA = "329197-78704";
const ROBERTS = "326001-83844";
const KRISTAPS = "200105-20340";
const MARTA = "010609-22758";
const SOFIJA = "322816-78080";
const MARKUSS = "320789-54100";
const MAKSIMS = "326507-22265";

export const insuranceRecords: readonly InsuranceRecord[] = [
  // Jānis Bērziņš: paternity leave and two months of parental leave after Roberts was born.
  record(
    "150384-13866",
    [employee(DAUGAVAS_ENERGIJA, "2006-07-01", "2012-01-31"), employee(BERZINU_BUVE, "2012-02-07")],
    [benefit("childbirth", 2120, "2026-05-11", "2026-05-20", ROBERTS), benefit("parental", 1590, "2026-07-04", "2026-09-03", ROBERTS)],
  ),
  // Līga Bērziņa: maternity, then parental leave until Roberts turns one; child benefit for the elder two.
  record(
    "220786-10560",
    [employee(DAUGAVAS_ENERGIJA, "2009-09-01", "2020-11-30"), employee(BALTIJAS_DATI, "2020-12-01")],
    [
      benefit("child", 25, "2013-09-03", null, EMILS),
      benefit("child", 25, "2020-04-18", null, ANNA),
      benefit("childbirth", 1860, "2026-03-14", "2026-07-03", ROBERTS),
      benefit("parental", 1395, "2026-09-04", "2027-05-08", ROBERTS),
    ],
  ),
  // Velta Bērziņa, pensioner.
  record(
    "021052-18516",
    [employee(DAUGAVAS_ENERGIJA, "1998-10-01", "2014-12-31")],
    [benefit("old-age-pension", 612.4, "2015-01-02", null)],
  ),
  // Valdis Bērziņš, died 2024-02-14: his pension ended with the month.
  record(
    "110649-17007",
    [employee(DAUGAVAS_ENERGIJA, "1998-10-01", "2011-06-10")],
    [benefit("old-age-pension", 581.2, "2011-06-11", "2024-02-29")],
  ),
  record("301175-15938", [employee(KURZEMES_KOKS, "1998-03-01")]), // Andris Kalniņš
  // Ilze Kalniņa: child benefit for Marta, ended for Kristaps when he left school.
  record(
    "140278-14803",
    [employee(KURZEMES_KOKS, "2001-05-14")],
    [benefit("child", 25, "2006-01-20", "2023-06-30", KRISTAPS), benefit("child", 25, "2010-06-01", null, MARTA)],
  ),
  record("050837-16429", [], [benefit("old-age-pension", 489.75, "1992-08-05", null)]), // Austra Kalniņa
  record("200105-20340", [employee(BALTIJAS_DATI, "2024-07-01")]), // Kristaps Kalniņš, part-time while studying
  record("090468-14431", [employee(DAUGAVAS_ENERGIJA, "2001-03-01")]), // Edgars Liepiņš
  record("171270-19042", [employee(CESU_FONDS, "2007-06-15")]), // Inese Liepiņa
  record("250595-13742", [employee(DAUGAVAS_ENERGIJA, "2018-08-01")]), // Dace Liepiņa
  record("120998-12787", [selfEmployed("2021-01-01")]), // Artūrs Liepiņš
  // Mārtiņš Ozoliņš: paternity leave when Markuss was born.
  record("080190-15509", [employee(BALTIJAS_DATI, "2020-10-05")], [benefit("childbirth", 1730, "2024-08-16", "2024-08-25", MARKUSS)]),
  // Laura Ozoliņa: two childbirths, child benefit for both children.
  record(
    "301092-18327",
    [employee(JURMALAS_KAFEJNICA, "2014-05-01", "2019-12-31"), employee(DAUGAVAS_ENERGIJA, "2020-02-01")],
    [
      benefit("childbirth", 1240, "2021-01-30", "2021-05-21", SOFIJA),
      benefit("parental", 930, "2021-05-22", "2022-03-26", SOFIJA),
      benefit("child", 25, "2022-03-27", null, SOFIJA),
      benefit("childbirth", 1410, "2024-06-20", "2024-10-09", MARKUSS),
      benefit("parental", 1058, "2024-10-10", "2025-08-14", MARKUSS),
      benefit("child", 25, "2025-08-15", null, MARKUSS),
    ],
  ),
  // Sergejs and Tatjana Ivanovi, pensioners; Dmitrijs still employed by the company in liquidation.
  record("030255-11696", [employee(LATGALES_LOGI, "2005-03-11", "2018-11-02")], [benefit("old-age-pension", 528.9, "2018-11-03", null)]),
  record("190758-17403", [employee(LATGALES_LOGI, "2005-04-01", "2023-04-18")], [benefit("old-age-pension", 554.6, "2023-04-19", null)]),
  record("051284-10336", [employee(LATGALES_LOGI, "2016-08-01")]),
  // Olena Kovalenko: employed since 2022, child benefit for Maksims.
  record("326771-08675", [employee(BALTIJAS_DATI, "2022-06-01")], [benefit("child", 25, "2022-05-01", null, MAKSIMS)]),
  record("329571-75016", [employee(BALTIJAS_DATI, "2020-10-05")]), // Rūta Zariņa
  record("270681-12894", [selfEmployed("2014-05-19")]), // Gints Kļaviņš, sole trader
  record("030371-14620", [selfEmployed("2003-01-01", "2019-08-31"), employee(DAUGAVAS_ENERGIJA, "2019-09-01")]), // Raimonds Vanags
  record("140963-19814", [employee(VIDZEMES_MAIZNICA, "2008-11-20")]), // Aija Vītola
  // Oskars Krūmiņš, on sick leave.
  record("241287-12290", [employee(VIDZEMES_MAIZNICA, "2010-03-01")], [benefit("sickness", 1180, "2026-11-10", null)]),
  record("290292-15224", [employee(BALTIJAS_DATI, "2021-03-01")]), // Zane Eglīte
  // Agnese Jansone: unemployed since her job at the sawmill ended.
  record("080897-14559", [employee(KURZEMES_KOKS, "2019-07-01", "2026-08-31")], [benefit("unemployment", 512, "2026-09-15", "2027-05-14")]),
  // Ivars Lapiņš: his job at the bakery ended a few weeks ago; no benefit asked for yet.
  record("140689-11378", [employee(VIDZEMES_MAIZNICA, "2015-04-01", "2026-10-31")]),
  // Kārlis Siliņš: insured voluntarily since he moved abroad.
  record("010479-18471", [employee(DAUGAVAS_ENERGIJA, "2003-06-01", "2015-08-31"), voluntary("2016-01-01")]),
  record("170144-12446", [], [benefit("old-age-pension", 723.1, "2006-01-17", null)]), // Pēteris Grīnbergs
];
