// Synthetic people: any likeness to real persons is chance. Ages are chosen as on 2026-11-23. The array
// is in the order testers see in a picker; the deceased come last and are left out of it.
import { type PersonalCode, parsePersonalCode } from "../../platform/identifiers/personal-code.ts";
import { registerAddresses } from "./addresses.ts";
import type { DeclaredAddress, RegisterPerson } from "./index.ts";

// A typo here should stop the register from loading rather than hand out an invalid code.
function code(text: string): PersonalCode {
  const parsed = parsePersonalCode(text);
  if (!parsed.ok) throw new Error(`Invalid personal code ${text} in the demo population register: ${parsed.problem}`);
  return parsed.code;
}

function at(addressCode: string): DeclaredAddress {
  const address = registerAddresses.find((candidate) => candidate.addressCode === addressCode);
  if (!address) throw new Error(`Unknown address code ${addressCode} in the demo population register`);
  return address;
}

type Given = Pick<
  RegisterPerson,
  "personalCode" | "givenName" | "familyName" | "birthDate" | "sex" | "declaredAddress" | "declaredOn" | "note"
>;

function person(fields: Given & Partial<RegisterPerson>): RegisterPerson {
  return {
    citizenship: "LV",
    status: "citizen",
    residencePermit: null,
    spouse: null,
    parents: [],
    children: [],
    deceasedOn: null,
    ...fields,
  };
}

const JANIS = code("150384-13866");
const LIGA = code("220786-10560");
const VELTA = code("021052-18516");
const VALDIS = code("110649-17007");
const EMILS = code("030912-20045");
const ANNA = code("329197-78704");
const ROBERTS = code("326001-83844");

const ANDRIS = code("301175-15938");
const ILZE = code("140278-14803");
const AUSTRA = code("050837-16429");
const KRISTAPS = code("200105-20340");
const MARTA = code("010609-22758");

const EDGARS = code("090468-14431");
const INESE = code("171270-19042");
const DACE = code("250595-13742");
const ARTURS = code("120998-12787");

const MARTINS = code("080190-15509");
const LAURA = code("301092-18327");
const SOFIJA = code("322816-78080");
const MARKUSS = code("320789-54100");

const SERGEJS = code("030255-11696");
const TATJANA = code("190758-17403");
const DMITRIJS = code("051284-10336");

const OLENA = code("326771-08675");
const MAKSIMS = code("326507-22265");

const berzini = at("105117328"); // Brīvības iela 101-5, Rīga
const kalnini = at("103710548"); // Liepājas iela 12, Kuldīga
const liepini = at("102114367"); // Raunas iela 22, Cēsis
const ozolini = at("100982455"); // Lielā iela 27-8, Jelgava
const ivanovi = at("100603712"); // Rīgas iela 40-7, Daugavpils
const kovalenko = at("105208834"); // Maskavas iela 250-41, Rīga

