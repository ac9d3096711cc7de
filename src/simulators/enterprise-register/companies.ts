// Synthetic companies: any likeness to real ones is chance. Board members are people from the demo
// population register, named in the comments so the data can be read without looking codes up.
import { type PersonalCode, parsePersonalCode } from "../../platform/identifiers/personal-code.ts";
import { parseRegistrationNumber, type RegistrationNumber } from "../../platform/identifiers/registration-number.ts";
import type { BoardMember, Company } from "./index.ts";

// A typo in the data should stop the register from loading rather than hand out an invalid number or code.
function registrationNumber(text: string): RegistrationNumber {
  const parsed = parseRegistrationNumber(text);
  if (!parsed.ok) throw new Error(`Invalid registration number ${text} in the demo enterprise register: ${parsed.problem}`);
  return parsed.number;
}

function personalCode(text: string): PersonalCode {
  const parsed = parsePersonalCode(text);
  if (!parsed.ok) throw new Error(`Invalid personal code ${text} in the demo enterprise register: ${parsed.problem}`);
  return parsed.code;
}

function company(number: string, fields: Omit<Company, "registrationNumber">): Company {
  return { registrationNumber: registrationNumber(number), ...fields };
}

function member(
  code: string,
  position: BoardMember["position"],
  representation: BoardMember["representation"],
  since: string,
): BoardMember {
  return { personalCode: personalCode(code), position, representation, since };
}

export const registerCompanies: readonly Company[] = [
  company("40003073400", {
    name: 'SIA "Kurzemes Koks"',
    legalForm: "SIA",
    address: "Liepājas iela 40, Kuldīga, Kuldīgas nov., LV-3301",
    registeredOn: "1996-04-18",
    status: "active",
    board: [member("301175-15938", "chair", "alone", "2009-05-12")], // Andris Kalniņš
  }),
  company("40103587986", {
    name: 'SIA "Bērziņu Būve"',
    legalForm: "SIA",
    address: "Krasta iela 68, Rīga, LV-1019",
    registeredOn: "2012-02-07",
    status: "active",
    board: [member("150384-13866", "chair", "alone", "2012-02-07")], // Jānis Bērziņš
  }),
  company("40003124336", {
    name: 'AS "Daugavas Enerģija"',
    legalForm: "AS",
    address: "Elizabetes iela 10, Rīga, LV-1010",
    registeredOn: "1998-10-01",
    status: "active",
    board: [
      member("090468-14431", "chair", "jointly", "2015-06-01"), // Edgars Liepiņš
      member("030371-14620", "member", "jointly", "2019-09-01"), // Raimonds Vanags
      member("150384-13866", "member", "jointly", "2021-03-15"), // Jānis Bērziņš
    ],
  }),
  company("44103096980", {
    name: 'SIA "Vidzemes Maiznīca"',
    legalForm: "SIA",
    address: "Rūpniecības iela 7, Valmiera, Valmieras nov., LV-4201",
    registeredOn: "2008-11-20",
    status: "active",
    board: [
      member("140963-19814", "chair", "jointly", "2008-11-20"), // Aija Vītola
      member("241287-12290", "member", "jointly", "2020-01-06"), // Oskars Krūmiņš
    ],
  }),
  company("41503088801", {
    name: 'SIA "Latgales Logi"',
    legalForm: "SIA",
    address: "Cietokšņa iela 60, Daugavpils, LV-5401",
    registeredOn: "2005-03-11",
    status: "liquidation",
    board: [member("051284-10336", "chair", "alone", "2016-08-01")], // Dmitrijs Ivanovs
  }),
  company("40002076043", {
    name: 'IK "Kļaviņu Medus"',
    legalForm: "IK",
    address: "„Kļaviņas”, Ances pag., Ventspils nov., LV-3601",
    registeredOn: "2014-05-19",
    status: "active",
    board: [member("270681-12894", "chair", "alone", "2014-05-19")], // Gints Kļaviņš
  }),
  company("40008023834", {
    name: 'Biedrība "Rīgas Velosipēdistu Apvienība"',
    legalForm: "biedrība",
    address: "Lāčplēša iela 87-15, Rīga, LV-1011",
    registeredOn: "2011-09-09",
    status: "active",
    board: [
      member("290292-15224", "chair", "alone", "2018-04-10"), // Zane Eglīte
      member("080190-15509", "member", "alone", "2022-04-12"), // Mārtiņš Ozoliņš
    ],
  }),
  company("40008106341", {
    name: 'Nodibinājums "Cēsu Kultūras Fonds"',
    legalForm: "nodibinājums",
    address: "Raunas iela 22, Cēsis, Cēsu nov., LV-4101",
    registeredOn: "2007-06-15",
    status: "active",
    board: [member("171270-19042", "chair", "alone", "2007-06-15")], // Inese Liepiņa
  }),
  company("40203558818", {
    name: 'SIA "Baltijas Datu Risinājumi"',
    legalForm: "SIA",
    address: "Ganību dambis 24A, Rīga, LV-1005",
    registeredOn: "2020-10-05",
    status: "active",
    board: [member("329571-75016", "chair", "alone", "2020-10-05")], // Rūta Zariņa
  }),
  company("40103061874", {
    name: 'SIA "Jūrmalas Kafejnīca"',
    legalForm: "SIA",
    address: "Jomas iela 35, Jūrmala, LV-2015",
    registeredOn: "2010-05-03",
    status: "excluded",
    board: [member("301092-18327", "member", "alone", "2016-02-01")], // Laura Ozoliņa
  }),
];
