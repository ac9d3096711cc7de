// Batch A of the demo catalogue: family, residence, identity documents and social security. Real
// Latvian public services as they work in 2025–2026, described in Latvian with English beside it.
import type { Channel, ContactPoint, LegalResource, ServiceDocument } from "../model.ts";

const LATVIJA_LV = "https://www.latvija.lv";

const onLatvijaLv = (lv: string, en: string): Channel => ({ type: "online", url: LATVIJA_LV, note: { lv, en } });

const VPVKAC: Channel = {
  type: "centre",
  note: {
    lv: "Valsts un pašvaldības vienotajā klientu apkalpošanas centrā palīdzēs aizpildīt un iesniegt iesniegumu.",
    en: "A state and municipal one-stop client service centre will help you fill in and submit the application.",
  },
};

const PMLP_OFFICE: Channel = {
  type: "in_person",
  note: {
    lv: "Jebkurā PMLP teritoriālajā nodaļā neatkarīgi no deklarētās dzīvesvietas – rindas kārtībā vai pēc iepriekšēja pieraksta.",
    en: "At any territorial office of the Office of Citizenship and Migration Affairs, wherever you live – in turn or by appointment.",
  },
};

const VSAA_OFFICE: Channel = {
  type: "in_person",
  note: {
    lv: "Jebkurā VSAA klientu apkalpošanas centrā, uzrādot pasi vai personas apliecību.",
    en: "At any client service centre of the State Social Insurance Agency, showing your passport or identity card.",
  },
};

const VSAA_POST: Channel = {
  type: "post",
  note: {
    lv: "Iesniegumu var nosūtīt pa pastu jebkurai VSAA nodaļai vai ar drošu elektronisko parakstu parakstītu – uz e-adresi vai vsaa@vsaa.gov.lv.",
    en: "The application can be posted to any office of the agency, or signed with a qualified electronic signature and sent to its e-address or vsaa@vsaa.gov.lv.",
  },
};

const PMLP_CONTACT: ContactPoint = {
  email: "pmlp@pmlp.gov.lv",
  phone: "+371 67209400",
  address: "Čiekurkalna 1. līnija 1, k-3, Rīga, LV-1026",
};

const VSAA_CONTACT: ContactPoint = {
  email: "vsaa@vsaa.gov.lv",
  address: "Lāčplēša iela 70a, Rīga, LV-1011",
};

const VSAA_DECISION_TIME = { lv: "Lēmumu pieņem līdz 10 darbdienām", en: "A decision within 10 working days" };

// Laws and regulations used by several services.
const RESIDENCE_DECLARATION_LAW: LegalResource = { title: { lv: "Dzīvesvietas deklarēšanas likums", en: "Residence Declaration Law" } };
const NATURAL_PERSONS_REGISTER_LAW: LegalResource = {
  title: { lv: "Fizisko personu reģistra likums", en: "Natural Persons Register Law" },
};
const IDENTITY_DOCUMENTS_LAW: LegalResource = {
  title: { lv: "Personu apliecinošu dokumentu likums", en: "Personal Identification Documents Law" },
  url: "https://likumi.lv/ta/id/243484",
};
const IDENTITY_DOCUMENT_FEES: LegalResource = {
  title: {
    lv: "Ministru kabineta 2012. gada 21. februāra noteikumi Nr. 133 “Noteikumi par valsts nodevu par personu apliecinošu dokumentu izsniegšanu”",
    en: "Cabinet Regulation No. 133 of 21 February 2012 on the state fee for issuing personal identification documents",
  },
};
const IMMIGRATION_LAW: LegalResource = { title: { lv: "Imigrācijas likums", en: "Immigration Law" } };
const STATE_SOCIAL_BENEFITS_LAW: LegalResource = {
  title: { lv: "Valsts sociālo pabalstu likums", en: "State Social Allowances Law" },
  url: "https://likumi.lv/ta/id/68483",
};
const MATERNITY_SICKNESS_LAW: LegalResource = {
  title: { lv: "Likums “Par maternitātes un slimības apdrošināšanu”", en: "Law on Maternity and Sickness Insurance" },
  url: "https://likumi.lv/ta/id/38051",
};
const STATE_PENSIONS_LAW: LegalResource = {
  title: { lv: "Likums “Par valsts pensijām”", en: "Law on State Pensions" },
  url: "https://likumi.lv/ta/id/38048",
};
const PENSION_GRANTING_RULES: LegalResource = {
  title: {
    lv: "Ministru kabineta 2016. gada 5. jūlija noteikumi Nr. 427 “Noteikumi par valsts pensijas piešķiršanas, pārrēķināšanas un izmaksas nosacījumiem un kārtību”",
    en: "Cabinet Regulation No. 427 of 5 July 2016 on the conditions and procedure for granting, recalculating and paying state pensions",
  },
  url: "https://likumi.lv/ta/id/283339",
};
const DISABILITY_LAW: LegalResource = { title: { lv: "Invaliditātes likums", en: "Disability Law" } };
const CHILD_RIGHTS_LAW: LegalResource = {
  title: { lv: "Bērnu tiesību aizsardzības likums", en: "Law on the Protection of the Children's Rights" },
};
const FUNDED_PENSIONS_LAW: LegalResource = { title: { lv: "Valsts fondēto pensiju likums", en: "State Funded Pensions Law" } };
const FUNDED_PENSION_SCHEME_RULES: LegalResource = {
  title: {
    lv: "Ministru kabineta 2003. gada 27. maija noteikumi Nr. 272 “Noteikumi par valsts fondēto pensiju shēmas darbību”",
    en: "Cabinet Regulation No. 272 of 27 May 2003 on the operation of the state funded pension scheme",
  },
  url: "https://likumi.lv/ta/id/75568",
};

const PASSPORT_OR_ID: { title: { lv: string; en: string } } = {
  title: { lv: "Pase vai personas apliecība (eID karte)", en: "Passport or identity card (eID card)" },
};

