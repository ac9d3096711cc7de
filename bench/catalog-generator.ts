// Plausible catalogue services in bulk, for measuring search and the service page on a catalogue
// the size of the real one (about 4,000 services). Deterministic: the same seed gives the same
// services, byte for byte. Titles are "<what, in the genitive> <action>", optionally narrowed to
// legal persons or foreign nationals, or offered by one municipality ("… Cēsu novadā"); the
// subjects are chosen not to be the subject of a demo service, so that the demo's expected search
// answers stay right, while the actions and the rest of the text share the demo's everyday words
// (atļauja, izziņa, reģistrācija, iesniegums, pašvaldība), as a real catalogue's services do.

import type {
  Audience,
  Channel,
  Cost,
  InstitutionDocument,
  LegalResource,
  MaturityLevel,
  Requirement,
  ServiceDocument,
  ServiceKind,
  Text,
  ThematicArea,
} from "../src/modules/catalog/model.ts";
import { fold } from "../src/modules/catalog/search/fold.ts";

type Subject = { lv: string; en: string; area: ThematicArea; institutions: string[] };
type Action = { lv: string; en: (subject: string) => string; kind: ServiceKind; output: Text };
type Qualifier = { lv: string; en: string; audience: Audience[] };

const text = (lv: string, en: string): Text => ({ lv, en });
const subject = (lv: string, en: string, area: ThematicArea, institutions: string[] = []): Subject => ({ lv, en, area, institutions });

