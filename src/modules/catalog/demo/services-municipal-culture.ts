// Batch E of the demo catalogue: the national templates of services every municipality provides
// (social assistance, civil status registration, building permits, preschool, property tax,
// addressing), and state services for culture, civic participation, defence and the digital state.
// A template describes the service as the law sets it for the whole country; each municipality's
// local variant (its own fee, office and contacts) is written from it in local-variants.ts.
import type { Channel, LegalResource, ServiceDocument, Text } from "../model.ts";

const LATVIJA_LV = "https://www.latvija.lv";

// ---- Channels shared by the municipal templates ----

const SOCIAL_SERVICE_IN_PERSON: Channel = {
  type: "in_person",
  note: {
    lv: "Pašvaldības sociālajā dienestā pēc jūsu deklarētās dzīvesvietas. Pieņemšanas laiki katrā pašvaldībā atšķiras; pie sociālā darbinieka ieteicams pieteikties iepriekš.",
    en: "At the social service of the municipality where your residence is declared. Opening hours differ between municipalities; it is best to book an appointment with a social worker.",
  },
};

const SOCIAL_SERVICE_ONLINE: Channel = {
  type: "online",
  url: LATVIJA_LV,
  note: {
    lv: "Iesniegumu var iesniegt e-pakalpojumā vai nosūtīt uz pašvaldības sociālā dienesta oficiālo e-adresi.",
    en: "You can apply through the e-service or send the application to the official e-address of the municipal social service.",
  },
};

const SOCIAL_SERVICE_POST: Channel = {
  type: "post",
  note: {
    lv: "Parakstītu iesniegumu var nosūtīt pa pastu pašvaldības sociālajam dienestam; iztikas līdzekļu deklarāciju sociālais darbinieks aizpildīs kopā ar jums.",
    en: "A signed application can be posted to the municipal social service; the social worker will fill in the means declaration with you.",
  },
};

const MUNICIPAL_CENTRE: Channel = {
  type: "centre",
  note: {
    lv: "Valsts un pašvaldības vienotajā klientu apkalpošanas centrā (VPVKAC) jūsu novadā vai valstspilsētā var saņemt konsultāciju un iesniegt iesniegumu, ko centrs nodod atbildīgajai pašvaldības iestādei.",
    en: "At the state and municipal one-stop client service centre (VPVKAC) in your municipality you can get advice and hand in an application, which the centre forwards to the responsible municipal office.",
  },
};

const MUNICIPALITY_ONLINE: Channel = {
  type: "online",
  url: LATVIJA_LV,
  note: {
    lv: "Iesniegumu var iesniegt e-pakalpojumā vai nosūtīt uz pašvaldības oficiālo e-adresi, parakstītu ar drošu elektronisko parakstu.",
    en: "You can apply through the e-service or send the application, signed with a secure electronic signature, to the municipality's official e-address.",
  },
};

const MUNICIPALITY_POST: Channel = {
  type: "post",
  note: {
    lv: "Parakstītu iesniegumu var nosūtīt pa pastu uz pašvaldības juridisko adresi.",
    en: "A signed application can be posted to the municipality's registered address.",
  },
};

const REGISTRY_OFFICE_IN_PERSON: Channel = {
  type: "in_person",
  note: {
    lv: "Jebkurā Latvijas dzimtsarakstu nodaļā neatkarīgi no deklarētās dzīvesvietas. Pieņemšanas laikus un iespēju pieteikt apmeklējumu skatiet savas pašvaldības dzimtsarakstu nodaļas informācijā.",
    en: "At any registry office (dzimtsarakstu nodaļa) in Latvia, wherever your residence is declared. See your municipal registry office for opening hours and appointments.",
  },
};

// ---- Legal resources used more than once ----

const SOCIAL_SERVICES_LAW: LegalResource = {
  title: { lv: "Sociālo pakalpojumu un sociālās palīdzības likums", en: "Law on Social Services and Social Assistance" },
  url: "https://likumi.lv/ta/id/68488",
};

const CABINET_809: LegalResource = {
  title: {
    lv: "Ministru kabineta 2020. gada 17. decembra noteikumi Nr. 809 “Noteikumi par mājsaimniecības materiālās situācijas izvērtēšanu un sociālās palīdzības saņemšanu”",
    en: "Cabinet Regulation No. 809 of 17 December 2020 on assessing a household's material situation and receiving social assistance",
  },
};

const LOCAL_GOVERNMENT_LAW: LegalResource = {
  title: { lv: "Pašvaldību likums", en: "Local Government Law" },
  url: "https://likumi.lv/ta/id/336956",
};

const CIVIL_STATUS_LAW: LegalResource = {
  title: { lv: "Civilstāvokļa aktu reģistrācijas likums", en: "Law on the Registration of Civil Status Documents" },
  url: "https://likumi.lv/ta/id/253442",
};

const CABINET_761: LegalResource = {
  title: {
    lv: "Ministru kabineta 2013. gada 3. septembra noteikumi Nr. 761 “Noteikumi par civilstāvokļa aktu reģistriem”",
    en: "Cabinet Regulation No. 761 of 3 September 2013 on civil status registers",
  },
  url: "https://likumi.lv/ta/id/259879",
};

const CIVIL_LAW_FAMILY: LegalResource = {
  title: { lv: "Civillikums. Pirmā daļa. Ģimenes tiesības", en: "The Civil Law. Part One. Family Law" },
};

const CONSTRUCTION_LAW: LegalResource = {
  title: { lv: "Būvniecības likums", en: "Construction Law" },
  url: "https://likumi.lv/ta/id/258572",
};

const STATE_ADMINISTRATION_LAW: LegalResource = {
  title: { lv: "Valsts pārvaldes iekārtas likums", en: "State Administration Structure Law" },
};

const CABINET_401: LegalResource = {
  title: {
    lv: "Ministru kabineta 2017. gada 4. jūlija noteikumi Nr. 401 “Noteikumi par valsts pārvaldes vienoto klientu apkalpošanas centru veidiem, sniegto pakalpojumu apjomu un pakalpojumu sniegšanas kārtību”",
    en: "Cabinet Regulation No. 401 of 4 July 2017 on the types of one-stop client service centres, the services they provide and how they provide them",
  },
  url: "https://likumi.lv/ta/id/292260",
};

const GDPR: LegalResource = {
  title: {
    lv: "Eiropas Parlamenta un Padomes Regula (ES) 2016/679 (Vispārīgā datu aizsardzības regula)",
    en: "Regulation (EU) 2016/679 of the European Parliament and of the Council (General Data Protection Regulation)",
  },
};

const PERSONAL_DATA_LAW: LegalResource = {
  title: { lv: "Fizisko personu datu apstrādes likums", en: "Personal Data Processing Law" },
};

const STATE_INFORMATION_SYSTEMS_LAW: LegalResource = {
  title: { lv: "Valsts informācijas sistēmu likums", en: "State Information Systems Law" },
};

const E_ADDRESS_LAW: LegalResource = {
  title: { lv: "Oficiālās elektroniskās adreses likums", en: "Official Electronic Address Law" },
};

const EIDENTIFICATION: Text = {
  lv: "Personas apliecība (eID karte), eParaksts mobile vai cits portālā Latvija.lv atbalstīts elektroniskās identifikācijas līdzeklis",
  en: "An identity card (eID card), eParaksts mobile or another electronic identification method accepted by Latvija.lv",
};

