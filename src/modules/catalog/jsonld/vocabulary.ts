// The vocabularies of the CPSV-AP export: the namespaces it uses and the code lists Epak defines
// for what CPSV-AP leaves to a controlled vocabulary (channel type, audience, thematic area …).
// Each code list is written into the export as skos:Concepts with Latvian and English labels, so
// the file explains itself and its concepts satisfy the shapes' sh:class skos:Concept.
import { AUDIENCES, CHANNEL_TYPES, INSTITUTION_KINDS, MATURITY_LEVELS, SERVICE_KINDS, type Text, THEMATIC_AREAS } from "../model.ts";

export const NS = {
  adms: "http://www.w3.org/ns/adms#",
  cpsv: "http://purl.org/vocab/cpsv#",
  cv: "http://data.europa.eu/m8g/",
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  eli: "http://data.europa.eu/eli/ontology#",
  foaf: "http://xmlns.com/foaf/0.1/",
  locn: "http://www.w3.org/ns/locn#",
  org: "http://www.w3.org/ns/org#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  time: "http://www.w3.org/2006/time#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  /** Epak's own terms, only for what CPSV-AP and DCT have no property for (docs/catalog-jsonld.md). */
  epak: "https://epak.example/ns#",
} as const;

/** Where Epak's code lists live; deployment-independent, like the namespace. */
const CONCEPTS = "https://epak.example/concept/";

/** The Publications Office's authority tables, for the currency and the country. */
export const EURO = "http://publications.europa.eu/resource/authority/currency/EUR";
export const LATVIA = "http://publications.europa.eu/resource/authority/country/LVA";

export type Scheme = { iri: string; labels: ReadonlyMap<string, Text> };

function scheme(name: string, labels: Record<string, Text>): Scheme {
  return { iri: `${CONCEPTS}${name}`, labels: new Map(Object.entries(labels)) };
}

/** Type-checked against the model's own lists, so a new code cannot be left without a concept. */
function labelled<const T extends readonly (string | number)[]>(_codes: T, labels: Record<T[number], Text>): Record<string, Text> {
  return labels;
}

export const SCHEMES = {
  channelType: scheme(
    "channel-type",
    labelled(CHANNEL_TYPES, {
      online: { lv: "Tiešsaistē", en: "Online" },
      centre: {
        lv: "Valsts un pašvaldības vienotais klientu apkalpošanas centrs",
        en: "State and municipal one-stop client service centre",
      },
      in_person: { lv: "Klātienē iestādē", en: "In person at the institution" },
      post: { lv: "Pa pastu", en: "By post" },
      phone: { lv: "Pa tālruni", en: "By phone" },
    }),
  ),
  audience: scheme(
    "audience",
    labelled(AUDIENCES, {
      residents: { lv: "Iedzīvotāji", en: "Residents" },
      businesses: { lv: "Uzņēmēji", en: "Businesses" },
      institutions: { lv: "Iestādes", en: "Institutions" },
    }),
  ),
  serviceKind: scheme(
    "service-kind",
    labelled(SERVICE_KINDS, {
      informative: { lv: "Informatīvs pakalpojums", en: "Informative service" },
      transactional: { lv: "Transakciju pakalpojums", en: "Transactional service" },
      participatory: { lv: "Līdzdalības pakalpojums", en: "Participatory service" },
    }),
  ),
  maturity: scheme(
    "maturity",
    labelled(MATURITY_LEVELS, {
      1: { lv: "1. līmenis – informācija", en: "Level 1 – information" },
      2: { lv: "2. līmenis – veidlapas lejupielāde", en: "Level 2 – forms to download" },
      3: { lv: "3. līmenis – divvirzienu saziņa", en: "Level 3 – two-way interaction" },
      4: { lv: "4. līmenis – transakcija", en: "Level 4 – transaction" },
      5: { lv: "5. līmenis – starpiestāžu sadarbība", en: "Level 5 – inter-agency (proactive)" },
    }),
  ),
  thematicArea: scheme(
    "thematic-area",
    labelled(THEMATIC_AREAS, {
      family: { lv: "Ģimene", en: "Family" },
      residence: { lv: "Dzīvesvieta", en: "Residence" },
      identity_documents: { lv: "Personu apliecinoši dokumenti", en: "Identity documents" },
      social_security: { lv: "Sociālā drošība", en: "Social security" },
      health: { lv: "Veselība", en: "Health" },
      education: { lv: "Izglītība", en: "Education" },
      work: { lv: "Darbs", en: "Work" },
      transport: { lv: "Transports", en: "Transport" },
      property: { lv: "Īpašums", en: "Property" },
      taxes: { lv: "Nodokļi", en: "Taxes" },
      business: { lv: "Uzņēmējdarbība", en: "Business" },
      agriculture: { lv: "Lauksaimniecība", en: "Agriculture" },
      environment: { lv: "Vide", en: "Environment" },
      justice: { lv: "Tieslietas", en: "Justice" },
      safety: { lv: "Drošība", en: "Safety" },
      culture: { lv: "Kultūra", en: "Culture" },
      participation: { lv: "Līdzdalība", en: "Participation" },
    }),
  ),
  institutionKind: scheme(
    "institution-kind",
    labelled(INSTITUTION_KINDS, {
      ministry: { lv: "Ministrija", en: "Ministry" },
      agency: { lv: "Valsts iestāde", en: "State agency" },
      state_city: { lv: "Valstspilsētas pašvaldība", en: "State city municipality" },
      municipality: { lv: "Novada pašvaldība", en: "Municipality" },
      other: { lv: "Cita iestāde", en: "Other institution" },
    }),
  ),
  serviceRole: scheme("service-role", {
    template: { lv: "Pašvaldību pakalpojuma valsts mēroga paraugs", en: "National template of a municipal service" },
  }),
  status: scheme("status", { active: { lv: "Aktīvs", en: "Active" } }),
} as const;

export function conceptIri(s: Scheme, code: string | number): string {
  return `${s.iri}/${code}`;
}

/** The code of a concept of the scheme, or undefined for an IRI from elsewhere. */
export function codeOf(s: Scheme, iri: string): string | undefined {
  const prefix = `${s.iri}/`;
  if (!iri.startsWith(prefix)) return undefined;
  const code = iri.slice(prefix.length);
  return s.labels.has(code) ? code : undefined;
}