/** Subjects of state institutions' services; the genitive comes first in the Latvian title. */
const STATE_SUBJECTS: Subject[] = [
  subject("Bioloģiskās saimniecības", "organic farm", "agriculture", ["LAD", "PVD"]),
  subject("Bišu dravas", "apiary", "agriculture", ["PVD", "LDC"]),
  subject("Sēklaudzēšanas lauka", "seed production field", "agriculture", ["LAD", "ZM"]),
  subject("Dzīvnieku barības uzņēmuma", "animal feed business", "agriculture", ["PVD"]),
  subject("Zvejas rīku", "fishing gear", "agriculture", ["ZM"]),
  subject("Akvakultūras audzētavas", "aquaculture farm", "agriculture", ["PVD", "ZM"]),
  subject("Augļu dārza", "orchard", "agriculture", ["LAD"]),
  subject("Lauku tūrisma mītnes", "rural guesthouse", "agriculture", ["LAD", "LIAA"]),
  subject("Graudu noliktavas", "grain store", "agriculture", ["PVD", "LAD"]),
  subject("Veterinārās prakses", "veterinary practice", "agriculture", ["PVD"]),
  subject("Ūdens lietošanas", "water use", "environment", ["VVD"]),
  subject("Derīgo izrakteņu ieguves", "mineral extraction", "environment", ["VVD", "VARAM"]),
  subject("Notekūdeņu attīrīšanas iekārtas", "waste water treatment plant", "environment", ["VVD"]),
  subject("Siltumnīcefekta gāzu emisijas", "greenhouse gas emission", "environment", ["VVD", "KEM"]),
  subject("Iepakojuma apsaimniekotāja", "packaging scheme operator", "environment", ["VVD"]),
  subject("Medību platības", "hunting ground", "environment", ["VMD"]),
  subject("Meža atjaunošanas", "forest regeneration", "environment", ["VMD"]),
  subject("Ķīmisko vielu", "chemical substance", "environment", ["VVD"]),
  subject("Trokšņa mērījumu", "noise measurement", "environment", ["VVD", "VI"]),
  subject("Taksometra", "taxi", "transport", ["SM", "CSDD"]),
  subject("Kravas pārvadājumu", "freight transport", "transport", ["SM"]),
  subject("Bezpilota gaisa kuģa", "drone", "transport", ["SM"]),
  subject("Autobusa maršruta", "bus route", "transport", ["SM"]),
  subject("Atpūtas kuģa", "leisure boat", "transport", ["SM"]),
  subject("Tahogrāfa kartes", "tachograph card", "transport", ["CSDD"]),
  subject("Bīstamo kravu pārvadājuma", "dangerous goods transport", "transport", ["SM", "VUGD"]),
  subject("Alkoholisko dzērienu tirdzniecības", "alcohol retail", "business", ["VID"]),
  subject("Tabakas izstrādājumu tirdzniecības", "tobacco retail", "business", ["VID"]),
  subject("Azartspēļu organizēšanas", "gambling operation", "business", ["FM"]),
  subject("Apsardzes komersanta", "security company", "business", ["VP"]),
  subject("Tūrisma aģentūras", "travel agency", "business", ["PTAC"]),
  subject("Preču zīmes", "trade mark", "business", ["EM"]),
  subject("Dizainparauga", "industrial design", "business", ["EM"]),
  subject("Patenta", "patent", "business", ["EM"]),
  subject("Komercķīlas", "commercial pledge", "business", ["UR"]),
  subject("Kooperatīvās sabiedrības", "cooperative society", "business", ["UR", "LAD"]),
  subject("Mērīšanas līdzekļa", "measuring instrument", "business", ["EM"]),
  subject("Elektroenerģijas tirgotāja", "electricity trader", "business", ["KEM"]),
  subject("Zemes ierīcības projekta", "land management project", "property", ["VZD"]),
  subject("Apgrūtinājuma plāna", "encumbrance plan", "property", ["VZD"]),
  subject("Inženierbūves", "engineering structure", "property", ["BVKB", "EM"]),
  subject("Dzīvojamās mājas pārvaldīšanas", "residential building management", "property", ["EM"]),
  subject("Robežzīmes", "boundary marker", "property", ["VZD"]),
  subject("Valsts zemes nomas", "state land lease", "property", ["VZD", "FM"]),
  subject("Ārstniecības iestādes", "medical institution", "health", ["VI", "VM"]),
  subject("Aptiekas", "pharmacy", "health", ["ZVA"]),
  subject("Medicīniskās ierīces", "medical device", "health", ["ZVA"]),
  subject("Kosmētikas līdzekļa", "cosmetic product", "health", ["VI"]),
  subject("Dzeramā ūdens", "drinking water", "health", ["VI"]),
  subject("Jonizējošā starojuma avota", "ionising radiation source", "health", ["VVD"]),
  subject("Skaistumkopšanas salona", "beauty salon", "health", ["VI"]),
  subject("Pedagoga kvalifikācijas", "teacher qualification", "education", ["IZM", "IKVD"]),
  subject("Mācību grāmatas", "textbook", "education", ["VISC"]),
  subject("Sporta skolas", "sports school", "education", ["IZM"]),
  subject("Profesionālās kvalifikācijas", "professional qualification", "education", ["AIC", "VISC"]),
  subject("Pieaugušo izglītības", "adult education", "education", ["IZM", "VIAA"]),
  subject("Zinātniskās institūcijas", "research institution", "education", ["IZM"]),
  subject("Muzeja krājuma", "museum collection", "culture", ["KM"]),
  subject("Filmas", "film", "culture", ["KM"]),
  subject("Nemateriālā kultūras mantojuma", "intangible cultural heritage", "culture", ["KM"]),
  subject("Kultūras projekta", "cultural project", "culture", ["KM"]),
  subject("Radošās personas statusa", "creative worker status", "culture", ["KM"]),
  subject("Sprāgstvielu", "explosives", "safety", ["VP"]),
  subject("Pirotehnisko izstrādājumu", "fireworks", "safety", ["VP"]),
  subject("Civilās aizsardzības plāna", "civil protection plan", "safety", ["VUGD"]),
  subject("Privātā detektīva", "private detective", "safety", ["VP"]),
  subject("Divējāda lietojuma preču", "dual-use goods", "safety", ["ARM"]),
  subject("Akcīzes preču noliktavas", "excise warehouse", "taxes", ["VID"]),
  subject("Muitas noliktavas", "customs warehouse", "taxes", ["VID"]),
  subject("Nodokļu samaksas termiņa", "tax payment deadline", "taxes", ["VID"]),
  subject("Dabas resursu nodokļa", "natural resources tax", "taxes", ["VID"]),
  subject("Darba aizsardzības speciālista", "occupational safety specialist", "work", ["VDI"]),
  subject("Sezonas darba", "seasonal work", "work", ["NVA", "VDI"]),
  subject("Koplīguma", "collective agreement", "work", ["VDI"]),
  subject("Norīkotā darbinieka", "posted worker", "work", ["VDI"]),
  subject("Darba aprīkojuma", "work equipment", "work", ["VDI"]),
  subject("Mediatora", "mediator", "justice", ["TM"]),
  subject("Tiesu eksperta", "court expert", "justice", ["TM"]),
  subject("Zvērināta tulka", "sworn translator", "justice", ["TM"]),
  subject("Politiskās partijas", "political party", "justice", ["UR"]),
  subject("Reliģiskās organizācijas", "religious organisation", "justice", ["UR", "TM"]),
  subject("Maksātnespējas administratora", "insolvency administrator", "justice", ["TM"]),
  subject("Sabiedriskā labuma organizācijas", "public benefit organisation", "participation", ["VID", "FM"]),
  subject("Brīvprātīgā darba", "volunteering", "participation", ["LM"]),
  subject("Jauniešu iniciatīvas", "youth initiative", "participation", ["IZM"]),
];