export const registerPersons: readonly RegisterPerson[] = [
  person({
    personalCode: JANIS,
    givenName: "Jānis",
    familyName: "Bērziņš",
    birthDate: "1984-03-15",
    sex: "male",
    declaredAddress: berzini,
    declaredOn: "2013-07-01",
    spouse: LIGA,
    parents: [VALDIS, VELTA],
    children: [EMILS, ANNA, ROBERTS],
    note: {
      lv: 'Valdes loceklis divos uzņēmumos: SIA "Bērziņu Būve" pārstāv viens, AS "Daugavas Enerģija" kopā ar citiem; trīs bērnu tēvs.',
      en: 'Board member of two companies: acts alone for SIA "Bērziņu Būve", jointly for AS "Daugavas Enerģija"; father of three.',
    },
  }),
  person({
    personalCode: LIGA,
    givenName: "Līga",
    familyName: "Bērziņa",
    birthDate: "1986-07-22",
    sex: "female",
    declaredAddress: berzini,
    declaredOn: "2013-07-01",
    spouse: JANIS,
    children: [EMILS, ANNA, ROBERTS],
    note: {
      lv: "Triju bērnu māte, jaunākais vēl zīdainis.",
      en: "Mother of three, the youngest still an infant.",
    },
  }),
  person({
    personalCode: VELTA,
    givenName: "Velta",
    familyName: "Bērziņa",
    birthDate: "1952-10-02",
    sex: "female",
    declaredAddress: at("104582109"), // Ozolu iela 4, Ogre
    declaredOn: "1985-06-10",
    children: [JANIS],
    note: {
      lv: "Pensionāre, atraitne: vīrs Valdis Bērziņš miris 2024. gadā.",
      en: "Pensioner and widow: her husband Valdis Bērziņš died in 2024.",
    },
  }),
  person({
    personalCode: EMILS,
    givenName: "Emīls",
    familyName: "Bērziņš",
    birthDate: "2012-09-03",
    sex: "male",
    declaredAddress: berzini,
    declaredOn: "2013-07-01",
    parents: [JANIS, LIGA],
    note: { lv: "Skolnieks, nepilngadīgs, ar vecā parauga personas kodu.", en: "Schoolboy, a minor, with an old-format personal code." },
  }),
  person({
    personalCode: ANNA,
    givenName: "Anna",
    familyName: "Bērziņa",
    birthDate: "2019-04-18",
    sex: "female",
    declaredAddress: berzini,
    declaredOn: "2019-05-02",
    parents: [JANIS, LIGA],
    note: { lv: "Bērns ar jaunā parauga personas kodu.", en: "Child with a new-format personal code." },
  }),
  person({
    personalCode: ROBERTS,
    givenName: "Roberts",
    familyName: "Bērziņš",
    birthDate: "2026-05-09",
    sex: "male",
    declaredAddress: berzini,
    declaredOn: "2026-05-20",
    parents: [JANIS, LIGA],
    note: { lv: "Zīdainis, dzimis 2026. gadā.", en: "Infant born in 2026." },
  }),
  person({
    personalCode: ANDRIS,
    givenName: "Andris",
    familyName: "Kalniņš",
    birthDate: "1975-11-30",
    sex: "male",
    declaredAddress: kalnini,
    declaredOn: "2004-10-15",
    spouse: ILZE,
    parents: [AUSTRA],
    children: [KRISTAPS, MARTA],
    note: {
      lv: 'SIA "Kurzemes Koks" valdes priekšsēdētājs, pārstāv to viens.',
      en: 'Chair of the board of SIA "Kurzemes Koks", acts for it alone.',
    },
  }),
  person({
    personalCode: ILZE,
    givenName: "Ilze",
    familyName: "Kalniņa",
    birthDate: "1978-02-14",
    sex: "female",
    declaredAddress: kalnini,
    declaredOn: "2004-10-15",
    spouse: ANDRIS,
    children: [KRISTAPS, MARTA],
    note: { lv: "Divu bērnu māte; meita vēl nepilngadīga.", en: "Mother of two; her daughter is still a minor." },
  }),
  person({
    personalCode: AUSTRA,
    givenName: "Austra",
    familyName: "Kalniņa",
    birthDate: "1937-08-05",
    sex: "female",
    declaredAddress: at("103710891"), // Baznīcas iela 3, Kuldīga
    declaredOn: "1994-03-22",
    children: [ANDRIS],
    note: { lv: "Vecākā testa persona, pāri 85 gadiem; pensionāre.", en: "The oldest test person, over 85; pensioner." },
  }),
  person({
    personalCode: KRISTAPS,
    givenName: "Kristaps",
    familyName: "Kalniņš",
    birthDate: "2005-01-20",
    sex: "male",
    declaredAddress: at("105093361"), // Burtnieku iela 36-12, Rīga
    declaredOn: "2023-08-28",
    parents: [ANDRIS, ILZE],
    note: {
      lv: "Students Rīgā, deklarēts citā pašvaldībā nekā vecāki.",
      en: "University student in Rīga, declared in another municipality than his parents.",
    },
  }),
  person({
    personalCode: MARTA,
    givenName: "Marta",
    familyName: "Kalniņa",
    birthDate: "2009-06-01",
    sex: "female",
    declaredAddress: kalnini,
    declaredOn: "2009-06-15",
    parents: [ANDRIS, ILZE],
    note: { lv: "Vidusskolniece, pilngadīga būs 2027. gadā.", en: "Secondary-school pupil, of age in 2027." },
  }),
  person({
    personalCode: EDGARS,
    givenName: "Edgars",
    familyName: "Liepiņš",
    birthDate: "1968-04-09",
    sex: "male",
    declaredAddress: liepini,
    declaredOn: "2003-05-12",
    spouse: INESE,
    children: [DACE, ARTURS],
    note: {
      lv: 'AS "Daugavas Enerģija" valdes priekšsēdētājs, pārstāv tikai kopā ar citu valdes locekli.',
      en: 'Chair of the board of AS "Daugavas Enerģija", acts for it only jointly with another member.',
    },
  }),
  person({
    personalCode: INESE,
    givenName: "Inese",
    familyName: "Liepiņa",
    birthDate: "1970-12-17",
    sex: "female",
    declaredAddress: liepini,
    declaredOn: "2003-05-12",
    spouse: EDGARS,
    children: [DACE, ARTURS],
    note: {
      lv: 'Nodibinājuma "Cēsu Kultūras Fonds" valdes priekšsēdētāja.',
      en: 'Chair of the board of the foundation "Cēsu Kultūras Fonds".',
    },
  }),
  person({
    personalCode: DACE,
    givenName: "Dace",
    familyName: "Liepiņa",
    birthDate: "1995-05-25",
    sex: "female",
    declaredAddress: at("105121475"), // Tērbatas iela 14-3, Rīga
    declaredOn: "2018-09-03",
    parents: [EDGARS, INESE],
    note: { lv: "Pieaugusi meita, dzīvo Rīgā atsevišķi no vecākiem.", en: "Grown-up daughter, lives in Rīga apart from her parents." },
  }),
  person({
    personalCode: ARTURS,
    givenName: "Artūrs",
    familyName: "Liepiņš",
    birthDate: "1998-09-12",
    sex: "male",
    declaredAddress: liepini,
    declaredOn: "2003-05-12",
    parents: [EDGARS, INESE],
    note: { lv: "Pieaudzis dēls, deklarēts pie vecākiem Cēsīs.", en: "Grown-up son, declared at his parents' home in Cēsis." },
  }),
  person({
    personalCode: MARTINS,
    givenName: "Mārtiņš",
    familyName: "Ozoliņš",
    birthDate: "1990-01-08",
    sex: "male",
    declaredAddress: ozolini,
    declaredOn: "2020-09-01",
    spouse: LAURA,
    children: [SOFIJA, MARKUSS],
    note: {
      lv: "Biedrības valdes loceklis, pārstāv to viens; divu mazu bērnu tēvs.",
      en: "Board member of an association, acts for it alone; father of two small children.",
    },
  }),
  person({
    personalCode: LAURA,
    givenName: "Laura",
    familyName: "Ozoliņa",
    birthDate: "1992-10-30",
    sex: "female",
    declaredAddress: ozolini,
    declaredOn: "2020-09-01",
    spouse: MARTINS,
    children: [SOFIJA, MARKUSS],
    note: {
      lv: "Valdes locekle uzņēmumā, kas izslēgts no reģistra, tāpēc nevienu uzņēmumu nepārstāv.",
      en: "Board member of a company struck off the register, so she can act for none.",
    },
  }),
  person({
    personalCode: SOFIJA,
    givenName: "Sofija",
    familyName: "Ozoliņa",
    birthDate: "2021-03-27",
    sex: "female",
    declaredAddress: ozolini,
    declaredOn: "2021-04-08",
    parents: [MARTINS, LAURA],
    note: { lv: "Pirmsskolas vecuma bērns ar jaunā parauga personas kodu.", en: "Pre-school child with a new-format personal code." },
  }),
  person({
    personalCode: MARKUSS,
    givenName: "Markuss",
    familyName: "Ozoliņš",
    birthDate: "2024-08-15",
    sex: "male",
    declaredAddress: ozolini,
    declaredOn: "2024-08-27",
    parents: [MARTINS, LAURA],
    note: { lv: "Mazulis ar jaunā parauga personas kodu.", en: "Toddler with a new-format personal code." },
  }),
  person({
    personalCode: SERGEJS,
    givenName: "Sergejs",
    familyName: "Ivanovs",
    birthDate: "1955-02-03",
    sex: "male",
    citizenship: null,
    status: "non-citizen",
    declaredAddress: ivanovi,
    declaredOn: "1996-11-04",
    spouse: TATJANA,
    children: [DMITRIJS],
    note: { lv: "Latvijas nepilsonis, pensionārs Daugavpilī.", en: "Non-citizen of Latvia, pensioner in Daugavpils." },
  }),
  person({
    personalCode: TATJANA,
    givenName: "Tatjana",
    familyName: "Ivanova",
    birthDate: "1958-07-19",
    sex: "female",
    declaredAddress: ivanovi,
    declaredOn: "1996-11-04",
    spouse: SERGEJS,
    children: [DMITRIJS],
    note: { lv: "Naturalizēta Latvijas pilsone, nepilsoņa sieva.", en: "Naturalised citizen of Latvia, married to a non-citizen." },
  }),
  person({
    personalCode: DMITRIJS,
    givenName: "Dmitrijs",
    familyName: "Ivanovs",
    birthDate: "1984-12-05",
    sex: "male",
    declaredAddress: at("100604128"), // Viestura iela 8-2, Daugavpils
    declaredOn: "2011-05-16",
    parents: [SERGEJS, TATJANA],
    note: {
      lv: 'SIA "Latgales Logi" valdes priekšsēdētājs; uzņēmums tiek likvidēts.',
      en: 'Chair of the board of SIA "Latgales Logi", a company in liquidation.',
    },
  }),
  person({
    personalCode: OLENA,
    givenName: "Olena",
    familyName: "Kovalenko",
    birthDate: "1991-05-10",
    sex: "female",
    citizenship: "UA",
    status: "foreigner",
    residencePermit: { kind: "temporary", number: "RP2204871", validUntil: "2027-03-04" },
    declaredAddress: kovalenko,
    declaredOn: "2022-04-05",
    children: [MAKSIMS],
    note: {
      lv: "Ukrainas pilsone ar termiņuzturēšanās atļauju un jaunā parauga personas kodu.",
      en: "Citizen of Ukraine with a temporary residence permit and a new-format personal code.",
    },
  }),
  person({
    personalCode: MAKSIMS,
    givenName: "Maksims",
    familyName: "Kovalenko",
    birthDate: "2015-09-21",
    sex: "male",
    citizenship: "UA",
    status: "foreigner",
    residencePermit: { kind: "temporary", number: "RP2204872", validUntil: "2027-03-04" },
    declaredAddress: kovalenko,
    declaredOn: "2022-04-05",
    parents: [OLENA],
    note: {
      lv: "Ukrainas pilsonis, nepilngadīgs, ar termiņuzturēšanās atļauju.",
      en: "Citizen of Ukraine, a minor with a temporary residence permit.",
    },
  }),
  person({
    personalCode: code("329571-75016"),
    givenName: "Rūta",
    familyName: "Zariņa",
    birthDate: "1999-11-02",
    sex: "female",
    declaredAddress: at("105124590"), // Krišjāņa Barona iela 56-9, Rīga
    declaredOn: "2022-03-01",
    note: {
      lv: 'Pieaugusī ar jaunā parauga personas kodu, ko saņēma vecā vietā; SIA "Baltijas Datu Risinājumi" valdes priekšsēdētāja.',
      en: 'Adult who swapped her old personal code for a new-format one; chair of the board of SIA "Baltijas Datu Risinājumi".',
    },
  }),
  person({
    personalCode: code("270681-12894"),
    givenName: "Gints",
    familyName: "Kļaviņš",
    birthDate: "1981-06-27",
    sex: "male",
    declaredAddress: at("101877603"), // Kuldīgas iela 18, Ventspils
    declaredOn: "2010-07-19",
    note: { lv: 'Individuālais komersants, biškopis: IK "Kļaviņu Medus".', en: 'Sole trader, a beekeeper: IK "Kļaviņu Medus".' },
  }),
  person({
    personalCode: code("030371-14620"),
    givenName: "Raimonds",
    familyName: "Vanags",
    birthDate: "1971-03-03",
    sex: "male",
    declaredAddress: at("105119246"), // Elizabetes iela 45-2, Rīga
    declaredOn: "2003-10-01",
    note: {
      lv: 'AS "Daugavas Enerģija" valdes loceklis, pārstāv kopā ar citiem; izīrē divus dzīvokļus Rīgā.',
      en: 'Board member of AS "Daugavas Enerģija", acts for it jointly; lets two flats in Rīga.',
    },
  }),
  person({
    personalCode: code("140963-19814"),
    givenName: "Aija",
    familyName: "Vītola",
    birthDate: "1963-09-14",
    sex: "female",
    declaredAddress: at("104401538"), // Rīgas iela 30-4, Valmiera
    declaredOn: "2000-12-01",
    note: {
      lv: 'SIA "Vidzemes Maiznīca" valdes priekšsēdētāja, pārstāv tikai kopā ar otru valdes locekli.',
      en: 'Chair of the board of SIA "Vidzemes Maiznīca", acts for it only together with the other member.',
    },
  }),
  person({
    personalCode: code("241287-12290"),
    givenName: "Oskars",
    familyName: "Krūmiņš",
    birthDate: "1987-12-24",
    sex: "male",
    declaredAddress: at("104403712"), // Beātes iela 15, Valmiera
    declaredOn: "2016-09-12",
    note: {
      lv: 'SIA "Vidzemes Maiznīca" valdes loceklis, pārstāv tikai kopā ar priekšsēdētāju.',
      en: 'Board member of SIA "Vidzemes Maiznīca", acts for it only together with the chair.',
    },
  }),
  person({
    personalCode: code("290292-15224"),
    givenName: "Zane",
    familyName: "Eglīte",
    birthDate: "1992-02-29",
    sex: "female",
    declaredAddress: at("105126017"), // Lāčplēša iela 87-15, Rīga
    declaredOn: "2019-11-04",
    note: {
      lv: "Dzimusi 29. februārī; biedrības valdes priekšsēdētāja.",
      en: "Born on 29 February; chair of the board of an association.",
    },
  }),
  person({
    personalCode: code("080897-14559"),
    givenName: "Agnese",
    familyName: "Jansone",
    birthDate: "1997-08-08",
    sex: "female",
    declaredAddress: at("101551289"), // Graudu iela 30-6, Liepāja
    declaredOn: "2021-02-15",
    note: {
      lv: "Iedzīvotāja bez ģimenes saitēm un uzņēmumiem reģistros.",
      en: "A resident with no family links or companies in the registers.",
    },
  }),
  person({
    personalCode: code("010479-18471"),
    givenName: "Kārlis",
    familyName: "Siliņš",
    birthDate: "1979-04-01",
    sex: "male",
    declaredAddress: null,
    declaredOn: null,
    note: { lv: "Dzīvo ārzemēs, deklarētās adreses Latvijā nav.", en: "Lives abroad, no declared address in Latvia." },
  }),
  person({
    personalCode: code("170144-12446"),
    givenName: "Pēteris",
    familyName: "Grīnbergs",
    birthDate: "1944-01-17",
    sex: "male",
    declaredAddress: at("101205573"), // Jomas iela 50-3, Jūrmala
    declaredOn: "1993-05-20",
    note: {
      lv: "Pensionārs Jūrmalā, dzīvo viens; izīrē dzīvokli Rīgā studentam.",
      en: "Pensioner in Jūrmala, lives alone; lets a flat in Rīga to a student.",
    },
  }),
  person({
    personalCode: code("140689-11378"),
    givenName: "Ivars",
    familyName: "Lapiņš",
    birthDate: "1989-06-14",
    sex: "male",
    declaredAddress: at("104404981"), // Stacijas iela 14-3, Valmiera
    declaredOn: "2015-03-16",
    note: {
      lv: "Darbs maiznīcā beidzās 2026. gada oktobrī; bezdarbnieka statusu vēl nav pieprasījis.",
      en: "His job at the bakery ended in October 2026; he has not yet applied for unemployed status.",
    },
  }),
  person({
    personalCode: VALDIS,
    givenName: "Valdis",
    familyName: "Bērziņš",
    birthDate: "1949-06-11",
    sex: "male",
    declaredAddress: null,
    declaredOn: null,
    children: [JANIS],
    deceasedOn: "2024-02-14",
    note: {
      lv: "Miris 2024. gada 14. februārī: atrodams pēc personas koda, bet testa personu sarakstā nav.",
      en: "Died on 14 February 2024: found by personal code, but not in the list of test persons.",
    },
  }),
];