export const MUNICIPAL_CULTURE_SERVICES: ServiceDocument[] = [
  // =====================================================================================
  // Municipal templates
  // =====================================================================================
  {
    identifier: "majokla-pabalsts",
    title: { lv: "Mājokļa pabalsts", en: "Housing benefit" },
    description: {
      lv: "Mājokļa pabalsts palīdz segt mājokļa uzturēšanas izdevumus – īri, komunālos pakalpojumus, apkuri, kurināmo un citus ar mājokli saistītus maksājumus. To piešķir pašvaldības sociālais dienests mājsaimniecībai, kurai noteikts trūcīgas vai maznodrošinātas mājsaimniecības statuss. Pabalsta apmēru aprēķina pēc visā valstī vienotas formulas, ņemot vērā mājsaimniecības ienākumus, garantētā minimālā ienākuma sliekšņus un mājokļa izdevumus pašvaldības noteiktajās robežās. Pabalstu izmaksā jums vai pārskaita tieši pakalpojuma sniedzējam.",
      en: "The housing benefit helps cover the costs of keeping a home: rent, utilities, heating, fuel and other housing-related payments. The social service of your municipality grants it to a household that has been recognised as needy or low-income. The amount is calculated with a formula that is the same across Latvia, taking into account the household's income, the guaranteed minimum income thresholds and housing costs within limits the municipality sets. The benefit is paid to you or transferred directly to the service provider.",
    },
    institution: "LM",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "social_security",
    keywords: {
      lv: [
        "mājokļa pabalsts",
        "dzīvokļa pabalsts",
        "komunālie maksājumi",
        "īres maksa",
        "apkures pabalsts",
        "malka",
        "sociālā palīdzība",
        "sociālais dienests",
      ],
      en: [
        "housing benefit",
        "housing allowance",
        "utility bills",
        "rent",
        "heating allowance",
        "firewood",
        "social assistance",
        "social service",
      ],
    },
    channels: [SOCIAL_SERVICE_IN_PERSON, SOCIAL_SERVICE_ONLINE, MUNICIPAL_CENTRE, SOCIAL_SERVICE_POST],
    processingTime: {
      lv: "10 darbdienu laikā pēc visu nepieciešamo dokumentu saņemšanas",
      en: "Within 10 working days of receiving all required documents",
    },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Mājsaimniecībai ir trūcīgas vai maznodrošinātas mājsaimniecības statuss",
          en: "The household has needy or low-income status",
        },
        description: {
          lv: "Statusu var noteikt vienlaikus ar mājokļa pabalsta pieprasīšanu; sociālais dienests ienākumus un īpašumus pārbauda arī valsts reģistros.",
          en: "The status can be determined at the same time as you apply for the benefit; the social service also checks income and property in state registers.",
        },
        evidence: [
          { title: { lv: "Iztikas līdzekļu deklarācija", en: "Means declaration" } },
          {
            title: {
              lv: "Ienākumus apliecinoši dokumenti, ja ziņas nav pieejamas valsts reģistros (piemēram, uzturlīdzekļi, ienākumi no ārvalstīm)",
              en: "Proof of income not available in state registers (for example maintenance payments or income from abroad)",
            },
          },
        ],
      },
      {
        title: {
          lv: "Mājoklis ir jūsu deklarētā dzīvesvieta attiecīgajā pašvaldībā",
          en: "The home is your declared residence in that municipality",
        },
        evidence: [
          {
            title: {
              lv: "Īres līgums vai īpašumtiesības apliecinošs dokuments",
              en: "Tenancy agreement or proof of ownership",
            },
          },
        ],
      },
      {
        title: { lv: "Mājokļa izdevumi ir faktiski radušies", en: "The housing costs have actually been incurred" },
        evidence: [
          {
            title: {
              lv: "Rēķini un maksājumu apliecinājumi par īri, komunālajiem pakalpojumiem, elektroenerģiju un apkuri vai kurināmā (malkas, granulu) iegādi",
              en: "Bills and payment receipts for rent, utilities, electricity and heating, or for buying fuel (firewood, pellets)",
            },
          },
        ],
      },
    ],
    outputs: [
      {
        title: { lv: "Sociālā dienesta lēmums par mājokļa pabalstu", en: "Social service decision on the housing benefit" },
        description: {
          lv: "Lēmumā norāda pabalsta apmēru un laiku, uz kuru tas piešķirts, vai atteikuma iemeslu.",
          en: "The decision states the amount and period of the benefit, or the reason for refusal.",
        },
      },
      {
        title: {
          lv: "Pabalsta izmaksa kontā vai pārskaitījums pakalpojuma sniedzējam",
          en: "Payment to your account or transfer to the service provider",
        },
      },
    ],
    steps: [
      {
        lv: "Sazinieties ar savas pašvaldības sociālo dienestu un piesakieties pie sociālā darbinieka.",
        en: "Contact the social service of your municipality and book an appointment with a social worker.",
      },
      {
        lv: "Iesniedziet iesniegumu, aizpildiet iztikas līdzekļu deklarāciju un pievienojiet mājokļa izdevumus apliecinošus dokumentus.",
        en: "Submit the application, fill in the means declaration and attach proof of your housing costs.",
      },
      {
        lv: "Sociālais dienests izvērtē mājsaimniecības materiālo situāciju, izmantojot arī valsts reģistru datus.",
        en: "The social service assesses your household's material situation, also using data from state registers.",
      },
      {
        lv: "Saņemiet lēmumu; piešķirto pabalstu izmaksā vai pārskaita pakalpojuma sniedzējam.",
        en: "Receive the decision; the benefit is paid to you or transferred to the service provider.",
      },
      {
        lv: "Ja nepiekrītat lēmumam, to var apstrīdēt pašvaldībā viena mēneša laikā.",
        en: "If you disagree with the decision, you can contest it at the municipality within one month.",
      },
    ],
    legalBasis: [SOCIAL_SERVICES_LAW, CABINET_809],
    municipalities: [],
    template: true,
  },
  {
    identifier: "garanteta-minimala-ienakuma-pabalsts",
    title: { lv: "Garantētā minimālā ienākuma pabalsts", en: "Guaranteed minimum income benefit" },
    description: {
      lv: "Garantētā minimālā ienākuma (GMI) pabalsts ir pašvaldības sociālā palīdzība trūcīgai mājsaimniecībai, kuras ienākumi nesasniedz GMI slieksni. Pabalsts sedz starpību starp GMI sliekšņu summu visiem mājsaimniecības locekļiem un mājsaimniecības kopējiem ienākumiem. Kopš 2025. gada GMI slieksnis ir 22 % no ienākumu mediānas – 2025. gadā 166 eiro pirmajai vai vienīgajai personai un 116 eiro katrai nākamajai personai. Darbspējīgām personām jāpilda līdzdarbības pienākumi, piemēram, jāreģistrējas Nodarbinātības valsts aģentūrā un jāmeklē darbs.",
      en: "The guaranteed minimum income (GMI) benefit is municipal social assistance for a needy household whose income is below the GMI threshold. It covers the difference between the sum of the GMI thresholds for all household members and the household's total income. Since 2025 the GMI threshold is 22% of median income: in 2025, 166 euros for the first or only person and 116 euros for each further person. Household members who are able to work must meet co-operation duties, such as registering with the State Employment Agency and looking for work.",
    },
    institution: "LM",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "social_security",
    keywords: {
      lv: [
        "GMI",
        "garantētais minimālais ienākums",
        "GMI pabalsts",
        "pabalsts trūcīgajiem",
        "iztikas minimums",
        "sociālā palīdzība",
        "sociālais dienests",
      ],
      en: [
        "GMI",
        "guaranteed minimum income",
        "minimum income benefit",
        "benefit for the needy",
        "subsistence",
        "social assistance",
        "social service",
      ],
    },
    channels: [SOCIAL_SERVICE_IN_PERSON, SOCIAL_SERVICE_ONLINE, MUNICIPAL_CENTRE, SOCIAL_SERVICE_POST],
    processingTime: {
      lv: "10 darbdienu laikā pēc visu nepieciešamo dokumentu saņemšanas",
      en: "Within 10 working days of receiving all required documents",
    },
    costs: [],
    requirements: [
      {
        title: { lv: "Mājsaimniecībai ir trūcīgas mājsaimniecības statuss", en: "The household has needy status" },
        evidence: [
          { title: { lv: "Iztikas līdzekļu deklarācija", en: "Means declaration" } },
          {
            title: {
              lv: "Ienākumus apliecinoši dokumenti, ja ziņas nav pieejamas valsts reģistros",
              en: "Proof of income not available in state registers",
            },
          },
        ],
      },
      {
        title: {
          lv: "Darbspējīgās personas pilda līdzdarbības pienākumus",
          en: "Members able to work meet their co-operation duties",
        },
        description: {
          lv: "Līdzdarbības pienākumus (piemēram, reģistrēšanos NVA, piedalīšanos aktīvās nodarbinātības pasākumos) sociālais darbinieks vienojas ar jums individuāli.",
          en: "The social worker agrees the co-operation duties with you individually (for example registering with the State Employment Agency or taking part in active employment measures).",
        },
        evidence: [
          {
            title: {
              lv: "Bezdarbnieka statuss NVA vai dokuments, kas apliecina darba nespēju, mācības vai bērna kopšanu",
              en: "Unemployed status with the State Employment Agency, or proof of incapacity for work, studies or childcare",
            },
          },
        ],
      },
    ],
    outputs: [
      {
        title: { lv: "Sociālā dienesta lēmums par GMI pabalstu", en: "Social service decision on the GMI benefit" },
      },
      {
        title: { lv: "Ikmēneša pabalsts naudā uz noteiktu laiku", en: "A monthly cash benefit for a set period" },
        description: {
          lv: "Pēc piešķirtā laika beigām pabalstu var pieprasīt atkārtoti, ja mājsaimniecības situācija nav mainījusies.",
          en: "When the period ends you can apply again if the household's situation has not changed.",
        },
      },
    ],
    steps: [
      {
        lv: "Piesakieties pie sociālā darbinieka savas dzīvesvietas pašvaldības sociālajā dienestā.",
        en: "Book an appointment with a social worker at the social service of the municipality where you live.",
      },
      {
        lv: "Iesniedziet iesniegumu un aizpildiet iztikas līdzekļu deklarāciju par visiem mājsaimniecības locekļiem.",
        en: "Submit the application and fill in the means declaration for all household members.",
      },
      {
        lv: "Vienojieties ar sociālo darbinieku par līdzdarbības pienākumiem.",
        en: "Agree your co-operation duties with the social worker.",
      },
      {
        lv: "Saņemiet lēmumu par trūcīgas mājsaimniecības statusu un GMI pabalstu.",
        en: "Receive the decision on needy status and the GMI benefit.",
      },
      {
        lv: "Informējiet sociālo dienestu, ja mainās mājsaimniecības ienākumi vai sastāvs.",
        en: "Tell the social service if the household's income or composition changes.",
      },
    ],
    legalBasis: [SOCIAL_SERVICES_LAW, CABINET_809],
    municipalities: [],
    template: true,
  },
  {
    identifier: "trucigas-maznodrosinatas-majsaimniecibas-statuss",
    title: {
      lv: "Trūcīgas vai maznodrošinātas mājsaimniecības statusa noteikšana",
      en: "Recognition as a needy or low-income household",
    },
    description: {
      lv: "Pašvaldības sociālais dienests izvērtē mājsaimniecības ienākumus un materiālo stāvokli un nosaka trūcīgas vai maznodrošinātas mājsaimniecības statusu. Trūcīgas mājsaimniecības ienākumu slieksnis visā Latvijā ir vienāds (2025. gadā 377 eiro pirmajai vai vienīgajai personai un 264 eiro katrai nākamajai), bet maznodrošinātas mājsaimniecības slieksni katra pašvaldība nosaka saistošajos noteikumos likumā noteiktajās robežās. Statuss dod tiesības uz GMI pabalstu un mājokļa pabalstu, kā arī uz citiem atvieglojumiem – piemēram, valsts nodrošināto juridisko palīdzību, atbrīvojumu no dažām valsts nodevām un nekustamā īpašuma nodokļa atvieglojumu.",
      en: "The municipal social service assesses a household's income and material circumstances and recognises it as needy or low-income. The needy-household income threshold is the same throughout Latvia (in 2025, 377 euros for the first or only person and 264 euros for each further person), while each municipality sets its own low-income threshold in its binding regulations, within limits set by law. The status gives the right to the GMI benefit and the housing benefit, and to other relief such as state-funded legal aid, exemption from some state fees and real estate tax relief.",
    },
    institution: "LM",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "social_security",
    keywords: {
      lv: [
        "trūcīgā statuss",
        "maznodrošinātā statuss",
        "trūcīgas personas izziņa",
        "maznodrošinātais",
        "ienākumu slieksnis",
        "sociālais dienests",
      ],
      en: ["needy status", "low-income status", "needy person certificate", "low income", "income threshold", "social service"],
    },
    channels: [SOCIAL_SERVICE_IN_PERSON, SOCIAL_SERVICE_ONLINE, MUNICIPAL_CENTRE, SOCIAL_SERVICE_POST],
    processingTime: {
      lv: "10 darbdienu laikā pēc visu nepieciešamo dokumentu saņemšanas",
      en: "Within 10 working days of receiving all required documents",
    },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Mājsaimniecības ienākumi nepārsniedz trūcīgas vai maznodrošinātas mājsaimniecības slieksni",
          en: "The household's income does not exceed the needy or low-income threshold",
        },
        evidence: [
          { title: { lv: "Iztikas līdzekļu deklarācija", en: "Means declaration" } },
          {
            title: {
              lv: "Ienākumus apliecinoši dokumenti, ja ziņas nav pieejamas valsts reģistros",
              en: "Proof of income not available in state registers",
            },
          },
        ],
      },
      {
        title: {
          lv: "Mājsaimniecībai nav īpašumu un uzkrājumu, kas pārsniedz likumā pieļauto",
          en: "The household has no property or savings above what the law allows",
        },
        description: {
          lv: "Piemēram, tiek vērtēts, vai mājsaimniecībai pieder cits nekustamais īpašums bez tā, kurā tā dzīvo, un vai ir naudas uzkrājumi.",
          en: "For example, whether the household owns real estate other than the home it lives in, and whether it has savings.",
        },
        evidence: [
          {
            title: {
              lv: "Kontu izraksti un ziņas par īpašumiem, ja sociālais dienests tos pieprasa",
              en: "Bank statements and information on property, if the social service asks for them",
            },
          },
        ],
      },
      {
        title: { lv: "Dzīvesvieta deklarēta attiecīgajā pašvaldībā", en: "Residence declared in that municipality" },
        evidence: [{ title: { lv: "Personu apliecinošs dokuments", en: "Identity document" } }],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Lēmums par trūcīgas vai maznodrošinātas mājsaimniecības statusu",
          en: "Decision on needy or low-income household status",
        },
        description: {
          lv: "Statusu piešķir uz noteiktu laiku; ziņas par to nonāk valsts informācijas sistēmā, tāpēc citām iestādēm izziņa parasti nav jāuzrāda.",
          en: "The status is granted for a set period; it is recorded in a state information system, so other institutions usually do not need a paper certificate.",
        },
      },
      {
        title: { lv: "Izziņa par statusu (pēc pieprasījuma)", en: "Certificate of status (on request)" },
      },
    ],
    steps: [
      {
        lv: "Piesakieties pie sociālā darbinieka savas pašvaldības sociālajā dienestā.",
        en: "Book an appointment with a social worker at your municipal social service.",
      },
      {
        lv: "Iesniedziet iesniegumu un kopā ar sociālo darbinieku aizpildiet iztikas līdzekļu deklarāciju.",
        en: "Submit the application and fill in the means declaration with the social worker.",
      },
      {
        lv: "Sociālais dienests pārbauda ienākumus un īpašumus valsts reģistros un, ja vajag, apseko mājsaimniecību dzīvesvietā.",
        en: "The social service checks income and property in state registers and, if needed, visits the household at home.",
      },
      {
        lv: "Saņemiet lēmumu par statusu un izmantojiet ar to saistītos pabalstus un atvieglojumus.",
        en: "Receive the decision and use the benefits and relief that come with the status.",
      },
    ],
    legalBasis: [SOCIAL_SERVICES_LAW, CABINET_809],
    municipalities: [],
    template: true,
  },
  {
    identifier: "pasvaldibas-pabalsts-bernam-piedzimstot",
    title: {
      lv: "Pašvaldības vienreizējais pabalsts bērna piedzimšanas gadījumā",
      en: "Municipal one-off benefit on the birth of a child",
    },
    description: {
      lv: "Daudzas pašvaldības papildus valsts bērna piedzimšanas pabalstam izmaksā savu vienreizējo pabalstu jaundzimušā vajadzībām. Pabalsta apmēru un nosacījumus katra pašvaldība nosaka saistošajos noteikumos – parasti tie ir daži simti eiro par katru bērnu, ja bērna un vismaz viena vecāka dzīvesvieta ir deklarēta šajā pašvaldībā, bieži arī noteiktu laiku pirms bērna dzimšanas. Pabalstu var saņemt arī adoptētājs vai aizbildnis, ja tas nav izmaksāts vecākiem. Iesniegumu daudzviet var iesniegt jau dzimtsarakstu nodaļā, reģistrējot bērna dzimšanu.",
      en: "Many municipalities pay their own one-off benefit for a newborn's needs, in addition to the state childbirth benefit. Each municipality sets the amount and conditions in its binding regulations: usually a few hundred euros per child, provided the child and at least one parent have their residence declared in the municipality, often for a set period before the birth. An adoptive parent or guardian can also receive it if it has not been paid to the parents. In many places you can apply at the registry office when registering the birth.",
    },
    institution: "LM",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "family",
    keywords: {
      lv: [
        "bērna piedzimšanas pabalsts",
        "pašvaldības pabalsts",
        "jaundzimušais",
        "pabalsts jaundzimušajam",
        "bērniņš",
        "vienreizējs pabalsts",
      ],
      en: ["childbirth benefit", "municipal benefit", "newborn", "baby grant", "new baby", "one-off benefit"],
    },
    channels: [
      {
        type: "in_person",
        note: {
          lv: "Pašvaldības dzimtsarakstu nodaļā vai sociālajā dienestā – atkarībā no tā, kura iestāde pabalstu piešķir jūsu pašvaldībā.",
          en: "At the municipal registry office or social service, depending on which office grants the benefit in your municipality.",
        },
      },
      MUNICIPALITY_ONLINE,
      MUNICIPAL_CENTRE,
      MUNICIPALITY_POST,
    ],
    processingTime: {
      lv: "Parasti līdz 20 darbdienām (atkarībā no pašvaldības)",
      en: "Usually up to 20 working days (depending on the municipality)",
    },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Bērna un vismaz viena vecāka dzīvesvieta ir deklarēta pašvaldībā",
          en: "The child and at least one parent have their residence declared in the municipality",
        },
        description: {
          lv: "Daudzas pašvaldības prasa, lai vecāka dzīvesvieta tur būtu deklarēta jau noteiktu laiku (piemēram, 3–12 mēnešus) pirms bērna dzimšanas.",
          en: "Many municipalities require the parent's residence to have been declared there for a set time (for example 3–12 months) before the birth.",
        },
        evidence: [
          { title: { lv: "Pieteicēja personu apliecinošs dokuments", en: "Applicant's identity document" } },
          {
            title: {
              lv: "Bērna dzimšanas apliecība vai ziņas par dzimšanas reģistrāciju",
              en: "Child's birth certificate or the birth registration details",
            },
          },
        ],
      },
      {
        title: {
          lv: "Pabalsts pieprasīts pašvaldības noteiktajā termiņā",
          en: "The benefit is claimed within the deadline the municipality sets",
        },
        description: {
          lv: "Parasti dažu mēnešu laikā pēc bērna dzimšanas; precīzu termiņu nosaka saistošie noteikumi.",
          en: "Usually within a few months of the birth; the exact deadline is in the binding regulations.",
        },
        evidence: [
          {
            title: {
              lv: "Ja bērns dzimis ārvalstīs – ārvalsts dzimšanas dokuments ar apliecinātu tulkojumu",
              en: "If the child was born abroad, the foreign birth document with a certified translation",
            },
          },
          {
            title: {
              lv: "Aizbildnim – bāriņtiesas lēmums par aizbildnības nodibināšanu",
              en: "For a guardian, the orphans' court decision on guardianship",
            },
          },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Lēmums par pabalsta piešķiršanu", en: "Decision to grant the benefit" } },
      { title: { lv: "Vienreizēja izmaksa uz norādīto kontu", en: "One-off payment to the account you give" } },
    ],
    steps: [
      {
        lv: "Pārbaudiet savas pašvaldības saistošajos noteikumos pabalsta apmēru un nosacījumus.",
        en: "Check the amount and conditions in your municipality's binding regulations.",
      },
      {
        lv: "Reģistrējiet bērna dzimšanu un deklarējiet bērna dzīvesvietu pašvaldībā.",
        en: "Register the child's birth and declare the child's residence in the municipality.",
      },
      {
        lv: "Iesniedziet iesniegumu dzimtsarakstu nodaļā, sociālajā dienestā, VPVKAC vai elektroniski, norādot bankas kontu.",
        en: "Apply at the registry office, the social service, a VPVKAC or online, giving your bank account.",
      },
      {
        lv: "Saņemiet pabalstu kontā.",
        en: "Receive the benefit in your account.",
      },
    ],
    legalBasis: [
      LOCAL_GOVERNMENT_LAW,
      {
        title: {
          lv: "Pašvaldības saistošie noteikumi par pabalstu bērna piedzimšanas gadījumā",
          en: "The municipality's binding regulations on the childbirth benefit",
        },
      },
    ],
    municipalities: [],
    template: true,
  },
  {
    identifier: "pirmsskolas-izglitibas-iestades-rinda",
    title: {
      lv: "Pieteikšanās pirmsskolas izglītības iestādē (rindā uz bērnudārzu)",
      en: "Applying for a preschool place (kindergarten waiting list)",
    },
    description: {
      lv: "Pašvaldībai jānodrošina pirmsskolas izglītība bērniem no pusotra gada vecuma izglītības iestādē tuvu bērna deklarētajai dzīvesvietai. Lai saņemtu vietu pašvaldības bērnudārzā, vecāki reģistrē bērnu pašvaldības pirmsskolas izglītības iestāžu rindā – to var izdarīt drīz pēc bērna dzimšanas. Vietas piešķir rindas kārtībā, ievērojot saistošajos noteikumos noteiktās priekšrocības, piemēram, ja iestādē jau mācās brālis vai māsa. Ja pašvaldība vietu nevar nodrošināt, tā sedz daļu izmaksu privātā bērnudārzā, un atbalsts pieejams arī pie reģistrēta bērnu uzraudzības pakalpojuma sniedzēja (aukles).",
      en: "Municipalities must provide preschool education for children from one and a half years of age at a kindergarten near the child's declared residence. To get a place in a municipal kindergarten, parents register the child on the municipality's waiting list, which can be done soon after the child is born. Places are allocated in queue order, taking into account priorities set in the binding regulations, such as a brother or sister already attending. If the municipality cannot offer a place, it covers part of the cost at a private kindergarten, and support is also available for care by a registered childminder.",
    },
    institution: "IZM",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "education",
    keywords: {
      lv: ["bērnudārzs", "dārziņš", "rinda uz bērnudārzu", "PII", "pirmsskola", "bērnudārza rinda", "aukle"],
      en: ["kindergarten", "nursery", "kindergarten waiting list", "preschool", "daycare", "preschool place", "childminder"],
    },
    channels: [
      {
        type: "online",
        url: LATVIJA_LV,
        note: {
          lv: "Pieteikumu var iesniegt e-pakalpojumā; daudzas pašvaldības rindu uztur arī savā e-pakalpojumu portālā (piemēram, epakalpojumi.lv).",
          en: "You can apply through the e-service; many municipalities also keep the list in their own e-services portal (for example epakalpojumi.lv).",
        },
      },
      {
        type: "in_person",
        note: {
          lv: "Pašvaldības izglītības pārvaldē vai nodaļā, līdzi ņemot vecāka personu apliecinošu dokumentu.",
          en: "At the municipal education board or department; bring the parent's identity document.",
        },
      },
      MUNICIPAL_CENTRE,
      MUNICIPALITY_POST,
    ],
    processingTime: {
      lv: "Reģistrācija rindā – uzreiz; vietu piedāvā, kad pienāk bērna kārta (parasti no 1. septembra)",
      en: "Registration on the list is immediate; a place is offered when the child's turn comes (usually from 1 September)",
    },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Bērna un vismaz viena vecāka dzīvesvieta ir deklarēta pašvaldībā",
          en: "The child and at least one parent have their residence declared in the municipality",
        },
        description: {
          lv: "Bērnus, kuru dzīvesvieta deklarēta citur, reģistrē atbilstoši pašvaldības saistošajiem noteikumiem, ja ir brīvas vietas.",
          en: "Children declared elsewhere are registered according to the municipality's binding regulations, if places are available.",
        },
        evidence: [
          {
            title: {
              lv: "Vecāka vai likumiskā pārstāvja personu apliecinošs dokuments",
              en: "Identity document of the parent or legal representative",
            },
          },
          { title: { lv: "Bērna dzimšanas apliecība vai bērna personas kods", en: "Child's birth certificate or personal code" } },
        ],
      },
      {
        title: { lv: "Priekšrocības rindā (ja tādas ir)", en: "Priority on the list (if any)" },
        evidence: [
          {
            title: {
              lv: "Dokuments, kas apliecina priekšrocību, piemēram, “Goda ģimenes” apliecība vai bāriņtiesas lēmums",
              en: "Proof of priority, such as the “Honorary Family” card or an orphans' court decision",
            },
          },
        ],
      },
    ],
    outputs: [
      {
        title: { lv: "Apstiprinājums par bērna reģistrāciju rindā", en: "Confirmation that the child is on the waiting list" },
        description: {
          lv: "Savu vietu rindā var sekot pašvaldības e-pakalpojumā.",
          en: "You can follow your place on the list in the municipality's e-service.",
        },
      },
      {
        title: {
          lv: "Uzaicinājums uz vietu bērnudārzā un līgums ar iestādi",
          en: "Offer of a kindergarten place and an agreement with the kindergarten",
        },
      },
      {
        title: {
          lv: "Pašvaldības līdzfinansējums privātajā bērnudārzā, ja vietu pašvaldības iestādē nevar piedāvāt",
          en: "Municipal co-funding at a private kindergarten if no municipal place can be offered",
        },
      },
    ],
    steps: [
      {
        lv: "Deklarējiet bērna dzīvesvietu pašvaldībā.",
        en: "Declare the child's residence in the municipality.",
      },
      {
        lv: "Iesniedziet pieteikumu, norādot vienu vai vairākas vēlamās pirmsskolas iestādes un vēlamo mācību sākuma datumu.",
        en: "Apply, naming one or more preferred kindergartens and the date you want the child to start.",
      },
      {
        lv: "Sekojiet savai vietai rindā un atjauniet kontaktinformāciju, ja tā mainās.",
        en: "Follow your place on the list and update your contact details if they change.",
      },
      {
        lv: "Saņemot uzaicinājumu, apstipriniet vietu noteiktajā termiņā un noslēdziet līgumu ar iestādi.",
        en: "When you receive an offer, accept it by the deadline and sign the agreement with the kindergarten.",
      },
    ],
    legalBasis: [
      { title: { lv: "Izglītības likums", en: "Education Law" }, url: "https://likumi.lv/ta/id/50759" },
      { title: { lv: "Vispārējās izglītības likums", en: "General Education Law" }, url: "https://likumi.lv/ta/id/20243" },
      {
        title: {
          lv: "Pašvaldības saistošie noteikumi par bērnu reģistrāciju un uzņemšanu pirmsskolas izglītības iestādēs",
          en: "The municipality's binding regulations on registering and admitting children to preschool",
        },
      },
    ],
    municipalities: [],
    template: true,
  },
  {
    identifier: "nekustama-ipasuma-nodoklis",
    title: {
      lv: "Nekustamā īpašuma nodokļa maksāšana un atvieglojumi",
      en: "Paying real estate tax and applying for relief",
    },
    description: {
      lv: "Nekustamā īpašuma nodokli (NĪN) par zemi, ēkām un dzīvokļiem maksā to īpašnieki vai tiesiskie valdītāji, un tas tiek ieskaitīts tās pašvaldības budžetā, kuras teritorijā īpašums atrodas. Pašvaldība nodokli aprēķina pēc kadastrālās vērtības un saistošajos noteikumos noteiktajām likmēm un līdz 15. februārim nosūta maksāšanas paziņojumu. Nodokli maksā reizi ceturksnī – līdz 31. martam, 15. maijam, 15. augustam un 15. novembrim – vai visu gada summu līdz 31. martam. Likumā un pašvaldības saistošajos noteikumos noteiktām personām, piemēram, politiski represētām personām, daudzbērnu ģimenēm, trūcīgām un maznodrošinātām personām, piešķir nodokļa atvieglojumus.",
      en: "Real estate tax (NĪN) on land, buildings and flats is paid by their owners or lawful possessors and goes to the budget of the municipality where the property is. The municipality calculates the tax from the cadastral value and the rates set in its binding regulations and sends a payment notice by 15 February. The tax is paid quarterly, by 31 March, 15 May, 15 August and 15 November, or the whole year's amount by 31 March. Groups named in the law and in the municipality's binding regulations, such as politically repressed persons, large families and needy or low-income persons, receive tax relief.",
    },
    institution: "FM",
    audience: ["residents", "businesses"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "taxes",
    keywords: {
      lv: [
        "NĪN",
        "nekustamā īpašuma nodoklis",
        "zemes nodoklis",
        "īpašuma nodoklis",
        "nodokļa atvieglojums",
        "maksāšanas paziņojums",
        "dzīvokļa nodoklis",
      ],
      en: ["real estate tax", "property tax", "land tax", "NĪN", "tax relief", "payment notice", "council tax"],
    },
    channels: [
      {
        type: "online",
        url: LATVIJA_LV,
        note: {
          lv: "Maksāšanas paziņojumus var apskatīt un nodokli samaksāt e-pakalpojumā; daudzas pašvaldības to piedāvā arī portālā epakalpojumi.lv. Tur var pieteikties arī paziņojumu saņemšanai e-pastā.",
          en: "You can view payment notices and pay the tax through the e-service; many municipalities also offer this on epakalpojumi.lv, where you can also sign up for notices by e-mail.",
        },
      },
      {
        type: "in_person",
        note: {
          lv: "Pašvaldības nekustamā īpašuma nodokļa administrācijā – konsultācijas, atvieglojumu iesniegumi un maksājumi kasē.",
          en: "At the municipality's real estate tax office: advice, applications for relief and payment at the cash desk.",
        },
      },
      MUNICIPAL_CENTRE,
      {
        type: "post",
        note: {
          lv: "Maksāšanas paziņojumu pēc noklusējuma sūta pa pastu uz deklarēto dzīvesvietu, ja nav aktivizēta e-adrese vai norādīts e-pasts.",
          en: "The payment notice is posted to your declared residence unless you have an e-address or have given an e-mail address.",
        },
      },
    ],
    processingTime: {
      lv: "Maksāšanas paziņojums – līdz 15. februārim; iesniegumu par atvieglojumu izskata viena mēneša laikā",
      en: "Payment notice by 15 February; an application for relief is decided within one month",
    },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Jums pieder vai jūsu tiesiskajā valdījumā ir nekustamais īpašums",
          en: "You own or lawfully possess real estate",
        },
        description: {
          lv: "Dati par īpašumu un tā kadastrālo vērtību pašvaldībai ir pieejami no zemesgrāmatas un Nekustamā īpašuma valsts kadastra.",
          en: "The municipality gets the property data and cadastral value from the Land Register and the State Real Estate Cadastre.",
        },
        evidence: [],
      },
      {
        title: { lv: "Atvieglojumam – tiesības uz atvieglojumu", en: "For relief: entitlement to relief" },
        description: {
          lv: "Atvieglojumu parasti piešķir pēc iesnieguma, un tas attiecas uz taksācijas gadu, kurā iesniegums iesniegts.",
          en: "Relief is usually granted on application and applies to the tax year in which you apply.",
        },
        evidence: [
          { title: { lv: "Iesniegums pašvaldībai", en: "Application to the municipality" } },
          {
            title: {
              lv: "Statusu apliecinošs dokuments (piemēram, politiski represētās personas apliecība), ja ziņas nav pieejamas valsts reģistros",
              en: "Proof of status (for example the politically repressed person's certificate) if it is not in state registers",
            },
          },
        ],
      },
    ],
    outputs: [
      {
        title: { lv: "Nekustamā īpašuma nodokļa maksāšanas paziņojums", en: "Real estate tax payment notice" },
        description: {
          lv: "Maksāšanas paziņojums ir administratīvais akts, ko var apstrīdēt pašvaldībā viena mēneša laikā.",
          en: "The payment notice is an administrative act that can be contested at the municipality within one month.",
        },
      },
      { title: { lv: "Lēmums par nodokļa atvieglojumu", en: "Decision on tax relief" } },
      { title: { lv: "Apliecinājums par samaksu", en: "Confirmation of payment" } },
    ],
    steps: [
      {
        lv: "Saņemiet maksāšanas paziņojumu pa pastu, e-adresē vai e-pastā un pārbaudiet, vai dati par īpašumu ir pareizi.",
        en: "Receive the payment notice by post, e-address or e-mail and check that the property data are correct.",
      },
      {
        lv: "Ja jums pienākas atvieglojums, iesniedziet iesniegumu pašvaldībā.",
        en: "If you are entitled to relief, apply to the municipality.",
      },
      {
        lv: "Samaksājiet nodokli e-pakalpojumā, internetbankā vai pašvaldības kasē līdz termiņiem vai visu gada summu līdz 31. martam.",
        en: "Pay the tax online, by internet bank or at the municipal cash desk by the due dates, or the whole year's amount by 31 March.",
      },
      {
        lv: "Maksājiet laikus: par nokavētu maksājumu aprēķina nokavējuma naudu 0,05 % apmērā par katru dienu.",
        en: "Pay on time: late payment incurs interest of 0.05% per day.",
      },
    ],
    legalBasis: [
      { title: { lv: "Likums “Par nekustamā īpašuma nodokli”", en: "Law on Real Estate Tax" } },
      { title: { lv: "Likums “Par nodokļiem un nodevām”", en: "Law on Taxes and Fees" } },
      {
        title: {
          lv: "Pašvaldības saistošie noteikumi par nekustamā īpašuma nodokļa likmēm un atvieglojumiem",
          en: "The municipality's binding regulations on real estate tax rates and relief",
        },
      },
    ],
    municipalities: [],
    template: true,
  },
  {
    identifier: "dzimsanas-registracija",
    title: { lv: "Bērna dzimšanas reģistrācija", en: "Registering a child's birth" },
    description: {
      lv: "Par bērna piedzimšanu vecākiem viena mēneša laikā jāpaziņo dzimtsarakstu nodaļai – to var izdarīt jebkurā Latvijas dzimtsarakstu nodaļā. Dzimtsarakstu nodaļa ieraksta bērnu dzimšanas reģistrā, bērnam piešķir personas kodu, un vienlaikus tiek deklarēta bērna dzīvesvieta. Ja vecāki nav savstarpējā laulībā, paternitāti var atzīt ar kopīgu vecāku iesniegumu tajā pašā apmeklējumā. Reģistrācija ir bez maksas, un pēc tās izsniedz dzimšanas apliecību; ja vēlaties, daudzas nodaļas par pašvaldības noteiktu maksu piedāvā arī svinīgu reģistrāciju.",
      en: "Parents must report a child's birth to a registry office within one month; any registry office in Latvia will do. The office records the child in the birth register, the child receives a personal code, and the child's residence is declared at the same time. If the parents are not married to each other, paternity can be acknowledged by a joint application during the same visit. Registration is free and a birth certificate is issued; many offices also offer a ceremonial registration for a fee set by the municipality.",
    },
    institution: "TM",
    audience: ["residents"],
    kind: "transactional",
    maturity: 2,
    thematicArea: "family",
    keywords: {
      lv: [
        "dzimšanas reģistrācija",
        "dzimšanas apliecība",
        "jaundzimušais",
        "dzimtsaraksti",
        "personas kods bērnam",
        "paternitātes atzīšana",
        "bērna vārds",
      ],
      en: [
        "birth registration",
        "birth certificate",
        "newborn",
        "registry office",
        "personal code for a child",
        "acknowledging paternity",
        "baby name",
      ],
    },
    channels: [REGISTRY_OFFICE_IN_PERSON],
    processingTime: { lv: "Uzreiz – apmeklējuma laikā", en: "Immediately, during the visit" },
    costs: [],
    requirements: [
      {
        title: { lv: "Paziņots viena mēneša laikā pēc bērna dzimšanas", en: "Reported within one month of the birth" },
        description: {
          lv: "Ja termiņš nokavēts, dzimšanu reģistrē pēc nokavējuma iemeslu noskaidrošanas.",
          en: "If the deadline is missed, the birth is registered after the reasons for the delay have been established.",
        },
        evidence: [
          {
            title: {
              lv: "Ārstniecības iestādes vai ārstniecības personas izsniegta medicīnas apliecība par dzimšanu",
              en: "Medical certificate of birth issued by the hospital or health professional",
            },
          },
        ],
      },
      {
        title: { lv: "Ziņas par bērna vecākiem", en: "Information about the child's parents" },
        evidence: [
          { title: { lv: "Vecāku personu apliecinoši dokumenti", en: "Parents' identity documents" } },
          {
            title: {
              lv: "Laulības apliecība, ja ziņas par laulību nav Iedzīvotāju reģistrā",
              en: "Marriage certificate, if the marriage is not in the Population Register",
            },
          },
          {
            title: {
              lv: "Paternitātes atzīšanas iesniegums, ja vecāki nav laulībā (abi vecāki to iesniedz personīgi)",
              en: "Application to acknowledge paternity if the parents are not married (both parents submit it in person)",
            },
          },
        ],
      },
      {
        title: { lv: "Bērna vārds un uzvārds", en: "The child's name and surname" },
        description: {
          lv: "Bērnam var dot ne vairāk kā divus vārdus. Ja vecākiem ir dažādi uzvārdi, bērna uzvārdu izvēlas pēc vecāku vienošanās.",
          en: "A child may be given no more than two first names. If the parents have different surnames, they agree which one the child takes.",
        },
        evidence: [],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Ieraksts dzimšanas reģistrā un bērna personas kods",
          en: "Entry in the birth register and the child's personal code",
        },
      },
      { title: { lv: "Dzimšanas apliecība", en: "Birth certificate" } },
      { title: { lv: "Deklarēta bērna dzīvesvieta", en: "The child's declared residence" } },
    ],
    steps: [
      {
        lv: "Sagatavojiet medicīnas apliecību par dzimšanu un vecāku personu apliecinošos dokumentus.",
        en: "Prepare the medical certificate of birth and the parents' identity documents.",
      },
      {
        lv: "Ierodieties jebkurā dzimtsarakstu nodaļā; ja vecāki nav laulībā, ierodieties abi.",
        en: "Go to any registry office; if the parents are not married, both should come.",
      },
      {
        lv: "Norādiet bērna vārdu, uzvārdu, dzīvesvietu un, ja vēlaties, tautības ierakstu.",
        en: "Give the child's name, surname, residence and, if you wish, ethnicity entry.",
      },
      {
        lv: "Pārbaudiet un parakstiet reģistra ierakstu un saņemiet dzimšanas apliecību.",
        en: "Check and sign the register entry and receive the birth certificate.",
      },
      {
        lv: "Piesakieties valsts bērna piedzimšanas pabalstam VSAA un, ja pašvaldībā tāds ir, pašvaldības pabalstam.",
        en: "Apply for the state childbirth benefit at VSAA and, if your municipality pays one, for the municipal benefit.",
      },
    ],
    legalBasis: [CIVIL_STATUS_LAW, CABINET_761, CIVIL_LAW_FAMILY],
    municipalities: [],
    template: true,
  },
  {
    identifier: "laulibas-registracija",
    title: { lv: "Laulības reģistrācija", en: "Registering a marriage" },
    description: {
      lv: "Personas, kuras vēlas stāties laulībā, iesniedz kopīgu iesniegumu jebkurā Latvijas dzimtsarakstu nodaļā un vienojas par laulības noslēgšanas dienu, laiku un vietu. Laulību reģistrē ne agrāk kā mēnesi un ne vēlāk kā sešus mēnešus pēc iesnieguma iesniegšanas, klātesot abām personām un diviem pilngadīgiem lieciniekiem. Par laulības reģistrāciju maksā valsts nodevu 14 eiro, bet svinīgas ceremonijas maksu nosaka pašvaldība. Ja laulību vēlas noslēgt baznīcā, dzimtsarakstu nodaļa izsniedz izziņu par laulības noslēgšanai nepieciešamo dokumentu pārbaudi.",
      en: "People who wish to marry submit a joint application at any registry office in Latvia and agree the day, time and place of the wedding. The marriage is registered no earlier than one month and no later than six months after the application, in the presence of both partners and two adult witnesses. The state fee for registering a marriage is 14 euros; the municipality sets the fee for a ceremonial wedding. If you wish to marry in church, the registry office issues a certificate that the documents needed for the marriage have been checked.",
    },
    institution: "TM",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "family",
    keywords: {
      lv: ["laulība", "kāzas", "precēties", "laulības apliecība", "dzimtsaraksti", "laulības reģistrācija", "laulāties baznīcā"],
      en: ["marriage", "wedding", "get married", "marriage certificate", "registry office", "civil ceremony", "church wedding"],
    },
    channels: [
      REGISTRY_OFFICE_IN_PERSON,
      {
        type: "online",
        url: LATVIJA_LV,
        note: {
          lv: "Kopīgu iesniegumu var nosūtīt uz izvēlētās dzimtsarakstu nodaļas e-adresi, ja abas personas to parakstījušas ar drošu elektronisko parakstu.",
          en: "The joint application can be sent to the chosen registry office's e-address if both partners have signed it with a secure electronic signature.",
        },
      },
    ],
    processingTime: {
      lv: "Laulību reģistrē ne agrāk kā mēnesi un ne vēlāk kā sešus mēnešus pēc iesnieguma iesniegšanas",
      en: "The marriage is registered no earlier than one month and no later than six months after the application",
    },
    costs: [
      {
        amount: 14,
        currency: "EUR",
        description: {
          lv: "Valsts nodeva par laulības reģistrāciju. No nodevas atbrīvo, piemēram, personas ar I vai II grupas invaliditāti, trūcīgas personas un daudzbērnu ģimenes. Maksu par svinīgu ceremoniju nosaka pašvaldība.",
          en: "State fee for registering a marriage. Exempt are, for example, people with group I or II disability, needy persons and large families. The municipality sets the fee for a ceremonial wedding.",
        },
      },
    ],
    requirements: [
      {
        title: { lv: "Abas personas drīkst stāties laulībā", en: "Both partners are free to marry" },
        description: {
          lv: "Laulībā var stāties pilngadīgas personas; no 16 gadu vecuma – ar vecāku vai aizbildņa atļauju, ja otra persona ir pilngadīga.",
          en: "Adults may marry; from 16, with the consent of parents or guardian, if the other partner is an adult.",
        },
        evidence: [
          { title: { lv: "Abu personu personu apliecinoši dokumenti", en: "Both partners' identity documents" } },
          {
            title: {
              lv: "Dokuments par iepriekšējās laulības izbeigšanu, ja ziņas nav Iedzīvotāju reģistrā",
              en: "Proof that a previous marriage has ended, if this is not in the Population Register",
            },
          },
          {
            title: {
              lv: "Nepilngadīgajam – vecāku, aizbildņa vai bāriņtiesas rakstveida atļauja",
              en: "For a minor, written consent of the parents, guardian or orphans' court",
            },
          },
        ],
      },
      {
        title: { lv: "Ārzemniekam – apliecinājums, ka nav šķēršļu laulībai", en: "For a foreigner: proof of no impediment to marriage" },
        evidence: [
          {
            title: {
              lv: "Attiecīgās valsts kompetentas iestādes dokuments par ģimenes stāvokli, legalizēts un ar notariāli apliecinātu tulkojumu latviešu valodā",
              en: "A document on marital status from the competent authority of the person's country, legalised and with a notarised translation into Latvian",
            },
          },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Ieraksts laulību reģistrā", en: "Entry in the marriage register" } },
      { title: { lv: "Laulības apliecība", en: "Marriage certificate" } },
      {
        title: {
          lv: "Izziņa par dokumentu pārbaudi, ja laulību noslēdz baznīcā vai citā dzimtsarakstu nodaļā",
          en: "Certificate that the documents have been checked, if the marriage takes place in church or at another registry office",
        },
      },
    ],
    steps: [
      {
        lv: "Izvēlieties dzimtsarakstu nodaļu un kopā iesniedziet iesniegumu klātienē vai ar drošu elektronisko parakstu.",
        en: "Choose a registry office and submit your joint application in person or signed with a secure electronic signature.",
      },
      {
        lv: "Vienojieties par laulības datumu, laiku un vietu un, ja vēlaties, pieprasiet svinīgu ceremoniju.",
        en: "Agree the date, time and place and, if you wish, ask for a ceremonial wedding.",
      },
      {
        lv: "Samaksājiet valsts nodevu un pašvaldības maksu par ceremoniju, ja tā pasūtīta.",
        en: "Pay the state fee and, if you booked one, the municipal fee for the ceremony.",
      },
      {
        lv: "Ierodieties noteiktajā laikā kopā ar diviem pilngadīgiem lieciniekiem.",
        en: "Come at the agreed time with two adult witnesses.",
      },
      {
        lv: "Saņemiet laulības apliecību; ja mainījāt uzvārdu, nomainiet personu apliecinošos dokumentus.",
        en: "Receive the marriage certificate; if you changed your surname, replace your identity documents.",
      },
    ],
    legalBasis: [
      CIVIL_STATUS_LAW,
      CIVIL_LAW_FAMILY,
      {
        title: {
          lv: "Ministru kabineta 2013. gada 24. septembra noteikumi Nr. 906 “Noteikumi par civilstāvokļa aktu reģistrācijas valsts nodevu”",
          en: "Cabinet Regulation No. 906 of 24 September 2013 on the state fee for registering civil status documents",
        },
        url: "https://likumi.lv/ta/id/260214",
      },
    ],
    municipalities: [],
    template: true,
  },
  {
    identifier: "mirsanas-registracija",
    title: { lv: "Miršanas reģistrācija", en: "Registering a death" },
    description: {
      lv: "Par personas nāvi dzimtsarakstu nodaļai jāpaziņo ne vēlāk kā sešu darbdienu laikā no brīža, kad iestājusies nāve vai atrasts mirušais. To parasti dara laulātais, cits tuvinieks vai persona, kas kārto apbedīšanu, un miršanu var reģistrēt jebkurā Latvijas dzimtsarakstu nodaļā. Pēc reģistrācijas izsniedz miršanas apliecību, kas vajadzīga apbedīšanai, apbedīšanas pabalsta pieprasīšanai un mantojuma kārtošanai. Reģistrācija ir bez maksas.",
      en: "A death must be reported to a registry office no later than six working days after it occurred or the body was found. This is usually done by the spouse, another relative or the person arranging the funeral, at any registry office in Latvia. After registration a death certificate is issued, which is needed for the funeral, for claiming the funeral benefit and for dealing with the estate. Registration is free.",
    },
    institution: "TM",
    audience: ["residents"],
    kind: "transactional",
    maturity: 2,
    thematicArea: "family",
    keywords: {
      lv: ["miršanas apliecība", "miršanas reģistrācija", "nāve", "tuvinieka nāve", "apbedīšana", "dzimtsaraksti", "bēres"],
      en: ["death certificate", "registering a death", "death", "bereavement", "burial", "registry office", "funeral"],
    },
    channels: [REGISTRY_OFFICE_IN_PERSON],
    processingTime: { lv: "Uzreiz – apmeklējuma laikā", en: "Immediately, during the visit" },
    costs: [],
    requirements: [
      {
        title: { lv: "Dokuments, kas apliecina nāvi", en: "A document confirming the death" },
        evidence: [
          {
            title: {
              lv: "Ārstniecības iestādes vai ārsta izsniegta medicīnas apliecība par nāves cēloni",
              en: "Medical certificate of the cause of death issued by a hospital or doctor",
            },
          },
          {
            title: {
              lv: "Vai tiesas spriedums par miršanas fakta konstatēšanu vai personas izsludināšanu par mirušu",
              en: "Or a court judgment establishing the death or declaring the person dead",
            },
          },
        ],
      },
      {
        title: { lv: "Ziņas par mirušo un pieteicēju", en: "Information about the deceased and the informant" },
        evidence: [
          {
            title: {
              lv: "Mirušās personas pase vai personas apliecība (ja pieejama)",
              en: "The deceased's passport or identity card (if available)",
            },
          },
          { title: { lv: "Pieteicēja personu apliecinošs dokuments", en: "The informant's identity document" } },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Ieraksts miršanas reģistrā", en: "Entry in the death register" } },
      { title: { lv: "Miršanas apliecība", en: "Death certificate" } },
    ],
    steps: [
      {
        lv: "Saņemiet medicīnas apliecību par nāves cēloni no ārsta vai ārstniecības iestādes.",
        en: "Get the medical certificate of the cause of death from the doctor or hospital.",
      },
      {
        lv: "Sešu darbdienu laikā ierodieties jebkurā dzimtsarakstu nodaļā ar dokumentiem; pēc tuvinieku lūguma to bieži izdara apbedīšanas pakalpojumu sniedzējs.",
        en: "Within six working days go to any registry office with the documents; the funeral director often does this at the family's request.",
      },
      {
        lv: "Pārbaudiet un parakstiet reģistra ierakstu un saņemiet miršanas apliecību.",
        en: "Check and sign the register entry and receive the death certificate.",
      },
      {
        lv: "Pieprasiet apbedīšanas pabalstu VSAA un, ja nepieciešams, vērsieties pie zvērināta notāra mantojuma lietā.",
        en: "Claim the funeral benefit from VSAA and, if needed, contact a sworn notary about the estate.",
      },
    ],
    legalBasis: [CIVIL_STATUS_LAW, CABINET_761],
    municipalities: [],
    template: true,
  },
  {
    identifier: "buvatlauja",
    title: {
      lv: "Būvniecības ieceres iesniegšana un būvatļauja Būvniecības informācijas sistēmā",
      en: "Submitting a construction plan and getting a building permit in the Construction Information System",
    },
    description: {
      lv: "Lai būvētu, pārbūvētu, atjaunotu vai nojauktu ēku vai citu būvi, būvniecības iecere jāsaskaņo ar pašvaldības būvvaldi. Atkarībā no būves grupas un darbu apjoma iesniedz būvniecības iesniegumu ar būvprojektu minimālā sastāvā (būvatļaujas saņemšanai), apliecinājuma karti vai paskaidrojuma rakstu. Kopš 2020. gada būvniecības dokumentus iesniedz un būvvaldes lēmumus saņem tikai elektroniski Būvniecības informācijas sistēmā (BIS). Būvatļaujā būvvalde nosaka projektēšanas nosacījumus, un būvdarbus drīkst sākt pēc tam, kad būvatļaujā izdarīta atzīme par būvdarbu uzsākšanas nosacījumu izpildi.",
      en: "To build, rebuild, renovate or demolish a building or other structure, the plan must be approved by the municipal building board. Depending on the building group and the scope of works, you submit a construction application with a minimum design (to obtain a building permit), a confirmation card or an explanatory note. Since 2020 construction documents are submitted and building board decisions received only electronically in the Construction Information System (BIS). The building permit sets the design conditions, and works may start once the permit is marked as meeting the conditions for starting construction.",
    },
    institution: "EM",
    audience: ["residents", "businesses"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "property",
    keywords: {
      lv: ["būvatļauja", "būvvalde", "BIS", "būvniecība", "mājas būvniecība", "paskaidrojuma raksts", "apliecinājuma karte", "būvprojekts"],
      en: [
        "building permit",
        "building board",
        "BIS",
        "construction",
        "building a house",
        "explanatory note",
        "confirmation card",
        "building design",
      ],
    },
    channels: [
      {
        type: "online",
        url: "https://bis.gov.lv",
        note: {
          lv: "Būvniecības lietu izveido un dokumentus iesniedz BIS, autentificējoties ar eID karti, eParaksts mobile vai internetbanku; darbības BIS var uzticēt pilnvarotam būvspeciālistam.",
          en: "You open the construction case and submit documents in BIS after logging in with an eID card, eParaksts mobile or internet bank; you can authorise a certified construction specialist to act for you.",
        },
      },
      {
        type: "in_person",
        note: {
          lv: "Pašvaldības būvvaldē – konsultācijas par to, kāds dokuments jāiesniedz un kādas prasības nosaka teritorijas plānojums.",
          en: "At the municipal building board: advice on which document to submit and what the spatial plan requires.",
        },
      },
    ],
    processingTime: {
      lv: "Būvatļauju izsniedz vai atsaka viena mēneša laikā; apliecinājuma karti un paskaidrojuma rakstu izskata īsākā termiņā",
      en: "A building permit is issued or refused within one month; confirmation cards and explanatory notes are handled faster",
    },
    costs: [],
    requirements: [
      {
        title: { lv: "Tiesības būvēt attiecīgajā zemes gabalā", en: "The right to build on the plot" },
        evidence: [
          {
            title: {
              lv: "Īpašumtiesības zemesgrāmatā vai zemes īpašnieka piekrišana (piemēram, nomas līgums ar apbūves tiesībām)",
              en: "Ownership in the Land Register or the landowner's consent (for example a lease with building rights)",
            },
          },
        ],
      },
      {
        title: { lv: "Būvniecības ieceres dokumentācija", en: "Construction plan documents" },
        description: {
          lv: "Būvprojektu izstrādā sertificēts būvspeciālists; iecerei jāatbilst teritorijas plānojumam un apbūves noteikumiem.",
          en: "The design is prepared by a certified construction specialist; the plan must comply with the spatial plan and building regulations.",
        },
        evidence: [
          {
            title: {
              lv: "Būvniecības iesniegums un būvprojekts minimālā sastāvā (būvatļaujai)",
              en: "Construction application and minimum design (for a building permit)",
            },
          },
          {
            title: {
              lv: "Apliecinājuma karte vai paskaidrojuma raksts (vienkāršotai būvniecībai)",
              en: "Confirmation card or explanatory note (for simplified construction)",
            },
          },
          {
            title: {
              lv: "Tehniskie vai īpašie noteikumi un saskaņojumi, ja tādi vajadzīgi",
              en: "Technical or special conditions and approvals, where required",
            },
          },
        ],
      },
      {
        title: { lv: "Piekļuve BIS", en: "Access to BIS" },
        evidence: [{ title: EIDENTIFICATION }],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Būvatļauja ar projektēšanas un būvdarbu uzsākšanas nosacījumiem",
          en: "Building permit with design conditions and conditions for starting works",
        },
      },
      {
        title: {
          lv: "Akcepts apliecinājuma kartē vai paskaidrojuma rakstā",
          en: "Approval marked on the confirmation card or explanatory note",
        },
      },
      { title: { lv: "Būvvaldes lēmumi BIS būvniecības lietā", en: "Building board decisions in the BIS construction case" } },
    ],
    steps: [
      {
        lv: "Noskaidrojiet būves grupu un nepieciešamo dokumentu, ja vajag – konsultējieties būvvaldē.",
        en: "Find out the building group and the document you need; ask the building board if in doubt.",
      },
      {
        lv: "Autentificējieties BIS, izveidojiet būvniecības lietu un iesniedziet iesniegumu ar pievienotajiem dokumentiem.",
        en: "Log in to BIS, open a construction case and submit the application with the documents attached.",
      },
      {
        lv: "Samaksājiet pašvaldības nodevu, ja pašvaldība tādu noteikusi.",
        en: "Pay the municipal fee, if the municipality charges one.",
      },
      {
        lv: "Saņemiet būvvaldes lēmumu BIS.",
        en: "Receive the building board's decision in BIS.",
      },
      {
        lv: "Izpildiet projektēšanas nosacījumus, saņemiet atzīmi par būvdarbu uzsākšanas nosacījumu izpildi un sāciet būvdarbus.",
        en: "Meet the design conditions, get the permit marked for starting works and begin construction.",
      },
      {
        lv: "Pēc būvdarbu pabeigšanas pieņemiet būvi ekspluatācijā, arī to kārtojot BIS.",
        en: "When the works are finished, have the building accepted for use, also through BIS.",
      },
    ],
    legalBasis: [
      CONSTRUCTION_LAW,
      {
        title: {
          lv: "Ministru kabineta 2014. gada 19. augusta noteikumi Nr. 500 “Vispārīgie būvnoteikumi”",
          en: "Cabinet Regulation No. 500 of 19 August 2014, General Construction Regulations",
        },
      },
      {
        title: {
          lv: "Ministru kabineta 2014. gada 2. septembra noteikumi Nr. 529 “Ēku būvnoteikumi”",
          en: "Cabinet Regulation No. 529 of 2 September 2014, Building Construction Regulations",
        },
      },
    ],
    municipalities: [],
    template: true,
  },
  {
    identifier: "adreses-pieskirsana",
    title: { lv: "Adreses piešķiršana, maiņa vai likvidēšana", en: "Assigning, changing or cancelling an address" },
    description: {
      lv: "Adreses apbūvei paredzētām zemes vienībām, ēkām un telpu grupām piešķir, maina vai likvidē pašvaldība, bet Valsts zemes dienests tās reģistrē Valsts adrešu reģistrā. Adrese vajadzīga, piemēram, jaunbūvei, sadalot zemes gabalu vai ja esošā adrese neatbilst adresācijas noteikumiem. Īpašnieks var lūgt arī mainīt adresi – pašvaldība izvērtē, vai jaunā adrese atbilst noteikumiem. Pēc adreses maiņas dzīvesvieta parasti nav jādeklarē atkārtoti, jo dati reģistros tiek aktualizēti.",
      en: "The municipality assigns, changes or cancels addresses for building plots, buildings and groups of premises, and the State Land Service records them in the State Address Register. An address is needed, for example, for a new building, when a plot is divided, or when an existing address does not meet the addressing rules. An owner can also ask for an address to be changed; the municipality assesses whether the new address meets the rules. After an address change you usually do not need to declare your residence again, as the registers are updated.",
    },
    institution: "VARAM",
    audience: ["residents", "businesses"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "property",
    keywords: {
      lv: ["adrese", "adreses piešķiršana", "adreses maiņa", "mājas numurs", "mājas nosaukums", "ielas nosaukums", "adrešu reģistrs"],
      en: ["address", "assigning an address", "changing an address", "house number", "house name", "street name", "address register"],
    },
    channels: [
      {
        type: "in_person",
        note: {
          lv: "Pašvaldībā – būvvaldē vai pie adresācijas jautājumu speciālista.",
          en: "At the municipality: the building board or the officer responsible for addressing.",
        },
      },
      MUNICIPALITY_ONLINE,
      MUNICIPAL_CENTRE,
      MUNICIPALITY_POST,
    ],
    processingTime: { lv: "Līdz 1 mēnesim", en: "Up to 1 month" },
    costs: [],
    requirements: [
      {
        title: { lv: "Jūs esat īpašnieks vai tiesiskais valdītājs", en: "You are the owner or lawful possessor" },
        evidence: [
          {
            title: {
              lv: "Iesniegums ar vēlamo adresi vai nosaukumu un pamatojumu",
              en: "Application stating the requested address or name and the reason",
            },
          },
          {
            title: {
              lv: "Īpašumtiesības apliecinošs dokuments, ja tiesības nav nostiprinātas zemesgrāmatā",
              en: "Proof of ownership, if it is not recorded in the Land Register",
            },
          },
        ],
      },
      {
        title: { lv: "Adresācijas objekts ir izveidots vai plānots", en: "The object to be addressed exists or is planned" },
        evidence: [
          {
            title: {
              lv: "Būvatļauja vai akceptēta būvniecības iecere (jaunbūvei)",
              en: "Building permit or approved construction plan (for a new building)",
            },
          },
          {
            title: {
              lv: "Zemes ierīcības projekts vai kadastrālās uzmērīšanas lieta (zemes vienībām un telpu grupām)",
              en: "Land management project or cadastral survey file (for plots and groups of premises)",
            },
          },
        ],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Pašvaldības lēmums par adreses piešķiršanu, maiņu vai likvidēšanu",
          en: "Municipal decision on assigning, changing or cancelling the address",
        },
      },
      { title: { lv: "Adrese reģistrēta Valsts adrešu reģistrā", en: "The address is recorded in the State Address Register" } },
    ],
    steps: [
      {
        lv: "Iesniedziet pašvaldībā iesniegumu par adreses piešķiršanu vai maiņu.",
        en: "Submit an application to the municipality to assign or change the address.",
      },
      {
        lv: "Pašvaldība izvērtē pieprasījumu atbilstoši adresācijas noteikumiem un teritorijas plānojumam.",
        en: "The municipality assesses the request against the addressing rules and the spatial plan.",
      },
      {
        lv: "Saņemiet lēmumu; pašvaldība nodod ziņas Valsts zemes dienestam reģistrācijai Valsts adrešu reģistrā.",
        en: "Receive the decision; the municipality sends the data to the State Land Service for the State Address Register.",
      },
      {
        lv: "Ja adrese mainīta, izvietojiet uz ēkas jauno adreses zīmi un informējiet pakalpojumu sniedzējus.",
        en: "If the address has changed, put up the new address plate on the building and inform your service providers.",
      },
    ],
    legalBasis: [
      { title: { lv: "Administratīvo teritoriju un apdzīvoto vietu likums", en: "Law on Administrative Territories and Populated Areas" } },
      { title: { lv: "Ministru kabineta Adresācijas noteikumi", en: "Cabinet Addressing Regulations" } },
    ],
    municipalities: [],
    template: true,
  },

  // =====================================================================================
  // Digital state
  // =====================================================================================
  {
    identifier: "e-adreses-aktivizesana",
    title: { lv: "Oficiālās elektroniskās adreses konta aktivizēšana", en: "Activating an official electronic address (e-address)" },
    description: {
      lv: "Oficiālā elektroniskā adrese jeb e-adrese ir jūsu drošā digitālā pastkastīte portālā Latvija.lv saziņai ar valsts un pašvaldību iestādēm, tiesām, zvērinātiem tiesu izpildītājiem un notāriem. Kad e-adrese aktivizēta, iestādes oficiālos dokumentus sūta uz to, nevis pa pastu uz deklarēto dzīvesvietu, un jūs pats varat iestādēm nosūtīt iesniegumus. E-adresi var izveidot ikviens no 14 gadu vecuma; uzņēmumiem un citām Uzņēmumu reģistrā reģistrētām personām, zemessargiem un pilsoņiem – vīriešiem no 18 līdz 27 gadu vecumam tā ir obligāta. Par jauniem ziņojumiem var saņemt paziņojumu e-pastā.",
      en: "The official electronic address, or e-address, is your secure digital mailbox on Latvija.lv for communicating with state and municipal institutions, courts, bailiffs and notaries. Once it is active, institutions send official documents there instead of posting them to your declared residence, and you can send applications to institutions yourself. Anyone aged 14 or over can create one; it is mandatory for companies and others in the Register of Enterprises, for National Guard members and for male citizens aged 18 to 27. You can get e-mail notifications of new messages.",
    },
    institution: "VDAA",
    audience: ["residents", "businesses"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "residence",
    keywords: {
      lv: ["e-adrese", "oficiālā elektroniskā adrese", "digitālā pastkastīte", "latvija.lv", "vēstules no iestādēm", "e-pasts valstij"],
      en: ["e-address", "official electronic address", "digital mailbox", "latvija.lv", "letters from institutions", "government mail"],
    },
    channels: [
      {
        type: "online",
        url: LATVIJA_LV,
        note: {
          lv: "Pēc autentifikācijas portālā izvēlieties e-adreses izveidi un apstipriniet lietošanas noteikumus.",
          en: "Log in to the portal, choose to create an e-address and accept the terms of use.",
        },
      },
      {
        type: "centre",
        note: {
          lv: "VPVKAC darbinieki palīdz izveidot e-adresi un iemāca to lietot.",
          en: "VPVKAC staff help you create an e-address and show you how to use it.",
        },
      },
    ],
    processingTime: { lv: "Uzreiz", en: "Immediately" },
    costs: [],
    requirements: [
      {
        title: { lv: "Vecums no 14 gadiem un Latvijas personas kods", en: "Aged 14 or over with a Latvian personal code" },
        evidence: [],
      },
      {
        title: { lv: "Drošs elektroniskās identifikācijas līdzeklis", en: "A secure electronic identification method" },
        evidence: [{ title: EIDENTIFICATION }],
      },
    ],
    outputs: [
      { title: { lv: "Aktivizēta e-adrese", en: "An active e-address" } },
      {
        title: { lv: "Oficiālie paziņojumi elektroniski", en: "Official notices delivered electronically" },
        description: {
          lv: "Uz e-adresi nosūtīts dokuments uzskatāms par paziņotu otrajā darbdienā pēc nosūtīšanas, tāpēc pastkastīti jāpārbauda regulāri.",
          en: "A document sent to your e-address is deemed delivered on the second working day after sending, so check the mailbox regularly.",
        },
      },
    ],
    steps: [
      {
        lv: "Autentificējieties portālā Latvija.lv ar eID karti vai eParaksts mobile.",
        en: "Log in to Latvija.lv with your eID card or eParaksts mobile.",
      },
      {
        lv: "Izvēlieties e-adreses izveidi un iepazīstieties ar lietošanas noteikumiem.",
        en: "Choose to create an e-address and read the terms of use.",
      },
      {
        lv: "Norādiet e-pastu vai tālruni paziņojumiem par jauniem ziņojumiem.",
        en: "Give an e-mail address or phone number for notifications of new messages.",
      },
      {
        lv: "Aktivizējiet e-adresi un sāciet saziņu ar iestādēm.",
        en: "Activate the e-address and start communicating with institutions.",
      },
    ],
    legalBasis: [E_ADDRESS_LAW, { title: { lv: "Paziņošanas likums", en: "Notification Law" } }],
    municipalities: [],
  },
  {
    identifier: "mani-dati-valsts-registros",
    title: { lv: "Mani dati valsts reģistros", en: "My data in state registers" },
    description: {
      lv: "E-pakalpojumā vienuviet var apskatīt, kādas ziņas par jums glabājas galvenajos valsts reģistros – Iedzīvotāju reģistrā (vārds, uzvārds, personas kods, deklarētā dzīvesvieta, ģimenes locekļi), transportlīdzekļu un vadītāju reģistrā un Nekustamā īpašuma valsts kadastrā, kā arī par jums izsniegtajiem personu apliecinošajiem dokumentiem. Tā var pārliecināties, vai dati ir pareizi, un, ja atrodat kļūdu, pakalpojums norāda, kura iestāde to var labot. Dati tiek nolasīti tiešsaistē no iestāžu sistēmām, un pakalpojums ir bez maksas.",
      en: "This e-service shows in one place what the main state registers hold about you: the Population Register (name, surname, personal code, declared residence, family members), the vehicle and driver register and the State Real Estate Cadastre, as well as the identity documents issued to you. You can check that the data are correct, and if you find a mistake the service tells you which institution can correct it. The data are read live from the institutions' systems, and the service is free.",
    },
    institution: "VDAA",
    audience: ["residents"],
    kind: "informative",
    maturity: 4,
    thematicArea: "identity_documents",
    keywords: {
      lv: ["mani dati", "personas dati", "iedzīvotāju reģistrs", "ko valsts zina par mani", "deklarētā adrese", "datu pārbaude"],
      en: ["my data", "personal data", "population register", "what the state knows about me", "declared address", "check my data"],
    },
    channels: [
      {
        type: "online",
        url: "/e-pakalpojumi/mani-dati-valsts-registros",
        note: {
          lv: "Pieejams pēc autentifikācijas visu diennakti.",
          en: "Available around the clock after logging in.",
        },
      },
      {
        type: "centre",
        note: {
          lv: "VPVKAC darbinieki palīdz atvērt un izlasīt savus datus.",
          en: "VPVKAC staff help you open and read your data.",
        },
      },
    ],
    processingTime: { lv: "Uzreiz", en: "Immediately" },
    costs: [],
    requirements: [
      {
        title: { lv: "Autentifikācija", en: "Logging in" },
        evidence: [
          {
            title: {
              lv: "eID karte, eParaksts mobile vai internetbanka",
              en: "eID card, eParaksts mobile or internet bank",
            },
          },
        ],
      },
    ],
    outputs: [
      {
        title: { lv: "Pārskats par jūsu datiem valsts reģistros", en: "An overview of your data in state registers" },
        description: {
          lv: "Pārskatu var saglabāt vai izdrukāt.",
          en: "You can save or print the overview.",
        },
      },
    ],
    steps: [
      { lv: "Autentificējieties Epak.", en: "Log in to Epak." },
      { lv: "Atveriet pakalpojumu “Mani dati valsts reģistros”.", en: "Open the “My data in state registers” service." },
      {
        lv: "Pārlūkojiet datus pa reģistriem un pārbaudiet, vai tie ir pareizi.",
        en: "Browse the data register by register and check that they are correct.",
      },
      {
        lv: "Ja atrodat kļūdu, izmantojiet norādi uz atbildīgo iestādi un pieprasiet labojumu.",
        en: "If you find a mistake, follow the link to the responsible institution and ask for a correction.",
      },
    ],
    legalBasis: [GDPR, PERSONAL_DATA_LAW, STATE_INFORMATION_SYSTEMS_LAW],
    municipalities: [],
  },
  {
    identifier: "datu-izmantosanas-parskats",
    title: {
      lv: "Pārskats par manu datu izmantošanu valsts iestādēs",
      en: "Overview of how state institutions use my data",
    },
    description: {
      lv: "Pārskatā redzams, kuras valsts un pašvaldību iestādes un kad ir pieprasījušas vai saņēmušas jūsu personas datus no valsts reģistriem, izmantojot valsts informācijas sistēmu savietotāju, un kādā nolūkā. Tā jūs varat pārliecināties, ka jūsu dati tiek izmantoti likumīgi. Ja kāds datu pieprasījums šķiet nepamatots, varat vērsties attiecīgajā iestādē vai iesniegt sūdzību Datu valsts inspekcijā.",
      en: "The overview shows which state and municipal institutions requested or received your personal data from state registers through the state information systems integrator, when, and for what purpose. This lets you check that your data are used lawfully. If a request looks unjustified, you can contact the institution or complain to the Data State Inspectorate.",
    },
    institution: "VDAA",
    audience: ["residents"],
    kind: "informative",
    maturity: 4,
    thematicArea: "identity_documents",
    keywords: {
      lv: ["datu izmantošana", "kas skatījās manus datus", "datu pieprasījumi", "personas datu aizsardzība", "privātums", "savietotājs"],
      en: ["data use", "who viewed my data", "data requests", "personal data protection", "privacy", "integrator"],
    },
    channels: [
      {
        type: "online",
        url: "/konts/datu-izmantosana",
        note: {
          lv: "Pārskats atrodams jūsu kontā pēc autentifikācijas.",
          en: "The overview is in your account after you log in.",
        },
      },
    ],
    processingTime: { lv: "Uzreiz", en: "Immediately" },
    costs: [],
    requirements: [
      {
        title: { lv: "Autentifikācija", en: "Logging in" },
        evidence: [
          {
            title: {
              lv: "eID karte, eParaksts mobile vai internetbanka",
              en: "eID card, eParaksts mobile or internet bank",
            },
          },
        ],
      },
    ],
    outputs: [
      {
        title: { lv: "Datu izmantošanas ierakstu saraksts", en: "A list of data use records" },
        description: {
          lv: "Katrā ierakstā norādīta iestāde, datums, izmantotie dati un tiesiskais pamats.",
          en: "Each record shows the institution, the date, the data used and the legal basis.",
        },
      },
    ],
    steps: [
      { lv: "Autentificējieties Epak.", en: "Log in to Epak." },
      { lv: "Atveriet sava konta sadaļu “Datu izmantošana”.", en: "Open the “Data use” section of your account." },
      {
        lv: "Atlasiet periodu vai iestādi un pārskatiet ierakstus.",
        en: "Filter by period or institution and review the records.",
      },
      {
        lv: "Ja pieprasījums šķiet nepamatots, sazinieties ar iestādi vai iesniedziet sūdzību Datu valsts inspekcijā.",
        en: "If a request looks unjustified, contact the institution or complain to the Data State Inspectorate.",
      },
    ],
    legalBasis: [GDPR, PERSONAL_DATA_LAW, STATE_INFORMATION_SYSTEMS_LAW],
    municipalities: [],
  },
  {
    identifier: "vpvkac-konsultacija",
    title: {
      lv: "Konsultācija valsts un pašvaldības vienotajā klientu apkalpošanas centrā",
      en: "Advice at a state and municipal one-stop client service centre",
    },
    description: {
      lv: "Valsts un pašvaldības vienotie klientu apkalpošanas centri (VPVKAC) darbojas visos novados un valstspilsētās. Tajos vienuviet var saņemt konsultāciju par vairāku valsts iestāžu pakalpojumiem – piemēram, VSAA pabalstiem un pensijām, VID deklarācijām, NVA un Valsts zemes dienesta pakalpojumiem –, iesniegt iesniegumus šīm iestādēm un pašvaldībai, kā arī saņemt palīdzību e-pakalpojumu lietošanā portālā Latvija.lv. Konsultācija ir bez maksas; apmeklējuma laiku ieteicams pieteikt iepriekš.",
      en: "State and municipal one-stop client service centres (VPVKAC) operate in every municipality and state city. In one place you can get advice on services of several state institutions, such as VSAA benefits and pensions, VID tax returns and services of the State Employment Agency and the State Land Service, hand in applications to these institutions and the municipality, and get help using e-services on Latvija.lv. The advice is free; booking a visit in advance is recommended.",
    },
    institution: "VDAA",
    audience: ["residents", "businesses"],
    kind: "informative",
    maturity: 1,
    thematicArea: "participation",
    keywords: {
      lv: [
        "VPVKAC",
        "klientu apkalpošanas centrs",
        "konsultācija",
        "palīdzība e-pakalpojumos",
        "pašvaldības centrs",
        "valsts pakalpojumi klātienē",
      ],
      en: ["VPVKAC", "one-stop shop", "client service centre", "advice", "help with e-services", "public services in person"],
    },
    channels: [
      {
        type: "centre",
        note: {
          lv: "Jebkurā VPVKAC neatkarīgi no deklarētās dzīvesvietas; darba laikus un adreses skatiet centru sarakstā portālā Latvija.lv.",
          en: "At any VPVKAC, wherever your residence is declared; see the list of centres on Latvija.lv for addresses and opening hours.",
        },
      },
    ],
    processingTime: { lv: "Uzreiz", en: "Immediately" },
    costs: [],
    requirements: [
      {
        title: { lv: "Personas identifikācija, ja kārtojat savas lietas", en: "Identification if you are dealing with your own matters" },
        evidence: [
          { title: { lv: "Personu apliecinošs dokuments", en: "Identity document" } },
          {
            title: { lv: "Pilnvara, ja pārstāvat citu personu", en: "Power of attorney if you act for someone else" },
          },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Konsultācija par pakalpojumu", en: "Advice on the service" } },
      {
        title: {
          lv: "Pieņemts iesniegums, kas nodots atbildīgajai iestādei",
          en: "An application accepted and forwarded to the responsible institution",
        },
      },
      { title: { lv: "Palīdzība e-pakalpojuma izmantošanā", en: "Help using an e-service" } },
    ],
    steps: [
      {
        lv: "Atrodiet tuvāko VPVKAC un, ja iespējams, piesakiet apmeklējuma laiku.",
        en: "Find the nearest VPVKAC and, if possible, book a visit.",
      },
      {
        lv: "Paņemiet līdzi personu apliecinošu dokumentu un ar jautājumu saistītos dokumentus.",
        en: "Bring your identity document and any documents related to your question.",
      },
      {
        lv: "Saņemiet konsultāciju vai iesniedziet iesniegumu, ko centrs nodos atbildīgajai iestādei.",
        en: "Get advice or hand in an application, which the centre forwards to the responsible institution.",
      },
    ],
    legalBasis: [STATE_ADMINISTRATION_LAW, CABINET_401],
    municipalities: [],
  },
  {
    identifier: "eparaksts-mobile-aktivizesana",
    title: { lv: "eParaksts mobile lietotnes aktivizēšana", en: "Activating the eParaksts mobile app" },
    description: {
      lv: "eParaksts mobile ir viedtālruņa lietotne, ar kuru var apliecināt savu identitāti e-pakalpojumos (piemēram, portālā Latvija.lv un VID Elektroniskās deklarēšanas sistēmā) un parakstīt dokumentus ar drošu elektronisko parakstu, kam ir tāds pats juridiskais spēks kā pašrocīgam parakstam. Lai lietotni aktivizētu, jāapliecina sava identitāte – visvienkāršāk to izdarīt ar personas apliecību (eID karti). Privātpersonām eParaksts mobile lietošana ir bez maksas.",
      en: "eParaksts mobile is a smartphone app for proving your identity in e-services (for example on Latvija.lv and in the VID Electronic Declaration System) and for signing documents with a secure electronic signature that has the same legal force as a handwritten one. To activate the app you must prove your identity; the easiest way is with your identity card (eID card). eParaksts mobile is free for private individuals.",
    },
    institution: "LVRTC",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "identity_documents",
    keywords: {
      lv: ["eParaksts", "eParaksts mobile", "e-paraksts telefonā", "elektroniskais paraksts", "pieslēgties latvija.lv", "PIN kodi"],
      en: ["eParaksts", "eParaksts mobile", "e-signature on the phone", "electronic signature", "log in to latvija.lv", "PIN codes"],
    },
    channels: [
      {
        type: "online",
        url: "https://www.eparaksts.lv",
        note: {
          lv: "Lietotni lejupielādē no App Store vai Google Play, bet reģistrāciju un identitātes apliecināšanu veic lietotnē vai portālā eparaksts.lv.",
          en: "Download the app from the App Store or Google Play; register and prove your identity in the app or on eparaksts.lv.",
        },
      },
    ],
    processingTime: { lv: "Uzreiz", en: "Immediately" },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Latvijas personas kods un derīgs personu apliecinošs dokuments",
          en: "A Latvian personal code and a valid identity document",
        },
        evidence: [
          {
            title: {
              lv: "Personas apliecība (eID karte) ar PIN kodiem identitātes apliecināšanai",
              en: "Identity card (eID card) with its PIN codes for proving your identity",
            },
          },
        ],
      },
      {
        title: { lv: "Viedtālrunis", en: "A smartphone" },
        description: {
          lv: "Atbalstīta iOS vai Android ierīce ar interneta pieslēgumu.",
          en: "A supported iOS or Android device with internet access.",
        },
        evidence: [],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Aktivizēti autentifikācijas un elektroniskā paraksta sertifikāti lietotnē eParaksts mobile",
          en: "Authentication and electronic signature certificates activated in eParaksts mobile",
        },
      },
    ],
    steps: [
      {
        lv: "Lejupielādējiet lietotni eParaksts mobile.",
        en: "Download the eParaksts mobile app.",
      },
      {
        lv: "Reģistrējieties un apliecinājiet identitāti, piemēram, ar eID karti.",
        en: "Register and prove your identity, for example with your eID card.",
      },
      {
        lv: "Izveidojiet PIN1 kodu autentifikācijai un PIN2 kodu parakstīšanai.",
        en: "Create a PIN1 code for logging in and a PIN2 code for signing.",
      },
      {
        lv: "Sāciet lietot lietotni e-pakalpojumos un dokumentu parakstīšanā.",
        en: "Start using the app in e-services and for signing documents.",
      },
    ],
    legalBasis: [
      { title: { lv: "Fizisko personu elektroniskās identifikācijas likums", en: "Law on Electronic Identification of Natural Persons" } },
      { title: { lv: "Elektronisko dokumentu likums", en: "Electronic Documents Law" } },
      {
        title: {
          lv: "Eiropas Parlamenta un Padomes Regula (ES) Nr. 910/2014 (eIDAS regula)",
          en: "Regulation (EU) No 910/2014 of the European Parliament and of the Council (eIDAS Regulation)",
        },
      },
    ],
    municipalities: [],
  },

  // =====================================================================================
  // Participation
  // =====================================================================================
  {
    identifier: "kolektivais-iesniegums-saeimai",
    title: {
      lv: "Kolektīvais iesniegums (iedzīvotāju iniciatīva) Saeimai",
      en: "Collective submission (citizens' initiative) to the Saeima",
    },
    description: {
      lv: "Ne mazāk kā 10 000 Latvijas pilsoņu, kuri sasnieguši 16 gadu vecumu, var iesniegt Saeimai kolektīvo iesniegumu – priekšlikumu pieņemt jaunu vai grozīt esošu likumu vai risināt citu valstiski svarīgu jautājumu. Parakstus parasti vāc platformā ManaBalss.lv, kur parakstītāju identitāti pārbauda ar internetbanku vai e-identifikācijas rīkiem. Saeimas Mandātu, ētikas un iesniegumu komisija izvērtē iesniegumu un sagatavo lēmuma projektu, un par tā tālāko virzību lemj Saeima. Iniciatīvas pārstāvi parasti aicina uz komisijas sēdi pamatot priekšlikumu.",
      en: "At least 10,000 Latvian citizens aged 16 or over can submit a collective submission to the Saeima, proposing a new law, an amendment to an existing one, or action on another matter of national importance. Signatures are usually collected on the ManaBalss.lv platform, where signers' identities are verified with internet banking or e-identification tools. The Saeima's Mandate, Ethics and Submissions Committee assesses the submission and prepares a draft decision, and the Saeima decides how to proceed. The initiative's representative is usually invited to the committee meeting to present the proposal.",
    },
    institution: "SAEIMA",
    audience: ["residents"],
    kind: "participatory",
    maturity: 3,
    thematicArea: "participation",
    keywords: {
      lv: ["kolektīvais iesniegums", "iniciatīva", "ManaBalss", "parakstu vākšana", "10 000 parakstu", "Saeima", "likuma grozījumi"],
      en: ["collective submission", "citizens' initiative", "ManaBalss", "petition", "10,000 signatures", "Saeima", "change a law"],
    },
    channels: [
      {
        type: "online",
        url: "https://manabalss.lv",
        note: {
          lv: "Iniciatīvu var publicēt un parakstīt platformā ManaBalss.lv; pēc 10 000 derīgu parakstu savākšanas to iesniedz Saeimai.",
          en: "Initiatives are published and signed on ManaBalss.lv; once 10,000 valid signatures are collected, the initiative is submitted to the Saeima.",
        },
      },
    ],
    processingTime: {
      lv: "Parakstu vākšanas ilgums atkarīgs no iniciatīvas; pēc iesniegšanas Saeimas komisija to izskata un Saeima lemj parasti dažu mēnešu laikā",
      en: "Signature collection takes as long as the initiative needs; after submission the committee reviews it and the Saeima usually decides within a few months",
    },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Iesniegumu atbalsta vismaz 10 000 Latvijas pilsoņu no 16 gadu vecuma",
          en: "At least 10,000 Latvian citizens aged 16 or over support the submission",
        },
        evidence: [
          {
            title: {
              lv: "Paraksti ar pārbaudītu identitāti (internetbanka, eID karte vai eParaksts mobile)",
              en: "Signatures with verified identity (internet bank, eID card or eParaksts mobile)",
            },
          },
        ],
      },
      {
        title: { lv: "Skaidrs priekšlikums", en: "A clear proposal" },
        evidence: [
          {
            title: {
              lv: "Iesnieguma teksts ar priekšlikumu, pamatojumu un iniciatīvas pārstāvja kontaktinformāciju",
              en: "The text of the submission with the proposal, its justification and the representative's contact details",
            },
          },
        ],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Saeimas lēmums nodot iesniegumu izskatīšanai komisijās vai to noraidīt",
          en: "A Saeima decision to refer the submission to committees or to reject it",
        },
      },
      { title: { lv: "Atbilde iniciatīvas pārstāvim", en: "A reply to the initiative's representative" } },
    ],
    steps: [
      {
        lv: "Formulējiet priekšlikumu un tā pamatojumu.",
        en: "Write down the proposal and its justification.",
      },
      {
        lv: "Publicējiet iniciatīvu ManaBalss.lv un aiciniet pilsoņus to parakstīt.",
        en: "Publish the initiative on ManaBalss.lv and invite citizens to sign it.",
      },
      {
        lv: "Kad savākti vismaz 10 000 derīgu parakstu, iesniegums tiek iesniegts Saeimai.",
        en: "When at least 10,000 valid signatures are collected, the submission is sent to the Saeima.",
      },
      {
        lv: "Piedalieties Mandātu, ētikas un iesniegumu komisijas sēdē un sekojiet Saeimas lēmumam.",
        en: "Take part in the Mandate, Ethics and Submissions Committee meeting and follow the Saeima's decision.",
      },
    ],
    legalBasis: [
      { title: { lv: "Saeimas kārtības rullis", en: "Rules of Procedure of the Saeima" }, url: "https://likumi.lv/ta/id/57517" },
    ],
    municipalities: [],
    contactPoint: { address: "Jēkaba iela 11, Rīga, LV-1811" },
  },
  {
    identifier: "lidzdaliba-tiesibu-aktu-izstrade",
    title: {
      lv: "Līdzdalība tiesību aktu projektu izstrādē (TAP portāls)",
      en: "Taking part in drafting legislation (TAP portal)",
    },
    description: {
      lv: "Ministriju un citu iestāžu sagatavotie likumprojekti, Ministru kabineta noteikumu projekti un politikas plānošanas dokumenti tiek publicēti Tiesību aktu projektu portālā (TAP portālā). Sabiedrības līdzdalības posmā ikviens iedzīvotājs, uzņēmums vai organizācija var iesniegt viedokli, iebildumus vai priekšlikumus, autentificējoties ar Latvija.lv rīkiem. Atbildīgā iestāde saņemtos viedokļus izvērtē un norāda, kā tie ņemti vērā, un portālā var sekot projekta virzībai līdz pat tā izskatīšanai valdībā.",
      en: "Draft laws, draft Cabinet regulations and policy planning documents prepared by ministries and other institutions are published on the Legislative Drafts Portal (TAP portal). During public consultation any resident, business or organisation can submit opinions, objections or proposals after logging in with Latvija.lv tools. The responsible institution assesses the comments and states how they were taken into account, and you can follow the draft on the portal until it reaches the government.",
    },
    institution: "VK",
    audience: ["residents", "businesses"],
    kind: "participatory",
    maturity: 3,
    thematicArea: "participation",
    keywords: {
      lv: [
        "TAP portāls",
        "sabiedriskā apspriešana",
        "likumprojekts",
        "viedokļa sniegšana",
        "tiesību akta projekts",
        "sabiedrības līdzdalība",
      ],
      en: ["TAP portal", "public consultation", "draft law", "submit an opinion", "draft regulation", "public participation"],
    },
    channels: [
      {
        type: "online",
        url: "https://tapportals.mk.gov.lv",
        note: {
          lv: "Viedokli var iesniegt projekta sabiedrības līdzdalības sadaļā tās norises laikā; organizācijas var izveidot arī savu lietotāja kontu.",
          en: "Opinions can be submitted in a draft's public participation section while it is open; organisations can also create their own user account.",
        },
      },
    ],
    processingTime: {
      lv: "Viedokli var sniegt portālā norādītajā sabiedrības līdzdalības laikā",
      en: "Opinions can be given during the consultation period shown on the portal",
    },
    costs: [],
    requirements: [
      {
        title: { lv: "Autentifikācija", en: "Logging in" },
        evidence: [{ title: EIDENTIFICATION }],
      },
    ],
    outputs: [
      { title: { lv: "Publicēts viedoklis vai priekšlikums pie projekta", en: "Your opinion or proposal published with the draft" } },
      {
        title: {
          lv: "Iestādes izvērtējums par to, kā priekšlikums ņemts vērā",
          en: "The institution's assessment of how the proposal was taken into account",
        },
      },
    ],
    steps: [
      {
        lv: "Atrodiet TAP portālā projektu, kas nodots sabiedrības līdzdalībai.",
        en: "Find a draft open for public consultation on the TAP portal.",
      },
      {
        lv: "Iepazīstieties ar projektu un tā anotāciju.",
        en: "Read the draft and its explanatory memorandum.",
      },
      {
        lv: "Autentificējieties un iesniedziet savu viedokli vai priekšlikumu līdz norādītajam termiņam.",
        en: "Log in and submit your opinion or proposal by the deadline.",
      },
      {
        lv: "Sekojiet projekta virzībai un iestādes atbildei portālā.",
        en: "Follow the draft's progress and the institution's response on the portal.",
      },
    ],
    legalBasis: [
      STATE_ADMINISTRATION_LAW,
      { title: { lv: "Ministru kabineta kārtības rullis", en: "Rules of Procedure of the Cabinet of Ministers" } },
      {
        title: {
          lv: "Ministru kabineta 2009. gada 25. augusta noteikumi Nr. 970 “Sabiedrības līdzdalības kārtība attīstības plānošanas procesā”",
          en: "Cabinet Regulation No. 970 of 25 August 2009 on public participation in development planning",
        },
      },
    ],
    municipalities: [],
    contactPoint: { address: "Brīvības bulvāris 36, Rīga, LV-1520" },
  },
  {
    identifier: "sabiedriska-apspriesana-pasvaldiba",
    title: {
      lv: "Sabiedriskā apspriešana par pašvaldības plānošanas dokumentiem",
      en: "Public consultation on municipal planning documents",
    },
    description: {
      lv: "Pašvaldības teritorijas plānojums, lokālplānojumi un detālplānojumi nosaka, kā drīkst izmantot zemi un ko un kur drīkst būvēt. Pirms šo dokumentu pieņemšanas pašvaldība tos nodod publiskajai apspriešanai, un ikviens – iedzīvotājs, zemes īpašnieks vai uzņēmums – var iepazīties ar projektu, piedalīties apspriešanas sanāksmē un iesniegt priekšlikumus. Priekšlikumus var iesniegt elektroniski Teritorijas attīstības plānošanas informācijas sistēmā portālā Geolatvija.lv, pa pastu vai klātienē pašvaldībā. Pašvaldība priekšlikumus izvērtē un publicē pārskatu par to, kā tie ņemti vērā; portālā var pieteikties arī paziņojumiem par jaunām apspriešanām sev interesējošā teritorijā.",
      en: "A municipality's spatial plan, local plans and detailed plans decide how land may be used and what may be built where. Before adopting them, the municipality puts them out to public consultation, and anyone — residents, landowners or businesses — can study the draft, attend the consultation meeting and submit proposals. Proposals can be submitted online in the Spatial Development Planning Information System on Geolatvija.lv, by post or in person at the municipality. The municipality assesses the proposals and publishes a report on how they were taken into account; on the portal you can also sign up for notices of new consultations in an area that interests you.",
    },
    institution: "VARAM",
    audience: ["residents", "businesses"],
    kind: "participatory",
    maturity: 3,
    thematicArea: "participation",
    keywords: {
      lv: [
        "publiskā apspriešana",
        "teritorijas plānojums",
        "detālplānojums",
        "lokālplānojums",
        "Geolatvija",
        "priekšlikumi pašvaldībai",
        "apbūve kaimiņos",
      ],
      en: [
        "public consultation",
        "spatial plan",
        "detailed plan",
        "local plan",
        "Geolatvija",
        "proposals to the municipality",
        "building next door",
      ],
    },
    channels: [
      {
        type: "online",
        url: "https://geolatvija.lv",
        note: {
          lv: "Projektus var apskatīt kartē un priekšlikumus iesniegt pēc autentifikācijas; var pieteikties arī e-pasta paziņojumiem.",
          en: "View drafts on the map and submit proposals after logging in; you can also sign up for e-mail notices.",
        },
      },
      {
        type: "in_person",
        note: {
          lv: "Pašvaldībā vai apspriešanas sanāksmē, kuras laiku un vietu norāda paziņojumā.",
          en: "At the municipality or at the consultation meeting announced in the notice.",
        },
      },
      MUNICIPALITY_POST,
    ],
    processingTime: {
      lv: "Publiskās apspriešanas laikā, kas norādīts paziņojumā (detālplānojumam – ne mazāk kā trīs nedēļas)",
      en: "During the consultation period given in the notice (at least three weeks for a detailed plan)",
    },
    costs: [],
    requirements: [
      {
        title: { lv: "Priekšlikums iesniegts apspriešanas laikā", en: "The proposal is submitted during the consultation" },
        evidence: [
          {
            title: {
              lv: "Rakstisks priekšlikums ar vārdu, uzvārdu un kontaktinformāciju (elektroniski – pēc autentifikācijas)",
              en: "A written proposal with your name and contact details (online, after logging in)",
            },
          },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Reģistrēts priekšlikums", en: "A registered proposal" } },
      {
        title: {
          lv: "Pašvaldības pārskats par priekšlikumu izvērtēšanu",
          en: "The municipality's report on how proposals were assessed",
        },
      },
    ],
    steps: [
      {
        lv: "Sekojiet paziņojumiem Geolatvija.lv vai pašvaldības tīmekļvietnē par plānošanas dokumentiem publiskajā apspriešanā.",
        en: "Watch for notices on Geolatvija.lv or the municipality's website about planning documents under consultation.",
      },
      {
        lv: "Iepazīstieties ar projekta grafisko daļu un apbūves noteikumiem.",
        en: "Study the maps and building rules in the draft.",
      },
      {
        lv: "Piedalieties sanāksmē un iesniedziet priekšlikumus elektroniski, pa pastu vai klātienē.",
        en: "Attend the meeting and submit proposals online, by post or in person.",
      },
      {
        lv: "Iepazīstieties ar pašvaldības pārskatu par priekšlikumu izvērtēšanu.",
        en: "Read the municipality's report on how proposals were assessed.",
      },
    ],
    legalBasis: [
      { title: { lv: "Teritorijas attīstības plānošanas likums", en: "Spatial Development Planning Law" } },
      {
        title: {
          lv: "Ministru kabineta 2014. gada 14. oktobra noteikumi Nr. 628 “Noteikumi par pašvaldību teritorijas attīstības plānošanas dokumentiem”",
          en: "Cabinet Regulation No. 628 of 14 October 2014 on municipal spatial development planning documents",
        },
      },
      LOCAL_GOVERNMENT_LAW,
    ],
    municipalities: [],
  },
  {
    identifier: "iedzivotaju-aptauja-par-pakalpojumu-kvalitati",
    title: {
      lv: "Iedzīvotāju aptauja par valsts pakalpojumu kvalitāti",
      en: "Residents' survey on the quality of public services",
    },
    description: {
      lv: "Aptaujā iedzīvotāji un uzņēmēji var novērtēt, cik viegli bija atrast informāciju, pieteikties un saņemt valsts pārvaldes pakalpojumus – gan e-pakalpojumus, gan klātienē VPVKAC un iestādēs. Aptauja ir anonīma un aizņem dažas minūtes. Apkopotās atbildes izmanto, lai uzlabotu pakalpojumu aprakstus, vienkāršotu procesus un izlemtu, kurus pakalpojumus vispirms padarīt pieejamus tiešsaistē.",
      en: "In this survey residents and businesses rate how easy it was to find information, apply for and receive public services, both online and in person at a VPVKAC or an institution. The survey is anonymous and takes a few minutes. The combined answers are used to improve service descriptions, simplify procedures and decide which services to bring online first.",
    },
    institution: "VDAA",
    audience: ["residents", "businesses"],
    kind: "participatory",
    maturity: 3,
    thematicArea: "participation",
    keywords: {
      lv: ["aptauja", "atsauksme", "pakalpojumu kvalitāte", "novērtējums", "ieteikumi valstij", "klientu apmierinātība"],
      en: ["survey", "feedback", "service quality", "rating", "suggestions to government", "customer satisfaction"],
    },
    channels: [
      {
        type: "online",
        url: LATVIJA_LV,
        note: {
          lv: "Aptaujas anketa pieejama tiešsaistē; autentifikācija nav nepieciešama.",
          en: "The questionnaire is online; no login is needed.",
        },
      },
      {
        type: "centre",
        note: {
          lv: "Pēc apmeklējuma VPVKAC anketu var aizpildīt uz vietas.",
          en: "After a visit to a VPVKAC you can fill in the questionnaire there.",
        },
      },
    ],
    processingTime: { lv: "Aizpildīšana aizņem dažas minūtes", en: "Takes a few minutes to complete" },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Pieredze ar valsts vai pašvaldības pakalpojumu",
          en: "Experience of a state or municipal service",
        },
        evidence: [],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Jūsu vērtējums iekļauts pakalpojumu kvalitātes novērtējumā",
          en: "Your rating is included in the service quality assessment",
        },
      },
    ],
    steps: [
      { lv: "Atveriet aptaujas anketu.", en: "Open the questionnaire." },
      {
        lv: "Izvēlieties pakalpojumu, ko izmantojāt, un novērtējiet pieredzi.",
        en: "Choose the service you used and rate your experience.",
      },
      {
        lv: "Pēc vēlēšanās pierakstiet ieteikumus un iesniedziet anketu.",
        en: "Add suggestions if you wish and submit the questionnaire.",
      },
    ],
    legalBasis: [STATE_ADMINISTRATION_LAW, CABINET_401],
    municipalities: [],
  },

  // =====================================================================================
  // Culture
  // =====================================================================================
  {
    identifier: "kulturas-pieminekla-darbu-atlauja",
    title: { lv: "Atļauja darbiem kultūras piemineklī", en: "Permit for works on a cultural monument" },
    description: {
      lv: "Darbiem, kas pārveido valsts aizsargājamu kultūras pieminekli, tā teritoriju vai aizsardzības zonu – piemēram, restaurācijai, pārbūvei, jumta, fasādes vai logu nomaiņai un arheoloģiskai izpētei –, nepieciešama Nacionālās kultūras mantojuma pārvaldes atļauja. Ieceres sākumā ieteicams saņemt pārvaldes uzziņu par kultūras pieminekļa aizsardzības prasībām, bet pēc projekta izvērtēšanas pārvalde izsniedz atļauju, kurā norādīti darbu nosacījumi, veicēji un termiņš. Atļauja nav būvatļauja: tā jāpievieno būvniecības lietai pašvaldības būvvaldē. Pakalpojums ir bez maksas.",
      en: "Works that alter a state-protected cultural monument, its grounds or its protection zone — such as restoration, reconstruction, replacing the roof, facade or windows, or archaeological research — need a permit from the National Heritage Board. At the start it is advisable to ask the Board for information on the monument's protection requirements; after assessing the design, the Board issues a permit stating the conditions, who will carry out the works and the deadline. The permit is not a building permit: it has to be added to the construction case at the municipal building board. The service is free.",
    },
    institution: "NKMP",
    audience: ["residents", "businesses"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "culture",
    keywords: {
      lv: [
        "kultūras piemineklis",
        "restaurācija",
        "NKMP atļauja",
        "mantojuma pārvalde",
        "vēsturiska ēka",
        "aizsardzības zona",
        "arheoloģiskā izpēte",
      ],
      en: [
        "cultural monument",
        "restoration",
        "heritage permit",
        "National Heritage Board",
        "historic building",
        "protection zone",
        "archaeological research",
      ],
    },
    channels: [
      {
        type: "online",
        url: "https://bis.gov.lv",
        note: {
          lv: "Būvniecības iecerēm atļaujas iesniegumu izveido Būvniecības informācijas sistēmā attiecīgajā būvniecības lietā.",
          en: "For construction plans, the permit application is created in the Construction Information System within the construction case.",
        },
      },
      {
        type: "online",
        url: LATVIJA_LV,
        note: {
          lv: "Citos gadījumos iesniegumu var nosūtīt uz pārvaldes e-adresi vai e-pastā ar drošu elektronisko parakstu.",
          en: "In other cases the application can be sent to the Board's e-address or by e-mail with a secure electronic signature.",
        },
      },
      {
        type: "in_person",
        note: {
          lv: "Pārvaldes klientu apkalpošanas centrā; reģionālie inspektori konsultē par konkrētā pieminekļa prasībām.",
          en: "At the Board's client service centre; regional inspectors advise on the requirements for a particular monument.",
        },
      },
      { type: "post" },
    ],
    processingTime: { lv: "Parasti viena mēneša laikā", en: "Usually within one month" },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Jūs esat pieminekļa īpašnieks, valdītājs vai to pilnvarota persona",
          en: "You are the monument's owner or possessor, or are authorised by them",
        },
        evidence: [
          {
            title: {
              lv: "Īpašumtiesības apliecinošs dokuments, ja tiesības nav ierakstītas zemesgrāmatā",
              en: "Proof of ownership, if it is not in the Land Register",
            },
          },
          { title: { lv: "Pilnvara, ja iesniedz pārstāvis", en: "Power of attorney if a representative applies" } },
        ],
      },
      {
        title: { lv: "Darbu dokumentācija", en: "Documentation of the works" },
        evidence: [
          {
            title: {
              lv: "Būvprojekts, apliecinājuma karte vai paskaidrojuma raksts vai restaurācijas vai izpētes programma",
              en: "Building design, confirmation card or explanatory note, or a restoration or research programme",
            },
          },
          {
            title: {
              lv: "Darbu veicēja vai vadītāja kvalifikāciju apliecinošs dokuments (piemēram, sertifikāts restaurācijā)",
              en: "Proof of the contractor's or work manager's qualification (for example a restoration certificate)",
            },
          },
        ],
      },
    ],
    outputs: [
      {
        title: { lv: "Pārvaldes atļauja darbu veikšanai ar nosacījumiem", en: "The Board's permit for the works, with conditions" },
      },
      {
        title: { lv: "Saskaņotā projekta dokumentācija ar pārvaldes atzīmi", en: "The approved design documents marked by the Board" },
      },
      {
        title: {
          lv: "Uzziņa par kultūras pieminekļa aizsardzības prasībām (ja pieprasīta)",
          en: "Information on the monument's protection requirements (if requested)",
        },
      },
    ],
    steps: [
      {
        lv: "Pārbaudiet kultūras mantojuma informācijas sistēmā “Mantojums”, vai objekts ir piemineklis vai atrodas tā aizsardzības zonā.",
        en: "Check in the heritage information system “Mantojums” whether the site is a monument or lies in a protection zone.",
      },
      {
        lv: "Pieprasiet uzziņu par aizsardzības prasībām un ņemiet to vērā projektēšanā.",
        en: "Request information on the protection requirements and follow it in the design.",
      },
      {
        lv: "Iesniedziet atļaujas iesniegumu ar projektu BIS vai pārvaldei.",
        en: "Submit the permit application with the design through BIS or to the Board.",
      },
      {
        lv: "Saņemiet atļauju un pievienojiet to būvniecības lietai būvvaldē.",
        en: "Receive the permit and add it to the construction case at the building board.",
      },
      {
        lv: "Veiciet darbus atbilstoši nosacījumiem un informējiet pārvaldi par to pabeigšanu.",
        en: "Carry out the works according to the conditions and tell the Board when they are finished.",
      },
    ],
    legalBasis: [
      { title: { lv: "Likums “Par kultūras pieminekļu aizsardzību”", en: "Law on the Protection of Cultural Monuments" } },
      {
        title: {
          lv: "Ministru kabineta 2021. gada 26. oktobra noteikumi Nr. 720 “Kultūras pieminekļu uzskaites, aizsardzības, izmantošanas un restaurācijas noteikumi”",
          en: "Cabinet Regulation No. 720 of 26 October 2021 on the registration, protection, use and restoration of cultural monuments",
        },
        url: "https://likumi.lv/ta/id/327240",
      },
    ],
    municipalities: [],
    contactPoint: { phone: "+371 67229272", email: "pasts@mantojums.lv" },
  },
  {
    identifier: "lnb-lasitaja-karte",
    title: {
      lv: "Latvijas Nacionālās bibliotēkas lasītāja kartes saņemšana",
      en: "Getting a National Library of Latvia reader's card",
    },
    description: {
      lv: "Latvijas Nacionālās bibliotēkas (LNB) lasītāja karte dod tiesības izmantot bibliotēkas lasītavas un krājumus, pasūtīt izdevumus no krātuves un starpbibliotēku abonementā, kā arī lietot abonētās datubāzes. Karti var saņemt ikviens, uzrādot personu apliecinošu dokumentu LNB ēkā Rīgā, Mūkusalas ielā 3; bērniem izsniedz lasītāja karti bērniem ar vecāku piekrišanu. Karte ir personiska, un tā jāuzrāda katrā apmeklējuma reizē.",
      en: "A National Library of Latvia (LNB) reader's card gives access to the library's reading rooms and collections, lets you order items from the stacks and through interlibrary loan, and lets you use subscribed databases. Anyone can get one by showing an identity document at the library building at Mūkusalas iela 3, Riga; children receive a children's reader's card with their parents' consent. The card is personal and must be shown at every visit.",
    },
    institution: "LNB",
    audience: ["residents"],
    kind: "transactional",
    maturity: 1,
    thematicArea: "culture",
    keywords: {
      lv: ["LNB", "Nacionālā bibliotēka", "lasītāja karte", "Gaismas pils", "bibliotēka", "lasītava", "grāmatas"],
      en: ["LNB", "National Library", "reader's card", "Castle of Light", "library", "reading room", "books"],
    },
    channels: [
      {
        type: "in_person",
        note: {
          lv: "LNB ēkā Mūkusalas ielā 3, Rīgā, lasītāju reģistrācijā.",
          en: "At the reader registration desk in the LNB building, Mūkusalas iela 3, Riga.",
        },
      },
    ],
    processingTime: { lv: "Uzreiz", en: "Immediately" },
    costs: [],
    requirements: [
      {
        title: { lv: "Personas identifikācija", en: "Proof of identity" },
        evidence: [{ title: { lv: "Personu apliecinošs dokuments", en: "Identity document" } }],
      },
      {
        title: { lv: "Bērniem – vecāku piekrišana", en: "For children: parental consent" },
        evidence: [
          {
            title: {
              lv: "Vecāka vai likumiskā pārstāvja rakstveida piekrišana",
              en: "Written consent of a parent or legal representative",
            },
          },
        ],
      },
    ],
    outputs: [{ title: { lv: "LNB lasītāja karte", en: "LNB reader's card" } }],
    steps: [
      {
        lv: "Ierodieties LNB ar personu apliecinošu dokumentu.",
        en: "Come to the LNB with an identity document.",
      },
      {
        lv: "Reģistrējieties kā lasītājs un iepazīstieties ar LNB lietošanas noteikumiem.",
        en: "Register as a reader and read the LNB rules of use.",
      },
      { lv: "Saņemiet lasītāja karti.", en: "Receive your reader's card." },
      {
        lv: "Izmantojiet karti lasītavās un izdevumu pasūtīšanai elektroniskajā katalogā.",
        en: "Use the card in the reading rooms and to order items in the online catalogue.",
      },
    ],
    legalBasis: [
      { title: { lv: "Bibliotēku likums", en: "Library Law" } },
      { title: { lv: "Latvijas Nacionālās bibliotēkas lietošanas noteikumi", en: "Rules of use of the National Library of Latvia" } },
    ],
    municipalities: [],
    contactPoint: { address: "Mūkusalas iela 3, Rīga, LV-1423", phone: "+371 67806100", email: "info@lnb.lv" },
  },
  {
    identifier: "arhiva-izzina",
    title: {
      lv: "Arhīva izziņas pieprasīšana (darba stāžs, īpašuma tiesības, dzimtsarakstu akti)",
      en: "Requesting an archive certificate (work record, property rights, civil status records)",
    },
    description: {
      lv: "Latvijas Nacionālais arhīvs izsniedz izziņas, kopijas un izrakstus no tajā glabātajiem dokumentiem – piemēram, par darba stāžu un darba algu (bieži vajadzīgs pensijas piešķiršanai, ja darba grāmatiņa nav saglabājusies), mācībām, dienestu, nekustamā īpašuma piederību un nacionalizāciju, kā arī par dzimšanas, laulības un miršanas reģistrāciju. Izziņu var pieprasīt par sevi, par mirušiem radiniekiem, pierādot radniecību, vai par citu personu ar tās pilnvaru. Par sociāli tiesisku izziņu maksā valsts nodevu, kuras apmērs atkarīgs no izziņā iekļauto faktu skaita; politiski represētām personām, personām ar I vai II grupas invaliditāti un trūcīgām personām to samazina par 50 %.",
      en: "The National Archives of Latvia issues certificates, copies and extracts from the documents it holds — for example on work history and pay (often needed for a pension when the employment record book has been lost), studies, service, property ownership and nationalisation, and births, marriages and deaths. You can request a certificate about yourself, about deceased relatives if you prove the relationship, or about another person with their authorisation. A state fee is charged for a social and legal certificate, depending on the number of facts it contains; it is halved for politically repressed persons, people with group I or II disability and needy persons.",
    },
    institution: "LNA",
    audience: ["residents", "businesses"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "culture",
    keywords: {
      lv: ["arhīva izziņa", "darba stāžs", "darba grāmatiņa", "arhīvs", "izziņa pensijai", "dzimtas vēsture", "nacionalizēts īpašums"],
      en: [
        "archive certificate",
        "work record",
        "employment record book",
        "archives",
        "certificate for pension",
        "family history",
        "nationalised property",
      ],
    },
    channels: [
      {
        type: "online",
        url: "https://eresursi.arhivi.gov.lv",
        note: {
          lv: "Arhīva e-pakalpojumu portālā pieprasījumu iesniedz pēc autentifikācijas; izziņu var saņemt portālā, pa pastu vai arhīvā.",
          en: "Submit the request on the archive's e-services portal after logging in; you can receive the certificate on the portal, by post or at the archive.",
        },
      },
      {
        type: "in_person",
        note: {
          lv: "Jebkurā Latvijas Nacionālā arhīva struktūrvienībā; arhīvs pieprasījumu pārsūta tai, kur glabājas dokumenti.",
          en: "At any branch of the National Archives of Latvia; the archive forwards the request to the branch that holds the records.",
        },
      },
      { type: "post" },
    ],
    processingTime: {
      lv: "Līdz 30 dienām; par lielāku maksu – 15, 10 vai 5 darbdienās",
      en: "Up to 30 days; for a higher fee, 15, 10 or 5 working days",
    },
    costs: [
      {
        amount: 14.23,
        currency: "EUR",
        description: {
          lv: "Valsts nodeva par sociāli tiesisku izziņu ar vienu vai diviem faktiem standarta termiņā; par vairāk faktiem un paātrinātu izpildi nodeva ir lielāka. Citas izziņas un kopijas – pēc arhīva maksas pakalpojumu cenrāža.",
          en: "State fee for a social and legal certificate with one or two facts in the standard time; more facts or faster handling cost more. Other certificates and copies are charged by the archive's price list.",
        },
      },
    ],
    requirements: [
      {
        title: { lv: "Ziņas meklēšanai", en: "Details for the search" },
        evidence: [
          {
            title: {
              lv: "Pieprasījums ar vārdu, uzvārdu (arī iepriekšējiem), dzimšanas datumu, darba vai mācību vietu un laiku",
              en: "A request stating name and surname (including previous ones), date of birth, place and period of work or study",
            },
          },
          {
            title: {
              lv: "Pieejamo dokumentu kopijas, piemēram, darba grāmatiņas lapas",
              en: "Copies of any documents you have, such as pages of an employment record book",
            },
          },
        ],
      },
      {
        title: { lv: "Tiesības saņemt ziņas", en: "The right to receive the information" },
        evidence: [
          { title: { lv: "Personu apliecinošs dokuments", en: "Identity document" } },
          {
            title: {
              lv: "Radniecību apliecinoši dokumenti vai notariāli apliecināta pilnvara, ja ziņas ir par citu personu",
              en: "Proof of kinship or a notarised power of attorney if the information concerns someone else",
            },
          },
          {
            title: {
              lv: "Atlaides pamatojums (piemēram, invaliditātes vai represētās personas apliecība), ja piesakāties atlaidei",
              en: "Proof of entitlement to a reduction (for example a disability or repressed person's certificate), if you claim one",
            },
          },
        ],
      },
    ],
    outputs: [
      {
        title: { lv: "Arhīva izziņa", en: "Archive certificate" },
        description: {
          lv: "Sociāli tiesiska izziņa ir derīga iesniegšanai VSAA, tiesā un citās iestādēs.",
          en: "A social and legal certificate can be submitted to VSAA, a court and other institutions.",
        },
      },
      { title: { lv: "Dokumentu kopijas vai izraksti", en: "Copies or extracts of documents" } },
    ],
    steps: [
      {
        lv: "Sagatavojiet pieprasījumu ar pēc iespējas precīzām ziņām par meklējamo informāciju.",
        en: "Prepare a request with the most precise details you can about what you are looking for.",
      },
      {
        lv: "Iesniedziet to arhīva e-pakalpojumu portālā, pa pastu vai klātienē, izvēloties izpildes termiņu un saņemšanas veidu.",
        en: "Submit it on the archive's e-services portal, by post or in person, choosing the processing time and how to receive the result.",
      },
      {
        lv: "Saņemiet paziņojumu par maksājamo summu un samaksājiet nodevu vai rēķinu.",
        en: "Receive notice of the amount due and pay the fee or invoice.",
      },
      {
        lv: "Saņemiet izziņu izvēlētajā veidā.",
        en: "Receive the certificate in the way you chose.",
      },
    ],
    legalBasis: [
      { title: { lv: "Arhīvu likums", en: "Archives Law" } },
      {
        title: {
          lv: "Ministru kabineta 2012. gada 18. decembra noteikumi Nr. 887 “Noteikumi par valsts nodevu par Latvijas Nacionālā arhīva sociāli tiesiskās izziņas sagatavošanu un izsniegšanu”",
          en: "Cabinet Regulation No. 887 of 18 December 2012 on the state fee for preparing and issuing social and legal certificates of the National Archives of Latvia",
        },
      },
    ],
    municipalities: [],
  },
  {
    identifier: "valsts-valodas-centra-konsultacija",
    title: {
      lv: "Valsts valodas centra konsultācija par valodas lietojumu",
      en: "State Language Centre advice on language use",
    },
    description: {
      lv: "Valsts valodas centrs (VVC) konsultē iedzīvotājus, uzņēmējus un iestādes par Valsts valodas likuma prasībām – piemēram, kādā valodā jābūt izkārtnēm, reklāmai, preču marķējumam un lietošanas instrukcijām, kā jāapkalpo klienti un kā latviešu valodā atveido citvalodu personvārdus. Jautājumu, lūgumu vai sūdzību par valsts valodas lietojumu var iesniegt rakstiski – pa pastu, e-adresē vai e-pastā ar drošu elektronisko parakstu – vai klātienē. VVC sniedz rakstisku atbildi, un konsultācija ir bez maksas.",
      en: "The State Language Centre (VVC) advises residents, businesses and institutions on the requirements of the State Language Law — for example which language signs, advertising, product labels and instructions must be in, how customers must be served, and how foreign personal names are rendered in Latvian. A question, request or complaint about the use of the state language can be submitted in writing — by post, e-address or e-mail with a secure electronic signature — or in person. The VVC replies in writing, and the advice is free.",
    },
    institution: "VVC",
    audience: ["residents", "businesses", "institutions"],
    kind: "informative",
    maturity: 3,
    thematicArea: "culture",
    keywords: {
      lv: ["valsts valoda", "latviešu valoda", "izkārtne", "valodas lietošana", "sūdzība par valodu", "VVC", "personvārdu atveide"],
      en: ["state language", "Latvian language", "shop sign", "language use", "language complaint", "VVC", "rendering of names"],
    },
    channels: [
      {
        type: "online",
        url: LATVIJA_LV,
        note: {
          lv: "Iesniegumu var nosūtīt uz VVC e-adresi vai e-pastā, parakstītu ar drošu elektronisko parakstu.",
          en: "Send your application to the VVC e-address, or by e-mail signed with a secure electronic signature.",
        },
      },
      { type: "in_person" },
      { type: "post" },
    ],
    processingTime: { lv: "Līdz 1 mēnesim", en: "Up to 1 month" },
    costs: [],
    requirements: [
      {
        title: { lv: "Identificējams iesniegums", en: "An application that identifies you" },
        description: {
          lv: "Anonīmus vai neparakstītus elektroniskus iesniegumus var izvērtēt, taču atbildi uz tiem nesniedz.",
          en: "Anonymous or unsigned electronic applications may be looked into, but they receive no reply.",
        },
        evidence: [
          {
            title: {
              lv: "Iesniegums ar vārdu, uzvārdu vai uzņēmuma nosaukumu, adresi atbildei un parakstu",
              en: "An application with your name or company name, an address for the reply and a signature",
            },
          },
          {
            title: {
              lv: "Fotogrāfijas vai citi pierādījumi, ja iesniegums ir par pārkāpumu",
              en: "Photos or other evidence if the application concerns a violation",
            },
          },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Rakstiska atbilde vai skaidrojums", en: "A written reply or explanation" } },
      {
        title: {
          lv: "Pārbaude un, ja vajag, administratīvā pārkāpuma process pret pārkāpēju",
          en: "An inspection and, if needed, administrative offence proceedings against the offender",
        },
      },
    ],
    steps: [
      {
        lv: "Aprakstiet jautājumu vai situāciju un pievienojiet pierādījumus.",
        en: "Describe your question or the situation and attach evidence.",
      },
      {
        lv: "Iesniedziet iesniegumu VVC, norādot vēlamo atbildes saņemšanas veidu.",
        en: "Submit the application to the VVC, stating how you want to receive the reply.",
      },
      { lv: "Saņemiet VVC atbildi.", en: "Receive the VVC's reply." },
    ],
    legalBasis: [
      { title: { lv: "Valsts valodas likums", en: "State Language Law" }, url: "https://likumi.lv/ta/id/14740" },
      { title: { lv: "Iesniegumu likums", en: "Law on Submissions" } },
    ],
    municipalities: [],
    contactPoint: { email: "info@vvc.gov.lv" },
  },

  // =====================================================================================
  // Defence
  // =====================================================================================
  {
    identifier: "valsts-aizsardzibas-dienests",
    title: { lv: "Pieteikšanās valsts aizsardzības dienestā", en: "Applying for State Defence Service" },
    description: {
      lv: "Valsts aizsardzības dienests (VAD) ir 11 mēnešu militārais dienests Nacionālajos bruņotajos spēkos vai cits dienesta veids – piecu gadu dienests Zemessardzē vai rezerves virsnieku programma studentiem. Brīvprātīgi pieteikties var Latvijas pilsoņi – vīrieši un sievietes – no 18 līdz 27 gadu vecumam; pilsoņiem vīriešiem dienests ir obligāts, un, ja brīvprātīgo nepietiek, trūkstošos iesaucamos atlasa pēc nejaušības principa. Brīvprātīgie var norādīt vēlamo dienesta veidu, saņem ikmēneša kompensāciju un pēc dienesta var pretendēt uz budžeta vietām valsts augstskolās. Pieteikšanās notiek vienotajā rekrutēšanas platformā klustikaravirs.lv.",
      en: "State Defence Service (VAD) means 11 months of military service in the National Armed Forces or another form of service: five years in the National Guard or a reserve officer programme for students. Latvian citizens, men and women, aged 18 to 27 can volunteer; for male citizens the service is compulsory, and if there are not enough volunteers the remaining conscripts are selected at random. Volunteers can state their preferred form of service, receive a monthly allowance and can afterwards compete for state-funded places at state universities. You apply on the unified recruitment platform klustikaravirs.lv.",
    },
    institution: "AM",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "safety",
    keywords: {
      lv: ["VAD", "valsts aizsardzības dienests", "obligātais dienests", "armija", "iesaukums", "dienests armijā", "karavīrs"],
      en: ["VAD", "state defence service", "conscription", "army", "call-up", "military service", "soldier"],
    },
    channels: [
      {
        type: "online",
        url: "https://www.klustikaravirs.lv",
        note: {
          lv: "Pieteikšanās sadaļā “Valsts aizsardzības dienests”, autentificējoties ar e-identifikācijas rīkiem; tur var uzzināt arī savu statusu atlasē.",
          en: "Apply in the “State Defence Service” section after logging in with e-identification tools; you can also check your selection status there.",
        },
      },
    ],
    processingTime: {
      lv: "Iesaukumi notiek janvārī un jūlijā; pēc pieteikšanās seko veselības pārbaude un lēmums par iesaukšanu",
      en: "Call-ups are in January and July; after applying you have a medical check and receive a decision on call-up",
    },
    costs: [],
    requirements: [
      {
        title: { lv: "Latvijas pilsonis vecumā no 18 līdz 27 gadiem", en: "A Latvian citizen aged 18 to 27" },
        evidence: [{ title: EIDENTIFICATION }],
      },
      {
        title: { lv: "Veselības stāvoklis atbilst dienesta prasībām", en: "Health meets the requirements of service" },
        evidence: [
          {
            title: {
              lv: "Veselības pārbaudes atzinums (uz pārbaudi aicina ar pavēsti)",
              en: "Medical examination result (you are summoned to the examination)",
            },
          },
        ],
      },
      {
        title: { lv: "Aktivizēta e-adrese", en: "An active e-address" },
        description: {
          lv: "Pilsoņiem vīriešiem no 18 līdz 27 gadiem e-adrese ir obligāta; uz to sūta pavēstes un lēmumus.",
          en: "The e-address is mandatory for male citizens aged 18 to 27; summonses and decisions are sent there.",
        },
        evidence: [],
      },
      {
        title: {
          lv: "Nav šķēršļu dienestam (piemēram, sodāmība par smagu noziegumu)",
          en: "No bar to service (for example a conviction for a serious crime)",
        },
        evidence: [],
      },
    ],
    outputs: [
      {
        title: { lv: "Lēmums par iesaukšanu un dienesta sākuma datums", en: "Call-up decision and service start date" },
      },
      {
        title: {
          lv: "Ikmēneša kompensācija dienesta laikā un kompensācija pēc atvaļināšanas",
          en: "A monthly allowance during service and a payment on discharge",
        },
      },
    ],
    steps: [
      {
        lv: "Izveidojiet e-adresi, ja tās vēl nav.",
        en: "Create an e-address if you do not have one.",
      },
      {
        lv: "Piesakieties klustikaravirs.lv, izvēloties dienesta veidu un vēlamo iesaukumu.",
        en: "Apply on klustikaravirs.lv, choosing the form of service and the call-up you want.",
      },
      {
        lv: "Ierodieties uz veselības pārbaudi pēc pavēstes saņemšanas.",
        en: "Attend the medical examination when summoned.",
      },
      {
        lv: "Saņemiet lēmumu par iesaukšanu un ierodieties dienestā noteiktajā datumā.",
        en: "Receive the call-up decision and report for service on the set date.",
      },
    ],
    legalBasis: [
      { title: { lv: "Valsts aizsardzības dienesta likums", en: "State Defence Service Law" } },
      {
        title: {
          lv: "Ministru kabineta 2023. gada 13. jūlija noteikumi Nr. 409 “Noteikumi par kārtību, kādā pilsoņus reģistrē, uzskaita, atlasa un iesauc valsts aizsardzības dienestā, un valsts aizsardzības militārajā dienestā apgūstamajām zināšanām un prasmēm”",
          en: "Cabinet Regulation No. 409 of 13 July 2023 on registering, recording, selecting and calling up citizens for State Defence Service and on the knowledge and skills acquired in it",
        },
        url: "https://likumi.lv/ta/id/343796",
      },
    ],
    municipalities: [],
  },
  {
    identifier: "pieteiksanas-jaunsardze",
    title: { lv: "Pieteikšanās Jaunsardzē", en: "Joining the Youth Guard (Jaunsardze)" },
    description: {
      lv: "Jaunsardze ir brīvprātīga Jaunsardzes centra īstenota interešu izglītības kustība bērniem un jauniešiem vecumā no 10 līdz 21 gadam. Jaunsargi nodarbībās pēc stundām, nometnēs un pārgājienos apgūst izdzīvošanas, pirmās palīdzības, orientēšanās un komandas darba prasmes, kā arī valsts aizsardzības pamatus; dalība ir bez maksas. Lai iestātos, jāsazinās ar tuvākās vienības jaunsargu instruktoru un jāiesniedz anketa; nepilngadīgajiem vajadzīga vecāku rakstiska piekrišana. Pēc pārbaudes laika kandidāts dod jaunsarga solījumu un saņem jaunsarga apliecību.",
      en: "The Youth Guard (Jaunsardze) is a voluntary extracurricular movement run by the Youth Guard Centre for children and young people aged 10 to 21. In after-school sessions, camps and hikes, youth guards learn survival, first aid, orienteering and teamwork skills and the basics of national defence; taking part is free. To join, contact the instructor of the nearest unit and fill in an application form; minors need written consent from their parents. After a probation period the candidate makes the youth guard's promise and receives a youth guard card.",
    },
    institution: "AM",
    audience: ["residents"],
    kind: "transactional",
    maturity: 2,
    thematicArea: "safety",
    keywords: {
      lv: ["Jaunsardze", "jaunsargi", "jaunsargs", "pulciņš skolā", "nometne", "patriotiskā audzināšana", "interešu izglītība"],
      en: ["Youth Guard", "Jaunsardze", "youth guards", "after-school club", "camp", "patriotic education", "extracurricular education"],
    },
    channels: [
      {
        type: "in_person",
        note: {
          lv: "Pie jaunsargu instruktora savā skolā vai tuvākajā jaunsargu vienībā; vienību kontakti atrodami Jaunsardzes centra tīmekļvietnē jc.gov.lv.",
          en: "With the youth guard instructor at your school or the nearest unit; unit contacts are on the Youth Guard Centre website jc.gov.lv.",
        },
      },
    ],
    processingTime: { lv: "Pārbaudes laiks – līdz 6 mēnešiem", en: "Probation period of up to 6 months" },
    costs: [],
    requirements: [
      {
        title: { lv: "Vecums no 10 līdz 21 gadam un valsts valodas prasme", en: "Aged 10 to 21 and able to speak Latvian" },
        evidence: [{ title: { lv: "Aizpildīta jaunsarga kandidāta anketa", en: "Completed youth guard candidate form" } }],
      },
      {
        title: { lv: "Nepilngadīgajiem – vecāku piekrišana", en: "For minors: parental consent" },
        evidence: [
          {
            title: {
              lv: "Vecāku vai aizbildņa rakstiska piekrišana un līgums par dalību Jaunsardzē",
              en: "Written consent of a parent or guardian and the agreement on taking part in the Youth Guard",
            },
          },
        ],
      },
      {
        title: { lv: "Veselības stāvoklis ļauj piedalīties nodarbībās", en: "Health allows taking part in activities" },
        evidence: [{ title: { lv: "Ārsta izziņa", en: "Doctor's certificate" } }],
      },
    ],
    outputs: [
      { title: { lv: "Dalība Jaunsardzes nodarbībās un pasākumos", en: "Taking part in Youth Guard sessions and events" } },
      { title: { lv: "Jaunsarga apliecība pēc solījuma", en: "Youth guard card after the promise" } },
      {
        title: {
          lv: "Sertifikāts par jaunsargu mācību programmas apguvi",
          en: "Certificate of completing the youth guard training programme",
        },
        description: {
          lv: "Sertifikāts dod priekšrocības, stājoties Zemessardzē un Nacionālajā aizsardzības akadēmijā.",
          en: "The certificate gives an advantage when joining the National Guard or applying to the National Defence Academy.",
        },
      },
    ],
    steps: [
      {
        lv: "Atrodiet tuvāko jaunsargu vienību un sazinieties ar instruktoru.",
        en: "Find the nearest youth guard unit and contact the instructor.",
      },
      {
        lv: "Aizpildiet anketu un iesniedziet vecāku piekrišanu un ārsta izziņu.",
        en: "Fill in the form and hand in parental consent and a doctor's certificate.",
      },
      {
        lv: "Apmeklējiet nodarbības pārbaudes laikā.",
        en: "Attend sessions during the probation period.",
      },
      {
        lv: "Dodiet jaunsarga solījumu un saņemiet jaunsarga apliecību.",
        en: "Make the youth guard's promise and receive your card.",
      },
    ],
    legalBasis: [
      {
        title: { lv: "Valsts aizsardzības mācības un Jaunsardzes likums", en: "State Defence Education and Youth Guard Law" },
        url: "https://likumi.lv/ta/id/319794",
      },
      {
        title: {
          lv: "Ministru kabineta 2024. gada 27. februāra noteikumi Nr. 120 “Jaunsardzes centra nolikums”",
          en: "Cabinet Regulation No. 120 of 27 February 2024, By-law of the Youth Guard Centre",
        },
      },
    ],
    municipalities: [],
  },
  {
    identifier: "iestasanas-zemessardze",
    title: { lv: "Iestāšanās Zemessardzē", en: "Joining the National Guard (Zemessardze)" },
    description: {
      lv: "Zemessardze ir Nacionālo bruņoto spēku sastāvdaļa, kurā Latvijas pilsoņi brīvprātīgi kalpo valsts aizsardzībai līdztekus savam civilajam darbam vai mācībām. Dienestā uzņem pilsoņus vecumā no 18 līdz 60 gadiem, kuri prot valsts valodu vismaz B1 līmenī, ieguvuši vismaz pamatizglītību un atbilst veselības prasībām. Pēc pieteikšanās notiek datu pārbaude un medicīniskā komisija, pēc tam kandidāts dod zemessarga zvērestu un apgūst pamatapmācību – nepārtrauktā nometnē vai pa daļām nedēļas nogalēs. Zemessargi saņem ekipējumu un kompensāciju par dienestā pavadītajām dienām.",
      en: "The National Guard (Zemessardze) is part of the National Armed Forces, in which Latvian citizens volunteer to serve national defence alongside their civilian job or studies. It accepts citizens aged 18 to 60 who speak Latvian at least at B1 level, have at least basic education and meet the health requirements. After applying there is a background check and a medical board, after which the candidate takes the national guard oath and completes basic training, either in a continuous camp or in parts at weekends. National guards receive equipment and an allowance for the days spent on duty.",
    },
    institution: "AM",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "safety",
    keywords: {
      lv: ["Zemessardze", "zemessargs", "iestāties Zemessardzē", "brīvprātīgais dienests", "valsts aizsardzība", "pamatapmācība"],
      en: ["National Guard", "Zemessardze", "join the National Guard", "volunteer service", "national defence", "basic training"],
    },
    channels: [
      {
        type: "online",
        url: "https://www.klustikaravirs.lv",
        note: {
          lv: "Pieteikumu var aizpildīt vienotajā rekrutēšanas platformā sadaļā “Dienests Zemessardzē”.",
          en: "Apply on the unified recruitment platform in the “Service in the National Guard” section.",
        },
      },
      {
        type: "in_person",
        note: {
          lv: "Tuvākajā Zemessardzes bataljonā.",
          en: "At the nearest National Guard battalion.",
        },
      },
      {
        type: "phone",
        note: {
          lv: "Rekrutēšanas informatīvais tālrunis 1811.",
          en: "Recruitment information line 1811.",
        },
      },
    ],
    processingTime: {
      lv: "Parasti no dažām nedēļām līdz pāris mēnešiem (datu pārbaude un medicīniskā komisija)",
      en: "Usually a few weeks to a couple of months (background check and medical board)",
    },
    costs: [],
    requirements: [
      {
        title: { lv: "Latvijas pilsonis vecumā no 18 līdz 60 gadiem", en: "A Latvian citizen aged 18 to 60" },
        evidence: [{ title: { lv: "Personu apliecinošs dokuments", en: "Identity document" } }],
      },
      {
        title: {
          lv: "Valsts valodas prasme vismaz B1 līmenī un vismaz pamatizglītība",
          en: "Latvian at least at B1 level and at least basic education",
        },
        evidence: [{ title: { lv: "Izglītību apliecinošs dokuments", en: "Proof of education" } }],
      },
      {
        title: { lv: "Veselības stāvoklis atbilst prasībām", en: "Health meets the requirements" },
        evidence: [{ title: { lv: "Medicīniskās komisijas atzinums", en: "Medical board opinion" } }],
      },
      {
        title: {
          lv: "Nav likumā noteikto šķēršļu (piemēram, sodāmības par tīšu noziegumu vai nesavienojama amata)",
          en: "No legal bar (for example a conviction for an intentional crime or an incompatible job)",
        },
        evidence: [],
      },
    ],
    outputs: [
      { title: { lv: "Uzņemšana Zemessardzē un zemessarga zvērests", en: "Admission to the National Guard and the oath" } },
      { title: { lv: "Pamatapmācība un ekipējums", en: "Basic training and equipment" } },
    ],
    steps: [
      {
        lv: "Pārliecinieties, ka atbilstat prasībām, un piesakieties klustikaravirs.lv vai tuvākajā bataljonā.",
        en: "Check that you meet the requirements and apply on klustikaravirs.lv or at the nearest battalion.",
      },
      {
        lv: "Aizpildiet zemessarga kandidāta anketu; datu pārbaudes laikā izejiet medicīnisko komisiju.",
        en: "Fill in the candidate form; while your details are checked, go through the medical board.",
      },
      {
        lv: "Dodiet zemessarga zvērestu.",
        en: "Take the national guard oath.",
      },
      {
        lv: "Apgūstiet pamatapmācību nometnē vai nedēļas nogalēs un sāciet dienestu savā vienībā.",
        en: "Complete basic training in a camp or at weekends and begin serving in your unit.",
      },
    ],
    legalBasis: [
      { title: { lv: "Latvijas Republikas Zemessardzes likums", en: "Law on the National Guard of the Republic of Latvia" } },
      E_ADDRESS_LAW,
    ],
    municipalities: [],
  },
];