/** Subjects that each municipality handles itself: the municipality is the competent institution. */
const MUNICIPAL_SUBJECTS: Subject[] = [
  subject("Ielu tirdzniecības", "street trading", "business"),
  subject("Publiska pasākuma", "public event", "culture"),
  subject("Reklāmas izvietošanas", "advertising display", "business"),
  subject("Āra kafejnīcas", "outdoor café", "business"),
  subject("Interešu izglītības programmas", "extracurricular programme", "education"),
  subject("Līdzdalības budžeta projekta", "participatory budget project", "participation"),
  subject("Sporta zāles nomas", "sports hall rental", "culture"),
  subject("Zvejas tiesību nomas", "fishing rights lease", "environment"),
  subject("Rakšanas darbu", "excavation works", "property"),
  subject("Ceļa aizņemšanas", "road occupation", "transport"),
  subject("Iedzīvotāju stāvvietas", "residents' parking", "transport"),
  subject("Skolēnu pārvadājumu", "school transport", "education"),
  subject("Fasādes atjaunošanas", "facade renovation", "property"),
  subject("Ģerboņa izmantošanas", "coat of arms use", "culture"),
  subject("Kultūras nama telpu", "culture house premises", "culture"),
  subject("Pludmales tirdzniecības", "beach trading", "business"),
  subject("Sociālā taksometra", "social taxi", "social_security"),
  subject("Aprūpes mājās", "home care", "social_security"),
];