export const FAMILY_SERVICES: ServiceDocument[] = [
  // ——— Residence ———
  {
    identifier: "dzivesvietas-deklaresana",
    title: { lv: "Dzīvesvietas deklarēšana", en: "Declaring your place of residence" },
    description: {
      lv: "Mainot dzīvesvietu, jaunā adrese mēneša laikā jādeklarē, lai valsts un pašvaldība jūs varētu sasniegt un jūs saņemtu savai dzīvesvietai piesaistītos pakalpojumus. Dzīvesvietu var deklarēt sev, savam nepilngadīgajam bērnam vai aizbildnībā esošai personai, un deklarācijā var norādīt arī vienu papildu adresi Latvijā vai ārvalstī. Elektroniski deklarējot, ziņas Fizisko personu reģistrā tiek aktualizētas uzreiz un valsts nodeva nav jāmaksā.",
      en: "When you move, you must declare your new address within a month so that the state and your municipality can reach you and you receive the services tied to where you live. You can declare the residence of yourself, your minor child or a person under your guardianship, and add one additional address in Latvia or abroad. Declared online, the Natural Persons Register is updated at once and no state fee is charged.",
    },
    institution: "PMLP",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "residence",
    keywords: {
      lv: [
        "dzīvesvietas deklarēšana",
        "deklarēt adresi",
        "deklarēšanās",
        "pierakstīties",
        "adreses maiņa",
        "pārvākšanās",
        "deklarētā adrese",
      ],
      en: ["declare residence", "change of address", "registering address", "moving house", "declared address", "place of residence"],
    },
    channels: [
      onLatvijaLv(
        "E-pakalpojums “Dzīvesvietas deklarācijas iesniegšana”; jāpieslēdzas ar eID karti, eParaksts mobile, Smart-ID vai internetbanku.",
        "The e-service “Submitting a declaration of residence”; log in with an eID card, eParaksts mobile, Smart-ID or online banking.",
      ),
      {
        type: "in_person",
        note: {
          lv: "Pēc iepriekšēja pieraksta tās pašvaldības dzīvesvietas deklarēšanas iestādē, kuras teritorijā atrodas jaunā adrese.",
          en: "By appointment at the residence declaration office of the municipality where the new address is.",
        },
      },
      {
        type: "in_person",
        note: {
          lv: "Ārzemnieki ar uzturēšanās atļauju vai reģistrācijas apliecību dzīvesvietu var deklarēt PMLP, noformējot šo dokumentu.",
          en: "Foreigners with a residence permit or registration certificate can declare their residence at the Office of Citizenship and Migration Affairs when that document is issued.",
        },
      },
    ],
    processingTime: {
      lv: "Elektroniski – uzreiz; klātienē – parasti nākamajā darbdienā",
      en: "Online – immediately; in person – usually the next working day",
    },
    costs: [
      {
        amount: 4.27,
        currency: "EUR",
        description: {
          lv: "Valsts nodeva, deklarējot dzīvesvietu klātienē; e-pakalpojumā – bez maksas",
          en: "State fee when declaring in person; free of charge through the e-service",
        },
      },
    ],
    requirements: [
      {
        title: {
          lv: "Tiesisks pamats dzīvot norādītajā adresē",
          en: "A legal basis to live at the address",
        },
        description: {
          lv: "Piemēram, īpašuma tiesības, īres līgums vai īpašnieka piekrišana. Ja tāda nav, īpašnieks var lūgt ziņas par deklarēto dzīvesvietu anulēt.",
          en: "For example ownership, a tenancy agreement or the owner's consent. Without it the owner may ask for the declaration to be cancelled.",
        },
        evidence: [
          {
            title: {
              lv: "Īres līgums vai cits tiesisko pamatu apliecinošs dokuments (pēc pieprasījuma)",
              en: "Tenancy agreement or another document proving the legal basis (on request)",
            },
          },
        ],
      },
      {
        title: { lv: "Personas identitāte", en: "Proof of identity" },
        evidence: [PASSPORT_OR_ID],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Ziņas par deklarēto dzīvesvietu Fizisko personu reģistrā",
          en: "The declared residence recorded in the Natural Persons Register",
        },
        description: {
          lv: "Iepriekšējā deklarētā adrese tiek aizstāta automātiski.",
          en: "The previous declared address is replaced automatically.",
        },
      },
    ],
    steps: [
      {
        lv: "Pieslēdzieties latvija.lv un atveriet e-pakalpojumu dzīvesvietas deklarēšanai.",
        en: "Log in to latvija.lv and open the residence declaration e-service.",
      },
      {
        lv: "Izvēlieties, kam deklarējat dzīvesvietu: sev, bērnam vai aizbildnībā esošai personai.",
        en: "Choose whose residence you are declaring: your own, your child's or that of a person under your guardianship.",
      },
      {
        lv: "Atlasiet adresi no Valsts adrešu reģistra un, ja vēlaties, norādiet papildu adresi.",
        en: "Pick the address from the State Address Register and, if you wish, add an additional address.",
      },
      {
        lv: "Norādiet dzīvošanas tiesisko pamatu un iesniedziet deklarāciju.",
        en: "State your legal basis for living there and submit the declaration.",
      },
      {
        lv: "E-pakalpojumā “Mani dati Fizisko personu reģistrā” pārbaudiet, vai adrese ir reģistrēta.",
        en: "Check that the address is recorded in the e-service “My data in the Natural Persons Register”.",
      },
    ],
    legalBasis: [RESIDENCE_DECLARATION_LAW, NATURAL_PERSONS_REGISTER_LAW],
    municipalities: [],
    contactPoint: PMLP_CONTACT,
  },
  {
    identifier: "mana-ipasuma-deklaretas-personas",
    title: {
      lv: "Ziņas par personām, kuras deklarējušas dzīvesvietu manā īpašumā",
      en: "People who have declared their residence in my property",
    },
    description: {
      lv: "Nekustamā īpašuma īpašnieks var tiešsaistē redzēt, kuras personas savu dzīvesvietu deklarējušas viņam piederošā mājā vai dzīvoklī, un kopš kura laika. Tas palīdz pamanīt, ja adresē deklarējies kāds, kam tur nav tiesību dzīvot. Šādā gadījumā īpašnieks var lūgt pašvaldību anulēt ziņas par deklarēto dzīvesvietu.",
      en: "The owner of a property can see online which people have declared their residence in a house or flat they own, and since when. This helps to notice someone registered at the address who has no right to live there. In that case the owner can ask the municipality to cancel the declaration.",
    },
    institution: "PMLP",
    audience: ["residents", "businesses"],
    kind: "informative",
    maturity: 4,
    thematicArea: "residence",
    keywords: {
      lv: [
        "deklarētās personas",
        "kas deklarēts manā dzīvoklī",
        "īpašnieks",
        "deklarēšanās manā īpašumā",
        "dzīvesvietas anulēšana",
        "īrnieki",
      ],
      en: ["people declared at my property", "who is registered in my flat", "property owner", "tenants", "cancel a declared residence"],
    },
    channels: [
      {
        type: "online",
        url: "/e-pakalpojumi/mana-ipasuma-deklaretas-personas",
        note: {
          lv: "Pieejams īpašniekiem, kuru īpašuma tiesības ierakstītas zemesgrāmatā.",
          en: "Available to owners whose ownership is recorded in the Land Register.",
        },
      },
      {
        type: "in_person",
        note: {
          lv: "Izziņu par īpašumā deklarētajām personām var pieprasīt arī pašvaldībā vai PMLP nodaļā.",
          en: "A certificate listing the people declared at your property can also be requested at the municipality or a PMLP office.",
        },
      },
    ],
    processingTime: { lv: "Uzreiz", en: "Immediately" },
    costs: [],
    requirements: [
      {
        title: { lv: "Jābūt īpašuma īpašniekam vai kopīpašniekam", en: "You must own or co-own the property" },
        evidence: [
          { title: { lv: "Ieraksts zemesgrāmatā (pārbauda automātiski)", en: "Entry in the Land Register (checked automatically)" } },
        ],
      },
    ],
    outputs: [
      {
        title: { lv: "Saraksts ar īpašumā deklarētajām personām", en: "A list of the people declared at the property" },
        description: {
          lv: "Katrai personai norādīts vārds, uzvārds un deklarēšanas datums.",
          en: "Each entry gives the person's name and the date of the declaration.",
        },
      },
    ],
    steps: [
      {
        lv: "Pieslēdzieties Epak ar eID karti, eParaksts mobile vai internetbanku.",
        en: "Log in to Epak with an eID card, eParaksts mobile or online banking.",
      },
      { lv: "Atveriet pakalpojumu un izvēlieties savu īpašumu.", en: "Open the service and choose your property." },
      { lv: "Pārskatiet sarakstu ar deklarētajām personām.", en: "Review the list of declared people." },
      {
        lv: "Ja kādam nav tiesiska pamata dzīvot šajā adresē, iesniedziet pašvaldībā iesniegumu par ziņu anulēšanu.",
        en: "If someone has no legal basis to live there, submit an application to the municipality to cancel their declaration.",
      },
    ],
    legalBasis: [RESIDENCE_DECLARATION_LAW, NATURAL_PERSONS_REGISTER_LAW],
    municipalities: [],
    contactPoint: PMLP_CONTACT,
  },
  {
    identifier: "deklaretas-dzivesvietas-izzina",
    title: { lv: "Izziņa par deklarēto dzīvesvietu", en: "Certificate of declared residence" },
    description: {
      lv: "Izziņa apliecina jūsu, jūsu nepilngadīgā bērna vai aizbildnībā esošas personas deklarēto dzīvesvietu un tās vēsturi. To bieži prasa bankas, darba devēji, izglītības iestādes vai ārvalstu iestādes. E-pakalpojumā izziņu uzreiz saņem kā elektroniski parakstītu dokumentu, un to var izmantot tāpat kā papīra izziņu.",
      en: "The certificate confirms the declared residence of you, your minor child or a person under your guardianship, and its history. Banks, employers, schools and foreign authorities often ask for it. Through the e-service you receive it at once as an electronically signed document that is as valid as a paper one.",
    },
    institution: "PMLP",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "residence",
    keywords: {
      lv: ["izziņa par dzīvesvietu", "deklarētā adrese", "adreses izziņa", "dzīvesvietas izziņa", "izziņa bankai"],
      en: ["proof of address", "residence certificate", "certificate of address", "declared address"],
    },
    channels: [
      onLatvijaLv("E-pakalpojums “Izziņa par deklarēto dzīvesvietu”.", "The e-service “Certificate of declared residence”."),
      PMLP_OFFICE,
      {
        type: "in_person",
        note: {
          lv: "Izziņu izsniedz arī pašvaldības dzīvesvietas deklarēšanas iestāde.",
          en: "The municipality's residence declaration office issues it as well.",
        },
      },
    ],
    processingTime: { lv: "Elektroniski – uzreiz", en: "Online – immediately" },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Izziņu var pieprasīt par sevi vai personu, kuru likumiski pārstāvat",
          en: "You can request it for yourself or someone you legally represent",
        },
        evidence: [PASSPORT_OR_ID],
      },
    ],
    outputs: [{ title: { lv: "Elektroniski parakstīta izziņa (PDF vai EDOC)", en: "An electronically signed certificate (PDF or EDOC)" } }],
    steps: [
      { lv: "Pieslēdzieties latvija.lv.", en: "Log in to latvija.lv." },
      {
        lv: "Atveriet e-pakalpojumu un izvēlieties personu, par kuru vajadzīga izziņa.",
        en: "Open the e-service and choose the person the certificate is for.",
      },
      {
        lv: "Norādiet, vai vajadzīga tikai pašreizējā adrese vai arī iepriekšējās adreses.",
        en: "Say whether you need only the current address or also the previous ones.",
      },
      { lv: "Lejupielādējiet izziņu vai nosūtiet to saņēmējam.", en: "Download the certificate or send it to whoever needs it." },
    ],
    legalBasis: [RESIDENCE_DECLARATION_LAW, NATURAL_PERSONS_REGISTER_LAW],
    municipalities: [],
    contactPoint: PMLP_CONTACT,
  },

  // ——— Identity documents and citizenship ———
  {
    identifier: "pases-izsniegsana",
    title: { lv: "Pases izsniegšana", en: "Issuing a passport" },
    description: {
      lv: "Latvijas pilsoņa vai nepilsoņa pase ir ceļošanas dokuments, ko izmanto, lai ceļotu ārpus Eiropas Savienības un Šengenas zonas. Obligātais personu apliecinošais dokuments ir personas apliecība, bet pasi izsniedz papildus tai, ja persona to vēlas – arī bērniem. Dokumentus iesniedz personīgi, jo tiek nofotografēta seja un noņemti pirkstu nospiedumi, un pasi var saņemt 10 vai paātrināti 2 darbdienu laikā.",
      en: "A Latvian citizen's or non-citizen's passport is the travel document needed outside the European Union and the Schengen area. The identity card is the mandatory identity document, and a passport is issued in addition to it if you wish – for children too. You apply in person because your photo and fingerprints are taken, and the passport is ready in 10 working days or, urgently, in 2.",
    },
    institution: "PMLP",
    audience: ["residents"],
    kind: "transactional",
    maturity: 2,
    thematicArea: "identity_documents",
    keywords: {
      lv: ["pase", "pases saņemšana", "pases maiņa", "jauna pase", "pase bērnam", "pases cena", "ceļošanas dokuments"],
      en: ["passport", "new passport", "renew passport", "passport for a child", "passport fee", "travel document"],
    },
    channels: [
      onLatvijaLv("Tiešsaistē var pieteikt apmeklējuma laiku PMLP nodaļā.", "You can book an appointment at a PMLP office online."),
      PMLP_OFFICE,
      {
        type: "in_person",
        note: {
          lv: "Ārvalstīs – Latvijas vēstniecībā vai konsulātā.",
          en: "Abroad – at a Latvian embassy or consulate.",
        },
      },
    ],
    processingTime: {
      lv: "10 darbdienas; paātrināti – 2 darbdienas",
      en: "10 working days; urgent – 2 working days",
    },
    costs: [
      {
        amount: 34,
        currency: "EUR",
        description: { lv: "Valsts nodeva, pasi izsniedzot 10 darbdienu laikā", en: "State fee, issued within 10 working days" },
      },
      {
        amount: 60,
        currency: "EUR",
        description: { lv: "Valsts nodeva, pasi izsniedzot 2 darbdienu laikā", en: "State fee, issued within 2 working days" },
      },
      {
        amount: 15,
        currency: "EUR",
        description: {
          lv: "Samazinātā nodeva (10 darbdienas) personām līdz 20 gadiem, pensionāriem un personām ar I vai II grupas invaliditāti",
          en: "Reduced fee (10 working days) for people under 20, pensioners and people with group I or II disability",
        },
      },
    ],
    requirements: [
      {
        title: { lv: "Persona ir Latvijas pilsonis vai nepilsonis", en: "You are a Latvian citizen or non-citizen" },
        evidence: [
          {
            title: {
              lv: "Iepriekšējā pase vai personas apliecība, ja tāda ir",
              en: "Your previous passport or identity card, if you have one",
            },
          },
          {
            title: { lv: "Dzimšanas apliecība, ja dokumentu saņem pirmo reizi", en: "Birth certificate if this is your first document" },
          },
        ],
      },
      {
        title: {
          lv: "Bērnam līdz 15 gadiem pasi pieprasa vecāks vai likumiskais pārstāvis",
          en: "A parent or legal representative applies for a child under 15",
        },
        evidence: [{ title: { lv: "Vecāka personu apliecinošs dokuments", en: "The parent's identity document" } }],
      },
    ],
    outputs: [
      { title: { lv: "Pase ar 10 gadu derīguma termiņu (bērniem – īsāku)", en: "A passport valid for 10 years (shorter for children)" } },
    ],
    steps: [
      {
        lv: "Ierodieties PMLP nodaļā (rindas kārtībā vai pēc pieraksta) vai pierakstieties Latvijas pārstāvniecībā ārvalstīs.",
        en: "Go to a PMLP office (in turn or by appointment) or book a visit at a Latvian mission abroad.",
      },
      {
        lv: "Samaksājiet valsts nodevu – nodaļā ar karti vai iepriekš ar pārskaitījumu.",
        en: "Pay the state fee – by card at the office or in advance by bank transfer.",
      },
      {
        lv: "Nodaļā parakstiet iesniegumu; jūs nofotografēs un noņems pirkstu nospiedumus.",
        en: "Sign the application at the office; your photo and fingerprints will be taken.",
      },
      {
        lv: "Kad pase gatava, saņemiet to personīgi un nododiet iepriekšējo pasi.",
        en: "When it is ready, collect the passport in person and hand in the old one.",
      },
    ],
    legalBasis: [IDENTITY_DOCUMENTS_LAW, IDENTITY_DOCUMENT_FEES],
    municipalities: [],
    contactPoint: { ...PMLP_CONTACT, email: "pases@pmlp.gov.lv" },
  },
  {
    identifier: "personas-apliecibas-izsniegsana",
    title: { lv: "Personas apliecības (eID kartes) izsniegšana", en: "Issuing an identity card (eID card)" },
    description: {
      lv: "Personas apliecība jeb eID karte ir galvenais un obligātais personu apliecinošais dokuments Latvijas pilsoņiem un nepilsoņiem no 15 gadu vecuma; kam ir tikai derīga pase, tam eID karte jāsaņem, kad pases derīguma termiņš beidzas. Ar to var apliecināt identitāti, ceļot Eiropas Savienībā un Šengenas zonā, kā arī pieslēgties e-pakalpojumiem un parakstīt dokumentus ar drošu elektronisko parakstu. Karti izsniedz 10 vai paātrināti 2 darbdienu laikā.",
      en: "The identity card, or eID card, is the main and mandatory identity document for Latvian citizens and non-citizens from the age of 15; if you only have a valid passport, you need an eID card when the passport expires. It proves your identity, lets you travel in the European Union and the Schengen area, and lets you log in to e-services and sign documents with a qualified electronic signature. The card is issued in 10 working days or, urgently, in 2.",
    },
    institution: "PMLP",
    audience: ["residents"],
    kind: "transactional",
    maturity: 2,
    thematicArea: "identity_documents",
    keywords: {
      lv: ["ID karte", "eID karte", "personas apliecība", "ID kartes maiņa", "eID PIN kodi", "e-paraksts", "ID karte bērnam"],
      en: ["ID card", "eID card", "identity card", "renew ID card", "eID PIN codes", "electronic signature"],
    },
    channels: [
      onLatvijaLv("Tiešsaistē var pieteikt apmeklējuma laiku PMLP nodaļā.", "You can book an appointment at a PMLP office online."),
      PMLP_OFFICE,
      {
        type: "in_person",
        note: { lv: "Ārvalstīs – Latvijas vēstniecībā vai konsulātā.", en: "Abroad – at a Latvian embassy or consulate." },
      },
    ],
    processingTime: { lv: "10 darbdienas; paātrināti – 2 darbdienas", en: "10 working days; urgent – 2 working days" },
    costs: [
      {
        amount: 15,
        currency: "EUR",
        description: { lv: "Valsts nodeva, karti izsniedzot 10 darbdienu laikā", en: "State fee, issued within 10 working days" },
      },
      {
        amount: 30,
        currency: "EUR",
        description: { lv: "Valsts nodeva, karti izsniedzot 2 darbdienu laikā", en: "State fee, issued within 2 working days" },
      },
      {
        amount: 5,
        currency: "EUR",
        description: {
          lv: "Samazinātā nodeva (10 darbdienas) personām līdz 20 gadiem, pensionāriem un personām ar I vai II grupas invaliditāti",
          en: "Reduced fee (10 working days) for people under 20, pensioners and people with group I or II disability",
        },
      },
    ],
    requirements: [
      {
        title: {
          lv: "Dokuments jāsaņem 30 dienu laikā pēc 15 gadu vecuma sasniegšanas vai iepriekšējā dokumenta nederīguma",
          en: "The card must be obtained within 30 days of turning 15 or of the previous document becoming invalid",
        },
        evidence: [
          { title: { lv: "Iepriekšējā personas apliecība vai pase, ja tāda ir", en: "Your previous identity card or passport, if any" } },
          {
            title: {
              lv: "Dokuments par vārda, uzvārda vai citu ziņu maiņu, ja tās mainījušās",
              en: "A document on a change of name or other data, if changed",
            },
          },
        ],
      },
      {
        title: {
          lv: "Pirmo reizi dokumentu saņemot, identitāti apliecina likumiskais pārstāvis vai pilngadīgs radinieks",
          en: "When getting a first document, your identity is confirmed by a legal representative or adult relative",
        },
        evidence: [{ title: { lv: "Dzimšanas apliecība", en: "Birth certificate" } }],
      },
    ],
    outputs: [
      { title: { lv: "Personas apliecība (eID karte)", en: "Identity card (eID card)" } },
      {
        title: {
          lv: "PIN kodu aploksne identifikācijas un paraksta sertifikātiem",
          en: "PIN envelope for the authentication and signing certificates",
        },
      },
    ],
    steps: [
      {
        lv: "Ierodieties PMLP nodaļā rindas kārtībā vai pēc iepriekšēja pieraksta.",
        en: "Go to a PMLP office, in turn or by appointment.",
      },
      { lv: "Samaksājiet valsts nodevu.", en: "Pay the state fee." },
      {
        lv: "Nodaļā parakstiet iesniegumu; jūs nofotografēs un noņems pirkstu nospiedumus.",
        en: "Sign the application at the office; your photo and fingerprints will be taken.",
      },
      { lv: "Saņemiet karti un PIN kodus personīgi.", en: "Collect the card and PIN codes in person." },
      {
        lv: "Aktivizējiet sertifikātus un sāciet lietot e-pakalpojumus un e-parakstu.",
        en: "Activate the certificates and start using e-services and the e-signature.",
      },
    ],
    legalBasis: [IDENTITY_DOCUMENTS_LAW, IDENTITY_DOCUMENT_FEES],
    municipalities: [],
    contactPoint: { ...PMLP_CONTACT, email: "eid@pmlp.gov.lv" },
  },
  {
    identifier: "nozaudeta-personu-apliecinosa-dokumenta-pieteiksana",
    title: {
      lv: "Nozaudētas vai nozagtas pases vai personas apliecības pieteikšana",
      en: "Reporting a lost or stolen passport or identity card",
    },
    description: {
      lv: "Ja pase vai personas apliecība ir nozaudēta, nozagta vai iznīcināta, par to nekavējoties jāpaziņo, lai ar dokumentu nevarētu izlikties par jums. Pēc rakstiska paziņojuma dokuments kļūst nederīgs arī tad, ja to vēlāk atrod. Ja jums nav cita derīga dokumenta, 30 dienu laikā jāpieprasa jauns.",
      en: "If your passport or identity card is lost, stolen or destroyed, report it at once so that nobody can use it to pose as you. Once reported in writing, the document stays invalid even if it turns up later. If you have no other valid document, you must apply for a new one within 30 days.",
    },
    institution: "PMLP",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "identity_documents",
    keywords: {
      lv: [
        "pazaudēta pase",
        "nozagta ID karte",
        "nozaudēts dokuments",
        "zudusi pase",
        "eID sertifikātu apturēšana",
        "atgriešanās apliecība",
      ],
      en: ["lost passport", "stolen ID card", "lost identity document", "report stolen passport", "suspend eID certificates"],
    },
    channels: [
      onLatvijaLv(
        "Paziņojumu ar drošu elektronisko parakstu var nosūtīt PMLP, izmantojot e-pakalpojumu “Iesniegums iestādei” vai e-adresi.",
        "A report signed with a qualified electronic signature can be sent to PMLP through the e-service “Application to an institution” or to its e-address.",
      ),
      PMLP_OFFICE,
      {
        type: "in_person",
        note: {
          lv: "Par zādzību paziņojiet arī Valsts policijai; zudumu var pieteikt arī Valsts robežsardzē, bet ārvalstīs – Latvijas vēstniecībā.",
          en: "Report a theft to the State Police as well; a loss can also be reported to the State Border Guard or, abroad, to a Latvian embassy.",
        },
      },
      {
        type: "phone",
        note: {
          lv: "Ja nozaudēta eID karte, nekavējoties zvaniet LVRTC palīdzības dienestam +371 67108787, lai apturētu sertifikātus.",
          en: "If your eID card is lost, call the LVRTC help desk on +371 67108787 at once to suspend its certificates.",
        },
      },
    ],
    processingTime: {
      lv: "Dokuments kļūst nederīgs, tiklīdz paziņojums reģistrēts",
      en: "The document is invalidated as soon as the report is registered",
    },
    costs: [],
    requirements: [
      {
        title: { lv: "Paskaidrojums par dokumenta zuduma apstākļiem", en: "An explanation of how the document was lost" },
        evidence: [
          { title: { lv: "Rakstisks paziņojums ar paskaidrojumu", en: "A written report with an explanation" } },
          {
            title: {
              lv: "Policijas atbilde uz ziņojumu, ja dokuments nozagts",
              en: "The police reply to your report, if the document was stolen",
            },
          },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Dokuments reģistrēts kā nederīgs", en: "The document is registered as invalid" } },
      {
        title: { lv: "Atgriešanās apliecība, ja dokuments zudis ārvalstīs", en: "An emergency return certificate if it was lost abroad" },
      },
    ],
    steps: [
      {
        lv: "Ja nozaudēta eID karte, apturiet tās sertifikātus, zvanot LVRTC.",
        en: "If an eID card is lost, suspend its certificates by calling LVRTC.",
      },
      {
        lv: "Paziņojiet par zudumu PMLP, Valsts policijai vai Valsts robežsardzei, ārvalstīs – vēstniecībai.",
        en: "Report the loss to PMLP, the State Police or the State Border Guard, or to an embassy if abroad.",
      },
      { lv: "Ja dokuments nozagts, iesniedziet iesniegumu policijā.", en: "If it was stolen, file a report with the police." },
      {
        lv: "30 dienu laikā pieprasiet jaunu pasi vai personas apliecību, ja jums nav cita derīga dokumenta.",
        en: "Within 30 days apply for a new passport or identity card if you have no other valid document.",
      },
    ],
    legalBasis: [IDENTITY_DOCUMENTS_LAW],
    municipalities: [],
    contactPoint: PMLP_CONTACT,
  },
  {
    identifier: "terminuzturesanas-atlauja",
    title: { lv: "Termiņuzturēšanās atļaujas pieprasīšana", en: "Applying for a temporary residence permit" },
    description: {
      lv: "Termiņuzturēšanās atļauja ļauj ārzemniekam, kas nav Eiropas Savienības pilsonis, uzturēties Latvijā ilgāk par 90 dienām pusgadā – piemēram, strādājot, studējot vai dzīvojot kopā ar ģimeni. Parasti vispirms uzaicinātājs (darba devējs, izglītības iestāde vai ģimenes loceklis) PMLP apstiprina izsaukumu. Atļauju izsniedz kā karti personas apliecības formātā, pirms tam noņemot biometrijas datus.",
      en: "A temporary residence permit lets a foreigner who is not an EU citizen stay in Latvia for more than 90 days in six months – for example to work, study or live with family. Usually the inviting party (employer, school or family member) first has an invitation approved by PMLP. The permit is issued as an ID-format card after biometric data have been taken.",
    },
    institution: "PMLP",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "residence",
    keywords: {
      lv: ["uzturēšanās atļauja", "TUA", "termiņuzturēšanās", "izsaukums", "ārzemnieks", "darbs Latvijā ārzemniekam"],
      en: ["residence permit", "temporary residence permit", "TRP", "foreigner", "invitation", "moving to Latvia"],
    },
    channels: [
      onLatvijaLv(
        "Anketu uzturēšanās atļaujas pieprasīšanai var aizpildīt un iesniegt elektroniski pirms dokumentu iesniegšanas.",
        "The residence permit form can be filled in and submitted online before you hand in your documents.",
      ),
      PMLP_OFFICE,
      {
        type: "in_person",
        note: {
          lv: "Atrodoties ārvalstīs, dokumentus iesniedz Latvijas vēstniecībā vai konsulātā.",
          en: "If you are abroad, documents are submitted at a Latvian embassy or consulate.",
        },
      },
    ],
    processingTime: {
      lv: "Līdz 30 dienām; paātrināti – 10 vai 5 darbdienās",
      en: "Up to 30 days; urgent – 10 or 5 working days",
    },
    costs: [
      {
        amount: 100,
        currency: "EUR",
        description: { lv: "Dokumentu izskatīšana 30 dienu laikā", en: "Examination of documents within 30 days" },
      },
      {
        amount: 200,
        currency: "EUR",
        description: { lv: "Dokumentu izskatīšana 10 darbdienu laikā", en: "Examination of documents within 10 working days" },
      },
      {
        amount: 400,
        currency: "EUR",
        description: { lv: "Dokumentu izskatīšana 5 darbdienu laikā", en: "Examination of documents within 5 working days" },
      },
      {
        amount: 70,
        currency: "EUR",
        description: {
          lv: "Izskatīšana 30 dienu laikā Latvijas pilsoņa, nepilsoņa vai pastāvīgās uzturēšanās atļaujas turētāja laulātajam un bērniem, kā arī studentiem",
          en: "Examination within 30 days for the spouse and children of a Latvian citizen, non-citizen or permanent resident, and for students",
        },
      },
    ],
    requirements: [
      {
        title: { lv: "Uzturēšanās mērķis un apstiprināts izsaukums", en: "A purpose of stay and an approved invitation" },
        evidence: [
          { title: { lv: "Anketa uzturēšanās atļaujas pieprasīšanai", en: "Residence permit application form" } },
          { title: { lv: "Derīgs ceļošanas dokuments un tā kopija", en: "A valid travel document and a copy of it" } },
          { title: { lv: "Fotogrāfija 3×4 cm", en: "A 3×4 cm photograph" } },
        ],
      },
      {
        title: {
          lv: "Pietiekami iztikas līdzekļi, mājoklis un veselības apdrošināšana",
          en: "Sufficient means of subsistence, accommodation and health insurance",
        },
        evidence: [
          { title: { lv: "Dokuments par iztikas līdzekļiem", en: "Proof of means of subsistence" } },
          { title: { lv: "Veselības apdrošināšanas polise", en: "Health insurance policy" } },
        ],
      },
      {
        title: { lv: "Nav sodāmības", en: "No criminal record" },
        evidence: [
          {
            title: {
              lv: "Izziņa par sodāmību no pilsonības valsts vai valsts, kurā dzīvots ilgāk par 12 mēnešiem",
              en: "Criminal record certificate from your country of citizenship or where you lived for over 12 months",
            },
          },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Lēmums par uzturēšanās atļaujas izsniegšanu", en: "A decision to issue the residence permit" } },
      { title: { lv: "Uzturēšanās atļaujas karte", en: "Residence permit card" } },
    ],
    steps: [
      {
        lv: "Uzaicinātājs PMLP piesaka un saņem apstiprinātu izsaukumu.",
        en: "The inviting party applies for and receives an approved invitation from PMLP.",
      },
      { lv: "Aizpildiet anketu un sagatavojiet dokumentus.", en: "Fill in the form and gather the documents." },
      {
        lv: "Samaksājiet valsts nodevu un iesniedziet dokumentus PMLP vai Latvijas pārstāvniecībā.",
        en: "Pay the state fee and submit the documents at PMLP or a Latvian mission.",
      },
      {
        lv: "Pēc pozitīva lēmuma PMLP nodaļā nododiet biometrijas datus un deklarējiet dzīvesvietu.",
        en: "After a positive decision, give your biometric data at a PMLP office and declare your residence.",
      },
      { lv: "Saņemiet uzturēšanās atļaujas karti.", en: "Collect the residence permit card." },
    ],
    legalBasis: [IMMIGRATION_LAW],
    municipalities: [],
    contactPoint: PMLP_CONTACT,
  },
  {
    identifier: "pilsonibas-iegusana-naturalizacija",
    title: {
      lv: "Latvijas pilsonības iegūšana naturalizācijas kārtībā",
      en: "Acquiring Latvian citizenship by naturalisation",
    },
    description: {
      lv: "Latvijas nepilsoņi un ārzemnieki no 15 gadu vecuma, kas pēdējos piecus gadus pastāvīgi dzīvo Latvijā, var kļūt par Latvijas pilsoņiem. Jānokārto latviešu valodas prasmes pārbaude un pārbaude par Satversmi, valsts himnu, Latvijas vēsturi un kultūru, kā arī jāapliecina legāls iztikas avots. Bērni līdz 15 gadiem var naturalizēties kopā ar vecākiem bez papildu nodevas; lēmumu par uzņemšanu pilsonībā pieņem Ministru kabinets.",
      en: "Latvian non-citizens and foreigners aged 15 or over who have lived in Latvia permanently for the last five years can become Latvian citizens. You must pass tests of Latvian language and of the Constitution, national anthem, Latvian history and culture, and show a legal source of income. Children under 15 can be naturalised together with a parent at no extra fee; the Cabinet of Ministers decides on admission to citizenship.",
    },
    institution: "PMLP",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "identity_documents",
    keywords: {
      lv: ["pilsonība", "naturalizācija", "nepilsonis", "pilsonības eksāmens", "valodas pārbaude", "Latvijas pilsonis", "solījums"],
      en: ["citizenship", "naturalisation", "non-citizen", "citizenship test", "language test", "become a Latvian citizen"],
    },
    channels: [
      onLatvijaLv(
        "Iesniegumu un dokumentu kopijas var iesniegt attālināti, parakstot ar drošu elektronisko parakstu un nosūtot uz PMLP e-adresi.",
        "The application and copies of documents can be submitted remotely, signed with a qualified electronic signature and sent to PMLP's e-address.",
      ),
      PMLP_OFFICE,
      {
        type: "post",
        note: {
          lv: "Pa pastu sūta tikai personu apliecinoša dokumenta kopiju, nevis oriģinālu.",
          en: "By post, send only a copy of your identity document, never the original.",
        },
      },
    ],
    processingTime: { lv: "Līdz vienam gadam no iesnieguma iesniegšanas", en: "Up to one year from the application" },
    costs: [
      {
        amount: 28.46,
        currency: "EUR",
        description: { lv: "Valsts nodeva par naturalizācijas iesniegumu", en: "State fee for a naturalisation application" },
      },
      {
        amount: 4.27,
        currency: "EUR",
        description: {
          lv: "Samazinātā nodeva trūcīgām personām, bezdarbniekiem, daudzbērnu ģimenēm, pensionāriem, personām ar II vai III grupas invaliditāti un skolēniem vai studentiem; personas ar I grupas invaliditāti, politiski represētie un bāreņi no nodevas atbrīvoti",
          en: "Reduced fee for people on low income, the unemployed, large families, pensioners, people with group II or III disability and pupils or students; people with group I disability, the politically repressed and orphans are exempt",
        },
      },
    ],
    requirements: [
      {
        title: { lv: "Pēdējos piecus gadus pastāvīgi dzīvo Latvijā", en: "Permanent residence in Latvia for the last five years" },
        evidence: [
          {
            title: {
              lv: "Dokuments par pastāvīgu dzīvi Latvijā, piemēram, darba devēja, VSAA vai izglītības iestādes izziņa",
              en: "Proof of permanent residence, such as a statement from an employer, the State Social Insurance Agency or a school",
            },
          },
        ],
      },
      {
        title: { lv: "Legāls iztikas avots", en: "A legal source of income" },
        evidence: [{ title: { lv: "Izziņa no darba devēja vai bankas", en: "Statement from an employer or bank" } }],
      },
      {
        title: {
          lv: "Latviešu valodas prasme un zināšanas par Satversmi, himnu, vēsturi un kultūru",
          en: "Knowledge of Latvian and of the Constitution, anthem, history and culture",
        },
        evidence: [{ title: { lv: "Sekmīgi nokārtotas PMLP pārbaudes", en: "Passed tests at PMLP" } }],
      },
      {
        title: {
          lv: "Ārvalstnieks atsakās no iepriekšējās pilsonības, ja to prasa likums",
          en: "A foreign national renounces their previous citizenship where the law requires",
        },
        evidence: [
          {
            title: {
              lv: "Izziņa par sodāmību, ja persona ir citas valsts pilsonis",
              en: "Criminal record certificate if you hold another country's citizenship",
            },
          },
        ],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Ministru kabineta lēmums par uzņemšanu Latvijas pilsonībā",
          en: "A Cabinet of Ministers decision admitting you to Latvian citizenship",
        },
      },
      {
        title: {
          lv: "Latvijas pilsoņa statuss un tiesības saņemt pilsoņa pasi",
          en: "Latvian citizen status and the right to a citizen's passport",
        },
      },
    ],
    steps: [
      { lv: "Samaksājiet valsts nodevu.", en: "Pay the state fee." },
      {
        lv: "Iesniedziet naturalizācijas iesniegumu ar pielikumiem PMLP nodaļā, pa pastu vai elektroniski.",
        en: "Submit the naturalisation application with attachments at a PMLP office, by post or electronically.",
      },
      {
        lv: "Nokārtojiet valsts valodas prasmes pārbaudi un pārbaudi par Satversmi, himnu un vēsturi.",
        en: "Pass the language test and the test on the Constitution, anthem and history.",
      },
      {
        lv: "Sagaidiet Ministru kabineta lēmumu un dodiet svinīgo solījumu par uzticību Latvijas Republikai.",
        en: "Await the Cabinet decision and take the solemn pledge of loyalty to the Republic of Latvia.",
      },
      { lv: "Pieprasiet Latvijas pilsoņa personas apliecību vai pasi.", en: "Apply for a Latvian citizen's identity card or passport." },
    ],
    legalBasis: [
      { title: { lv: "Pilsonības likums", en: "Citizenship Law" }, url: "https://likumi.lv/ta/id/57512" },
      {
        title: {
          lv: "Ministru kabineta 2013. gada 24. septembra noteikumi Nr. 1001 “Naturalizācijas iesnieguma pieņemšanas un izskatīšanas kārtība”",
          en: "Cabinet Regulation No. 1001 of 24 September 2013 on receiving and examining naturalisation applications",
        },
      },
      {
        title: {
          lv: "Ministru kabineta 2013. gada 17. septembra noteikumi Nr. 849 “Noteikumi par valsts nodevu naturalizācijas iesnieguma iesniegšanai”",
          en: "Cabinet Regulation No. 849 of 17 September 2013 on the state fee for submitting a naturalisation application",
        },
        url: "https://likumi.lv/ta/id/259981",
      },
    ],
    municipalities: [],
    contactPoint: PMLP_CONTACT,
  },
  {
    identifier: "personas-datu-aktualizesana",
    title: {
      lv: "Personas datu aktualizēšana Iedzīvotāju reģistrā",
      en: "Updating your personal data in the population register",
    },
    description: {
      lv: "Ja mainījušās ziņas par jums, kas glabājas Fizisko personu reģistrā (agrāk – Iedzīvotāju reģistrs), tās jāpaziņo PMLP, lai valsts iestādes izmantotu pareizus datus. Piemēram, jāziņo par citas valsts pilsonības iegūšanu, ārvalstī izsniegtu personu apliecinošu dokumentu vai jālūdz precizēt tautības ierakstu. Ārvalstīs reģistrētu laulību, bērna dzimšanu vai citu civilstāvokļa aktu reģistrē dzimtsarakstu nodaļā.",
      en: "If data about you in the Natural Persons Register (formerly the population register) have changed, tell PMLP so that state institutions use the right information. For example, report acquiring another country's citizenship or a foreign identity document, or ask to correct your ethnicity entry. A marriage, birth or other civil status act registered abroad is recorded through a registry office.",
    },
    institution: "PMLP",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "identity_documents",
    keywords: {
      lv: ["Iedzīvotāju reģistrs", "Fizisko personu reģistrs", "datu labošana", "dubultpilsonība", "tautības maiņa", "mani dati"],
      en: [
        "population register",
        "Natural Persons Register",
        "correct my data",
        "dual citizenship",
        "change of ethnicity",
        "personal data update",
      ],
    },
    channels: [
      onLatvijaLv(
        "Savus datus var pārbaudīt e-pakalpojumā “Mani dati Fizisko personu reģistrā”, bet iesniegumu ar drošu elektronisko parakstu nosūtīt PMLP e-adresē.",
        "Check your data in the e-service “My data in the Natural Persons Register” and send an application with a qualified electronic signature to PMLP's e-address.",
      ),
      PMLP_OFFICE,
      {
        type: "post",
        note: {
          lv: "Iesniegumu var nosūtīt pa pastu, pievienojot dokumentu kopijas.",
          en: "The application can be posted with copies of the documents.",
        },
      },
    ],
    processingTime: { lv: "Līdz 1 mēnesim", en: "Up to 1 month" },
    costs: [],
    requirements: [
      {
        title: { lv: "Dokuments, kas apliecina jaunās ziņas", en: "A document proving the new data" },
        evidence: [
          { title: { lv: "Ārvalsts pase vai pilsonību apliecinošs dokuments", en: "Foreign passport or proof of citizenship" } },
          {
            title: {
              lv: "Ārvalstī izsniegta dokumenta tulkojums latviešu valodā, ja nepieciešams",
              en: "A Latvian translation of a foreign document, where needed",
            },
          },
        ],
      },
    ],
    outputs: [{ title: { lv: "Aktualizētas ziņas Fizisko personu reģistrā", en: "Updated entries in the Natural Persons Register" } }],
    steps: [
      {
        lv: "Pārbaudiet savus datus e-pakalpojumā “Mani dati Fizisko personu reģistrā”.",
        en: "Check your data in the e-service “My data in the Natural Persons Register”.",
      },
      {
        lv: "Sagatavojiet iesniegumu un pievienojiet izmaiņas apliecinošus dokumentus.",
        en: "Prepare an application and attach documents proving the change.",
      },
      { lv: "Iesniedziet to PMLP elektroniski, pa pastu vai nodaļā.", en: "Submit it to PMLP electronically, by post or at an office." },
      {
        lv: "Saņemiet atbildi un pārliecinieties, ka dati reģistrā ir laboti.",
        en: "Receive the reply and check that the register has been corrected.",
      },
    ],
    legalBasis: [NATURAL_PERSONS_REGISTER_LAW],
    municipalities: [],
    contactPoint: PMLP_CONTACT,
  },
  {
    identifier: "organu-ziedosanas-gribas-registresana",
    title: {
      lv: "Piekrišanas vai aizlieguma izmantot ķermeni, audus un orgānus pēc nāves reģistrēšana",
      en: "Recording your consent or refusal to the use of your body, tissues and organs after death",
    },
    description: {
      lv: "Katrs pilngadīgs cilvēks var atļaut vai aizliegt pēc nāves izmantot savus orgānus un audus transplantācijai, kā arī savu ķermeni mācību un zinātnes mērķiem vai patologanatomiskai izmeklēšanai. Kopš 2022. gada griba tiek reģistrēta E-veselības sistēmā, un to var mainīt jebkurā laikā. Ja griba nav izteikta, lēmumu var pieņemt tuvākie piederīgie, tāpēc par savu izvēli vērts runāt arī ar ģimeni.",
      en: "Every adult may allow or refuse the use of their organs and tissues for transplantation after death, and of their body for teaching, research or a post-mortem examination. Since 2022 this choice is recorded in the E-health system and can be changed at any time. If no choice has been recorded, the closest relatives may decide, so it is worth talking it over with your family too.",
    },
    institution: "VM",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "health",
    keywords: {
      lv: ["orgānu ziedošana", "donors", "orgānu donors", "ķermeņa ziedošana", "E-veselība", "aizliegums izmantot orgānus"],
      en: ["organ donation", "organ donor", "donate organs", "body donation", "E-health", "refuse organ donation"],
    },
    channels: [
      {
        type: "online",
        url: "https://www.eveseliba.gov.lv",
        note: {
          lv: "E-veselībā sadaļā “Personas dati” – “Orgānu un ķermeņa izmantošanas atļaujas”; jāpieslēdzas ar eID karti, eParaksts mobile vai Smart-ID.",
          en: "In E-health under “Personal data” – “Permissions to use organs and body”; log in with an eID card, eParaksts mobile or Smart-ID.",
        },
      },
    ],
    processingTime: { lv: "Uzreiz", en: "Immediately" },
    costs: [],
    requirements: [
      {
        title: { lv: "Persona ir pilngadīga", en: "You are an adult" },
        description: {
          lv: "Par nepilngadīgu personu gribu var izteikt viens no likumiskajiem pārstāvjiem.",
          en: "For a minor, one of the legal representatives may express the choice.",
        },
        evidence: [
          {
            title: {
              lv: "Pieslēgšanās ar drošu elektroniskās identifikācijas līdzekli",
              en: "Login with a secure electronic identification means",
            },
          },
        ],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Atzīme E-veselības sistēmā par atļauju vai aizliegumu",
          en: "An entry in the E-health system recording consent or refusal",
        },
        description: {
          lv: "Atzīmi redz tikai ierobežots speciālistu loks, piemēram, transplantācijas koordinatori; ģimenes ārstiem un neatliekamajai palīdzībai tā nav pieejama.",
          en: "Only a small group of specialists, such as transplant coordinators, can see it; family doctors and ambulance crews cannot.",
        },
      },
    ],
    steps: [
      { lv: "Atveriet eveseliba.gov.lv un pieslēdzieties.", en: "Open eveseliba.gov.lv and log in." },
      {
        lv: "Izvēlieties sadaļu “Personas dati” – “Orgānu un ķermeņa izmantošanas atļaujas”.",
        en: "Choose “Personal data” – “Permissions to use organs and body”.",
      },
      {
        lv: "Atzīmējiet atļauju vai aizliegumu visiem vai atsevišķiem orgāniem un izmantošanas mērķiem.",
        en: "Mark consent or refusal for all or selected organs and purposes.",
      },
      { lv: "Saglabājiet izvēli un pastāstiet par to saviem tuviniekiem.", en: "Save your choice and tell your family about it." },
    ],
    legalBasis: [
      {
        title: {
          lv: "Likums “Par miruša cilvēka ķermeņa aizsardzību un cilvēka audu un orgānu izmantošanu medicīnā”",
          en: "Law on the Protection of the Body of a Deceased Person and the Use of Human Tissues and Organs in Medicine",
        },
        url: "https://likumi.lv/ta/id/62843",
      },
    ],
    municipalities: [],
  },
  {
    identifier: "tiesibas-uz-nodarbinatibu-arzemniekam",
    title: { lv: "Tiesību uz nodarbinātību piešķiršana ārzemniekam", en: "Granting a foreigner the right to employment" },
    description: {
      lv: "Lai Latvijā strādātu ārzemnieks, kuram nav brīvas pieejas darba tirgum, viņa vīzā vai uzturēšanās atļaujā jābūt ierakstītām tiesībām uz nodarbinātību. Darba devējs vispirms reģistrē vakanci Nodarbinātības valsts aģentūrā un, ja to 10 darbdienu laikā neizdodas aizpildīt, PMLP piesaka ielūgumu vai izsaukumu ar tiesībām uz nodarbinātību. Atsevišķa darba atļauja netiek izsniegta – tiesības apliecina ieraksts vīzā vai uzturēšanās atļaujā.",
      en: "For a foreigner without free access to the labour market to work in Latvia, the right to employment must be recorded in their visa or residence permit. The employer first registers the vacancy with the State Employment Agency and, if it is not filled within 10 working days, applies to PMLP for an invitation with the right to employment. No separate work permit is issued – the right is shown by an entry in the visa or residence permit.",
    },
    institution: "PMLP",
    audience: ["businesses", "residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "work",
    keywords: {
      lv: ["darba atļauja", "ārzemnieku nodarbināšana", "tiesības uz nodarbinātību", "izsaukums", "ielūgums", "trešo valstu darbinieki"],
      en: ["work permit", "hiring foreigners", "right to employment", "third-country workers", "invitation", "employing a foreign worker"],
    },
    channels: [
      onLatvijaLv(
        "Darba devējs izsaukuma vai ielūguma apstiprināšanu var pieteikt e-pakalpojumā; elektroniski iesniegts pieprasījums ir lētāks.",
        "The employer can request approval of an invitation through the e-service; online requests cost less.",
      ),
      PMLP_OFFICE,
    ],
    processingTime: {
      lv: "Parasti līdz 10 darbdienām; uzturēšanās atļaujas dokumentu izskatīšanas termiņš atkarīgs no samaksātās nodevas",
      en: "Usually up to 10 working days; the time for residence permit documents depends on the fee paid",
    },
    costs: [
      {
        amount: 5,
        currency: "EUR",
        description: {
          lv: "Izsaukuma apstiprināšana, piesakot elektroniski latvija.lv",
          en: "Approval of an invitation requested online on latvija.lv",
        },
      },
      {
        amount: 10,
        currency: "EUR",
        description: { lv: "Izsaukuma apstiprināšana, piesakot klātienē", en: "Approval of an invitation requested in person" },
      },
      {
        amount: 55,
        currency: "EUR",
        description: {
          lv: "Papildus par katras uzaicinātās personas tiesību uz nodarbinātību pieprasījumu",
          en: "In addition, for each invited person's right to employment",
        },
      },
      {
        amount: 20,
        currency: "EUR",
        description: {
          lv: "Papildu tiesību uz nodarbinātību piešķiršana vai esošo tiesību precizēšana",
          en: "Granting additional rights to employment or amending existing ones",
        },
      },
    ],
    requirements: [
      {
        title: {
          lv: "Vakance reģistrēta NVA un nav aizpildīta 10 darbdienu laikā",
          en: "The vacancy is registered with the State Employment Agency and not filled within 10 working days",
        },
        description: {
          lv: "Nav jāpiemēro, ja ārzemnieks strādās uz uzņēmuma līguma pamata vai ir, piemēram, valdes loceklis.",
          en: "Does not apply if the foreigner will work under a contract for services or is, for example, a board member.",
        },
        evidence: [{ title: { lv: "NVA reģistrētas vakances numurs", en: "Number of the vacancy registered with the agency" } }],
      },
      {
        title: {
          lv: "Darba līgums vai tā projekts un ārzemnieka kvalifikācija",
          en: "Employment contract or draft and the foreigner's qualifications",
        },
        evidence: [
          { title: { lv: "Darba līgums vai tā projekts", en: "Employment contract or its draft" } },
          {
            title: {
              lv: "Ārzemnieka izglītības vai profesionālās kvalifikācijas dokumenti",
              en: "The foreigner's education or qualification documents",
            },
          },
        ],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Apstiprināts ielūgums vai izsaukums ar tiesībām uz nodarbinātību",
          en: "An approved invitation including the right to employment",
        },
      },
      {
        title: {
          lv: "Ieraksts par tiesībām uz nodarbinātību vīzā vai uzturēšanās atļaujā",
          en: "The right to employment recorded in the visa or residence permit",
        },
      },
    ],
    steps: [
      {
        lv: "Darba devējs reģistrē vakanci Nodarbinātības valsts aģentūrā.",
        en: "The employer registers the vacancy with the State Employment Agency.",
      },
      {
        lv: "Ja vakanci neizdodas aizpildīt, darba devējs PMLP piesaka ielūgumu vai izsaukumu, pievienojot darba līgumu un ārzemnieka izglītības dokumentus.",
        en: "If it cannot be filled, the employer applies to PMLP for an invitation, attaching the contract and the foreigner's education documents.",
      },
      {
        lv: "Ārzemnieks pieprasa vīzu vai uzturēšanās atļauju Latvijas pārstāvniecībā vai PMLP.",
        en: "The foreigner applies for a visa or residence permit at a Latvian mission or at PMLP.",
      },
      {
        lv: "Ārzemnieks reģistrējas Valsts ieņēmumu dienestā kā nodokļu maksātājs un sāk darbu.",
        en: "The foreigner registers with the State Revenue Service as a taxpayer and starts work.",
      },
    ],
    legalBasis: [
      IMMIGRATION_LAW,
      {
        title: {
          lv: "Ministru kabineta 2014. gada 28. janvāra noteikumi Nr. 55 “Noteikumi par ārzemnieku nodarbināšanu”",
          en: "Cabinet Regulation No. 55 of 28 January 2014 on the employment of foreigners",
        },
      },
    ],
    municipalities: [],
    contactPoint: PMLP_CONTACT,
  },

  // ——— Family benefits ———
  {
    identifier: "bernu-piedzimsanas-pabalsts",
    title: { lv: "Bērna piedzimšanas pabalsts", en: "Childbirth benefit" },
    description: {
      lv: "Bērna piedzimšanas pabalsts ir vienreizējs valsts atbalsts 600 eiro apmērā par katru bērnu, kuram piešķirts personas kods. To saņem viens no vecākiem, kas pastāvīgi dzīvo Latvijā, kā arī aizbildnis vai audžuvecāks, ja bērns nodots viņa aprūpē līdz viena gada vecumam. Ziņas par bērna dzimšanu VSAA saņem no reģistra, tāpēc iesniegumu var iesniegt jau dzimtsarakstu nodaļā, reģistrējot bērnu, vai latvija.lv bez papildu dokumentiem.",
      en: "The childbirth benefit is a one-off state payment of EUR 600 for each child who has been given a personal identity number. It goes to one parent living permanently in Latvia, or to a guardian or foster parent if the child is placed with them before the age of one. The agency receives the birth data from the register, so you can apply while registering the birth at the registry office, or on latvija.lv, without any extra documents.",
    },
    institution: "VSAA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 5,
    thematicArea: "family",
    keywords: {
      lv: ["piedzimšanas pabalsts", "pabalsts par bērna piedzimšanu", "jaundzimušais", "bērniņa piedzimšana", "600 eiro", "VSAA"],
      en: ["childbirth benefit", "birth grant", "new baby", "newborn", "baby bonus"],
    },
    channels: [
      onLatvijaLv("E-iesniegums VSAA pakalpojumiem – “Bērna piedzimšanas pabalsts”.", "The VSAA e-application – “Childbirth benefit”."),
      {
        type: "in_person",
        note: {
          lv: "Iesniegumu var iesniegt dzimtsarakstu nodaļā bērna dzimšanas reģistrācijas laikā (piemēram, Rīgā) vai jebkurā VSAA klientu apkalpošanas centrā.",
          en: "You can apply at the registry office while registering the birth (for example in Riga) or at any client service centre of the agency.",
        },
      },
      VPVKAC,
      VSAA_POST,
    ],
    processingTime: VSAA_DECISION_TIME,
    costs: [],
    requirements: [
      {
        title: { lv: "Pabalsts jāpieprasa 6 mēnešu laikā no bērna dzimšanas", en: "Apply within 6 months of the birth" },
        description: {
          lv: "Ja termiņš nokavēts, pabalstu nepiešķir.",
          en: "If the deadline is missed, the benefit is not granted.",
        },
        evidence: [
          {
            title: {
              lv: "Ziņas par bērna dzimšanu Fizisko personu reģistrā (pārbauda VSAA)",
              en: "Birth record in the Natural Persons Register (checked by the agency)",
            },
          },
        ],
      },
      {
        title: { lv: "Pieprasītājs pastāvīgi dzīvo Latvijā", en: "The applicant lives permanently in Latvia" },
        evidence: [
          {
            title: {
              lv: "Bāriņtiesas lēmums, ja pabalstu pieprasa aizbildnis vai audžuvecāks",
              en: "Orphan's court decision if a guardian or foster parent applies",
            },
          },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Lēmums par pabalsta piešķiršanu", en: "A decision granting the benefit" } },
      { title: { lv: "600 eiro pārskaitījums uz norādīto kontu", en: "EUR 600 paid to your bank account" } },
    ],
    steps: [
      {
        lv: "Reģistrējiet bērna dzimšanu dzimtsarakstu nodaļā; bērnam piešķir personas kodu.",
        en: "Register the birth at a registry office; the child gets a personal identity number.",
      },
      {
        lv: "Iesniedziet iesniegumu dzimtsarakstu nodaļā, latvija.lv vai VSAA, norādot bankas kontu.",
        en: "Apply at the registry office, on latvija.lv or at the agency, giving your bank account.",
      },
      { lv: "VSAA pārbauda ziņas reģistros un pieņem lēmumu.", en: "The agency checks the registers and decides." },
      {
        lv: "Saņemiet lēmumu e-adresē vai latvija.lv un pabalstu kontā.",
        en: "Receive the decision in your e-address or on latvija.lv and the money in your account.",
      },
    ],
    legalBasis: [
      STATE_SOCIAL_BENEFITS_LAW,
      {
        title: {
          lv: "Ministru kabineta 2009. gada 22. decembra noteikumi Nr. 1546 “Noteikumi par bērna piedzimšanas pabalsta piešķiršanas un izmaksāšanas kārtību”",
          en: "Cabinet Regulation No. 1546 of 22 December 2009 on granting and paying the childbirth benefit",
        },
      },
    ],
    municipalities: [],
    contactPoint: VSAA_CONTACT,
  },
  {
    identifier: "bernu-kopsanas-pabalsts",
    title: { lv: "Bērna kopšanas pabalsts", en: "Childcare benefit" },
    description: {
      lv: "Bērna kopšanas pabalstu maksā vienam no vecākiem, aizbildnim vai audžuģimenei, kas kopj bērnu, neatkarīgi no tā, vai persona strādā vai ir sociāli apdrošināta. No 2026. gada pabalsts ir 298 eiro mēnesī par bērnu līdz pusotra gada vecumam; par agrāk dzimušiem bērniem pārejas periodā no pusotra līdz divu gadu vecumam vēl maksā 42,69 eiro mēnesī. Par dvīņiem un vairākiem vienās dzemdībās dzimušiem bērniem pienākas piemaksa.",
      en: "The childcare benefit is paid to one parent, guardian or foster family caring for a child, whether or not the person works or is socially insured. From 2026 it is EUR 298 a month for a child up to one and a half; for children born earlier, EUR 42.69 a month is still paid from one and a half to two during a transition period. A supplement is paid for twins and other multiple births.",
    },
    institution: "VSAA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "family",
    keywords: {
      lv: ["bērna kopšanas pabalsts", "kopšanas nauda", "bērnu kopšanas atvaļinājums", "pabalsts līdz pusotram gadam", "dvīņi", "298 eiro"],
      en: ["childcare benefit", "child care allowance", "parental leave benefit", "twins", "baby allowance"],
    },
    channels: [
      onLatvijaLv("E-iesniegums VSAA pakalpojumiem – “Bērna kopšanas pabalsts”.", "The VSAA e-application – “Childcare benefit”."),
      VSAA_OFFICE,
      VPVKAC,
      VSAA_POST,
    ],
    processingTime: VSAA_DECISION_TIME,
    costs: [],
    requirements: [
      {
        title: { lv: "Pieprasītājs pastāvīgi dzīvo Latvijā un kopj bērnu", en: "The applicant lives in Latvia and cares for the child" },
        evidence: [
          {
            title: {
              lv: "Bāriņtiesas lēmums, ja pabalstu pieprasa aizbildnis vai audžuģimene",
              en: "Orphan's court decision if a guardian or foster family applies",
            },
          },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Lēmums par pabalsta piešķiršanu", en: "A decision granting the benefit" } },
      { title: { lv: "Ikmēneša izmaksa par iepriekšējo mēnesi", en: "A monthly payment for the previous month" } },
    ],
    steps: [
      {
        lv: "Iesniedziet iesniegumu latvija.lv vai VSAA; to var iesniegt reizē ar vecāku pabalsta iesniegumu.",
        en: "Apply on latvija.lv or at the agency; you can do it together with the parental benefit application.",
      },
      { lv: "VSAA pārbauda ziņas un pieņem lēmumu.", en: "The agency checks the data and decides." },
      { lv: "Saņemiet pabalstu ik mēnesi savā kontā.", en: "You receive the benefit in your account every month." },
    ],
    legalBasis: [STATE_SOCIAL_BENEFITS_LAW],
    municipalities: [],
    contactPoint: VSAA_CONTACT,
  },
  {
    identifier: "vecaku-pabalsts",
    title: { lv: "Vecāku pabalsts", en: "Parental benefit" },
    description: {
      lv: "Vecāku pabalstu jeb “māmiņalgu” maksā sociāli apdrošinātam vecākam, kurš kopj bērnu. Var izvēlēties kopējo periodu 13 mēnešus (60 % no vidējās apdrošināšanas iemaksu algas) vai 19 mēnešus (43,75 %); katram vecākam no tā divi mēneši ir nenododami, un tos var izmantot līdz bērna astoņu gadu vecumam. Ja saņēmējs neatrodas bērna kopšanas atvaļinājumā un turpina strādāt, pamatdaļu izmaksā samazinātā apmērā, bet nenododamos mēnešus – tikai atvaļinājuma laikā.",
      en: "The parental benefit, often called “mother's salary”, is paid to a socially insured parent caring for a child. You choose a total period of 13 months (60% of your average insured earnings) or 19 months (43.75%); two months of it are reserved for each parent and can be used until the child turns eight. If the recipient keeps working instead of taking parental leave, the basic part is paid at a reduced rate, and the reserved months only during leave.",
    },
    institution: "VSAA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "family",
    keywords: {
      lv: [
        "vecāku pabalsts",
        "māmiņalga",
        "tētis bērna kopšanas atvaļinājumā",
        "bērna kopšanas atvaļinājums",
        "nenododamie mēneši",
        "60 procenti",
      ],
      en: ["parental benefit", "parental leave pay", "maternity pay", "paternity months", "non-transferable months"],
    },
    channels: [
      onLatvijaLv("E-iesniegums VSAA pakalpojumiem – “Vecāku pabalsts”.", "The VSAA e-application – “Parental benefit”."),
      VSAA_OFFICE,
      VPVKAC,
      VSAA_POST,
    ],
    processingTime: VSAA_DECISION_TIME,
    costs: [],
    requirements: [
      {
        title: {
          lv: "Pieprasītājs ir sociāli apdrošināts (darba ņēmējs vai pašnodarbinātais)",
          en: "The applicant is socially insured (employee or self-employed)",
        },
        evidence: [
          {
            title: {
              lv: "Ziņas par iemaksām VSAA datubāzē (pārbauda automātiski)",
              en: "Contribution records held by the agency (checked automatically)",
            },
          },
        ],
      },
      {
        title: {
          lv: "Bērna kopšanas atvaļinājums (pašnodarbinātajam – ienākumu negūšana), lai saņemtu pabalstu pilnā apmērā",
          en: "Parental leave (for the self-employed – no earnings) to receive the full amount",
        },
        evidence: [{ title: { lv: "Darba devēja piešķirts bērna kopšanas atvaļinājums", en: "Parental leave granted by the employer" } }],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Lēmums par pabalsta piešķiršanu un izvēlēto periodu",
          en: "A decision granting the benefit and confirming the chosen period",
        },
      },
      { title: { lv: "Ikmēneša izmaksa", en: "Monthly payments" } },
    ],
    steps: [
      {
        lv: "Vienojieties ar otru vecāku, kurš un kad izmantos pabalstu, un izvēlieties 13 vai 19 mēnešu periodu.",
        en: "Agree with the other parent who will take the benefit and when, and choose the 13- or 19-month period.",
      },
      { lv: "Piesakieties bērna kopšanas atvaļinājumam pie darba devēja.", en: "Ask your employer for parental leave." },
      { lv: "Iesniedziet iesniegumu latvija.lv vai VSAA.", en: "Apply on latvija.lv or at the agency." },
      {
        lv: "Saņemiet lēmumu un ikmēneša izmaksas; izvēlēto periodu vēlāk mainīt nevar.",
        en: "Receive the decision and monthly payments; the chosen period cannot be changed later.",
      },
    ],
    legalBasis: [MATERNITY_SICKNESS_LAW],
    municipalities: [],
    contactPoint: VSAA_CONTACT,
  },
  {
    identifier: "gimenes-valsts-pabalsts",
    title: { lv: "Ģimenes valsts pabalsts", en: "State family benefit" },
    description: {
      lv: "Ģimenes valsts pabalstu maksā par katru bērnu no viena gada vecuma līdz 16 gadiem, bet līdz 20 gadiem – ja bērns mācās skolā, profesionālajā izglītības iestādē vai, kopš 2026. gada, pilna laika klātienē koledžā vai augstskolā un nav stājies laulībā. Apmērs atkarīgs no bērnu skaita ģimenē: 25 eiro par vienu bērnu, 50 eiro par katru no diviem, 75 eiro par katru no trim un 100 eiro par katru, ja bērnu ir četri vai vairāk. Par bērnu ar invaliditāti pabalstu maksā līdz 20 gadiem neatkarīgi no mācībām.",
      en: "The state family benefit is paid for every child from the age of one to 16, and up to 20 if the child is in school, vocational education or, since 2026, full-time college or university studies and is not married. The amount depends on the number of children: EUR 25 for one child, EUR 50 each for two, EUR 75 each for three and EUR 100 each for four or more. For a child with a disability it is paid up to 20 regardless of studies.",
    },
    institution: "VSAA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "family",
    keywords: {
      lv: ["ģimenes valsts pabalsts", "bērnu nauda", "pabalsts par bērnu", "daudzbērnu ģimene", "pabalsts studentam", "bērna pabalsts"],
      en: ["child benefit", "family benefit", "benefit for children", "large family", "student child benefit"],
    },
    channels: [
      onLatvijaLv("E-iesniegums VSAA pakalpojumiem – “Ģimenes valsts pabalsts”.", "The VSAA e-application – “State family benefit”."),
      VSAA_OFFICE,
      VPVKAC,
      VSAA_POST,
    ],
    processingTime: VSAA_DECISION_TIME,
    costs: [],
    requirements: [
      {
        title: {
          lv: "Pabalsts jāpieprasa 24 mēnešu laikā no bērna viena gada vecuma",
          en: "Apply within 24 months of the child's first birthday",
        },
        description: {
          lv: "Pieprasot vēlāk, pabalstu piešķir tikai par iepriekšējiem 24 mēnešiem. Pieprasīt var jau tūlīt pēc bērna piedzimšanas.",
          en: "If you apply later, it is paid only for the previous 24 months. You may apply right after the birth.",
        },
        evidence: [
          {
            title: {
              lv: "Ziņas par bērnu reģistros (pārbauda VSAA)",
              en: "The child's records in state registers (checked by the agency)",
            },
          },
        ],
      },
      {
        title: { lv: "Par bērnu pēc 16 gadu vecuma – ziņas par mācībām", en: "For a child over 16 – proof of studies" },
        description: {
          lv: "Ziņas par mācībām Latvijas skolās VSAA saņem elektroniski; par studijām koledžā vai augstskolā un mācībām ārvalstīs jāiesniedz iesniegums.",
          en: "The agency receives data on studies at Latvian schools electronically; for college or university studies and studies abroad you must apply.",
        },
        evidence: [
          {
            title: {
              lv: "Ārvalsts izglītības iestādes izziņa ar tulkojumu, ja bērns mācās ārvalstīs",
              en: "A statement from a foreign school with translation, if studying abroad",
            },
          },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Lēmums par pabalsta piešķiršanu", en: "A decision granting the benefit" } },
      { title: { lv: "Ikmēneša izmaksa līdz tiesību beigām", en: "Monthly payments for as long as you are entitled" } },
    ],
    steps: [
      {
        lv: "Iesniedziet iesniegumu latvija.lv vai VSAA – to var izdarīt jau pēc bērna piedzimšanas.",
        en: "Apply on latvija.lv or at the agency – you can do so right after the birth.",
      },
      { lv: "VSAA pārbauda ziņas par bērniem ģimenē un pieņem lēmumu.", en: "The agency checks the children in the family and decides." },
      {
        lv: "Pabalstu izmaksā katru mēnesi no bērna viena gada vecuma.",
        en: "The benefit is paid every month from the child's first birthday.",
      },
      {
        lv: "Ja bērns turpina mācības pēc 16 gadiem koledžā, augstskolā vai ārvalstīs, iesniedziet iesniegumu pabalsta turpināšanai.",
        en: "If the child studies after 16 at a college, university or abroad, apply to continue the benefit.",
      },
    ],
    legalBasis: [STATE_SOCIAL_BENEFITS_LAW],
    municipalities: [],
    contactPoint: VSAA_CONTACT,
  },
  {
    identifier: "maternitates-pabalsts",
    title: { lv: "Maternitātes pabalsts", en: "Maternity benefit" },
    description: {
      lv: "Maternitātes pabalsts aizstāj ienākumus grūtniecības un dzemdību atvaļinājuma laikā sievietei, kura ir sociāli apdrošināta. Pabalsts ir 80 % no vidējās apdrošināšanas iemaksu algas, un to maksā par 56 dienām pirms un 56 dienām pēc dzemdībām; ja grūtniecības uzraudzība sākta līdz 12. nedēļai, pirmsdzemdību periods ir 70 dienas, bet sarežģījumu vai vairāku bērnu dzimšanas gadījumā pēcdzemdību periods pagarinās par 14 dienām. Pabalstu piešķir, pamatojoties uz ārsta izsniegtu darbnespējas lapu B.",
      en: "The maternity benefit replaces the income of a socially insured woman during pregnancy and maternity leave. It is 80% of her average insured earnings and is paid for 56 days before and 56 days after the birth; if antenatal care began by week 12, the period before birth is 70 days, and after complications or a multiple birth the period after birth is 14 days longer. It is granted on the basis of a sick-leave certificate B issued by the doctor.",
    },
    institution: "VSAA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "family",
    keywords: {
      lv: ["maternitātes pabalsts", "dekrēts", "grūtniecības atvaļinājums", "dzemdību atvaļinājums", "slimības lapa B", "grūtniecība"],
      en: ["maternity benefit", "maternity leave", "pregnancy leave", "maternity pay", "sick-leave certificate B"],
    },
    channels: [
      onLatvijaLv(
        "E-iesniegums VSAA pakalpojumiem – “Maternitātes pabalsts”; jānorāda e-darbnespējas lapas numurs.",
        "The VSAA e-application – “Maternity benefit”; give the number of the electronic sick-leave certificate.",
      ),
      VSAA_OFFICE,
      VPVKAC,
      VSAA_POST,
    ],
    processingTime: VSAA_DECISION_TIME,
    costs: [],
    requirements: [
      {
        title: { lv: "Sieviete ir sociāli apdrošināta", en: "The woman is socially insured" },
        evidence: [
          {
            title: {
              lv: "Ziņas par sociālās apdrošināšanas iemaksām (pārbauda VSAA)",
              en: "Social insurance contribution records (checked by the agency)",
            },
          },
        ],
      },
      {
        title: {
          lv: "Ārsta atvērta darbnespējas lapa B grūtniecības un dzemdību dēļ",
          en: "A sick-leave certificate B opened by the doctor for pregnancy and childbirth",
        },
        evidence: [
          {
            title: {
              lv: "E-darbnespējas lapa B (VSAA saņem elektroniski)",
              en: "Electronic sick-leave certificate B (received electronically by the agency)",
            },
          },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Lēmums par pabalsta piešķiršanu", en: "A decision granting the benefit" } },
      { title: { lv: "Pabalsta izmaksa divās daļās – pirms un pēc dzemdībām", en: "Payment in two parts – before and after the birth" } },
    ],
    steps: [
      {
        lv: "Ārsts atver darbnespējas lapu B grūtniecības un dzemdību atvaļinājumam.",
        en: "The doctor opens a sick-leave certificate B for maternity leave.",
      },
      {
        lv: "Iesniedziet iesniegumu latvija.lv vai VSAA, norādot lapas numuru un kontu.",
        en: "Apply on latvija.lv or at the agency, giving the certificate number and your account.",
      },
      { lv: "Saņemiet pabalsta daļu par pirmsdzemdību periodu.", en: "Receive the part for the period before the birth." },
      {
        lv: "Pēc dzemdībām ārsts atver otru lapu B, un VSAA izmaksā pēcdzemdību daļu.",
        en: "After the birth the doctor opens a second certificate B and the agency pays the second part.",
      },
    ],
    legalBasis: [MATERNITY_SICKNESS_LAW],
    municipalities: [],
    contactPoint: VSAA_CONTACT,
  },
  {
    identifier: "paternitates-pabalsts",
    title: { lv: "Paternitātes pabalsts", en: "Paternity benefit" },
    description: {
      lv: "Paternitātes pabalstu maksā sociāli apdrošinātam bērna tēvam par 10 kalendāra dienu atvaļinājumu, ko var izmantot sešu mēnešu laikā pēc bērna piedzimšanas. Pabalsts ir 80 % no vidējās apdrošināšanas iemaksu algas. Atvaļinājumu piešķir darba devējs, bet pabalstu – VSAA pēc iesnieguma saņemšanas.",
      en: "The paternity benefit is paid to a socially insured father for 10 calendar days of leave that can be taken within six months of the child's birth. It is 80% of his average insured earnings. The employer grants the leave and the agency pays the benefit once it receives the application.",
    },
    institution: "VSAA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "family",
    keywords: {
      lv: ["paternitātes pabalsts", "tēva atvaļinājums", "tēta atvaļinājums", "10 dienas", "jaunais tētis"],
      en: ["paternity benefit", "paternity leave", "father's leave", "new dad"],
    },
    channels: [
      onLatvijaLv("E-iesniegums VSAA pakalpojumiem – “Paternitātes pabalsts”.", "The VSAA e-application – “Paternity benefit”."),
      VSAA_OFFICE,
      VPVKAC,
      VSAA_POST,
    ],
    processingTime: VSAA_DECISION_TIME,
    costs: [],
    requirements: [
      {
        title: { lv: "Tēvs ir sociāli apdrošināts un izmanto atvaļinājumu", en: "The father is socially insured and takes the leave" },
        evidence: [
          {
            title: {
              lv: "Darba devēja piešķirts atvaļinājums sakarā ar bērna piedzimšanu",
              en: "Leave for the birth of a child granted by the employer",
            },
          },
          {
            title: { lv: "Ziņas par bērna dzimšanu reģistrā (pārbauda VSAA)", en: "Birth record in the register (checked by the agency)" },
          },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Lēmums par pabalsta piešķiršanu", en: "A decision granting the benefit" } },
      { title: { lv: "Vienreizēja izmaksa par 10 dienām", en: "A single payment for the 10 days" } },
    ],
    steps: [
      {
        lv: "Vienojieties ar darba devēju par 10 dienu atvaļinājumu sešu mēnešu laikā pēc bērna dzimšanas.",
        en: "Agree with your employer on 10 days of leave within six months of the birth.",
      },
      { lv: "Iesniedziet iesniegumu latvija.lv vai VSAA.", en: "Apply on latvija.lv or at the agency." },
      { lv: "Saņemiet lēmumu un pabalstu savā kontā.", en: "Receive the decision and the benefit in your account." },
    ],
    legalBasis: [MATERNITY_SICKNESS_LAW, { title: { lv: "Darba likums", en: "Labour Law" } }],
    municipalities: [],
    contactPoint: VSAA_CONTACT,
  },
  {
    identifier: "piemaksa-par-bernu-ar-invaliditati",
    title: {
      lv: "Piemaksa pie ģimenes valsts pabalsta par bērnu ar invaliditāti",
      en: "Supplement to the state family benefit for a child with a disability",
    },
    description: {
      lv: "Ja bērnam līdz 18 gadiem Veselības un darbspēju ekspertīzes ārstu valsts komisija ir noteikusi invaliditāti, papildus ģimenes valsts pabalstam maksā ikmēneša piemaksu. Piemaksu saņem tā pati persona, kura saņem ģimenes valsts pabalstu, par visu invaliditātes noteikšanas laiku. Tā jāpieprasa 24 mēnešu laikā no invaliditātes noteikšanas dienas.",
      en: "If the State Medical Commission for the Assessment of Health Condition and Working Ability has established a disability for a child under 18, a monthly supplement is paid on top of the state family benefit. It goes to the person who receives the family benefit, for as long as the disability is established. It must be claimed within 24 months of the day the disability was established.",
    },
    institution: "VSAA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "family",
    keywords: {
      lv: ["piemaksa par bērnu ar invaliditāti", "bērns ar invaliditāti", "invalīds bērns", "ģimenes valsts pabalsts", "VDEĀVK"],
      en: ["child with a disability", "disabled child supplement", "family benefit supplement", "disability allowance for a child"],
    },
    channels: [onLatvijaLv("E-iesniegums VSAA pakalpojumiem.", "The VSAA e-application."), VSAA_OFFICE, VPVKAC, VSAA_POST],
    processingTime: VSAA_DECISION_TIME,
    costs: [],
    requirements: [
      {
        title: { lv: "Bērnam noteikta invaliditāte", en: "The child has an established disability" },
        evidence: [
          {
            title: {
              lv: "VDEĀVK lēmums (VSAA saņem elektroniski)",
              en: "The commission's decision (received electronically by the agency)",
            },
          },
        ],
      },
      {
        title: {
          lv: "Par bērnu tiek maksāts vai pieprasīts ģimenes valsts pabalsts",
          en: "The state family benefit is paid or claimed for the child",
        },
        evidence: [],
      },
    ],
    outputs: [
      { title: { lv: "Lēmums par piemaksas piešķiršanu", en: "A decision granting the supplement" } },
      { title: { lv: "Ikmēneša piemaksa kopā ar ģimenes valsts pabalstu", en: "A monthly supplement paid with the family benefit" } },
    ],
    steps: [
      {
        lv: "Pēc ārsta nosūtījuma VDEĀVK nosaka bērnam invaliditāti.",
        en: "On a doctor's referral the commission establishes the child's disability.",
      },
      { lv: "Iesniedziet iesniegumu piemaksai latvija.lv vai VSAA.", en: "Apply for the supplement on latvija.lv or at the agency." },
      {
        lv: "Saņemiet lēmumu un piemaksu kopā ar ģimenes valsts pabalstu.",
        en: "Receive the decision and the supplement together with the family benefit.",
      },
    ],
    legalBasis: [STATE_SOCIAL_BENEFITS_LAW, DISABILITY_LAW],
    municipalities: [],
    contactPoint: VSAA_CONTACT,
  },
  {
    identifier: "uzturlidzekli-no-garantiju-fonda",
    title: {
      lv: "Uzturlīdzekļu izmaksa no Uzturlīdzekļu garantiju fonda",
      en: "Child maintenance paid from the Maintenance Guarantee Fund",
    },
    description: {
      lv: "Ja viens no vecākiem nemaksā bērnam uzturlīdzekļus (alimentus), valsts tos var izmaksāt no Uzturlīdzekļu garantiju fonda, bet vēlāk piedzen no parādnieka. Uzturlīdzekļus var saņemt gan tad, ja ir tiesas nolēmums vai notariāla vienošanās, ko vecāks nepilda, gan bez tiesas, ja starp vecākiem nav strīda par maksāšanas pienākumu. Tos maksā bērnam līdz 18 gadiem un līdz 21 gadam, ja viņš turpina mācības Latvijā, Ministru kabineta noteiktajā apmērā, kas atkarīgs no bērna vecuma.",
      en: "If a parent does not pay child maintenance, the state can pay it from the Maintenance Guarantee Fund and later recover it from the debtor. It is available when a court ruling or a notarial agreement is not being honoured, and also without a court ruling if the parents do not dispute the duty to pay. It is paid for a child under 18, and up to 21 if still in education in Latvia, in an amount set by the Cabinet of Ministers that depends on the child's age.",
    },
    institution: "TA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "family",
    keywords: {
      lv: ["alimenti", "uzturlīdzekļi", "UGF", "uzturlīdzekļu garantiju fonds", "bērna uzturs", "otrs vecāks nemaksā"],
      en: ["child maintenance", "child support", "alimony", "maintenance guarantee fund", "parent not paying"],
    },
    channels: [
      onLatvijaLv("E-pakalpojums “Pieteikšanās uzturlīdzekļu saņemšanai”.", "The e-service “Applying for maintenance”."),
      VPVKAC,
      { type: "post", note: { lv: "Noteiktas formas iesniegumu var nosūtīt pa pastu.", en: "The application form can be sent by post." } },
    ],
    processingTime: { lv: "Līdz 1 mēnesim", en: "Up to 1 month" },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Bērns ir jaunāks par 18 gadiem vai mācās un ir jaunāks par 21 gadu",
          en: "The child is under 18, or under 21 and in education",
        },
        evidence: [
          { title: { lv: "Izglītības iestādes izziņa par pilngadīgu bērnu", en: "A statement from the school for a child over 18" } },
        ],
      },
      {
        title: { lv: "Otrs vecāks nepilda pienākumu maksāt uzturlīdzekļus", en: "The other parent does not pay maintenance" },
        evidence: [
          {
            title: {
              lv: "Tiesas nolēmums vai notariāla vienošanās un izpildu dokumenta iesniegšana zvērinātam tiesu izpildītājam (ja tāds ir)",
              en: "A court ruling or notarial agreement and its submission to a sworn bailiff (if any)",
            },
          },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Lēmums par uzturlīdzekļu izmaksu", en: "A decision to pay maintenance" } },
      { title: { lv: "Ikmēneša uzturlīdzekļi par iepriekšējo mēnesi", en: "Monthly maintenance for the previous month" } },
    ],
    steps: [
      {
        lv: "Ja ir tiesas nolēmums, iesniedziet izpildu rakstu zvērinātam tiesu izpildītājam.",
        en: "If there is a court ruling, hand the writ of execution to a sworn bailiff.",
      },
      {
        lv: "Iesniedziet uzturlīdzekļu izmaksas iesniegumu latvija.lv vai pa pastu.",
        en: "Submit the application for maintenance on latvija.lv or by post.",
      },
      { lv: "Saņemiet lēmumu un ik mēnesi uzturlīdzekļus kontā.", en: "Receive the decision and monthly maintenance in your account." },
      {
        lv: "Trīs darbdienu laikā paziņojiet, ja otrs vecāks sāk maksāt vai mainās citi apstākļi.",
        en: "Report within three working days if the other parent starts paying or other circumstances change.",
      },
    ],
    legalBasis: [{ title: { lv: "Uzturlīdzekļu garantiju fonda likums", en: "Maintenance Guarantee Fund Law" } }],
    municipalities: [],
  },

  // ——— Social security ———
  {
    identifier: "apbedisanas-pabalsts",
    title: { lv: "Apbedīšanas pabalsts", en: "Funeral benefit" },
    description: {
      lv: "Apbedīšanas pabalstu izmaksā ģimenes loceklim vai citai personai, kas uzņēmusies mirušā apbedīšanu, ja miris strādājošs cilvēks, pensionārs, bezdarbnieks vai valsts sociālā nodrošinājuma pabalsta saņēmējs. Pabalsta apmērs atkarīgs no mirušā statusa: pensionāra nāves gadījumā tas ir divu mēnešu pensiju apmērā, strādājoša cilvēka nāves gadījumā – divu viņa vidējo apdrošināšanas iemaksu algu apmērā. Pabalstu piešķir arī apdrošinātai personai, ja miris tās apgādībā bijis ģimenes loceklis.",
      en: "The funeral benefit is paid to a family member or another person who has arranged the funeral of someone who was working, retired, unemployed or receiving the state social security benefit. The amount depends on the deceased's status: for a pensioner it equals two months of their pension, for a working person twice their average insured monthly earnings. It is also paid to an insured person when a dependent family member dies.",
    },
    institution: "VSAA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "social_security",
    keywords: {
      lv: ["apbedīšanas pabalsts", "bēru pabalsts", "bēres", "tuvinieka nāve", "pabalsts pēc nāves", "miršanas apliecība"],
      en: ["funeral benefit", "burial allowance", "death of a relative", "funeral costs", "bereavement"],
    },
    channels: [
      onLatvijaLv("E-iesniegums VSAA pakalpojumiem – “Apbedīšanas pabalsts”.", "The VSAA e-application – “Funeral benefit”."),
      VSAA_OFFICE,
      VPVKAC,
      VSAA_POST,
    ],
    processingTime: VSAA_DECISION_TIME,
    costs: [],
    requirements: [
      {
        title: { lv: "Pieprasītājs ir uzņēmies apbedīšanu", en: "The applicant has arranged the funeral" },
        description: {
          lv: "Pabalsts jāpieprasa 12 mēnešu laikā no nāves dienas.",
          en: "Apply within 12 months of the death.",
        },
        evidence: [
          {
            title: {
              lv: "Ziņas par miršanas reģistrāciju (VSAA pārbauda reģistrā)",
              en: "Death registration data (checked by the agency in the register)",
            },
          },
          PASSPORT_OR_ID,
        ],
      },
    ],
    outputs: [
      { title: { lv: "Lēmums par pabalsta piešķiršanu", en: "A decision granting the benefit" } },
      { title: { lv: "Vienreizēja izmaksa", en: "A one-off payment" } },
    ],
    steps: [
      { lv: "Reģistrējiet miršanas faktu dzimtsarakstu nodaļā.", en: "Register the death at a registry office." },
      {
        lv: "Iesniedziet iesniegumu latvija.lv, VSAA vai VPVKAC, norādot savu kontu.",
        en: "Apply on latvija.lv, at the agency or at a one-stop centre, giving your account.",
      },
      { lv: "Saņemiet lēmumu un pabalstu.", en: "Receive the decision and the payment." },
    ],
    legalBasis: [MATERNITY_SICKNESS_LAW, STATE_SOCIAL_BENEFITS_LAW],
    municipalities: [],
    contactPoint: VSAA_CONTACT,
  },
  {
    identifier: "apgadnieka-zaudejuma-pensija",
    title: { lv: "Apgādnieka zaudējuma pensija", en: "Survivor's pension" },
    description: {
      lv: "Apgādnieka zaudējuma pensiju piešķir bērniem, kuru vecāks vai cits apgādnieks miris. Pensiju maksā līdz 18 gadu vecumam, bet, ja bērns mācās vispārējās, profesionālās vai augstākās izglītības iestādē pilna laika klātienē un nav precējies, – līdz 24 gadu vecumam. Apmērs atkarīgs no bērnu skaita: par vienu bērnu tas ir 50 %, par diviem – 75 %, par trim un vairāk – 90 % no mirušā apgādnieka vecuma pensijas, bet ne mazāks par noteikto minimumu.",
      en: "The survivor's pension is granted to children whose parent or other breadwinner has died. It is paid until 18, or until 24 if the child is in full-time general, vocational or higher education and is not married. The amount depends on the number of children: 50% of the deceased's old-age pension for one child, 75% for two and 90% for three or more, but not less than the set minimum.",
    },
    institution: "VSAA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "social_security",
    keywords: {
      lv: ["apgādnieka zaudējuma pensija", "bāreņa pensija", "vecāka nāve", "pensija bērnam", "apgādnieks"],
      en: ["survivor's pension", "orphan's pension", "death of a parent", "pension for a child", "breadwinner"],
    },
    channels: [
      onLatvijaLv("E-iesniegums VSAA pakalpojumiem – pensijas pieprasīšana.", "The VSAA e-application – pension claim."),
      VSAA_OFFICE,
      VPVKAC,
      VSAA_POST,
    ],
    processingTime: VSAA_DECISION_TIME,
    costs: [],
    requirements: [
      {
        title: { lv: "Bērns bija mirušā apgādībā", en: "The child was dependent on the deceased" },
        evidence: [
          {
            title: {
              lv: "Ziņas par bērna izcelsmi un miršanu reģistros (pārbauda VSAA)",
              en: "Register data on parentage and death (checked by the agency)",
            },
          },
        ],
      },
      {
        title: { lv: "Pēc 18 gadiem bērns turpina mācības", en: "After 18 the child continues studies" },
        evidence: [
          {
            title: {
              lv: "Izglītības iestādes izziņa, ja ziņas nav valsts reģistros",
              en: "A statement from the school if the data are not in state registers",
            },
          },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Lēmums par pensijas piešķiršanu", en: "A decision granting the pension" } },
      { title: { lv: "Ikmēneša pensija", en: "A monthly pension" } },
    ],
    steps: [
      {
        lv: "Iesniedziet iesniegumu par pensijas piešķiršanu bērnam (par nepilngadīgo – likumiskais pārstāvis).",
        en: "Apply for the child's pension (a legal representative applies for a minor).",
      },
      {
        lv: "VSAA aprēķina pensiju no mirušā apgādnieka apdrošināšanas stāža un iemaksām.",
        en: "The agency calculates the pension from the deceased's insurance record and contributions.",
      },
      { lv: "Saņemiet lēmumu un ikmēneša pensiju.", en: "Receive the decision and the monthly pension." },
    ],
    legalBasis: [STATE_PENSIONS_LAW, PENSION_GRANTING_RULES],
    municipalities: [],
    contactPoint: VSAA_CONTACT,
  },
  {
    identifier: "vecuma-pensija",
    title: { lv: "Vecuma pensijas piešķiršana", en: "Claiming an old-age pension" },
    description: {
      lv: "Kopš 2025. gada tiesības uz vecuma pensiju ir sievietēm un vīriešiem no 65 gadu vecuma, ja apdrošināšanas stāžs ir vismaz 20 gadi. Pensiju aprēķina no pensiju 1. līmenī uzkrātā kapitāla, un tam var pievienot arī 2. līmenī uzkrāto vai par to iegādāties mūža pensijas polisi. Pensiju var pieprasīt jau mēnesi pirms pensijas vecuma sasniegšanas, un pēc piešķiršanas var turpināt strādāt.",
      en: "Since 2025 men and women are entitled to an old-age pension from the age of 65 if they have at least 20 years of insurance record. The pension is calculated from the capital in the first pension pillar; the second-pillar capital can be added to it or used to buy a life annuity. You can claim a month before reaching pension age and may keep working after the pension is granted.",
    },
    institution: "VSAA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "social_security",
    keywords: {
      lv: ["vecuma pensija", "pensija", "pensionēšanās", "pensijas vecums", "iet pensijā", "darba stāžs", "pensijas pieprasīšana"],
      en: ["old-age pension", "pension", "retirement", "retirement age", "claim a pension", "state pension"],
    },
    channels: [
      onLatvijaLv("E-iesniegums VSAA pakalpojumiem – “Vecuma pensija”.", "The VSAA e-application – “Old-age pension”."),
      VSAA_OFFICE,
      VPVKAC,
      VSAA_POST,
    ],
    processingTime: {
      lv: "Parasti līdz 10 darbdienām pēc visu nepieciešamo ziņu saņemšanas",
      en: "Usually within 10 working days after all necessary information is received",
    },
    costs: [],
    requirements: [
      {
        title: { lv: "Sasniegts pensijas vecums – 65 gadi", en: "Pension age of 65 reached" },
        evidence: [PASSPORT_OR_ID],
      },
      {
        title: { lv: "Apdrošināšanas stāžs vismaz 20 gadi", en: "At least 20 years of insurance record" },
        evidence: [
          {
            title: {
              lv: "Dokumenti par stāžu līdz 1996. gadam (darba grāmatiņa, arhīva izziņas), ja tas nav VSAA datubāzē",
              en: "Proof of periods before 1996 (employment record book, archive certificates) if not in the agency's database",
            },
          },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Lēmums par pensijas piešķiršanu un tās apmēru", en: "A decision granting the pension and its amount" } },
      { title: { lv: "Ikmēneša pensija", en: "A monthly pension" } },
    ],
    steps: [
      {
        lv: "Pārbaudiet savu apdrošināšanas stāžu latvija.lv izziņā un, ja trūkst periodu, sagādājiet dokumentus.",
        en: "Check your insurance record on latvija.lv and gather documents for any missing periods.",
      },
      { lv: "Izvēlieties, kā izmantot 2. līmenī uzkrāto kapitālu.", en: "Decide how to use your second-pillar capital." },
      {
        lv: "Ne agrāk kā mēnesi pirms 65 gadu vecuma iesniedziet iesniegumu latvija.lv vai VSAA.",
        en: "No earlier than a month before turning 65, apply on latvija.lv or at the agency.",
      },
      {
        lv: "Saņemiet lēmumu un pensiju savā kontā vai ar piegādi mājās.",
        en: "Receive the decision and the pension in your account or delivered to your home.",
      },
    ],
    legalBasis: [STATE_PENSIONS_LAW, PENSION_GRANTING_RULES],
    municipalities: [],
    contactPoint: VSAA_CONTACT,
  },
  {
    identifier: "priekslaiciga-vecuma-pensija",
    title: { lv: "Priekšlaicīgas vecuma pensijas piešķiršana", en: "Claiming an early old-age pension" },
    description: {
      lv: "Ja apdrošināšanas stāžs ir vismaz 30 gadi, vecuma pensiju var pieprasīt divus gadus pirms pensijas vecuma – no 63 gadiem. Līdz 65 gadu vecumam priekšlaicīgo pensiju izmaksā 50 % apmērā, bet pēc tam pilnā apmērā; no jauna to nepārrēķina, tāpēc visu mūžu pensija būs mazāka nekā, pensionējoties vēlāk. Ja persona sāk strādāt un kļūst sociāli apdrošināta, izmaksa uz šo laiku tiek pārtraukta.",
      en: "With at least 30 years of insurance record you can claim your old-age pension two years before pension age – from 63. Until 65 the early pension is paid at 50%, then in full; it is not recalculated, so it stays lower for life than if you retired later. If you start working and become socially insured, payment stops for that time.",
    },
    institution: "VSAA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "social_security",
    keywords: {
      lv: ["priekšlaicīga pensija", "pirmstermiņa pensija", "agrāka pensionēšanās", "pensija no 63 gadiem", "30 gadu stāžs"],
      en: ["early pension", "early retirement", "retire at 63", "30 years of service"],
    },
    channels: [
      onLatvijaLv("E-iesniegums VSAA pakalpojumiem – “Vecuma pensija”.", "The VSAA e-application – “Old-age pension”."),
      VSAA_OFFICE,
      VPVKAC,
      VSAA_POST,
    ],
    processingTime: {
      lv: "Parasti līdz 10 darbdienām pēc visu nepieciešamo ziņu saņemšanas",
      en: "Usually within 10 working days after all necessary information is received",
    },
    costs: [],
    requirements: [
      {
        title: { lv: "Sasniegti 63 gadi un apdrošināšanas stāžs vismaz 30 gadi", en: "Aged 63 with at least 30 years of insurance record" },
        evidence: [
          { title: { lv: "Dokumenti par stāžu, ja tas nav VSAA datubāzē", en: "Proof of insurance periods not in the agency's database" } },
        ],
      },
      {
        title: {
          lv: "Persona nav sociāli apdrošināta kā darba ņēmējs vai pašnodarbinātais",
          en: "You are not insured as an employee or self-employed person",
        },
        evidence: [],
      },
    ],
    outputs: [
      { title: { lv: "Lēmums par priekšlaicīgas vecuma pensijas piešķiršanu", en: "A decision granting the early old-age pension" } },
      { title: { lv: "Ikmēneša pensija 50 % apmērā līdz 65 gadiem", en: "A monthly pension at 50% until 65" } },
    ],
    steps: [
      {
        lv: "Pārbaudiet savu apdrošināšanas stāžu un novērtējiet, kā priekšlaicīga pensionēšanās ietekmēs pensijas apmēru.",
        en: "Check your insurance record and consider how early retirement affects the amount.",
      },
      { lv: "Iesniedziet iesniegumu latvija.lv vai VSAA.", en: "Apply on latvija.lv or at the agency." },
      {
        lv: "Saņemiet lēmumu un pensiju; sasniedzot 65 gadus, to sāk izmaksāt pilnā apmērā.",
        en: "Receive the decision and the pension; at 65 it is paid in full.",
      },
    ],
    legalBasis: [STATE_PENSIONS_LAW, PENSION_GRANTING_RULES],
    municipalities: [],
    contactPoint: VSAA_CONTACT,
  },
  {
    identifier: "invaliditates-pensija",
    title: { lv: "Invaliditātes pensija", en: "Disability pension" },
    description: {
      lv: "Invaliditātes pensiju piešķir personai darbspējīgā vecumā, kurai noteikta I, II vai III grupas invaliditāte un kuras apdrošināšanas stāžs ir vismaz trīs gadi. I un II grupai pensiju aprēķina no vidējās apdrošināšanas iemaksu algas un stāža, bet III grupai tā ir noteiktā apmērā. Pensiju maksā, kamēr ir noteikta invaliditāte, bet ne ilgāk kā līdz vecuma pensijas vecumam, kad to aizstāj vecuma pensija.",
      en: "The disability pension is granted to a person of working age with a group I, II or III disability and at least three years of insurance record. For groups I and II it is calculated from average insured earnings and insurance record; for group III it is a fixed amount. It is paid while the disability lasts, but not beyond pension age, when an old-age pension replaces it.",
    },
    institution: "VSAA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "social_security",
    keywords: {
      lv: ["invaliditātes pensija", "invalīda pensija", "invaliditātes grupa", "darbspēju zaudējums", "III grupa"],
      en: ["disability pension", "invalidity pension", "disability group", "incapacity for work"],
    },
    channels: [
      onLatvijaLv("E-iesniegums VSAA pakalpojumiem – pensijas pieprasīšana.", "The VSAA e-application – pension claim."),
      VSAA_OFFICE,
      VPVKAC,
      VSAA_POST,
    ],
    processingTime: VSAA_DECISION_TIME,
    costs: [],
    requirements: [
      {
        title: { lv: "VDEĀVK noteikta invaliditāte", en: "A disability established by the commission" },
        evidence: [
          {
            title: {
              lv: "VDEĀVK lēmums (VSAA saņem elektroniski)",
              en: "The commission's decision (received electronically by the agency)",
            },
          },
        ],
      },
      {
        title: { lv: "Apdrošināšanas stāžs vismaz trīs gadi", en: "At least three years of insurance record" },
        description: {
          lv: "Stāža prasība nav jāizpilda, ja invaliditāte radusies noteiktu iemeslu dēļ, piemēram, dienot obligātajā militārajā dienestā.",
          en: "The requirement does not apply if the disability arose from certain causes, such as compulsory military service.",
        },
        evidence: [
          { title: { lv: "Dokumenti par stāžu, ja tas nav VSAA datubāzē", en: "Proof of insurance periods not in the agency's database" } },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Lēmums par pensijas piešķiršanu", en: "A decision granting the pension" } },
      { title: { lv: "Ikmēneša pensija invaliditātes noteikšanas laikā", en: "A monthly pension for the period of disability" } },
    ],
    steps: [
      { lv: "Saņemiet VDEĀVK lēmumu par invaliditātes noteikšanu.", en: "Obtain the commission's decision establishing your disability." },
      { lv: "Iesniedziet pensijas iesniegumu latvija.lv vai VSAA.", en: "Apply for the pension on latvija.lv or at the agency." },
      { lv: "Saņemiet lēmumu un ikmēneša pensiju.", en: "Receive the decision and the monthly pension." },
      {
        lv: "Pirms invaliditātes termiņa beigām laikus piesakieties atkārtotai ekspertīzei.",
        en: "Before the disability period ends, apply in time for a reassessment.",
      },
    ],
    legalBasis: [STATE_PENSIONS_LAW, DISABILITY_LAW],
    municipalities: [],
    contactPoint: VSAA_CONTACT,
  },
  {
    identifier: "invaliditates-noteiksana",
    title: { lv: "Invaliditātes noteikšana", en: "Assessment of disability" },
    description: {
      lv: "Veselības un darbspēju ekspertīzes ārstu valsts komisija (VDEĀVK) izvērtē, vai ilgstošu veselības traucējumu dēļ cilvēkam ir noteicama invaliditāte un kādā smaguma pakāpē. Pieaugušajiem nosaka I, II vai III invaliditātes grupu, bērniem līdz 18 gadiem – invaliditāti bez grupas, un komisija var izsniegt arī atzinumus par īpašas kopšanas vai transporta pabalsta nepieciešamību. Ekspertīzi parasti veic pēc vismaz sešu mēnešu ārstēšanās, pamatojoties uz ģimenes vai ārstējošā ārsta nosūtījumu.",
      en: "The State Medical Commission for the Assessment of Health Condition and Working Ability (VDEĀVK) assesses whether long-term health problems amount to a disability and how severe it is. Adults are assigned disability group I, II or III, children under 18 a disability without a group, and the commission can also issue opinions on the need for special care or a transport allowance. The assessment usually follows at least six months of treatment and is based on a referral from your family doctor or treating physician.",
    },
    institution: "VDEAVK",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "social_security",
    keywords: {
      lv: [
        "invaliditāte",
        "invaliditātes grupa",
        "VDEĀVK",
        "komisija",
        "invaliditātes ekspertīze",
        "invaliditātes apliecība",
        "atkārtota ekspertīze",
      ],
      en: ["disability assessment", "disability group", "disability certificate", "medical commission", "reassessment"],
    },
    channels: [
      onLatvijaLv(
        "E-pakalpojums “Iesniegums iestādei”, izvēloties VDEĀVK; savu invaliditātes termiņu var pārbaudīt e-pakalpojumā “Mani dati VDEĀVK”.",
        "The e-service “Application to an institution”, choosing VDEĀVK; check your disability period in the e-service “My data at VDEĀVK”.",
      ),
      { type: "in_person", note: { lv: "Jebkurā VDEĀVK nodaļā.", en: "At any office of the commission." } },
      VPVKAC,
      {
        type: "post",
        note: {
          lv: "Dokumentus var nosūtīt pa pastu uz jebkuru komisijas nodaļu.",
          en: "Documents can be posted to any office of the commission.",
        },
      },
    ],
    processingTime: { lv: "Līdz 1 mēnesim no dokumentu saņemšanas", en: "Up to 1 month from receipt of the documents" },
    costs: [],
    requirements: [
      {
        title: { lv: "Ārsta nosūtījums uz ekspertīzi", en: "A doctor's referral for assessment" },
        evidence: [
          { title: { lv: "Iesniegums invaliditātes ekspertīzes veikšanai", en: "Application for a disability assessment" } },
          {
            title: {
              lv: "Ģimenes vai ārstējošā ārsta nosūtījums uz komisiju",
              en: "Referral to the commission from the family doctor or treating physician",
            },
          },
          {
            title: {
              lv: "Funkcionālo spēju pašnovērtējuma anketa (no 18 gadiem)",
              en: "Self-assessment questionnaire on functioning (from 18)",
            },
          },
        ],
      },
      {
        title: {
          lv: "Ja iesniedz par citu personu – pārstāvības tiesības",
          en: "When applying for someone else – authority to represent them",
        },
        evidence: [
          {
            title: {
              lv: "Notariāli apliecināta pilnvara, tiesas lēmums vai bērna dzimšanas apliecība",
              en: "Notarised power of attorney, court decision or the child's birth certificate",
            },
          },
        ],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Lēmums par invaliditātes noteikšanu, tās grupu un termiņu",
          en: "A decision on the disability, its group and duration",
        },
      },
      { title: { lv: "Invaliditātes apliecība (pēc pieprasījuma)", en: "A disability certificate (on request)" } },
      {
        title: {
          lv: "Atzinumi par īpašas kopšanas vai citu pabalstu nepieciešamību, ja tādi ir",
          en: "Opinions on the need for special care or other benefits, where relevant",
        },
      },
    ],
    steps: [
      {
        lv: "Vērsieties pie ģimenes vai ārstējošā ārsta, kurš izvērtē veselības stāvokli un izsniedz nosūtījumu.",
        en: "See your family doctor or treating physician, who assesses your condition and issues a referral.",
      },
      {
        lv: "Iesniedziet iesniegumu ar nosūtījumu un anketu VDEĀVK elektroniski, pa pastu vai klātienē.",
        en: "Submit the application with the referral and questionnaire to the commission electronically, by post or in person.",
      },
      {
        lv: "Komisija izvērtē dokumentus un, ja vajag, aicina uz apskati vai pieprasa papildu izmeklējumus.",
        en: "The commission reviews the documents and, if needed, invites you for an examination or asks for more tests.",
      },
      {
        lv: "Saņemiet lēmumu; ziņas par invaliditāti VSAA un pašvaldība saņem elektroniski.",
        en: "Receive the decision; the social insurance agency and your municipality get the disability data electronically.",
      },
    ],
    legalBasis: [
      DISABILITY_LAW,
      {
        title: {
          lv: "Ministru kabineta 2014. gada 23. decembra noteikumi Nr. 805 “Prognozējamas invaliditātes, invaliditātes un darbspēju zaudējuma noteikšanas un invaliditāti apliecinoša dokumenta izsniegšanas noteikumi”",
          en: "Cabinet Regulation No. 805 of 23 December 2014 on assessing expected disability, disability and loss of working capacity and issuing disability documents",
        },
      },
    ],
    municipalities: [],
    contactPoint: { address: "Ventspils iela 53, Rīga, LV-1002" },
  },
  {
    identifier: "slimibas-pabalsts",
    title: { lv: "Slimības pabalsts", en: "Sickness benefit" },
    description: {
      lv: "Slimības pabalstu maksā sociāli apdrošinātam darba ņēmējam vai pašnodarbinātajam, kurš slimības dēļ ilgstoši nevar strādāt un kuram ārsts izsniedzis darbnespējas lapu B. Pašam saslimstot, pabalstu maksā no 11. slimības dienas (pirmās dienas apmaksā darba devējs), bet, kopjot slimu bērnu līdz 14 gadiem, – no pirmās dienas. Pabalsts ir 80 % no vidējās apdrošināšanas iemaksu algas, un to maksā ne ilgāk par 26 nedēļām nepārtrauktas slimības gadījumā.",
      en: "The sickness benefit is paid to a socially insured employee or self-employed person who cannot work for a longer time because of illness and has a sick-leave certificate B from the doctor. For your own illness it is paid from the 11th day (the employer pays the first days), and when caring for a sick child under 14 from the first day. It is 80% of average insured earnings and is paid for up to 26 weeks of continuous illness.",
    },
    institution: "VSAA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "social_security",
    keywords: {
      lv: ["slimības pabalsts", "slimības lapa", "B lapa", "darbnespējas lapa", "slimības nauda", "slims bērns"],
      en: ["sickness benefit", "sick pay", "sick leave", "sick-leave certificate B", "sick child"],
    },
    channels: [
      onLatvijaLv(
        "E-iesniegums VSAA pakalpojumiem – “Slimības pabalsts”; jānorāda e-darbnespējas lapas numurs.",
        "The VSAA e-application – “Sickness benefit”; give the number of the electronic sick-leave certificate.",
      ),
      VSAA_OFFICE,
      VPVKAC,
      VSAA_POST,
    ],
    processingTime: {
      lv: "Lēmumu pieņem līdz 10 darbdienām; pabalstu izmaksā divu darbdienu laikā pēc lēmuma",
      en: "A decision within 10 working days; payment within two working days after it",
    },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Iemaksas veiktas vismaz 3 mēnešus pēdējo 6 mēnešu laikā vai 6 mēnešus pēdējo 24 mēnešu laikā",
          en: "Contributions paid for at least 3 of the last 6 months or 6 of the last 24 months",
        },
        evidence: [{ title: { lv: "Ziņas par iemaksām (pārbauda VSAA)", en: "Contribution records (checked by the agency)" } }],
      },
      {
        title: { lv: "Noslēgta darbnespējas lapa B", en: "A closed sick-leave certificate B" },
        evidence: [
          {
            title: {
              lv: "E-darbnespējas lapa B (redzama eveseliba.gov.lv)",
              en: "Electronic sick-leave certificate B (visible on eveseliba.gov.lv)",
            },
          },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Lēmums par pabalsta piešķiršanu", en: "A decision granting the benefit" } },
      { title: { lv: "Pabalsta izmaksa kontā", en: "Payment to your bank account" } },
    ],
    steps: [
      {
        lv: "Ārsts atver un vēlāk noslēdz e-darbnespējas lapu B.",
        en: "The doctor opens and later closes the electronic sick-leave certificate B.",
      },
      { lv: "Pārbaudiet E-veselībā, ka lapa ir noslēgta.", en: "Check in E-health that the certificate is closed." },
      {
        lv: "Iesniedziet iesniegumu latvija.lv vai VSAA, norādot lapas numuru un kontu.",
        en: "Apply on latvija.lv or at the agency, giving the certificate number and your account.",
      },
      { lv: "Saņemiet lēmumu un pabalstu.", en: "Receive the decision and the benefit." },
    ],
    legalBasis: [MATERNITY_SICKNESS_LAW],
    municipalities: [],
    contactPoint: VSAA_CONTACT,
  },
  {
    identifier: "bezdarbnieka-pabalsts",
    title: { lv: "Bezdarbnieka pabalsts", en: "Unemployment benefit" },
    description: {
      lv: "Bezdarbnieka pabalsts daļēji aizstāj zaudētos ienākumus cilvēkam, kurš ieguvis bezdarbnieka statusu Nodarbinātības valsts aģentūrā un ir bijis sociāli apdrošināts. Pabalstu maksā ne ilgāk kā astoņus mēnešus; tā apmērs atkarīgs no apdrošināšanas stāža un vidējās apdrošināšanas iemaksu algas un ar laiku samazinās. Ja darbs pārtraukts pēc paša vēlēšanās vai pārkāpuma dēļ, pabalstu piešķir ne agrāk kā divus mēnešus pēc statusa iegūšanas.",
      en: "The unemployment benefit partly replaces lost income for someone who has been registered as unemployed at the State Employment Agency and was socially insured. It is paid for up to eight months; the amount depends on insurance record and average insured earnings and falls over time. If you left your job of your own will or were dismissed for misconduct, it starts no earlier than two months after you became unemployed.",
    },
    institution: "VSAA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "social_security",
    keywords: {
      lv: ["bezdarbnieka pabalsts", "bezdarbs", "bezdarbnieka nauda", "darba zaudēšana", "NVA", "atlaišana"],
      en: ["unemployment benefit", "jobseeker's allowance", "lost my job", "unemployed", "redundancy"],
    },
    channels: [
      onLatvijaLv("E-iesniegums VSAA pakalpojumiem – “Bezdarbnieka pabalsts”.", "The VSAA e-application – “Unemployment benefit”."),
      {
        type: "in_person",
        note: {
          lv: "Iesniegumu var iesniegt Nodarbinātības valsts aģentūras filiālē, reģistrējoties bezdarbnieka statusam, vai VSAA.",
          en: "You can apply at a State Employment Agency branch when registering as unemployed, or at the social insurance agency.",
        },
      },
      VPVKAC,
      VSAA_POST,
    ],
    processingTime: { lv: "Ne vēlāk kā mēneša laikā no iesnieguma saņemšanas", en: "Within one month of the application" },
    costs: [],
    requirements: [
      {
        title: { lv: "Bezdarbnieka statuss NVA", en: "Unemployed status at the State Employment Agency" },
        evidence: [
          {
            title: {
              lv: "NVA lēmums par bezdarbnieka statusu (VSAA saņem elektroniski)",
              en: "The agency's decision on unemployed status (received electronically)",
            },
          },
        ],
      },
      {
        title: {
          lv: "Apdrošināšanas stāžs vismaz viens gads un iemaksas vismaz 12 mēnešus pēdējo 16 mēnešu laikā",
          en: "At least one year of insurance record and contributions for at least 12 of the last 16 months",
        },
        evidence: [{ title: { lv: "Ziņas par iemaksām (pārbauda VSAA)", en: "Contribution records (checked by the agency)" } }],
      },
    ],
    outputs: [
      { title: { lv: "Lēmums par pabalsta piešķiršanu un apmēru", en: "A decision granting the benefit and its amount" } },
      { title: { lv: "Ikmēneša izmaksa līdz astoņiem mēnešiem", en: "Monthly payments for up to eight months" } },
    ],
    steps: [
      {
        lv: "Reģistrējieties NVA un iegūstiet bezdarbnieka statusu.",
        en: "Register with the State Employment Agency and obtain unemployed status.",
      },
      {
        lv: "Iesniedziet iesniegumu pabalstam NVA, latvija.lv vai VSAA.",
        en: "Apply for the benefit at the employment agency, on latvija.lv or at the social insurance agency.",
      },
      { lv: "Saņemiet lēmumu un ikmēneša pabalstu.", en: "Receive the decision and monthly payments." },
      {
        lv: "Pildiet bezdarbnieka pienākumus NVA, lai pabalsta izmaksa netiktu pārtraukta.",
        en: "Meet your obligations as an unemployed person so that payments are not stopped.",
      },
    ],
    legalBasis: [
      { title: { lv: "Likums “Par apdrošināšanu bezdarba gadījumam”", en: "Law on Unemployment Insurance" } },
      {
        title: {
          lv: "Bezdarbnieku un darba meklētāju atbalsta likums",
          en: "Support for Unemployed Persons and Persons Seeking Employment Law",
        },
      },
    ],
    municipalities: [],
    contactPoint: VSAA_CONTACT,
  },
  {
    identifier: "socialas-apdrosinasanas-izzina",
    title: {
      lv: "Izziņa par sociālās apdrošināšanas iemaksām un apdrošināšanas periodiem",
      en: "Statement of social insurance contributions and insurance periods",
    },
    description: {
      lv: "Izziņā redzams, kādi ienākumi par jums deklarēti, cik sociālās apdrošināšanas iemaksu veikts un kāds ir uzkrātais apdrošināšanas stāžs. Tā noder, lai pārbaudītu, vai darba devējs maksā nodokļus no visas algas, plānojot pensiju vai pieprasot pabalstu, kā arī bankai vai ārvalstu iestādei. E-pakalpojumā izziņu saņem uzreiz un bez maksas.",
      en: "The statement shows what income has been declared for you, how much social insurance has been paid and how many years of insurance record you have. It helps to check that your employer pays contributions on your full salary, to plan your pension or claim a benefit, or to show a bank or foreign authority. Through the e-service you get it instantly and free of charge.",
    },
    institution: "VSAA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "social_security",
    keywords: {
      lv: ["darba stāžs", "stāža izziņa", "sociālās iemaksas", "VSAA izziņa", "apdrošināšanas stāžs", "aplokšņu alga"],
      en: ["insurance record", "social contributions", "employment record", "contribution statement", "pension record"],
    },
    channels: [
      onLatvijaLv(
        "E-pakalpojumi “Izziņa par valsts sociālās apdrošināšanas iemaksām” un “Izziņa par apdrošināšanas periodiem”.",
        "The e-services “Statement of state social insurance contributions” and “Statement of insurance periods”.",
      ),
      VSAA_OFFICE,
      VPVKAC,
      VSAA_POST,
    ],
    processingTime: {
      lv: "Elektroniski – uzreiz; klātienē vai pa pastu – līdz 10 darbdienām",
      en: "Online – immediately; in person or by post – up to 10 working days",
    },
    costs: [],
    requirements: [
      {
        title: { lv: "Izziņu var pieprasīt par sevi", en: "You can request it about yourself" },
        evidence: [PASSPORT_OR_ID],
      },
    ],
    outputs: [
      { title: { lv: "Izziņa par iemaksām un apdrošināšanas periodiem", en: "A statement of contributions and insurance periods" } },
    ],
    steps: [
      { lv: "Pieslēdzieties latvija.lv.", en: "Log in to latvija.lv." },
      { lv: "Izvēlieties vajadzīgo izziņu un periodu.", en: "Choose the statement and the period you need." },
      { lv: "Apskatiet vai lejupielādējiet izziņu.", en: "View or download the statement." },
      {
        lv: "Ja trūkst kāda perioda, sazinieties ar darba devēju vai VSAA.",
        en: "If a period is missing, contact your employer or the agency.",
      },
    ],
    legalBasis: [{ title: { lv: "Likums “Par valsts sociālo apdrošināšanu”", en: "Law on State Social Insurance" } }],
    municipalities: [],
    contactPoint: VSAA_CONTACT,
  },
  {
    identifier: "valsts-socialas-nodrosinajuma-pabalsts",
    title: { lv: "Valsts sociālā nodrošinājuma pabalsts", en: "State social security benefit" },
    description: {
      lv: "Valsts sociālā nodrošinājuma pabalsts ir ikmēneša atbalsts cilvēkiem, kuriem nav tiesību uz pensiju, piemēram, jo nav uzkrāts vajadzīgais apdrošināšanas stāžs. To piešķir pensijas vecumu sasniegušām personām, personām ar invaliditāti un bērniem, kuri zaudējuši apgādnieku, ja viņiem nepienākas attiecīgā pensija. Pabalsta apmērs atkarīgs no situācijas un, piemēram, personām ar invaliditāti kopš bērnības ir lielāks.",
      en: "The state social security benefit is a monthly payment for people who are not entitled to a pension, for example because they lack the required insurance record. It is granted to people of pension age, people with disabilities and children who have lost a breadwinner, when they do not qualify for the corresponding pension. The amount depends on the situation and is higher, for example, for people disabled since childhood.",
    },
    institution: "VSAA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "social_security",
    keywords: {
      lv: ["sociālā nodrošinājuma pabalsts", "pabalsts bez stāža", "nav pensijas", "pabalsts invalīdam", "sociālais pabalsts"],
      en: ["social security benefit", "benefit without pension", "no pension entitlement", "disability benefit"],
    },
    channels: [onLatvijaLv("E-iesniegums VSAA pakalpojumiem.", "The VSAA e-application."), VSAA_OFFICE, VPVKAC, VSAA_POST],
    processingTime: VSAA_DECISION_TIME,
    costs: [],
    requirements: [
      {
        title: { lv: "Persona pastāvīgi dzīvo Latvijā", en: "You live permanently in Latvia" },
        evidence: [PASSPORT_OR_ID],
      },
      {
        title: {
          lv: "Nav tiesību uz vecuma, invaliditātes vai apgādnieka zaudējuma pensiju",
          en: "No entitlement to an old-age, disability or survivor's pension",
        },
        evidence: [
          {
            title: {
              lv: "VDEĀVK lēmums, ja pabalstu pieprasa invaliditātes dēļ",
              en: "The commission's decision if claiming because of a disability",
            },
          },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Lēmums par pabalsta piešķiršanu", en: "A decision granting the benefit" } },
      { title: { lv: "Ikmēneša pabalsts", en: "A monthly benefit" } },
    ],
    steps: [
      { lv: "Iesniedziet iesniegumu latvija.lv, VSAA vai VPVKAC.", en: "Apply on latvija.lv, at the agency or at a one-stop centre." },
      { lv: "VSAA pārbauda tiesības uz pensiju un pabalstu.", en: "The agency checks your entitlement to a pension or the benefit." },
      { lv: "Saņemiet lēmumu un ikmēneša pabalstu.", en: "Receive the decision and monthly payments." },
    ],
    legalBasis: [STATE_SOCIAL_BENEFITS_LAW],
    municipalities: [],
    contactPoint: VSAA_CONTACT,
  },
  {
    identifier: "transporta-izdevumu-kompensacija-invaliditate",
    title: {
      lv: "Pabalsts transporta izdevumu kompensēšanai personām ar invaliditāti",
      en: "Transport allowance for people with disabilities",
    },
    description: {
      lv: "Pabalstu saņem cilvēks ar invaliditāti, kuram ir apgrūtināta pārvietošanās, vai viņa bērna ar invaliditāti vecāks, aizbildnis vai audžuģimene. Tas ir 105 eiro par katru pilnu sešu mēnešu periodu, un to izmaksā divreiz gadā, kamēr ir noteikta invaliditāte; par naudas izlietojumu nav jāatskaitās. Ja cilvēks jau saņem pensiju vai citu VSAA pabalstu, iesniegums nav vajadzīgs – VSAA piešķir pabalstu pēc VDEĀVK datiem.",
      en: "The allowance goes to a person with a disability who has difficulty moving around, or to the parent, guardian or foster family of such a child. It is EUR 105 for each full six-month period and is paid twice a year while the disability lasts; you do not have to account for how it is spent. If you already receive a pension or another benefit from the agency, no application is needed – it is granted on the commission's data.",
    },
    institution: "VSAA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "social_security",
    keywords: {
      lv: ["transporta pabalsts", "pārvietošanās traucējumi", "invaliditāte", "transporta izdevumu kompensācija", "105 eiro"],
      en: ["transport allowance", "mobility allowance", "reduced mobility", "disability transport costs"],
    },
    channels: [onLatvijaLv("E-iesniegums VSAA pakalpojumiem.", "The VSAA e-application."), VSAA_OFFICE, VPVKAC, VSAA_POST],
    processingTime: { lv: "Līdz 1 mēnesim", en: "Up to 1 month" },
    costs: [],
    requirements: [
      {
        title: {
          lv: "VDEĀVK atzinums par medicīniskajām indikācijām transporta pabalsta saņemšanai",
          en: "The commission's opinion confirming medical grounds for the transport allowance",
        },
        evidence: [
          {
            title: {
              lv: "VDEĀVK atzinums (VSAA saņem elektroniski)",
              en: "The commission's opinion (received electronically by the agency)",
            },
          },
        ],
      },
      {
        title: { lv: "Persona pastāvīgi dzīvo Latvijā", en: "The person lives permanently in Latvia" },
        description: {
          lv: "Pabalstu nepiešķir personām ar termiņuzturēšanās atļauju.",
          en: "It is not granted to holders of a temporary residence permit.",
        },
        evidence: [],
      },
    ],
    outputs: [
      { title: { lv: "Lēmums par pabalsta piešķiršanu", en: "A decision granting the allowance" } },
      { title: { lv: "Izmaksa divreiz gadā", en: "Payments twice a year" } },
    ],
    steps: [
      {
        lv: "Lūdziet ārstam nosūtījumu uz VDEĀVK atzinuma saņemšanai, ja tas netika izsniegts, nosakot invaliditāti.",
        en: "Ask your doctor for a referral to the commission if the opinion was not issued with the disability decision.",
      },
      {
        lv: "Ja nesaņemat citu VSAA izmaksu, iesniedziet iesniegumu latvija.lv vai VSAA.",
        en: "If you receive no other payment from the agency, apply on latvija.lv or at the agency.",
      },
      {
        lv: "Saņemiet lēmumu un pabalstu par katru sešu mēnešu periodu.",
        en: "Receive the decision and the allowance for each six-month period.",
      },
    ],
    legalBasis: [STATE_SOCIAL_BENEFITS_LAW],
    municipalities: [],
    contactPoint: VSAA_CONTACT,
  },
  {
    identifier: "pensiju-2-limena-parvaldnieka-maina",
    title: {
      lv: "Valsts fondēto pensiju shēmas (2. līmeņa) līdzekļu pārvaldītāja maiņa",
      en: "Changing the manager of your state funded pension (second pillar)",
    },
    description: {
      lv: "Pensiju 2. līmenī daļu no sociālās apdrošināšanas iemaksām iegulda finanšu tirgos jūsu izvēlēts līdzekļu pārvaldītājs. Pārvaldītāju var mainīt reizi kalendārajā gadā, bet ieguldījumu plānu – divas reizes gadā, un tas ir bez maksas. Izvēloties plānu, vērts ņemt vērā laiku līdz pensijai: jo tuvāk tā, jo mazāk riska parasti ieteicams.",
      en: "In the second pension pillar part of your social insurance contributions is invested by a fund manager you choose. You can change the manager once a calendar year and the investment plan twice a year, free of charge. When choosing a plan, think about how long you have until retirement: the closer it is, the less risk is usually advisable.",
    },
    institution: "VSAA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "social_security",
    keywords: {
      lv: ["pensiju 2. līmenis", "otrais pensiju līmenis", "pensiju plāns", "plāna maiņa", "pensiju fonds", "pārvaldītāja maiņa"],
      en: ["second pension pillar", "pension plan", "change pension fund", "pension manager", "funded pension"],
    },
    channels: [
      onLatvijaLv(
        "E-iesniegums valsts fondētās pensijas kapitāla līdzekļu pārvaldītāja un ieguldījumu plāna izvēlei vai maiņai; tur redzams arī konta izraksts.",
        "The e-application for choosing or changing the fund manager and investment plan; your account statement is shown there too.",
      ),
      VSAA_OFFICE,
      {
        type: "in_person",
        note: {
          lv: "Plāna maiņu var pieteikt arī pārvaldītāja bankā.",
          en: "A change of plan can also be requested at the manager's bank.",
        },
      },
    ],
    processingTime: { lv: "Maiņa notiek līdz 1 mēnesim", en: "The change is completed within 1 month" },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Persona ir pensiju 2. līmeņa dalībnieks un vēl nav pieprasījusi vecuma pensiju",
          en: "You are in the second pillar and have not yet claimed an old-age pension",
        },
        evidence: [PASSPORT_OR_ID],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Uzkrātais kapitāls pārvietots uz izvēlēto pārvaldītāju un plānu",
          en: "Your capital moved to the chosen manager and plan",
        },
      },
    ],
    steps: [
      {
        lv: "Salīdziniet plānu ienesīgumu, komisijas un riska līmeni, piemēram, manapensija.lv.",
        en: "Compare the plans' returns, fees and risk, for example on manapensija.lv.",
      },
      {
        lv: "Pieslēdzieties latvija.lv un atveriet e-iesniegumu pārvaldītāja vai plāna maiņai.",
        en: "Log in to latvija.lv and open the e-application for changing manager or plan.",
      },
      { lv: "Izvēlieties jauno pārvaldītāju un plānu un iesniedziet iesniegumu.", en: "Choose the new manager and plan and submit." },
      { lv: "Pārbaudiet konta izrakstā, ka maiņa ir notikusi.", en: "Check in your account statement that the change has happened." },
    ],
    legalBasis: [FUNDED_PENSIONS_LAW, FUNDED_PENSION_SCHEME_RULES],
    municipalities: [],
    contactPoint: VSAA_CONTACT,
  },

  // ——— Family support and child protection ———
  {
    identifier: "goda-gimenes-aplieciba",
    title: {
      lv: "“Goda ģimenes” apliecības “3+ Ģimenes karte” saņemšana",
      en: "Getting the “Goda ģimene” (Family of Honour) card for large families",
    },
    description: {
      lv: "Latvijas Goda ģimenes apliecība (agrāk “3+ Ģimenes karte”) apliecina daudzbērnu ģimenes statusu un dod atlaides valsts iestāžu un vairāk nekā 500 uzņēmumu pakalpojumiem. To var saņemt ģimenes, kurās aug trīs vai vairāk bērni līdz 18 gadiem vai mācās līdz 24 gadiem, tostarp audžubērni un aizbildnībā esoši bērni, kā arī ģimenes, kas aprūpē bērnu ar invaliditāti. Apliecība ir bez maksas un derīga tikai kopā ar personu apliecinošu dokumentu.",
      en: "The Latvian Family of Honour card (formerly the “3+ Family Card”) proves large-family status and gives discounts at state institutions and over 500 businesses. Families raising three or more children under 18, or up to 24 while in education, including foster children and children under guardianship, can get it, as can families caring for a child with a disability. The card is free and valid only together with an identity document.",
    },
    institution: "SIF",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "family",
    keywords: {
      lv: ["3+ karte", "Goda ģimene", "daudzbērnu ģimene", "ģimenes karte", "atlaides ģimenēm", "daudzbērnu statuss"],
      en: ["large family card", "3+ family card", "family of honour", "family discounts", "large family status"],
    },
    channels: [
      {
        type: "online",
        url: "https://www.godagimene.lv",
        note: {
          lv: "Sadaļā “Piesakies apliecībai”, pieslēdzoties ar e-identifikācijas līdzekli.",
          en: "Under “Apply for the card”, logging in with an electronic ID.",
        },
      },
      { type: "in_person", note: { lv: "Sabiedrības integrācijas fondā Rīgā.", en: "At the Society Integration Foundation in Riga." } },
    ],
    processingTime: { lv: "Līdz 1 mēnesim; apliecību nosūta pa pastu", en: "Up to 1 month; the card is sent by post" },
    costs: [],
    requirements: [
      {
        title: { lv: "Ģimenē aug vismaz trīs bērni", en: "At least three children in the family" },
        description: {
          lv: "Pieskaita bērnus līdz 18 gadiem un pilngadīgos līdz 24 gadiem, kuri iegūst vispārējo, profesionālo vai augstāko izglītību.",
          en: "Children under 18 count, and adults up to 24 who are in general, vocational or higher education.",
        },
        evidence: [
          {
            title: {
              lv: "Izglītības iestādes izziņa par bērnu, kurš mācās ārvalstīs, ar tulkojumu",
              en: "A statement with translation from the school of a child studying abroad",
            },
          },
        ],
      },
      {
        title: { lv: "Deklarēta dzīvesvieta Latvijā", en: "Declared residence in Latvia" },
        description: {
          lv: "Nosacījums neattiecas uz bērniem, kuri mācās ārvalstīs.",
          en: "This does not apply to children studying abroad.",
        },
        evidence: [],
      },
    ],
    outputs: [
      {
        title: { lv: "Personalizēta apliecība “Goda ģimene”", en: "A personal “Goda ģimene” card" },
        description: {
          lv: "Derīga gadu, trīs gadus vai invaliditātes noteikšanas laiku – atkarībā no bērnu vecuma un situācijas.",
          en: "Valid for one year, three years or the period of disability, depending on the children's ages and situation.",
        },
      },
    ],
    steps: [
      { lv: "Atveriet godagimene.lv un pieslēdzieties.", en: "Open godagimene.lv and log in." },
      {
        lv: "Aizpildiet pieteikumu, norādot bērnus un pasta adresi.",
        en: "Fill in the application with your children and postal address.",
      },
      {
        lv: "Ja bērns mācās ārvalstīs, pievienojiet izglītības iestādes izziņu.",
        en: "If a child studies abroad, attach the school's statement.",
      },
      {
        lv: "Saņemiet apliecību pa pastu un izmantojiet atlaides, uzrādot to kopā ar pasi vai ID karti.",
        en: "Receive the card by post and use the discounts by showing it with your passport or ID card.",
      },
    ],
    legalBasis: [
      CHILD_RIGHTS_LAW,
      {
        title: {
          lv: "Ministru kabineta 2021. gada 1. jūnija noteikumi Nr. 352 “Latvijas Goda ģimenes apliecības programmas īstenošanas kārtība”",
          en: "Cabinet Regulation No. 352 of 1 June 2021 on implementing the Latvian Family of Honour card programme",
        },
        url: "https://likumi.lv/ta/id/323703",
      },
    ],
    municipalities: [],
  },
  {
    identifier: "zinosana-par-bernu-tiesibu-parkapumu",
    title: { lv: "Ziņošana par bērna tiesību pārkāpumu", en: "Reporting a violation of a child's rights" },
    description: {
      lv: "Ikvienam ir pienākums ne vēlāk kā tajā pašā dienā ziņot, ja viņam zināms par vardarbību pret bērnu, bērna pamešanu novārtā vai citu viņa tiesību pārkāpumu. Bērnu aizsardzības centrs (agrāk – Valsts bērnu tiesību aizsardzības inspekcija) izvērtē ziņojumus, iesaista policiju, bāriņtiesu vai sociālo dienestu un uzrauga, kā tiek ievērotas bērnu tiesības. Bērni un pusaudži paši var zvanīt uz bezmaksas uzticības tālruni 116111, arī anonīmi.",
      en: "Everyone must report, on the same day at the latest, any violence against a child, neglect or other violation of a child's rights they know about. The Children's Protection Centre (formerly the State Inspectorate for Protection of Children's Rights) assesses reports, involves the police, orphan's court or social service and monitors how children's rights are respected. Children and teenagers can call the free helpline 116111 themselves, anonymously if they wish.",
    },
    institution: "VBTAI",
    audience: ["residents", "institutions"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "family",
    keywords: {
      lv: [
        "vardarbība pret bērnu",
        "bērnu tiesības",
        "116111",
        "uzticības tālrunis",
        "ziņot par vardarbību",
        "bērns novārtā",
        "Bērnu aizsardzības centrs",
      ],
      en: ["child abuse", "children's rights", "116111", "child helpline", "report abuse", "child neglect"],
    },
    channels: [
      {
        type: "online",
        url: "https://www.bac.gov.lv",
        note: {
          lv: "Ziņojumu var iesniegt Bērnu aizsardzības centra tīmekļvietnē vai e-adresē.",
          en: "A report can be submitted on the Children's Protection Centre website or to its e-address.",
        },
      },
      {
        type: "phone",
        hours: { lv: "Visu diennakti", en: "24 hours a day" },
        note: {
          lv: "Bērnu un pusaudžu uzticības tālrunis 116111 (bezmaksas).",
          en: "Children and teenagers' helpline 116111 (free of charge).",
        },
      },
      {
        type: "in_person",
        note: {
          lv: "Tiešu draudu gadījumā nekavējoties zvaniet 112 vai vērsieties policijā vai bāriņtiesā.",
          en: "If a child is in immediate danger, call 112 at once or go to the police or the orphan's court.",
        },
      },
    ],
    processingTime: {
      lv: "Steidzamos gadījumos – nekavējoties; pārējos – līdz 1 mēnesim",
      en: "Urgent cases – immediately; others – up to 1 month",
    },
    costs: [],
    requirements: [
      {
        title: { lv: "Ziņas par iespējamo pārkāpumu", en: "Information about the possible violation" },
        description: {
          lv: "Norādiet, kas noticis, kad un kur, un, ja iespējams, bērna vārdu un adresi. Ziņot var arī anonīmi.",
          en: "Say what happened, when and where and, if possible, the child's name and address. You may report anonymously.",
        },
        evidence: [],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Ziņojuma izvērtēšana un atbildīgo iestāžu iesaiste",
          en: "The report assessed and the responsible authorities involved",
        },
      },
      { title: { lv: "Atbilde iesniedzējam, ja norādīta kontaktinformācija", en: "A reply to the sender if contact details were given" } },
    ],
    steps: [
      { lv: "Ja bērns ir tiešās briesmās, zvaniet 112.", en: "If the child is in immediate danger, call 112." },
      {
        lv: "Aprakstiet situāciju un nosūtiet ziņojumu Bērnu aizsardzības centram vai zvaniet 116111.",
        en: "Describe the situation and send a report to the Children's Protection Centre or call 116111.",
      },
      {
        lv: "Centrs izvērtē informāciju un nodod to policijai, bāriņtiesai vai sociālajam dienestam.",
        en: "The centre assesses the information and passes it to the police, orphan's court or social service.",
      },
      { lv: "Saņemiet atbildi par veiktajām darbībām, ja to lūdzāt.", en: "Receive a reply on the action taken, if you asked for one." },
    ],
    legalBasis: [CHILD_RIGHTS_LAW],
    municipalities: [],
    contactPoint: { phone: "116111", hours: { lv: "Visu diennakti", en: "24 hours a day" } },
  },

  // ——— Additional services in the same themes ———
  {
    identifier: "berna-ar-invaliditati-kopsanas-pabalsts",
    title: { lv: "Bērna ar invaliditāti kopšanas pabalsts", en: "Care allowance for a child with a disability" },
    description: {
      lv: "Pabalstu maksā vecākam, aizbildnim vai audžuģimenei, kas kopj bērnu ar invaliditāti, kuram smagu funkcionālo traucējumu dēļ nepieciešama īpaša kopšana. Tiesības rodas no dienas, kad VDEĀVK izsniedz atzinumu par īpašas kopšanas nepieciešamību, un pabalstu maksā, kamēr atzinums ir spēkā, bet ne ilgāk kā līdz bērna 18 gadu vecumam. Pabalsts ir noteiktā apmērā (313,43 eiro mēnesī) un tiek maksāts papildus ģimenes valsts pabalstam un piemaksai par bērnu ar invaliditāti.",
      en: "The allowance is paid to a parent, guardian or foster family caring for a child with a disability who needs special care because of severe functional impairments. Entitlement starts on the day the commission issues its opinion on the need for special care and lasts while the opinion is valid, but not beyond the child's 18th birthday. It is a fixed amount (EUR 313.43 a month) paid on top of the family benefit and the disability supplement.",
    },
    institution: "VSAA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "family",
    keywords: {
      lv: [
        "bērna ar invaliditāti kopšanas pabalsts",
        "īpaša kopšana",
        "bērns ar smagu invaliditāti",
        "kopšanas pabalsts",
        "VDEĀVK atzinums",
      ],
      en: ["care allowance", "child with a disability", "special care", "disabled child care", "carer's allowance"],
    },
    channels: [onLatvijaLv("E-iesniegums VSAA pakalpojumiem.", "The VSAA e-application."), VSAA_OFFICE, VPVKAC, VSAA_POST],
    processingTime: VSAA_DECISION_TIME,
    costs: [],
    requirements: [
      {
        title: { lv: "VDEĀVK atzinums par īpašas kopšanas nepieciešamību", en: "The commission's opinion on the need for special care" },
        evidence: [
          {
            title: {
              lv: "VDEĀVK atzinums (VSAA saņem elektroniski)",
              en: "The commission's opinion (received electronically by the agency)",
            },
          },
        ],
      },
      {
        title: {
          lv: "Pieprasītājs kopj bērnu un pastāvīgi dzīvo Latvijā",
          en: "The applicant cares for the child and lives permanently in Latvia",
        },
        evidence: [
          {
            title: {
              lv: "Bāriņtiesas lēmums, ja pieprasa aizbildnis vai audžuģimene",
              en: "Orphan's court decision if a guardian or foster family applies",
            },
          },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Lēmums par pabalsta piešķiršanu", en: "A decision granting the allowance" } },
      { title: { lv: "Ikmēneša pabalsts", en: "A monthly allowance" } },
    ],
    steps: [
      {
        lv: "Ārsts nosūta bērnu uz VDEĀVK, kas nosaka invaliditāti un izvērtē īpašas kopšanas nepieciešamību.",
        en: "The doctor refers the child to the commission, which establishes the disability and assesses the need for special care.",
      },
      { lv: "Iesniedziet iesniegumu latvija.lv vai VSAA.", en: "Apply on latvija.lv or at the agency." },
      { lv: "Saņemiet lēmumu un ikmēneša pabalstu.", en: "Receive the decision and the monthly allowance." },
    ],
    legalBasis: [STATE_SOCIAL_BENEFITS_LAW, DISABILITY_LAW],
    municipalities: [],
    contactPoint: VSAA_CONTACT,
  },
  {
    identifier: "pabalsts-aizbildnim-par-berna-uzturesanu",
    title: { lv: "Pabalsts aizbildnim par bērna uzturēšanu", en: "Guardian's allowance for maintaining a child" },
    description: {
      lv: "Ja bāriņtiesa bērnam iecēlusi aizbildni, valsts aizbildnim maksā ikmēneša pabalstu bērna uzturēšanai, jo bērna vecāki to nenodrošina. No 2026. gada pabalsts ir 390 eiro mēnesī par bērnu līdz 7 gadiem un 468 eiro par bērnu no 7 līdz 18 gadiem. Aizbildnis var saņemt arī atlīdzību par aizbildņa pienākumu pildīšanu.",
      en: "When the orphan's court appoints a guardian for a child, the state pays the guardian a monthly allowance to maintain the child, because the parents do not. From 2026 it is EUR 390 a month for a child under 7 and EUR 468 for a child aged 7 to 18. The guardian may also receive a remuneration for performing a guardian's duties.",
    },
    institution: "VSAA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "family",
    keywords: {
      lv: ["aizbildnis", "aizbildnība", "pabalsts aizbildnim", "bērna uzturēšana", "bāriņtiesa", "vecvecāki aizbildņi"],
      en: ["guardian's allowance", "guardianship", "kinship care", "orphan's court", "grandparents as guardians"],
    },
    channels: [onLatvijaLv("E-iesniegums VSAA pakalpojumiem.", "The VSAA e-application."), VSAA_OFFICE, VPVKAC, VSAA_POST],
    processingTime: VSAA_DECISION_TIME,
    costs: [],
    requirements: [
      {
        title: { lv: "Bāriņtiesa ir iecēlusi aizbildni", en: "The orphan's court has appointed a guardian" },
        evidence: [
          { title: { lv: "Bāriņtiesas lēmums par aizbildņa iecelšanu", en: "The orphan's court decision appointing the guardian" } },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Lēmums par pabalsta piešķiršanu", en: "A decision granting the allowance" } },
      {
        title: {
          lv: "Ikmēneša pabalsts līdz bērna 18 gadu vecumam vai aizbildnības beigām",
          en: "Monthly payments until the child is 18 or the guardianship ends",
        },
      },
    ],
    steps: [
      { lv: "Saņemiet bāriņtiesas lēmumu par aizbildņa iecelšanu.", en: "Obtain the orphan's court decision appointing you as guardian." },
      { lv: "Iesniedziet iesniegumu latvija.lv vai VSAA.", en: "Apply on latvija.lv or at the agency." },
      { lv: "Saņemiet lēmumu un ikmēneša pabalstu.", en: "Receive the decision and monthly payments." },
    ],
    legalBasis: [STATE_SOCIAL_BENEFITS_LAW, { title: { lv: "Bāriņtiesu likums", en: "Law on Orphan's and Custody Courts" } }],
    municipalities: [],
    contactPoint: VSAA_CONTACT,
  },
  {
    identifier: "pensiju-2-limena-uzkrajuma-novelesana",
    title: {
      lv: "Pensiju 2. līmenī uzkrātā kapitāla novēlēšana",
      en: "Deciding what happens to your second-pillar pension savings after death",
    },
    description: {
      lv: "Pensiju 2. līmeņa dalībnieks, kurš vēl nav pieprasījis vecuma pensiju, var izvēlēties, kas notiks ar viņa uzkrāto kapitālu, ja viņš nomirs pirms pensionēšanās. Kapitālu var pievienot citas personas 2. līmeņa kapitālam, atstāt mantojumā Civillikumā noteiktajā kārtībā vai ieskaitīt valsts pensiju speciālajā budžetā. Ja izvēle nav izdarīta, kapitāls nonāk valsts pensiju budžetā.",
      en: "A second-pillar member who has not yet claimed an old-age pension can choose what happens to their savings if they die before retiring. The capital can be added to another person's second-pillar account, left as an inheritance under the Civil Law, or paid into the state pension budget. If no choice is made, it goes to the state pension budget.",
    },
    institution: "VSAA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "social_security",
    keywords: {
      lv: ["2. līmeņa mantošana", "pensiju novēlēšana", "uzkrājuma mantojums", "pensiju 2. līmenis", "mantojums"],
      en: ["inherit pension savings", "second pillar inheritance", "pension beneficiary", "funded pension after death"],
    },
    channels: [
      onLatvijaLv(
        "E-iesniegums par valsts fondēto pensiju shēmā uzkrātā kapitāla izmantošanu dalībnieka nāves gadījumā.",
        "The e-application on the use of funded pension capital in the event of the member's death.",
      ),
      VSAA_OFFICE,
      VPVKAC,
      VSAA_POST,
    ],
    processingTime: VSAA_DECISION_TIME,
    costs: [],
    requirements: [
      {
        title: {
          lv: "Persona ir 2. līmeņa dalībnieks un vēl nav pieprasījusi vecuma pensiju",
          en: "You are a second-pillar member and have not yet claimed an old-age pension",
        },
        evidence: [PASSPORT_OR_ID],
      },
    ],
    outputs: [
      { title: { lv: "Reģistrēta izvēle par uzkrātā kapitāla izmantošanu", en: "Your choice on the use of the savings recorded" } },
    ],
    steps: [
      {
        lv: "Pieslēdzieties latvija.lv un atveriet e-iesniegumu par 2. līmeņa kapitāla izmantošanu nāves gadījumā.",
        en: "Log in to latvija.lv and open the e-application on the second-pillar capital in case of death.",
      },
      {
        lv: "Izvēlieties vienu no iespējām un, ja vajag, norādiet personu, kuras kapitālam pievienot uzkrājumu.",
        en: "Choose one of the options and, if needed, the person whose account should receive the savings.",
      },
      { lv: "Iesniedziet iesniegumu; izvēli vēlāk var mainīt.", en: "Submit the application; you can change the choice later." },
    ],
    legalBasis: [FUNDED_PENSIONS_LAW, FUNDED_PENSION_SCHEME_RULES],
    municipalities: [],
    contactPoint: VSAA_CONTACT,
  },
];