const output = text;
const ACTIONS: Action[] = [
  {
    lv: "reģistrācija",
    en: (s) => `${s} registration`,
    kind: "transactional",
    output: output("Reģistrācijas apliecība", "Registration certificate"),
  },
  { lv: "licences izsniegšana", en: (s) => `${s} licence`, kind: "transactional", output: output("Licence", "Licence") },
  {
    lv: "licences pagarināšana",
    en: (s) => `${s} licence renewal`,
    kind: "transactional",
    output: output("Pagarināta licence", "Renewed licence"),
  },
  { lv: "datu maiņa", en: (s) => `Change of ${s} details`, kind: "transactional", output: output("Lēmums", "Decision") },
  {
    lv: "izslēgšana no reģistra",
    en: (s) => `Removal of ${s} from the register`,
    kind: "transactional",
    output: output("Lēmums", "Decision"),
  },
  {
    lv: "pārbaudes pieteikšana",
    en: (s) => `Requesting ${article(s)} ${s} inspection`,
    kind: "transactional",
    output: output("Pārbaudes akts", "Inspection report"),
  },
  { lv: "izziņas saņemšana", en: (s) => `${s} statement`, kind: "informative", output: output("Izziņa", "Statement") },
  { lv: "atbalsta maksājums", en: (s) => `${s} support payment`, kind: "transactional", output: output("Maksājums", "Payment") },
  { lv: "plāna saskaņošana", en: (s) => `${s} plan approval`, kind: "transactional", output: output("Saskaņots plāns", "Approved plan") },
  {
    lv: "atļaujas dublikāta izsniegšana",
    en: (s) => `Duplicate ${s} permit`,
    kind: "transactional",
    output: output("Atļaujas dublikāts", "Duplicate permit"),
  },
  {
    lv: "uzsākšanas paziņojums",
    en: (s) => `${s} start notification`,
    kind: "transactional",
    output: output("Apstiprinājums", "Confirmation"),
  },
  { lv: "sertifikāta izsniegšana", en: (s) => `${s} certificate`, kind: "transactional", output: output("Sertifikāts", "Certificate") },
  { lv: "konsultācija", en: (s) => `Advice on ${s}`, kind: "informative", output: output("Atbilde", "Answer") },
  {
    lv: "sūdzības izskatīšana",
    en: (s) => `Complaints about ${s}`,
    kind: "transactional",
    output: output("Atbilde uz sūdzību", "Reply to the complaint"),
  },
  { lv: "darbības apturēšana", en: (s) => `Suspending ${s} activities`, kind: "transactional", output: output("Lēmums", "Decision") },
  { lv: "atzinuma saņemšana", en: (s) => `Opinion on ${s}`, kind: "transactional", output: output("Atzinums", "Opinion") },
  {
    lv: "gada pārskata iesniegšana",
    en: (s) => `${s} annual report`,
    kind: "transactional",
    output: output("Apstiprinājums", "Confirmation"),
  },
];

const STATE_QUALIFIERS: Qualifier[] = [
  { lv: "", en: "", audience: ["residents", "businesses"] },
  { lv: " juridiskām personām", en: " for legal persons", audience: ["businesses"] },
  { lv: " ārvalstniekiem", en: " for foreign nationals", audience: ["residents"] },
];

const SENTENCES: Text[] = [
  text(
    "Iesniegumu var iesniegt elektroniski portālā Latvija.lv, parakstot to ar eParakstu.",
    "You can apply online at Latvija.lv, signing with eParaksts.",
  ),
  text("Lēmumu paziņo uz iesniedzēja oficiālo elektronisko adresi.", "The decision is sent to the applicant's official e-address."),
  text(
    "Ja iesniegumā trūkst ziņu, iestāde lūdz tās papildināt.",
    "If information is missing from the application, the institution asks for it.",
  ),
  text(
    "Pieteikties var arī valsts un pašvaldības vienotajā klientu apkalpošanas centrā.",
    "You can also apply at a state and municipal one-stop client service centre.",
  ),
  text(
    "Pirms iesniegšanas pārliecinieties, ka pievienoti visi nepieciešamie dokumenti.",
    "Before applying, make sure all the documents needed are attached.",
  ),
  text("Pieņemto lēmumu iekļauj attiecīgajā valsts reģistrā.", "The decision is recorded in the relevant state register."),
  text("Lēmumu var apstrīdēt viena mēneša laikā.", "The decision can be challenged within one month."),
];

const PROCESSING_TIMES: Text[] = [
  text("Līdz 5 darbdienām", "Up to 5 working days"),
  text("Līdz 10 darbdienām", "Up to 10 working days"),
  text("Viena mēneša laikā", "Within one month"),
  text("Līdz 30 dienām", "Up to 30 days"),
  text("Uzreiz, ja pieteikts elektroniski", "At once when applied for online"),
];

const REQUIREMENTS: Requirement[] = [
  { title: text("Iesniegums", "Application"), evidence: [{ title: text("Aizpildīta iesnieguma veidlapa", "Completed application form") }] },
  {
    title: text("Personas identitāte", "Identity"),
    evidence: [{ title: text("Pase vai personas apliecība", "Passport or identity card") }],
  },
  { title: text("Pārstāvības tiesības", "Right to represent"), evidence: [{ title: text("Pilnvara", "Power of attorney") }] },
  { title: text("Samaksāta nodeva", "Fee paid"), evidence: [{ title: text("Maksājuma uzdevums", "Payment order") }] },
  { title: text("Tehniskā dokumentācija", "Technical documentation"), evidence: [{ title: text("Plāns vai shēma", "Plan or diagram") }] },
  {
    title: text("Atbilstība prasībām", "Compliance with requirements"),
    evidence: [{ title: text("Atbilstības deklarācija", "Declaration of conformity") }],
  },
];

const PAY_STEP = text("Samaksājiet nodevu.", "Pay the fee.");
const STEPS: Text[] = [
  text("Sagatavojiet nepieciešamos dokumentus.", "Prepare the documents needed."),
  text("Iesniedziet iesniegumu elektroniski vai klātienē.", "Submit the application online or in person."),
  PAY_STEP,
  text("Sagaidiet iestādes lēmumu.", "Wait for the institution's decision."),
  text("Saņemiet dokumentu.", "Receive the document."),
];

const LAWS: Partial<Record<ThematicArea, Text[]>> = {
  agriculture: [
    text("Lauksaimniecības un lauku attīstības likums", "Agriculture and Rural Development Law"),
    text("Veterinārmedicīnas likums", "Veterinary Medicine Law"),
  ],
  environment: [text("Vides aizsardzības likums", "Environmental Protection Law"), text("Likums “Par piesārņojumu”", "Law on Pollution")],
  transport: [text("Autopārvadājumu likums", "Road Transport Law"), text("Likums “Par aviāciju”", "Law on Aviation")],
  business: [
    text("Komerclikums", "Commercial Law"),
    text("Preču un pakalpojumu drošuma likums", "Law on the Safety of Goods and Services"),
  ],
  property: [
    text("Būvniecības likums", "Construction Law"),
    text("Nekustamā īpašuma valsts kadastra likums", "Real Property State Cadastre Law"),
  ],
  health: [text("Ārstniecības likums", "Medical Treatment Law"), text("Farmācijas likums", "Pharmacy Law")],
  education: [text("Izglītības likums", "Education Law"), text("Profesionālās izglītības likums", "Vocational Education Law")],
  culture: [text("Muzeju likums", "Museum Law"), text("Filmu likums", "Film Law")],
  safety: [text("Civilās aizsardzības un katastrofas pārvaldīšanas likums", "Civil Protection and Disaster Management Law")],
  taxes: [text("Likums “Par nodokļiem un nodevām”", "Law on Taxes and Fees"), text("Muitas likums", "Customs Law")],
  work: [text("Darba likums", "Labour Law"), text("Darba aizsardzības likums", "Labour Protection Law")],
  justice: [
    text("Mediācijas likums", "Mediation Law"),
    text("Politisko partiju finansēšanas likums", "Law on Financing of Political Organisations"),
  ],
  participation: [text("Biedrību un nodibinājumu likums", "Associations and Foundations Law")],
  social_security: [text("Sociālo pakalpojumu un sociālās palīdzības likums", "Law on Social Services and Social Assistance")],
};
const ADMINISTRATIVE_PROCEDURE = text("Administratīvā procesa likums", "Administrative Procedure Law");
const LOCAL_GOVERNMENT_LAW = text("Pašvaldību likums", "Local Government Law");

const AREA_KEYWORDS: Partial<Record<ThematicArea, Text>> = {
  agriculture: text("lauksaimniecība", "agriculture"),
  environment: text("vide", "environment"),
  transport: text("transports", "transport"),
  business: text("uzņēmējdarbība", "business"),
  property: text("īpašums", "property"),
  health: text("veselība", "health"),
  education: text("izglītība", "education"),
  culture: text("kultūra", "culture"),
  safety: text("drošība", "safety"),
  taxes: text("nodokļi", "taxes"),
  work: text("darbs", "work"),
  justice: text("tiesiskums", "justice"),
  participation: text("līdzdalība", "participation"),
  social_security: text("sociālā palīdzība", "social assistance"),
};

const FEES = [5, 7.11, 14.23, 21.34, 28.46, 35, 42.69, 50, 71.14, 100, 142.29];

/** mulberry32: small, fast and good enough to pick words; the seed fixes the whole sequence. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = { next: () => number; pick: <T>(items: readonly T[]) => T; some: <T>(items: readonly T[], min: number, max: number) => T[] };

function random(seed: number): Random {
  const next = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const n = min + Math.floor(next() * (max - min + 1));
    return shuffled(items, next).slice(0, n);
  };
  return { next, pick, some };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? "an" : "a";
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "Cēsu novada pašvaldība" → "Cēsu novadā"; "Rīgas valstspilsētas pašvaldība" → "Rīgas valstspilsētā". */
function municipalityLocative(name: Text): Text {
  const lv = name.lv
    .replace(/ pašvaldība$/, "")
    .replace(/novada$/, "novadā")
    .replace(/valstspilsētas$/, "valstspilsētā");
  const en = name.en.replace(/ State City Municipality$/, " State City");
  return { lv, en: `in ${en}` };
}

function slug(title: string): string {
  return fold(title)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 120)
    .replace(/-$/, "");
}

type Draft = { title: Text; subject: Subject; action: Action; institution: InstitutionDocument; audience: Audience[]; municipal: boolean };

function stateDrafts(institutions: Map<string, InstitutionDocument>, fallback: InstitutionDocument, r: Random): Draft[] {
  return STATE_SUBJECTS.flatMap((s) =>
    ACTIONS.flatMap((action) =>
      STATE_QUALIFIERS.map((q) => {
        const competent = s.institutions.map((id) => institutions.get(id)).filter((i) => i !== undefined);
        return {
          title: text(`${s.lv} ${action.lv}${q.lv}`, `${capitalised(action.en(s.en))}${q.en}`),
          subject: s,
          action,
          institution: competent.length ? r.pick(competent) : fallback,
          audience: q.audience,
          municipal: false,
        };
      }),
    ),
  );
}

function municipalDrafts(municipalities: InstitutionDocument[]): Draft[] {
  return MUNICIPAL_SUBJECTS.flatMap((s) =>
    ACTIONS.flatMap((action) =>
      municipalities.map((m) => {
        const where = municipalityLocative(m.name);
        return {
          title: text(`${s.lv} ${action.lv} ${where.lv}`, `${capitalised(action.en(s.en))} ${where.en}`),
          subject: s,
          action,
          institution: m,
          audience: ["residents", "businesses"] as Audience[],
          municipal: true,
        };
      }),
    ),
  );
}

function channels(maturity: MaturityLevel, r: Random): Channel[] {
  const list: Channel[] = [];
  if (maturity >= 3) list.push({ type: "online", url: "https://www.latvija.lv" });
  if (r.next() < 0.6) list.push({ type: "centre" });
  if (list.length === 0 || r.next() < 0.5) list.push({ type: "in_person" });
  if (r.next() < 0.3) list.push({ type: "post" });
  if (r.next() < 0.2) list.push({ type: "phone" });
  return list;
}

function costs(r: Random): Cost[] {
  if (r.next() < 0.5) return [];
  const description = r.next() < 0.6 ? text("Valsts nodeva", "State fee") : text("Pakalpojuma maksa", "Service charge");
  return [{ amount: r.pick(FEES), currency: "EUR", description }];
}

function sentence(parts: Text[]): Text {
  return { lv: parts.map((p) => p.lv).join(" "), en: parts.map((p) => p.en).join(" ") };
}

function audienceSentence(audience: Audience[]): Text {
  if (audience.length > 1)
    return text("Pakalpojums paredzēts gan iedzīvotājiem, gan uzņēmumiem.", "The service is for residents and businesses alike.");
  return audience[0] === "businesses"
    ? text(
        "Pakalpojums paredzēts juridiskām personām un saimnieciskās darbības veicējiem.",
        "The service is for legal persons and the self-employed.",
      )
    : text("Pakalpojums paredzēts fiziskām personām.", "The service is for private individuals.");
}

function document(draft: Draft, r: Random): ServiceDocument {
  const { title, subject: s, action, institution } = draft;
  const maturity = (1 + Math.floor(r.next() * 5)) as MaturityLevel;
  const fee = costs(r);
  const laws: LegalResource[] = [{ title: r.pick(LAWS[s.area] ?? [ADMINISTRATIVE_PROCEDURE]) }];
  if (draft.municipal) laws.push({ title: LOCAL_GOVERNMENT_LAW });
  if (r.next() < 0.4) laws.push({ title: ADMINISTRATIVE_PROCEDURE });
  const steps = STEPS.filter((step) => step !== PAY_STEP || fee.length > 0).filter((_, i) => i < 2 || r.next() < 0.7);
  const area = AREA_KEYWORDS[s.area];
  return {
    identifier: slug(title.lv),
    title,
    description: sentence([
      text(`${title.lv} – pakalpojums, ko sniedz ${institution.name.lv}.`, `${title.en}: a service of the ${institution.name.en}.`),
      audienceSentence(draft.audience),
      ...r.some(SENTENCES, 1, 3),
    ]),
    institution: institution.identifier,
    audience: draft.audience,
    kind: s.area === "participation" && action.kind === "transactional" ? "participatory" : action.kind,
    maturity,
    thematicArea: s.area,
    keywords: { lv: [s.lv.toLocaleLowerCase("lv"), ...(area ? [area.lv] : [])], en: [s.en, ...(area ? [area.en] : [])] },
    channels: channels(maturity, r),
    processingTime: r.pick(PROCESSING_TIMES),
    costs: fee,
    requirements: r.some(REQUIREMENTS, 1, 3),
    outputs: [{ title: action.output }],
    steps,
    legalBasis: laws,
    municipalities: draft.municipal ? [institution.identifier] : [],
    ...(r.next() < 0.5 && institution.contactPoint.email ? { contactPoint: { email: institution.contactPoint.email } } : {}),
  };
}

export type GeneratorOptions = {
  count: number;
  seed: number;
  /** The catalogue's institutions: state ones are matched by identifier, municipalities offer the local services. */
  institutions: InstitutionDocument[];
  /** Identifiers already taken (the demo catalogue's); a generated service never reuses one. */
  reserved: Iterable<string>;
};

/** `count` services, distinct by identifier; the word pools give about 17,000 (4,400 state, 12,800 municipal). */
export function generateServices(options: GeneratorOptions): ServiceDocument[] {
  const r = random(options.seed);
  const byId = new Map(options.institutions.map((i) => [i.identifier, i]));
  const municipalities = options.institutions.filter((i) => i.kind === "municipality" || i.kind === "state_city");
  const fallback = options.institutions.find((i) => i.kind === "agency");
  if (!fallback || municipalities.length === 0) throw new Error("The generator needs at least one agency and one municipality");
  // About two in five state services and three in five municipal ones, as in a real catalogue
  // where every municipality describes its own services.
  const state = shuffled(stateDrafts(byId, fallback, r), r.next);
  const municipal = shuffled(municipalDrafts(municipalities), r.next);
  const stateShare = Math.round(options.count * 0.4);
  const drafts = [...state.slice(0, stateShare), ...municipal, ...state.slice(stateShare)];
  const taken = new Set(options.reserved);
  const services: ServiceDocument[] = [];
  for (const draft of drafts) {
    if (services.length === options.count) break;
    const doc = document(draft, r);
    if (taken.has(doc.identifier)) continue;
    taken.add(doc.identifier);
    services.push(doc);
  }
  if (services.length < options.count)
    throw new Error(`The word pools give only ${services.length} services; ${options.count} were asked for`);
  return services;
}
