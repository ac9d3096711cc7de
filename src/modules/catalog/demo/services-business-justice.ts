// Demo services, batch D: taxes, starting and running a business, justice, safety and foreign affairs.
// Real Latvian public services as they work in 2025–2026, in Latvian with English beside it.
import type { Channel, ContactPoint, Cost, LegalResource, ServiceDocument } from "../model.ts";

// --- Channels used by several services -------------------------------------------------------------

const EDS: Channel = {
  type: "online",
  url: "https://eds.vid.gov.lv",
  note: {
    lv: "VID Elektroniskās deklarēšanas sistēmā (EDS), autentificējoties ar internetbanku, eID karti vai eParakstu",
    en: "In the SRS Electronic Declaration System (EDS), signing in with online banking, an eID card or eParaksts",
  },
};

const VID_OFFICE: Channel = {
  type: "in_person",
  note: {
    lv: "VID klientu apkalpošanas centros; uz apmeklējumu ieteicams iepriekš pieteikties",
    en: "At SRS client service centres; booking a visit in advance is recommended",
  },
};

const VPVKAC_HELP: Channel = {
  type: "centre",
  note: {
    lv: "Valsts un pašvaldības vienotajā klientu apkalpošanas centrā palīdz aizpildīt un iesniegt e-pakalpojumu",
    en: "At a state and municipal one-stop client service centre, staff help you fill in and submit the e-service",
  },
};

const VID_POST: Channel = {
  type: "post",
  note: {
    lv: "Papīra formā pa pastu VID, Talejas ielā 1, Rīgā, LV-1978",
    en: "On paper by post to the SRS, Talejas iela 1, Riga, LV-1978",
  },
};

const UR_ONLINE: Channel = {
  type: "online",
  url: "https://registrs.ur.gov.lv",
  note: {
    lv: "Uzņēmumu reģistra pakalpojumu portālā; dokumentus paraksta ar drošu elektronisko parakstu, un nodevu samaksā portālā",
    en: "In the Enterprise Register service portal; documents are signed with a qualified e-signature and the fee is paid in the portal",
  },
};

const UR_POST: Channel = {
  type: "post",
  note: {
    lv: "Pa pastu Uzņēmumu reģistram, Pērses ielā 2, Rīgā, LV-1011; parakstiem uz papīra dokumentiem jābūt notariāli apliecinātiem",
    en: "By post to the Enterprise Register, Pērses iela 2, Riga, LV-1011; signatures on paper documents must be certified by a notary",
  },
};

const LATVIJA_LV: Channel = {
  type: "online",
  url: "https://www.latvija.lv",
  note: {
    lv: "E-pakalpojums valsts pārvaldes pakalpojumu portālā Latvija.lv",
    en: "E-service in the state services portal Latvija.lv",
  },
};

// --- Contact points ---------------------------------------------------------------------------------

const VID_CONTACT: ContactPoint = {
  phone: "+371 67120000",
  address: "Talejas iela 1, Rīga, LV-1978",
};

const UR_CONTACT: ContactPoint = {
  email: "info@ur.gov.lv",
  phone: "+371 67031703",
  address: "Pērses iela 2, Rīga, LV-1011",
};

const LIAA_CONTACT: ContactPoint = {
  email: "pasts@liaa.gov.lv",
  phone: "+371 67039400",
  address: "Pērses iela 2, Rīga, LV-1442",
};

const MFA_CONSULAR_CONTACT: ContactPoint = {
  phone: "+371 26337711",
  address: "Elizabetes iela 57, Rīga, LV-1050",
};

// --- Laws and regulations ---------------------------------------------------------------------------

const LAW_TAXES_AND_FEES: LegalResource = {
  title: { lv: "Likums “Par nodokļiem un nodevām”", en: "Law on Taxes and Fees" },
};
const LAW_PERSONAL_INCOME_TAX: LegalResource = {
  title: { lv: "Likums “Par iedzīvotāju ienākuma nodokli”", en: "Law on Personal Income Tax" },
};
const LAW_VAT: LegalResource = {
  title: { lv: "Pievienotās vērtības nodokļa likums", en: "Value Added Tax Law" },
};
const LAW_SOCIAL_INSURANCE: LegalResource = {
  title: { lv: "Likums “Par valsts sociālo apdrošināšanu”", en: "Law on State Social Insurance" },
};
const COMMERCIAL_LAW: LegalResource = {
  title: { lv: "Komerclikums", en: "Commercial Law" },
  url: "https://likumi.lv/ta/id/5490",
};
const LAW_ENTERPRISE_REGISTER: LegalResource = {
  title: { lv: "Likums “Par Latvijas Republikas Uzņēmumu reģistru”", en: "Law on the Enterprise Register of the Republic of Latvia" },
};
const REGULATION_UR_FEES: LegalResource = {
  title: {
    lv: "Ministru kabineta 2016. gada 11. oktobra noteikumi Nr. 664 “Noteikumi par valsts nodevu, kas maksājama par ierakstu izdarīšanu uzņēmumu reģistra žurnālā un komercreģistrā, kā arī iesniedzamo dokumentu reģistrēšanu”",
    en: "Cabinet Regulation No. 664 of 11 October 2016 on the state fee for entries in the Enterprise Register journal and the Commercial Register and for the registration of documents",
  },
  url: "https://likumi.lv/ta/id/285320",
};
const LAW_SUBMISSIONS: LegalResource = {
  title: { lv: "Iesniegumu likums", en: "Law on Submissions" },
};
const CIVIL_PROCEDURE_LAW: LegalResource = {
  title: { lv: "Civilprocesa likums", en: "Civil Procedure Law" },
  url: "https://likumi.lv/ta/id/50500",
};

// --- Fees used more than once -----------------------------------------------------------------------

const UR_CHANGE_FEE: Cost = {
  amount: 20,
  currency: "EUR",
  description: {
    lv: "Valsts nodeva par vienas izmaiņas reģistrāciju komercreģistrā 3 darbdienu laikā",
    en: "State fee for registering one change in the Commercial Register within 3 working days",
  },
};

export const BUSINESS_JUSTICE_SERVICES: ServiceDocument[] = [
  // ===================================================== Taxes (VID) =====================================================
  {
    identifier: "gada-ienakumu-deklaracija",
    title: {
      lv: "Gada ienākumu deklarācijas iesniegšana (arī attaisnoto izdevumu atmaksa)",
      en: "Filing the annual income tax return (including refunds for eligible expenses)",
    },
    description: {
      lv: "Gada ienākumu deklarācijā iedzīvotājs norāda iepriekšējā gadā gūtos ienākumus, un VID aprēķina galīgo iedzīvotāju ienākuma nodokli. Deklarāciju var iesniegt arī brīvprātīgi, lai atgūtu daļu samaksātā nodokļa par attaisnotajiem izdevumiem – ārstniecību, izglītību, ziedojumiem, iemaksām privātajos pensiju fondos un dzīvības apdrošināšanā. Deklarāciju par iepriekšējo gadu iesniedz no 1. marta līdz 1. jūnijam, bet pārmaksāto nodokli var atgūt arī par trim iepriekšējiem gadiem. EDS lielāko daļu datu aizpilda automātiski, atliek tos pārbaudīt un papildināt.",
      en: "In the annual income tax return a resident reports the income received in the previous year, and the State Revenue Service (SRS) calculates the final personal income tax. The return can also be filed voluntarily to get back part of the tax paid on eligible expenses – medical treatment, education, donations, contributions to private pension funds and life insurance. The return for the previous year is filed between 1 March and 1 June, and overpaid tax can be claimed back for the three preceding years as well. The EDS fills in most of the data automatically; you only check and complete it.",
    },
    institution: "VID",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "taxes",
    keywords: {
      lv: ["gada deklarācija", "ienākumu deklarācija", "attaisnotie izdevumi", "nodokļa atmaksa", "IIN", "EDS", "atgūt nodokli"],
      en: ["annual tax return", "income declaration", "tax refund", "eligible expenses", "personal income tax", "EDS"],
    },
    channels: [EDS, VPVKAC_HELP, VID_OFFICE, VID_POST],
    processingTime: {
      lv: "Pārmaksāto nodokli parasti atmaksā 30 dienu laikā no deklarācijas iesniegšanas",
      en: "Overpaid tax is usually refunded within 30 days of filing",
    },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Ir ienākumi, kas jādeklarē, vai vēlme atgūt nodokli par attaisnotajiem izdevumiem",
          en: "You have income that must be declared, or want a refund for eligible expenses",
        },
        description: {
          lv: "Deklarācija ir obligāta, piemēram, ja gūti ienākumi, no kuriem nodoklis nav ieturēts (izīrēšana, ienākumi no ārvalstīm, saimnieciskā darbība), vai ja gada ienākumi pārsniedz progresīvās likmes slieksni.",
          en: "Filing is mandatory, for example, if you had income from which no tax was withheld (letting property, foreign income, self-employment) or if your annual income exceeds the progressive-rate threshold.",
        },
        evidence: [
          {
            title: { lv: "Ziņas par gūtajiem ienākumiem", en: "Details of income received" },
            description: {
              lv: "Ienākumi no darba devējiem un izmaksātājiem VID jau ir zināmi; citi ienākumi jānorāda pašam.",
              en: "Income from employers and payers is already known to the SRS; other income you enter yourself.",
            },
          },
        ],
      },
      {
        title: { lv: "Attaisnoto izdevumu apliecinājumi", en: "Proof of eligible expenses" },
        description: {
          lv: "Attaisnotos izdevumus var norādīt par sevi un ģimenes locekļiem likumā noteiktā apmērā.",
          en: "Eligible expenses can be claimed for yourself and family members up to the limit set by law.",
        },
        evidence: [
          {
            title: {
              lv: "Čeki, rēķini un maksājumu apliecinājumi par ārstniecību un izglītību, ja tie nav pieejami EDS",
              en: "Receipts, invoices and payment confirmations for treatment and education, if they are not already in the EDS",
            },
          },
          { title: { lv: "Ziedojumu un iemaksu apliecinājumi", en: "Confirmations of donations and contributions" } },
        ],
      },
    ],
    outputs: [
      {
        title: { lv: "Nodokļa pārmaksas atmaksa uz norādīto bankas kontu", en: "Refund of overpaid tax to the bank account you give" },
      },
      {
        title: { lv: "Paziņojums par nodokļa piemaksu, ja tāda aprēķināta", en: "Notice of additional tax due, if any" },
        description: {
          lv: "Piemaksa jāsamaksā līdz 23. jūnijam.",
          en: "Additional tax must be paid by 23 June.",
        },
      },
    ],
    steps: [
      {
        lv: "Pieslēdzieties EDS ar internetbanku, eID karti vai eParakstu.",
        en: "Sign in to the EDS with online banking, an eID card or eParaksts.",
      },
      {
        lv: "Atveriet gada ienākumu deklarāciju par vajadzīgo gadu un pārbaudiet automātiski aizpildītos ienākumus.",
        en: "Open the annual return for the year you need and check the pre-filled income.",
      },
      {
        lv: "Pievienojiet attaisnotos izdevumus un norādiet bankas kontu atmaksai.",
        en: "Add your eligible expenses and give a bank account for the refund.",
      },
      { lv: "Iesniedziet deklarāciju un sekojiet tās statusam EDS.", en: "Submit the return and follow its status in the EDS." },
      {
        lv: "Saņemiet atmaksu vai samaksājiet aprēķināto piemaksu noteiktajā termiņā.",
        en: "Receive the refund or pay any additional tax by the deadline.",
      },
    ],
    legalBasis: [LAW_PERSONAL_INCOME_TAX, LAW_TAXES_AND_FEES],
    municipalities: [],
    contactPoint: VID_CONTACT,
  },
  {
    identifier: "algas-nodokla-gramatina",
    title: { lv: "Algas nodokļa grāmatiņa", en: "Payroll tax book (main place of income)" },
    description: {
      lv: "Algas nodokļa grāmatiņa ir elektronisks ieraksts VID sistēmā, ar kuru darba ņēmējs norāda savu galveno ienākumu gūšanas vietu. Tikai šis darba devējs, aprēķinot algu, piemēro neapliekamo minimumu un nodokļa atvieglojumus par apgādājamiem un invaliditāti. Grāmatiņu iesniedz vai maina pats darba ņēmējs EDS, un darba devējs izmaiņas redz uzreiz. Ja grāmatiņa nav iesniegta, no algas nodokli ietur bez atvieglojumiem.",
      en: "The payroll tax book is an electronic record in the SRS system by which an employee names their main place of income. Only that employer applies the non-taxable minimum and the tax reliefs for dependants and disability when calculating pay. The employee submits or changes the tax book in the EDS, and the employer sees the change at once. Without a tax book, tax is withheld from pay without any reliefs.",
    },
    institution: "VID",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "taxes",
    keywords: {
      lv: ["algas grāmatiņa", "algas nodokļa grāmatiņa", "neapliekamais minimums", "galvenā darbavieta", "nodokļu atvieglojumi", "EDS"],
      en: ["payroll tax book", "tax card", "non-taxable minimum", "main employer", "tax relief", "EDS"],
    },
    channels: [EDS, VPVKAC_HELP, VID_OFFICE],
    processingTime: { lv: "Uzreiz", en: "Immediately" },
    costs: [],
    requirements: [
      {
        title: { lv: "Darba attiecības vai cits regulārs ienākums", en: "An employment relationship or other regular income" },
        evidence: [
          {
            title: {
              lv: "Darba līgums ar darba devēju, kas reģistrēts VID",
              en: "Employment contract with an employer registered with the SRS",
            },
          },
        ],
      },
      {
        title: { lv: "Vienlaikus var būt tikai viena galvenā ienākumu gūšanas vieta", en: "Only one main place of income at a time" },
        evidence: [],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Ieraksts VID par galveno ienākumu gūšanas vietu, ko redz darba devējs",
          en: "SRS record of the main place of income, visible to the employer",
        },
      },
    ],
    steps: [
      { lv: "Pieslēdzieties EDS.", en: "Sign in to the EDS." },
      {
        lv: "Sadaļā par algas nodokļa grāmatiņu izvēlieties darba devēju, kas būs galvenā ienākumu gūšanas vieta.",
        en: "In the payroll tax book section, choose the employer that will be your main place of income.",
      },
      {
        lv: "Apstipriniet izvēli; ja maināt darbu, iepriekšējo ierakstu noslēdziet un izvēlieties jauno darba devēju.",
        en: "Confirm the choice; when you change jobs, close the old record and choose the new employer.",
      },
    ],
    legalBasis: [LAW_PERSONAL_INCOME_TAX],
    municipalities: [],
    contactPoint: VID_CONTACT,
  },
  {
    identifier: "apgadajamo-pieteiksana",
    title: { lv: "Apgādājamo pieteikšana nodokļa atvieglojumam", en: "Registering dependants for income tax relief" },
    description: {
      lv: "Darba ņēmējs var pieteikt apgādībā esošas personas – nepilngadīgus bērnus, bērnus, kas turpina mācīties līdz 24 gadu vecumam, kā arī citas likumā noteiktas personas – un saņemt iedzīvotāju ienākuma nodokļa atvieglojumu par katru apgādājamo (2025. gadā – 250 EUR mēnesī). Atvieglojumu piemēro darba devējs, pie kura iesniegta algas nodokļa grāmatiņa, vai to ņem vērā gada ienākumu deklarācijā. Par vienu un to pašu apgādājamo atvieglojumu vienlaikus var saņemt tikai viens apgādnieks.",
      en: "An employee can register dependants – minor children, children continuing their studies up to the age of 24 and other persons defined by law – and receive personal income tax relief for each one (EUR 250 a month in 2025). The relief is applied by the employer holding the payroll tax book or taken into account in the annual return. Only one provider at a time can claim relief for the same dependant.",
    },
    institution: "VID",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "taxes",
    keywords: {
      lv: ["apgādājamie", "atvieglojums par bērnu", "nodokļa atvieglojums", "apgādībā esošas personas", "IIN atvieglojums"],
      en: ["dependants", "child tax relief", "tax relief", "dependent persons", "income tax allowance"],
    },
    channels: [EDS, VPVKAC_HELP, VID_OFFICE],
    processingTime: {
      lv: "Uzreiz; darba devējs atvieglojumu piemēro no nākamās algas",
      en: "Immediately; the employer applies the relief from the next pay",
    },
    costs: [],
    requirements: [
      {
        title: { lv: "Apgādājamais atbilst likumā noteiktajām kategorijām", en: "The dependant falls within a category defined by law" },
        evidence: [
          {
            title: {
              lv: "Ziņas par bērnu no Iedzīvotāju reģistra (VID tās pārbauda automātiski)",
              en: "The child’s data in the Population Register (checked by the SRS automatically)",
            },
          },
          {
            title: {
              lv: "Izglītības iestādes izziņa, ja bērns pēc 18 gadu vecuma turpina mācīties un dati nav pieejami valsts reģistros",
              en: "A certificate from the school or university if a child over 18 is still studying and the data are not in state registers",
            },
          },
        ],
      },
      {
        title: { lv: "Iesniegta algas nodokļa grāmatiņa", en: "A payroll tax book has been submitted" },
        evidence: [],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Reģistrēts apgādājamais, par kuru darba devējs piemēro atvieglojumu",
          en: "A registered dependant for whom the employer applies the relief",
        },
      },
    ],
    steps: [
      { lv: "Pieslēdzieties EDS.", en: "Sign in to the EDS." },
      {
        lv: "Algas nodokļa grāmatiņas sadaļā pievienojiet apgādājamo, norādot personas kodu un apgādības iemeslu.",
        en: "In the payroll tax book section, add the dependant with their personal code and the reason for dependency.",
      },
      {
        lv: "Ja VID to pieprasa, pievienojiet apliecinošu dokumentu.",
        en: "If the SRS asks for it, attach a supporting document.",
      },
      {
        lv: "Pārbaudiet algas aprēķinā, ka atvieglojums tiek piemērots.",
        en: "Check on your payslip that the relief is applied.",
      },
    ],
    legalBasis: [LAW_PERSONAL_INCOME_TAX],
    municipalities: [],
    contactPoint: VID_CONTACT,
  },
  {
    identifier: "saimnieciskas-darbibas-registracija",
    title: { lv: "Reģistrēšanās par saimnieciskās darbības veicēju", en: "Registering as a self-employed person" },
    description: {
      lv: "Fiziskā persona, kas vēlas strādāt patstāvīgi un saņemt samaksu par precēm vai pakalpojumiem – piemēram, kā amatnieks, konsultants, fotogrāfs vai tulks –, pirms darbības sākšanas reģistrējas VID kā saimnieciskās darbības veicējs. Reģistrācija notiek EDS un ir bez maksas. Pēc reģistrācijas persona ir pašnodarbinātā: tā uzskaita ieņēmumus un izdevumus, maksā valsts sociālās apdrošināšanas iemaksas un iedzīvotāju ienākuma nodokli vai, ja atbilst nosacījumiem, izvēlas mikrouzņēmumu nodokļa režīmu.",
      en: "A natural person who wants to work independently and be paid for goods or services – for example as a craftsperson, consultant, photographer or translator – registers with the SRS as a self-employed person before starting. Registration is done in the EDS and is free of charge. Once registered, the person is self-employed: they keep records of income and expenses, pay state social insurance contributions and personal income tax or, if eligible, choose the micro-enterprise tax regime.",
    },
    institution: "VID",
    audience: ["residents", "businesses"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "business",
    keywords: {
      lv: ["pašnodarbinātais", "saimnieciskā darbība", "pašnodarbinātā reģistrācija", "strādāt sev", "reģistrēties VID", "freelancer"],
      en: ["self-employed", "sole trader", "freelancer", "register business activity", "SRS registration"],
    },
    channels: [EDS, VPVKAC_HELP, VID_OFFICE],
    processingTime: { lv: "Līdz 5 darbdienām", en: "Up to 5 working days" },
    costs: [],
    requirements: [
      {
        title: { lv: "Ziņas par plānoto darbību", en: "Details of the planned activity" },
        evidence: [
          {
            title: {
              lv: "Darbības veidi pēc NACE klasifikatora un darbības veikšanas vieta",
              en: "Types of activity by NACE code and the place of business",
            },
          },
          {
            title: {
              lv: "Speciālā atļauja (licence) vai sertifikāts, ja darbība to prasa",
              en: "A special permit (licence) or certificate, if the activity requires one",
            },
          },
        ],
      },
      {
        title: { lv: "Personas identitātes apliecināšana", en: "Proof of identity" },
        evidence: [
          { title: { lv: "Autentifikācija EDS vai personu apliecinošs dokuments", en: "Signing in to the EDS or an identity document" } },
        ],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Reģistrācija VID nodokļu maksātāju reģistrā kā saimnieciskās darbības veicējam",
          en: "Registration in the SRS taxpayer register as a self-employed person",
        },
      },
    ],
    steps: [
      { lv: "Pieslēdzieties EDS.", en: "Sign in to the EDS." },
      {
        lv: "Aizpildiet iesniegumu par reģistrēšanos saimnieciskās darbības veicēju reģistrā, norādot darbības veidus un vietu.",
        en: "Fill in the application to register as a self-employed person, giving the types and place of activity.",
      },
      {
        lv: "Ja vēlaties, vienlaikus piesakieties PVN vai mikrouzņēmumu nodokļa maksātāja statusam.",
        en: "If you wish, apply at the same time for VAT registration or micro-enterprise tax status.",
      },
      {
        lv: "Saņemiet paziņojumu par reģistrāciju EDS un sāciet darbību.",
        en: "Receive the registration notice in the EDS and start working.",
      },
    ],
    legalBasis: [LAW_TAXES_AND_FEES, LAW_PERSONAL_INCOME_TAX, LAW_SOCIAL_INSURANCE],
    municipalities: [],
    contactPoint: VID_CONTACT,
  },
  {
    identifier: "pvn-registracija",
    title: { lv: "Reģistrēšanās PVN maksātāju reģistrā", en: "Registering for VAT" },
    description: {
      lv: "Uzņēmumam vai pašnodarbinātajam jāreģistrējas VID pievienotās vērtības nodokļa maksātāju reģistrā, ja ar PVN apliekamo darījumu vērtība pārsniedz likumā noteikto reģistrācijas slieksni (no 2025. gada – 50 000 EUR), kā arī citos gadījumos, piemēram, saņemot pakalpojumus no ārvalstu uzņēmumiem vai iegādājoties preces citās ES valstīs. Reģistrēties var arī brīvprātīgi, pirms slieksnis sasniegts. Pēc reģistrācijas uzņēmums saņem PVN maksātāja numuru (LV un nodokļu maksātāja kods), izraksta rēķinus ar PVN un regulāri iesniedz PVN deklarācijas.",
      en: "A company or self-employed person must register with the SRS as a VAT payer when the value of taxable supplies exceeds the registration threshold set by law (EUR 50,000 from 2025), and in other cases such as receiving services from foreign companies or buying goods in other EU countries. Registration can also be voluntary, before the threshold is reached. Once registered, the business receives a VAT number (LV followed by its taxpayer code), issues invoices with VAT and files VAT returns regularly.",
    },
    institution: "VID",
    audience: ["businesses", "residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "taxes",
    keywords: {
      lv: ["PVN", "PVN numurs", "PVN reģistrācija", "pievienotās vērtības nodoklis", "PVN maksātājs"],
      en: ["VAT", "VAT number", "VAT registration", "value added tax", "VAT payer"],
    },
    channels: [EDS, VID_OFFICE],
    processingTime: { lv: "Līdz 5 darbdienām", en: "Up to 5 working days" },
    costs: [],
    requirements: [
      {
        title: { lv: "Pamatojums reģistrācijai", en: "Grounds for registration" },
        evidence: [
          {
            title: {
              lv: "Ziņas par darījumu apjomu vai plānotajiem darījumiem (līgumi, rēķini)",
              en: "Details of the volume of transactions or planned transactions (contracts, invoices)",
            },
          },
        ],
      },
      {
        title: { lv: "Uzņēmums vai persona ir reģistrēta kā nodokļu maksātājs", en: "The business or person is registered as a taxpayer" },
        evidence: [
          {
            title: {
              lv: "Reģistrācija Uzņēmumu reģistrā vai VID saimnieciskās darbības veicēju reģistrā",
              en: "Registration in the Enterprise Register or as self-employed with the SRS",
            },
          },
        ],
      },
    ],
    outputs: [
      {
        title: { lv: "Lēmums par reģistrāciju PVN maksātāju reģistrā", en: "Decision on registration as a VAT payer" },
      },
      { title: { lv: "PVN maksātāja reģistrācijas numurs", en: "VAT registration number" } },
    ],
    steps: [
      { lv: "Pieslēdzieties EDS uzņēmuma vārdā.", en: "Sign in to the EDS on behalf of the business." },
      {
        lv: "Iesniedziet pieteikumu reģistrācijai PVN maksātāju reģistrā, norādot pamatojumu un plānotos darījumus.",
        en: "Submit the VAT registration application with the grounds and planned transactions.",
      },
      { lv: "Atbildiet uz VID jautājumiem, ja tie rodas izvērtēšanas laikā.", en: "Answer any SRS questions during the review." },
      {
        lv: "Saņemiet lēmumu un PVN numuru EDS un sāciet izrakstīt rēķinus ar PVN.",
        en: "Receive the decision and VAT number in the EDS and start issuing invoices with VAT.",
      },
    ],
    legalBasis: [LAW_VAT, LAW_TAXES_AND_FEES],
    municipalities: [],
    contactPoint: VID_CONTACT,
  },
  {
    identifier: "mikrouznemumu-nodokla-statuss",
    title: { lv: "Mikrouzņēmumu nodokļa maksātāja statusa iegūšana", en: "Applying for micro-enterprise tax status" },
    description: {
      lv: "Mikrouzņēmumu nodoklis ir vienkāršots nodokļu režīms nelieliem uzņēmumiem – pašnodarbinātajiem, individuālajiem komersantiem, zemnieku saimniecībām un noteiktos gadījumos sabiedrībām ar ierobežotu atbildību –, kurā vairāku nodokļu vietā maksā vienu nodokli no apgrozījuma. Statusu var pieprasīt VID, ja uzņēmums atbilst Mikrouzņēmumu nodokļa likuma nosacījumiem, tostarp apgrozījuma, dalībnieku un darbinieku ierobežojumiem. Jauns uzņēmums var pieteikties vienlaikus ar reģistrāciju, bet esošs – līdz 15. decembrim, lai statusu iegūtu no nākamā gada.",
      en: "Micro-enterprise tax is a simplified regime for small businesses – the self-employed, sole traders, farms and, in certain cases, limited liability companies – in which one tax on turnover replaces several taxes. The status can be requested from the SRS if the business meets the conditions of the Micro-enterprise Tax Law, including limits on turnover, owners and employees. A new business can apply together with its registration; an existing one applies by 15 December to get the status from the next year.",
    },
    institution: "VID",
    audience: ["businesses"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "taxes",
    keywords: {
      lv: ["mikrouzņēmums", "MUN", "mikrouzņēmumu nodoklis", "vienkāršotais nodoklis", "mazais bizness"],
      en: ["micro-enterprise", "micro-enterprise tax", "simplified tax", "small business", "turnover tax"],
    },
    channels: [EDS, UR_ONLINE, VID_OFFICE],
    processingTime: { lv: "Līdz 5 darbdienām", en: "Up to 5 working days" },
    costs: [],
    requirements: [
      {
        title: { lv: "Uzņēmums atbilst mikrouzņēmuma kritērijiem", en: "The business meets the micro-enterprise criteria" },
        evidence: [
          {
            title: {
              lv: "Ziņas par dalībniekiem (tikai fiziskas personas), darbiniekiem un paredzamo apgrozījumu",
              en: "Details of owners (natural persons only), employees and expected turnover",
            },
          },
        ],
      },
      {
        title: { lv: "Pieteikums iesniegts laikus", en: "The application is submitted on time" },
        evidence: [
          {
            title: {
              lv: "Pieteikums VID līdz 15. decembrim vai kopā ar uzņēmuma reģistrāciju",
              en: "Application to the SRS by 15 December or together with the business registration",
            },
          },
        ],
      },
    ],
    outputs: [
      {
        title: { lv: "Mikrouzņēmumu nodokļa maksātāja statuss", en: "Micro-enterprise taxpayer status" },
        description: {
          lv: "Nodokli maksā par katru ceturksni, iesniedzot mikrouzņēmumu nodokļa deklarāciju.",
          en: "The tax is paid quarterly with a micro-enterprise tax return.",
        },
      },
    ],
    steps: [
      {
        lv: "Pārbaudiet, vai uzņēmums atbilst Mikrouzņēmumu nodokļa likuma nosacījumiem.",
        en: "Check that the business meets the conditions of the Micro-enterprise Tax Law.",
      },
      {
        lv: "Iesniedziet pieteikumu EDS vai kopā ar reģistrācijas pieteikumu Uzņēmumu reģistrā.",
        en: "Submit the application in the EDS or together with the registration application to the Enterprise Register.",
      },
      { lv: "Saņemiet VID lēmumu EDS.", en: "Receive the SRS decision in the EDS." },
      {
        lv: "Katru ceturksni iesniedziet mikrouzņēmumu nodokļa deklarāciju un samaksājiet nodokli.",
        en: "File the micro-enterprise tax return and pay the tax every quarter.",
      },
    ],
    legalBasis: [{ title: { lv: "Mikrouzņēmumu nodokļa likums", en: "Micro-enterprise Tax Law" } }, LAW_TAXES_AND_FEES],
    municipalities: [],
    contactPoint: VID_CONTACT,
  },
  {
    identifier: "nodoklu-paradu-izzina",
    title: {
      lv: "Izziņa par nodokļu nomaksas stāvokli (nav nodokļu parādu)",
      en: "Certificate of tax payment status (no tax debts)",
    },
    description: {
      lv: "Izziņa apliecina, vai uzņēmumam vai iedzīvotājam noteiktā datumā ir vai nav nodokļu parādu VID administrētajos nodokļos. Tā bieži vajadzīga, piedaloties publiskajos iepirkumos, pieprasot kredītu, valsts vai ES fondu atbalstu vai noformējot dokumentus ārvalstīs. Izziņu var sagatavot pats EDS un uzreiz lejupielādēt. VID tīmekļvietnē publiski pieejams arī nodokļu parādnieku saraksts, kurā var pārbaudīt sadarbības partnerus.",
      en: "The certificate confirms whether a company or resident has any debts in taxes administered by the SRS on a given date. It is often needed for public procurement, loan or grant applications, state or EU funding, or paperwork abroad. You can generate the certificate yourself in the EDS and download it at once. The SRS website also publishes a list of tax debtors where you can check business partners.",
    },
    institution: "VID",
    audience: ["businesses", "residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "taxes",
    keywords: {
      lv: ["izziņa par nodokļu parādiem", "nav nodokļu parādu", "nodokļu parādi", "izziņa no VID", "iepirkums", "nodokļu parādnieki"],
      en: ["tax clearance certificate", "no tax debts", "tax debt", "SRS certificate", "public procurement"],
    },
    channels: [EDS, VID_OFFICE],
    processingTime: { lv: "Uzreiz", en: "Immediately" },
    costs: [],
    requirements: [
      {
        title: { lv: "Piekļuve EDS savā vai uzņēmuma vārdā", en: "Access to the EDS for yourself or for the company" },
        evidence: [
          {
            title: {
              lv: "Autentifikācija un, uzņēmumam, lietotāja tiesības tā vārdā",
              en: "Sign-in and, for a company, user rights to act on its behalf",
            },
          },
        ],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Izziņa par nodokļu nomaksas stāvokli noteiktā datumā",
          en: "Certificate of tax payment status on a given date",
        },
      },
    ],
    steps: [
      { lv: "Pieslēdzieties EDS.", en: "Sign in to the EDS." },
      {
        lv: "Izvēlieties izziņu par nodokļu nomaksas stāvokli un norādiet datumu un valodu.",
        en: "Choose the tax payment status certificate and set the date and language.",
      },
      { lv: "Lejupielādējiet izziņu un iesniedziet to, kur nepieciešams.", en: "Download the certificate and hand it in where needed." },
    ],
    legalBasis: [LAW_TAXES_AND_FEES],
    municipalities: [],
    contactPoint: VID_CONTACT,
  },
  {
    identifier: "eori-numurs",
    title: { lv: "EORI numura piešķiršana", en: "Obtaining an EORI number" },
    description: {
      lv: "EORI (ekonomikas dalībnieku reģistrācijas un identifikācijas) numurs vajadzīgs ikvienam uzņēmumam vai personai, kas deklarē preces ES muitā – ieved tās no valstīm ārpus Eiropas Savienības vai izved uz tām. Latvijā EORI numuru piešķir VID, un tas der visās ES dalībvalstīs. Numurs parasti sastāv no valsts koda “LV” un nodokļu maksātāja reģistrācijas koda, un to norāda muitas deklarācijās un citos muitas dokumentos.",
      en: "An EORI (Economic Operators Registration and Identification) number is needed by every company or person declaring goods to EU customs – importing them from outside the European Union or exporting them there. In Latvia the EORI number is issued by the SRS and is valid in all EU member states. It usually consists of the country code “LV” followed by the taxpayer registration code and is used in customs declarations and other customs documents.",
    },
    institution: "VID",
    audience: ["businesses"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "business",
    keywords: {
      lv: ["EORI", "EORI numurs", "muita", "imports", "eksports", "muitas deklarācija"],
      en: ["EORI", "EORI number", "customs", "import", "export", "customs declaration"],
    },
    channels: [EDS, VID_OFFICE],
    processingTime: { lv: "Līdz 3 darbdienām", en: "Up to 3 working days" },
    costs: [],
    requirements: [
      {
        title: { lv: "Reģistrācija kā nodokļu maksātājam Latvijā", en: "Registration as a taxpayer in Latvia" },
        evidence: [
          {
            title: {
              lv: "Uzņēmuma reģistrācijas numurs vai fiziskās personas personas kods",
              en: "Company registration number or an individual’s personal code",
            },
          },
        ],
      },
      {
        title: { lv: "Ziņas par muitas darbībām", en: "Details of customs activities" },
        evidence: [{ title: { lv: "Pieteikums EORI numura piešķiršanai", en: "Application for an EORI number" } }],
      },
    ],
    outputs: [
      {
        title: { lv: "EORI numurs, kas reģistrēts ES EORI sistēmā", en: "An EORI number registered in the EU EORI system" },
      },
    ],
    steps: [
      { lv: "Pieslēdzieties EDS uzņēmuma vārdā.", en: "Sign in to the EDS on behalf of the company." },
      { lv: "Aizpildiet un iesniedziet pieteikumu EORI numura piešķiršanai.", en: "Fill in and submit the EORI application." },
      {
        lv: "Saņemiet paziņojumu par piešķirto numuru; tā derīgumu var pārbaudīt Eiropas Komisijas EORI datubāzē.",
        en: "Receive notice of the number issued; its validity can be checked in the European Commission’s EORI database.",
      },
    ],
    legalBasis: [
      {
        title: {
          lv: "Eiropas Parlamenta un Padomes 2013. gada 9. oktobra Regula (ES) Nr. 952/2013, ar ko izveido Savienības Muitas kodeksu",
          en: "Regulation (EU) No 952/2013 of the European Parliament and of the Council of 9 October 2013 laying down the Union Customs Code",
        },
      },
      { title: { lv: "Muitas likums", en: "Customs Law" } },
    ],
    municipalities: [],
    contactPoint: VID_CONTACT,
  },
  {
    identifier: "kases-aparata-registracija",
    title: { lv: "Elektroniskās ierīces (kases aparāta) reģistrācija", en: "Registering a cash register or other electronic till" },
    description: {
      lv: "Uzņēmumiem un pašnodarbinātajiem, kas norēķinās ar pircējiem skaidrā naudā vai ar maksājumu kartēm, darījumi jāreģistrē elektroniskā ierīcē – kases aparātā vai kases sistēmā, kas iekļauta VID uzturētajā elektronisko ierīču un iekārtu sarakstā. Pirms lietošanas ierīce jāreģistrē VID, un to sagatavo darbam un apkalpo tehniskās apkopes centrs, ar kuru noslēgts līgums. Pēc reģistrācijas ierīci drīkst izmantot norēķinos un izsniegt čekus.",
      en: "Businesses and self-employed people who take cash or card payments from customers must record sales on an electronic device – a cash register or till system included in the SRS list of approved devices. Before use the device must be registered with the SRS, and it is set up and serviced by a technical maintenance centre under contract. Once registered, the device may be used for payments and for issuing receipts.",
    },
    institution: "VID",
    audience: ["businesses"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "taxes",
    keywords: {
      lv: ["kases aparāts", "kases sistēma", "čeks", "reģistrēt kasi", "elektroniskā ierīce", "skaidras naudas norēķini"],
      en: ["cash register", "till system", "receipt", "register a till", "electronic device", "cash payments"],
    },
    channels: [EDS, VID_OFFICE],
    processingTime: { lv: "Līdz 5 darbdienām", en: "Up to 5 working days" },
    costs: [],
    requirements: [
      {
        title: { lv: "Ierīce ir VID sarakstā", en: "The device is on the SRS list" },
        evidence: [{ title: { lv: "Ierīces iegādes dokuments", en: "Purchase document for the device" } }],
      },
      {
        title: { lv: "Līgums ar tehniskās apkopes centru", en: "Contract with a technical maintenance centre" },
        evidence: [{ title: { lv: "Noslēgts apkopes līgums", en: "Signed maintenance contract" } }],
      },
      {
        title: { lv: "Norēķinu vieta", en: "Place of sale" },
        evidence: [{ title: { lv: "Adrese, kurā ierīci izmantos", en: "The address where the device will be used" } }],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Ierīces reģistrācija VID ar piešķirtu reģistrācijas numuru",
          en: "Registration of the device with the SRS under a registration number",
        },
      },
    ],
    steps: [
      {
        lv: "Izvēlieties ierīci no VID saraksta un noslēdziet līgumu ar tehniskās apkopes centru.",
        en: "Choose a device from the SRS list and sign a contract with a technical maintenance centre.",
      },
      { lv: "Iesniedziet EDS pieteikumu par ierīces reģistrāciju.", en: "Submit the device registration application in the EDS." },
      {
        lv: "Tehniskās apkopes centrs sagatavo ierīci darbam un ieraksta tajā uzņēmuma datus.",
        en: "The maintenance centre sets up the device and enters the business details.",
      },
      {
        lv: "Pēc VID apstiprinājuma sāciet izmantot ierīci norēķinos.",
        en: "After SRS confirmation, start using the device for payments.",
      },
    ],
    legalBasis: [
      LAW_TAXES_AND_FEES,
      {
        title: {
          lv: "Ministru kabineta noteikumi par nodokļu un citu maksājumu reģistrēšanas elektronisko ierīču un iekārtu lietošanas kārtību",
          en: "Cabinet Regulations on the use of electronic devices and equipment for registering taxes and other payments",
        },
      },
    ],
    municipalities: [],
    contactPoint: VID_CONTACT,
  },
  {
    identifier: "zinojums-par-darba-nemejiem",
    title: {
      lv: "Ziņojums par darba ņēmējiem (darba attiecību sākums un beigas)",
      en: "Reporting employees (start and end of employment)",
    },
    description: {
      lv: "Darba devējs ar ziņojumu VID paziņo par katru darba ņēmēju, kurš sāk vai beidz darbu, kā arī par darba ņēmēja statusa izmaiņām, piemēram, bērna kopšanas atvaļinājumu. Ziņas par darba sākumu jāiesniedz ne vēlāk kā dienu pirms darba uzsākšanas, bet par darba attiecību beigām – triju darbdienu laikā. Šīs ziņas nodrošina, ka darbinieks ir sociāli apdrošināts, un tās izmanto arī VSAA un Valsts darba inspekcija.",
      en: "With this report the employer informs the SRS of every employee who starts or stops work and of changes in an employee’s status, such as childcare leave. The start of employment must be reported no later than the day before work begins, and the end within three working days. These reports make sure the employee is socially insured, and they are also used by the State Social Insurance Agency and the State Labour Inspectorate.",
    },
    institution: "VID",
    audience: ["businesses", "institutions"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "work",
    keywords: {
      lv: ["darba ņēmēju ziņojums", "ziņas par darba ņēmējiem", "pieņemt darbā", "atlaist darbinieku", "darbinieka reģistrācija", "VID"],
      en: ["employee report", "hiring", "dismissal", "register employee", "employment start", "SRS"],
    },
    channels: [EDS, VID_OFFICE],
    processingTime: { lv: "Uzreiz", en: "Immediately" },
    costs: [],
    requirements: [
      {
        title: { lv: "Darba devējs ir reģistrēts VID", en: "The employer is registered with the SRS" },
        evidence: [{ title: { lv: "EDS lietotāja tiesības uzņēmuma vārdā", en: "EDS user rights on behalf of the company" } }],
      },
      {
        title: { lv: "Darba ņēmēja dati", en: "Employee details" },
        evidence: [
          {
            title: {
              lv: "Vārds, uzvārds, personas kods, profesijas kods pēc Profesiju klasifikatora un darba sākuma vai beigu datums",
              en: "Name, personal code, occupation code from the Classification of Occupations and the start or end date",
            },
          },
        ],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Darba ņēmēja statuss reģistrēts VID darba ņēmēju reģistrā",
          en: "The employee’s status recorded in the SRS register of employees",
        },
      },
    ],
    steps: [
      { lv: "Pieslēdzieties EDS uzņēmuma vārdā.", en: "Sign in to the EDS on behalf of the company." },
      {
        lv: "Atveriet ziņojumu par darba ņēmējiem un norādiet darbinieka datus.",
        en: "Open the employee report and enter the employee’s details.",
      },
      {
        lv: "Izvēlieties statusa kodu (darba sākums, beigas vai cita izmaiņa) un datumu.",
        en: "Choose the status code (start, end or another change) and the date.",
      },
      { lv: "Iesniedziet ziņojumu noteiktajā termiņā.", en: "Submit the report by the deadline." },
    ],
    legalBasis: [LAW_SOCIAL_INSURANCE, LAW_TAXES_AND_FEES],
    municipalities: [],
    contactPoint: VID_CONTACT,
  },
  {
    identifier: "gada-parskata-iesniegsana",
    title: { lv: "Gada pārskata iesniegšana", en: "Filing the annual financial statements" },
    description: {
      lv: "Komersanti, biedrības, nodibinājumi un citas organizācijas, kas kārto grāmatvedību divkāršā ierakstu sistēmā, katru gadu sagatavo gada pārskatu un iesniedz to VID elektroniski. VID pārskatu nodod Uzņēmumu reģistram, kur tas kļūst publiski pieejams. Pārskats jāiesniedz mēneša laikā pēc tā apstiprināšanas, bet ne vēlāk kā četrus mēnešus pēc pārskata gada beigām; vidējām un lielām sabiedrībām šis termiņš ir septiņi mēneši.",
      en: "Companies, associations, foundations and other organisations keeping double-entry accounts prepare annual financial statements every year and file them electronically with the SRS. The SRS passes them to the Enterprise Register, where they become publicly available. The statements must be filed within a month of approval and no later than four months after the end of the financial year; for medium-sized and large companies the deadline is seven months.",
    },
    institution: "VID",
    audience: ["businesses"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "business",
    keywords: {
      lv: ["gada pārskats", "bilance", "finanšu pārskats", "iesniegt gada pārskatu", "grāmatvedība", "EDS"],
      en: ["annual report", "annual accounts", "balance sheet", "financial statements", "file annual report", "EDS"],
    },
    channels: [EDS],
    processingTime: {
      lv: "Pieņemšana EDS – uzreiz; Uzņēmumu reģistrā publiskots dažu darbdienu laikā",
      en: "Accepted in the EDS immediately; published by the Enterprise Register within a few working days",
    },
    costs: [],
    requirements: [
      {
        title: { lv: "Sagatavots un apstiprināts gada pārskats", en: "Prepared and approved annual statements" },
        evidence: [
          {
            title: {
              lv: "Bilance, peļņas vai zaudējumu aprēķins un pielikums; vadības ziņojums, ja tas obligāts",
              en: "Balance sheet, profit and loss account and notes; management report where required",
            },
          },
          {
            title: { lv: "Dalībnieku sapulces lēmums par pārskata apstiprināšanu", en: "Shareholders’ decision approving the statements" },
          },
          {
            title: { lv: "Zvērināta revidenta ziņojums, ja revīzija ir obligāta", en: "Sworn auditor’s report, if an audit is mandatory" },
          },
        ],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Gada pārskats reģistrēts VID un publiskots Uzņēmumu reģistrā",
          en: "Annual statements registered with the SRS and published by the Enterprise Register",
        },
      },
    ],
    steps: [
      {
        lv: "Sagatavojiet gada pārskatu un, ja nepieciešams, nodrošiniet revīziju.",
        en: "Prepare the statements and, if required, have them audited.",
      },
      { lv: "Apstipriniet pārskatu dalībnieku sapulcē.", en: "Approve the statements at the shareholders’ meeting." },
      { lv: "Iesniedziet pārskatu EDS noteiktajā termiņā.", en: "File the statements in the EDS by the deadline." },
      {
        lv: "Pārliecinieties, ka pārskats publiskots Uzņēmumu reģistra tīmekļvietnē.",
        en: "Check that the statements are published on the Enterprise Register website.",
      },
    ],
    legalBasis: [
      {
        title: {
          lv: "Gada pārskatu un konsolidēto gada pārskatu likums",
          en: "Law on the Annual Financial Statements and Consolidated Financial Statements",
        },
      },
      { title: { lv: "Grāmatvedības likums", en: "Accounting Law" } },
    ],
    municipalities: [],
    contactPoint: VID_CONTACT,
  },
  {
    identifier: "eds-pieslegsanas",
    title: {
      lv: "Pieslēgšanās VID Elektroniskās deklarēšanas sistēmai (EDS) un lietotāju tiesību piešķiršana",
      en: "Access to the SRS Electronic Declaration System (EDS) and granting user rights",
    },
    description: {
      lv: "Elektroniskās deklarēšanas sistēma (EDS) ir VID e-vide, kurā iesniedz deklarācijas, pārskatus un iesniegumus, pārbauda nodokļu kontu un sarakstās ar VID. Iedzīvotāji EDS var lietot uzreiz, autentificējoties ar internetbanku, eID karti vai eParakstu. Uzņēmuma vai organizācijas vārdā EDS darbojas tās paraksttiesīgā persona, kas var piešķirt piekļuves tiesības arī grāmatvedim, ārpakalpojuma grāmatvedības uzņēmumam vai citiem darbiniekiem.",
      en: "The Electronic Declaration System (EDS) is the SRS online environment for filing returns, reports and applications, checking your tax account and corresponding with the SRS. Residents can use the EDS straight away by signing in with online banking, an eID card or eParaksts. For a company or organisation, the person authorised to represent it works in the EDS and can grant access to an accountant, an outsourced accounting firm or other employees.",
    },
    institution: "VID",
    audience: ["residents", "businesses"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "taxes",
    keywords: {
      lv: ["EDS", "pieslēgties EDS", "VID EDS", "grāmatvedis", "piekļuves tiesības", "elektroniskā deklarēšana"],
      en: ["EDS", "SRS online", "log in to EDS", "accountant access", "user rights", "e-filing"],
    },
    channels: [EDS, VPVKAC_HELP, VID_OFFICE],
    processingTime: { lv: "Uzreiz", en: "Immediately" },
    costs: [],
    requirements: [
      {
        title: { lv: "Elektroniskās identifikācijas līdzeklis", en: "An electronic identification means" },
        evidence: [{ title: { lv: "Internetbanka, eID karte vai eParaksts", en: "Online banking, an eID card or eParaksts" } }],
      },
      {
        title: { lv: "Uzņēmuma vārdā – pārstāvības tiesības", en: "For a company – the right to represent it" },
        evidence: [
          {
            title: {
              lv: "Paraksttiesīgās personas statuss Uzņēmumu reģistrā vai tās piešķirtas lietotāja tiesības",
              en: "Registered representation rights in the Enterprise Register, or user rights granted by such a person",
            },
          },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Piekļuve EDS", en: "Access to the EDS" } },
      {
        title: { lv: "Lietotāja tiesības darboties uzņēmuma vārdā", en: "User rights to act on behalf of a company" },
      },
    ],
    steps: [
      { lv: "Atveriet EDS un autentificējieties.", en: "Open the EDS and sign in." },
      {
        lv: "Izvēlieties, vai strādāsiet savā vārdā vai pārstāvētā uzņēmuma vārdā.",
        en: "Choose whether to work for yourself or on behalf of a company you represent.",
      },
      {
        lv: "Uzņēmuma lietotāju sadaļā pievienojiet darbiniekus vai grāmatvedi un norādiet viņu tiesības.",
        en: "In the company’s user section, add employees or the accountant and set their rights.",
      },
    ],
    legalBasis: [LAW_TAXES_AND_FEES],
    municipalities: [],
    contactPoint: VID_CONTACT,
  },
  {
    identifier: "vid-konsultacija",
    title: {
      lv: "Konsultācijas par nodokļiem un muitu Valsts ieņēmumu dienestā",
      en: "Tax and customs advice from the State Revenue Service",
    },
    description: {
      lv: "VID bez maksas konsultē iedzīvotājus un uzņēmējus par nodokļu aprēķināšanu, deklarēšanu un samaksu, muitas jautājumiem un EDS lietošanu. Jautājumu var uzdot pa tālruni, rakstiski EDS sadaļā “Sarakste ar VID” vai klātienē klientu apkalpošanas centrā, kā arī apmeklēt VID seminārus. Sarežģītos gadījumos var pieprasīt uzziņu – rakstisku VID viedokli par nodokļu normu piemērošanu konkrētā situācijā.",
      en: "The SRS gives free advice to residents and businesses on calculating, declaring and paying taxes, on customs matters and on using the EDS. You can ask by phone, in writing through “Correspondence with the SRS” in the EDS or in person at a client service centre, and you can attend SRS seminars. In complex cases you can request a formal ruling – the SRS’s written view on how tax rules apply to your specific situation.",
    },
    institution: "VID",
    audience: ["residents", "businesses"],
    kind: "informative",
    maturity: 3,
    thematicArea: "taxes",
    keywords: {
      lv: ["VID konsultācija", "nodokļu jautājumi", "VID tālrunis", "muitas konsultācija", "uzziņa", "nodokļi"],
      en: ["tax advice", "SRS helpline", "customs advice", "tax ruling", "taxes"],
    },
    channels: [
      {
        type: "phone",
        note: { lv: "Konsultatīvais tālrunis +371 67120000", en: "Advice line +371 67120000" },
      },
      {
        type: "online",
        url: "https://eds.vid.gov.lv",
        note: {
          lv: "Rakstisks jautājums EDS sadaļā “Sarakste ar VID”",
          en: "A written question through “Correspondence with the SRS” in the EDS",
        },
      },
      VID_OFFICE,
    ],
    processingTime: {
      lv: "Pa tālruni – uzreiz; rakstiski – līdz 1 mēnesim",
      en: "By phone – immediately; in writing – up to 1 month",
    },
    costs: [],
    requirements: [
      {
        title: { lv: "Skaidri formulēts jautājums", en: "A clearly stated question" },
        evidence: [
          {
            title: {
              lv: "Situācijas apraksts un, rakstiskam jautājumam, saistītie dokumenti",
              en: "A description of the situation and, for written questions, related documents",
            },
          },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Skaidrojums vai atbilde uz jautājumu", en: "An explanation or answer" } },
      { title: { lv: "Uzziņa (pēc pieprasījuma)", en: "A formal ruling (on request)" } },
    ],
    steps: [
      { lv: "Izvēlieties ērtāko saziņas veidu.", en: "Choose the most convenient way to get in touch." },
      { lv: "Aprakstiet situāciju un uzdodiet jautājumu.", en: "Describe the situation and ask your question." },
      {
        lv: "Saņemiet atbildi; ja nepieciešams oficiāls viedoklis, iesniedziet uzziņas pieprasījumu.",
        en: "Receive the answer; if you need an official position, submit a request for a ruling.",
      },
    ],
    legalBasis: [LAW_TAXES_AND_FEES, LAW_SUBMISSIONS],
    municipalities: [],
    contactPoint: VID_CONTACT,
  },

  // ============================================ Enterprise Register (UR) and LIAA ============================================
  {
    identifier: "sia-dibinasana",
    title: { lv: "Sabiedrības ar ierobežotu atbildību (SIA) dibināšana", en: "Setting up a limited liability company (SIA)" },
    description: {
      lv: "Sabiedrība ar ierobežotu atbildību (SIA) ir populārākā uzņēmējdarbības forma Latvijā: dalībnieki par sabiedrības saistībām atbild tikai ar savu ieguldījumu pamatkapitālā. Minimālais pamatkapitāls ir 2800 EUR, bet, ja dalībnieki ir fiziskas personas un ievēroti citi likuma nosacījumi, var dibināt mazkapitāla SIA ar pamatkapitālu no 1 EUR. Reģistrācijas pieteikumu ar dibināšanas dokumentiem iesniedz Uzņēmumu reģistrā, un pēc ierakstīšanas komercreģistrā SIA vienlaikus kļūst arī par nodokļu maksātāju.",
      en: "A limited liability company (SIA) is the most popular business form in Latvia: its members are liable for the company’s obligations only up to their share capital contribution. The minimum share capital is EUR 2,800, but if the members are natural persons and other legal conditions are met, a small-capital SIA can be founded with capital from EUR 1. The registration application with the founding documents is submitted to the Enterprise Register, and once entered in the Commercial Register the SIA is also registered as a taxpayer.",
    },
    institution: "UR",
    audience: ["businesses"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "business",
    keywords: {
      lv: ["SIA", "dibināt uzņēmumu", "uzņēmuma reģistrācija", "firmas dibināšana", "mazkapitāla SIA", "Uzņēmumu reģistrs"],
      en: ["limited liability company", "SIA", "start a company", "company registration", "incorporation", "Enterprise Register"],
    },
    channels: [UR_ONLINE, UR_POST],
    processingTime: {
      lv: "3 darbdienas; samaksājot trīskāršu valsts nodevu – 1 darbdiena",
      en: "3 working days; 1 working day if a triple state fee is paid",
    },
    costs: [
      {
        amount: 75,
        currency: "EUR",
        description: {
          lv: "Valsts nodeva par SIA ierakstīšanu komercreģistrā (pamatkapitāls 2800 EUR vai vairāk)",
          en: "State fee for entering an SIA in the Commercial Register (share capital EUR 2,800 or more)",
        },
      },
      {
        amount: 20,
        currency: "EUR",
        description: {
          lv: "Valsts nodeva par mazkapitāla SIA ierakstīšanu komercreģistrā",
          en: "State fee for entering a small-capital SIA",
        },
      },
      {
        amount: 225,
        currency: "EUR",
        description: {
          lv: "Reģistrācija vienas darbdienas laikā – trīskārša valsts nodeva (SIA ar pamatkapitālu no 2800 EUR)",
          en: "Registration within one working day – triple state fee (SIA with share capital from EUR 2,800)",
        },
      },
    ],
    requirements: [
      {
        title: { lv: "Dibināšanas dokumenti", en: "Founding documents" },
        evidence: [
          {
            title: {
              lv: "Dibināšanas lēmums (vienam dibinātājam) vai dibināšanas līgums (vairākiem dibinātājiem)",
              en: "Founding decision (one founder) or founding agreement (several founders)",
            },
          },
          { title: { lv: "Statūti", en: "Articles of association" } },
          { title: { lv: "Pieteikums ierakstīšanai komercreģistrā", en: "Application for entry in the Commercial Register" } },
        ],
      },
      {
        title: { lv: "Apmaksāts pamatkapitāls", en: "Paid-up share capital" },
        description: {
          lv: "Parastai SIA līdz reģistrācijai jāapmaksā vismaz puse pamatkapitāla, mazkapitāla SIA – viss pamatkapitāls.",
          en: "For a standard SIA at least half of the share capital must be paid before registration; for a small-capital SIA, all of it.",
        },
        evidence: [{ title: { lv: "Bankas apliecinājums par pamatkapitāla iemaksu", en: "Bank confirmation of the capital payment" } }],
      },
      {
        title: { lv: "Valdes locekļi un juridiskā adrese", en: "Board members and registered address" },
        evidence: [
          { title: { lv: "Valdes locekļu piekrišana ieņemt amatu", en: "Board members’ consent to take office" } },
          {
            title: {
              lv: "Telpu īpašnieka piekrišana juridiskās adreses izmantošanai, ja telpas nepieder dibinātājam",
              en: "The property owner’s consent to use the address, if the premises do not belong to the founder",
            },
          },
        ],
      },
      {
        title: { lv: "Ziņas par patiesajiem labuma guvējiem", en: "Information on beneficial owners" },
        evidence: [{ title: { lv: "Norāda reģistrācijas pieteikumā", en: "Given in the registration application" } }],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Valsts notāra lēmums par SIA ierakstīšanu komercreģistrā",
          en: "State notary’s decision to enter the SIA in the Commercial Register",
        },
      },
      {
        title: {
          lv: "Reģistrācijas numurs, kas ir arī nodokļu maksātāja numurs",
          en: "Registration number, which is also the taxpayer number",
        },
      },
    ],
    steps: [
      {
        lv: "Izvēlieties nosaukumu (firmu), sagatavojiet dibināšanas lēmumu vai līgumu un statūtus.",
        en: "Choose the company name and prepare the founding decision or agreement and the articles.",
      },
      { lv: "Iemaksājiet pamatkapitālu bankā.", en: "Pay in the share capital at a bank." },
      {
        lv: "Uzņēmumu reģistra portālā sagatavojiet pieteikumu, parakstiet dokumentus ar e-parakstu un samaksājiet valsts nodevu.",
        en: "Prepare the application in the Enterprise Register portal, sign the documents with an e-signature and pay the state fee.",
      },
      { lv: "Saņemiet valsts notāra lēmumu un reģistrācijas numuru.", en: "Receive the state notary’s decision and registration number." },
      {
        lv: "Pēc reģistrācijas pieslēdzieties EDS un, ja nepieciešams, reģistrējieties PVN maksātāju reģistrā.",
        en: "After registration, start using the EDS and, if needed, register for VAT.",
      },
    ],
    legalBasis: [COMMERCIAL_LAW, LAW_ENTERPRISE_REGISTER, REGULATION_UR_FEES],
    municipalities: [],
    contactPoint: UR_CONTACT,
  },
  {
    identifier: "individuala-komersanta-registracija",
    title: { lv: "Individuālā komersanta reģistrācija", en: "Registering as a sole trader (individual merchant)" },
    description: {
      lv: "Individuālais komersants (IK) ir fiziskā persona, kas komercdarbību veic savā vārdā un ir ierakstīta komercreģistrā; par saistībām tā atbild ar visu savu mantu. Reģistrācija ir obligāta, ja gada apgrozījums pārsniedz 284 600 EUR vai ja apgrozījums pārsniedz 28 500 EUR un vienlaikus tiek nodarbināti vairāk nekā pieci darbinieki, kā arī komercaģentiem un mākleriem. Citos gadījumos IK statusu var izvēlēties brīvprātīgi, piemēram, lai darbotos ar savu firmas nosaukumu.",
      en: "An individual merchant (IK) is a natural person who trades in their own name and is entered in the Commercial Register; they are liable for obligations with all their property. Registration is mandatory if annual turnover exceeds EUR 284,600, or if turnover exceeds EUR 28,500 and more than five people are employed at the same time, and also for commercial agents and brokers. In other cases the IK status can be chosen voluntarily, for example to trade under a business name.",
    },
    institution: "UR",
    audience: ["businesses", "residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "business",
    keywords: {
      lv: ["IK", "individuālais komersants", "reģistrēt IK", "uzņēmējs", "komercreģistrs"],
      en: ["sole trader", "individual merchant", "IK", "register a business", "Commercial Register"],
    },
    channels: [UR_ONLINE, UR_POST],
    processingTime: { lv: "3 darbdienas", en: "3 working days" },
    costs: [
      {
        amount: 30,
        currency: "EUR",
        description: {
          lv: "Valsts nodeva par individuālā komersanta ierakstīšanu komercreģistrā",
          en: "State fee for entering an individual merchant in the Commercial Register",
        },
      },
    ],
    requirements: [
      {
        title: { lv: "Pieteikums ar firmas datiem", en: "Application with the business details" },
        evidence: [
          {
            title: {
              lv: "Pieteikums ierakstīšanai komercreģistrā (firma, juridiskā adrese, darbības veidi)",
              en: "Application for entry in the Commercial Register (business name, registered address, activities)",
            },
          },
          {
            title: {
              lv: "Telpu īpašnieka piekrišana juridiskās adreses izmantošanai, ja nepieciešams",
              en: "The property owner’s consent to use the registered address, if needed",
            },
          },
        ],
      },
      {
        title: { lv: "Samaksāta valsts nodeva", en: "State fee paid" },
        evidence: [{ title: { lv: "Maksājums Uzņēmumu reģistra portālā", en: "Payment in the Enterprise Register portal" } }],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Valsts notāra lēmums par IK ierakstīšanu komercreģistrā",
          en: "State notary’s decision to enter the IK in the register",
        },
      },
      { title: { lv: "Reģistrācijas numurs", en: "Registration number" } },
    ],
    steps: [
      { lv: "Izvēlieties firmas nosaukumu un juridisko adresi.", en: "Choose the business name and registered address." },
      {
        lv: "Aizpildiet pieteikumu Uzņēmumu reģistra portālā un parakstiet to ar e-parakstu.",
        en: "Fill in the application in the Enterprise Register portal and sign it with an e-signature.",
      },
      { lv: "Samaksājiet valsts nodevu.", en: "Pay the state fee." },
      { lv: "Saņemiet lēmumu un sāciet darbību.", en: "Receive the decision and start trading." },
    ],
    legalBasis: [COMMERCIAL_LAW, REGULATION_UR_FEES],
    municipalities: [],
    contactPoint: UR_CONTACT,
  },
  {
    identifier: "juridiskas-adreses-maina",
    title: { lv: "Komersanta juridiskās adreses maiņa", en: "Changing a company’s registered address" },
    description: {
      lv: "Juridiskā adrese ir adrese, kurā komersants ir sasniedzams un saņem oficiālo korespondenci, tāpēc, pārceļoties uz citām telpām, tā jāmaina komercreģistrā. Pieteikumu iesniedz valde 14 dienu laikā pēc lēmuma pieņemšanas; ja telpas komersantam nepieder, vajadzīga to īpašnieka piekrišana. Ja adrese mainījusies pašvaldības lēmuma dēļ, piemēram, pārdēvēta iela, valsts nodeva nav jāmaksā.",
      en: "The registered address is where a company can be reached and receives official correspondence, so when it moves to other premises the address must be changed in the Commercial Register. The board submits the application within 14 days of the decision; if the company does not own the premises, the owner’s consent is required. If the address changed because of a municipal decision, such as a street being renamed, no state fee is charged.",
    },
    institution: "UR",
    audience: ["businesses"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "business",
    keywords: {
      lv: ["juridiskā adrese", "adreses maiņa", "mainīt uzņēmuma adresi", "pārcelšanās", "komercreģistrs"],
      en: ["registered address", "change of address", "company address", "relocation", "Commercial Register"],
    },
    channels: [UR_ONLINE, UR_POST],
    processingTime: { lv: "3 darbdienas", en: "3 working days" },
    costs: [UR_CHANGE_FEE],
    requirements: [
      {
        title: { lv: "Lēmums par adreses maiņu", en: "Decision to change the address" },
        evidence: [
          { title: { lv: "Valdes vai dalībnieku lēmums", en: "Decision of the board or the shareholders" } },
          { title: { lv: "Pieteikums izmaiņu reģistrācijai", en: "Application to register the change" } },
        ],
      },
      {
        title: { lv: "Tiesības izmantot telpas", en: "Right to use the premises" },
        evidence: [
          {
            title: {
              lv: "Telpu īpašnieka rakstiska piekrišana, ja telpas nepieder komersantam",
              en: "Written consent of the owner, if the company does not own the premises",
            },
          },
        ],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Valsts notāra lēmums un ieraksts komercreģistrā par jauno juridisko adresi",
          en: "State notary’s decision and an entry in the Commercial Register with the new address",
        },
      },
    ],
    steps: [
      { lv: "Pieņemiet lēmumu par juridiskās adreses maiņu.", en: "Take the decision to change the registered address." },
      { lv: "Saņemiet telpu īpašnieka piekrišanu.", en: "Obtain the property owner’s consent." },
      {
        lv: "Iesniedziet pieteikumu Uzņēmumu reģistra portālā un samaksājiet valsts nodevu.",
        en: "Submit the application in the Enterprise Register portal and pay the state fee.",
      },
      {
        lv: "Pēc reģistrācijas atjaunojiet adresi rēķinos, līgumos un kases aparātu čekos.",
        en: "After registration, update the address on invoices, contracts and till receipts.",
      },
    ],
    legalBasis: [COMMERCIAL_LAW, REGULATION_UR_FEES],
    municipalities: [],
    contactPoint: UR_CONTACT,
  },
  {
    identifier: "valdes-loceklu-maina",
    title: { lv: "Valdes locekļu maiņa", en: "Changing board members" },
    description: {
      lv: "Kapitālsabiedrības valdes locekļus ievēl un atsauc dalībnieku sapulce vai, akciju sabiedrībā, padome, taču attiecībā pret trešajām personām izmaiņas ir spēkā tikai pēc to ierakstīšanas komercreģistrā. Pieteikumam pievieno lēmumu un jaunā valdes locekļa piekrišanu ieņemt amatu; dokumentus paraksta ar drošu elektronisko parakstu vai paraksti jāapliecina notāram. Valdes loceklis var arī pats atkāpties no amata, paziņojot par to sabiedrībai un Uzņēmumu reģistram.",
      en: "Board members of a capital company are elected and removed by the shareholders’ meeting or, in a joint-stock company, by the supervisory board, but the change is effective towards third parties only once entered in the Commercial Register. The application comes with the decision and the new board member’s consent to take office; documents are signed with a qualified e-signature or the signatures are certified by a notary. A board member can also resign by notifying the company and the Enterprise Register.",
    },
    institution: "UR",
    audience: ["businesses"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "business",
    keywords: {
      lv: ["valdes maiņa", "valdes loceklis", "mainīt valdi", "direktora maiņa", "atkāpšanās no valdes"],
      en: ["board change", "board member", "change of director", "appoint director", "resign from board"],
    },
    channels: [UR_ONLINE, UR_POST],
    processingTime: { lv: "3 darbdienas", en: "3 working days" },
    costs: [UR_CHANGE_FEE],
    requirements: [
      {
        title: { lv: "Lēmums par valdes sastāva maiņu", en: "Decision to change the board" },
        evidence: [
          {
            title: {
              lv: "Dalībnieku sapulces protokols vai vienīgā dalībnieka lēmums",
              en: "Minutes of the shareholders’ meeting or the sole shareholder’s decision",
            },
          },
          { title: { lv: "Pieteikums izmaiņu reģistrācijai", en: "Application to register the change" } },
        ],
      },
      {
        title: { lv: "Jaunā valdes locekļa piekrišana", en: "Consent of the new board member" },
        evidence: [
          {
            title: {
              lv: "Piekrišana ieņemt amatu, parakstīta ar e-parakstu vai notariāli apliecināta",
              en: "Consent to take office, signed electronically or certified by a notary",
            },
          },
        ],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Ieraksts komercreģistrā par valdes sastāvu un pārstāvības tiesībām",
          en: "Commercial Register entry on the board and representation rights",
        },
      },
    ],
    steps: [
      { lv: "Pieņemiet lēmumu par valdes locekļu ievēlēšanu vai atsaukšanu.", en: "Decide on electing or removing board members." },
      { lv: "Saņemiet jaunā valdes locekļa parakstītu piekrišanu.", en: "Obtain the signed consent of the new board member." },
      {
        lv: "Iesniedziet pieteikumu Uzņēmumu reģistra portālā un samaksājiet valsts nodevu.",
        en: "Submit the application in the Enterprise Register portal and pay the state fee.",
      },
      {
        lv: "Pēc reģistrācijas atjaunojiet paraksttiesības bankā un EDS.",
        en: "After registration, update signing rights at the bank and in the EDS.",
      },
    ],
    legalBasis: [COMMERCIAL_LAW, REGULATION_UR_FEES],
    municipalities: [],
    contactPoint: UR_CONTACT,
  },
  {
    identifier: "komersanta-likvidacija",
    title: {
      lv: "Komersanta likvidācija un izslēgšana no komercreģistra",
      en: "Liquidating a company and removing it from the Commercial Register",
    },
    description: {
      lv: "Ja īpašnieki nolemj izbeigt komercsabiedrības darbību, tā jālikvidē: jāieceļ likvidators, jāpaziņo kreditoriem, jānokārto saistības un jāsadala atlikusī manta. Likvidācijas uzsākšanu reģistrē Uzņēmumu reģistrā, kas izsludina uzaicinājumu kreditoriem pieteikt prasījumus, parasti triju mēnešu laikā. Kad saistības nokārtotas un sagatavots likvidācijas slēguma finanšu pārskats, likvidators iesniedz pieteikumu par likvidācijas pabeigšanu, un sabiedrību izslēdz no komercreģistra. Individuālo komersantu izslēdz no reģistra pēc paša pieteikuma bez likvidācijas procesa.",
      en: "When the owners decide to wind up a company, it must be liquidated: a liquidator is appointed, creditors are notified, obligations are settled and the remaining assets are distributed. The start of liquidation is registered with the Enterprise Register, which publishes a call for creditors to submit claims, usually within three months. Once obligations are settled and the closing financial statements are prepared, the liquidator applies to complete the liquidation and the company is removed from the Commercial Register. An individual merchant is removed from the register on their own application, without a liquidation procedure.",
    },
    institution: "UR",
    audience: ["businesses"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "business",
    keywords: {
      lv: ["likvidācija", "likvidēt uzņēmumu", "SIA slēgšana", "izslēgšana no reģistra", "likvidators", "uzņēmuma darbības izbeigšana"],
      en: ["liquidation", "close a company", "wind up", "strike off", "liquidator"],
    },
    channels: [UR_ONLINE, UR_POST],
    processingTime: {
      lv: "Vismaz 3–4 mēneši, jo kreditoru prasījumu termiņš ir vismaz 3 mēneši; katru ierakstu izdara 3 darbdienu laikā",
      en: "At least 3–4 months, since creditors have at least 3 months to claim; each entry is made within 3 working days",
    },
    costs: [
      {
        amount: 30,
        currency: "EUR",
        description: {
          lv: "Valsts nodeva par likvidācijas uzsākšanas reģistrāciju",
          en: "State fee for registering the start of liquidation",
        },
      },
    ],
    requirements: [
      {
        title: { lv: "Lēmums par darbības izbeigšanu", en: "Decision to end the business" },
        evidence: [
          {
            title: {
              lv: "Dalībnieku lēmums par likvidāciju un likvidatora iecelšanu",
              en: "Shareholders’ decision on liquidation and appointment of the liquidator",
            },
          },
          { title: { lv: "Likvidatora piekrišana", en: "The liquidator’s consent" } },
        ],
      },
      {
        title: { lv: "Nokārtotas saistības", en: "Obligations settled" },
        evidence: [
          { title: { lv: "Likvidācijas slēguma finanšu pārskats", en: "Closing liquidation financial statements" } },
          { title: { lv: "Atlikušās mantas sadales plāns", en: "Plan for distributing the remaining assets" } },
          {
            title: {
              lv: "Paziņojums VID par likvidācijas uzsākšanu un norēķināšanās ar nodokļu administrāciju",
              en: "Notice to the SRS of the liquidation and settlement with the tax administration",
            },
          },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Ieraksts par likvidācijas uzsākšanu un likvidatoru", en: "Entry on the start of liquidation and the liquidator" } },
      { title: { lv: "Lēmums par izslēgšanu no komercreģistra", en: "Decision to remove the company from the Commercial Register" } },
    ],
    steps: [
      { lv: "Pieņemiet lēmumu par likvidāciju un ieceliet likvidatoru.", en: "Decide on liquidation and appoint a liquidator." },
      {
        lv: "Iesniedziet pieteikumu par likvidācijas uzsākšanu Uzņēmumu reģistrā un informējiet VID.",
        en: "Apply to the Enterprise Register to start liquidation and inform the SRS.",
      },
      {
        lv: "Pagaidiet kreditoru prasījumu termiņu un nokārtojiet visas saistības.",
        en: "Wait for the creditors’ claim period and settle all obligations.",
      },
      {
        lv: "Sagatavojiet slēguma finanšu pārskatu un sadaliet atlikušo mantu.",
        en: "Prepare the closing financial statements and distribute the remaining assets.",
      },
      {
        lv: "Iesniedziet pieteikumu par likvidācijas pabeigšanu un saņemiet lēmumu par izslēgšanu.",
        en: "Apply to complete the liquidation and receive the decision on removal.",
      },
    ],
    legalBasis: [COMMERCIAL_LAW, LAW_TAXES_AND_FEES, REGULATION_UR_FEES],
    municipalities: [],
    contactPoint: UR_CONTACT,
  },
  {
    identifier: "biedribas-registracija",
    title: { lv: "Biedrības vai nodibinājuma reģistrācija", en: "Registering an association or foundation" },
    description: {
      lv: "Biedrība ir brīvprātīga personu apvienība bezpeļņas mērķim – sporta klubs, vecāku kopiena, interešu grupa –, bet nodibinājums ir manta, kas nodalīta dibinātāja noteiktam mērķim. Biedrību var dibināt vismaz divas personas, pieņemot dibināšanas lēmumu, apstiprinot statūtus un ievēlot valdi. Reģistrācijas pieteikumu iesniedz Uzņēmumu reģistrā, un pēc ierakstīšanas biedrību un nodibinājumu reģistrā organizācija kļūst par juridisku personu, kas var atvērt bankas kontu, slēgt līgumus un pieteikties finansējumam.",
      en: "An association is a voluntary union of people for a non-profit purpose – a sports club, a parents’ group, an interest group – while a foundation is property set aside for a purpose defined by its founder. An association can be founded by at least two persons who adopt a founding decision, approve the articles and elect a board. The registration application is submitted to the Enterprise Register, and once entered in the Register of Associations and Foundations the organisation becomes a legal person that can open a bank account, sign contracts and apply for funding.",
    },
    institution: "UR",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "participation",
    keywords: {
      lv: ["biedrība", "nodibinājums", "NVO", "dibināt biedrību", "biedrību reģistrs", "sporta klubs"],
      en: ["association", "foundation", "NGO", "non-profit", "register an association"],
    },
    channels: [UR_ONLINE, UR_POST],
    processingTime: { lv: "Līdz 7 darbdienām", en: "Up to 7 working days" },
    costs: [
      {
        amount: 11.38,
        currency: "EUR",
        description: {
          lv: "Valsts nodeva par biedrības vai nodibinājuma reģistrāciju (iesniedzot un saņemot atbildi elektroniski – par 10 % mazāk); no nodevas atbrīvotas biedrības, kas apvieno personas ar invaliditāti, bāreņus vai daudzbērnu ģimenes",
          en: "State fee for registering an association or foundation (10% less when filed and answered electronically); associations of people with disabilities, orphans or large families are exempt",
        },
      },
    ],
    requirements: [
      {
        title: { lv: "Dibināšanas dokumenti", en: "Founding documents" },
        evidence: [
          {
            title: {
              lv: "Dibināšanas lēmums (biedrībai) vai dibināšanas akts (nodibinājumam)",
              en: "Founding decision (association) or deed of foundation (foundation)",
            },
          },
          { title: { lv: "Statūti", en: "Articles of association" } },
          { title: { lv: "Pieteikums ierakstīšanai reģistrā", en: "Application for registration" } },
        ],
      },
      {
        title: { lv: "Valde un juridiskā adrese", en: "Board and registered address" },
        evidence: [
          { title: { lv: "Valdes locekļu piekrišana ieņemt amatu", en: "Board members’ consent to take office" } },
          {
            title: {
              lv: "Telpu īpašnieka piekrišana juridiskās adreses izmantošanai, ja nepieciešams",
              en: "The property owner’s consent to use the address, if needed",
            },
          },
        ],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Lēmums par ierakstīšanu biedrību un nodibinājumu reģistrā un reģistrācijas numurs",
          en: "Decision on entry in the Register of Associations and Foundations, and a registration number",
        },
      },
    ],
    steps: [
      {
        lv: "Sapulcē pieņemiet dibināšanas lēmumu, apstipriniet statūtus un ievēliet valdi.",
        en: "At a meeting, adopt the founding decision, approve the articles and elect the board.",
      },
      {
        lv: "Sagatavojiet pieteikumu Uzņēmumu reģistra portālā un parakstiet dokumentus.",
        en: "Prepare the application in the Enterprise Register portal and sign the documents.",
      },
      { lv: "Samaksājiet valsts nodevu, ja neesat no tās atbrīvoti.", en: "Pay the state fee unless exempt." },
      {
        lv: "Saņemiet lēmumu un, ja plānojat saņemt ziedojumus ar nodokļu atvieglojumiem, piesakieties sabiedriskā labuma organizācijas statusam VID.",
        en: "Receive the decision and, if you plan to receive tax-deductible donations, apply to the SRS for public benefit organisation status.",
      },
    ],
    legalBasis: [
      { title: { lv: "Biedrību un nodibinājumu likums", en: "Associations and Foundations Law" } },
      {
        title: {
          lv: "Ministru kabineta 2004. gada 15. aprīļa noteikumi Nr. 308 “Noteikumi par valsts nodevu ieraksta izdarīšanai biedrību un nodibinājumu reģistrā”",
          en: "Cabinet Regulation No. 308 of 15 April 2004 on the state fee for entries in the Register of Associations and Foundations",
        },
        url: "https://likumi.lv/ta/id/87233",
      },
    ],
    municipalities: [],
    contactPoint: UR_CONTACT,
  },
  {
    identifier: "patiesa-labuma-guveja-pazinosana",
    title: { lv: "Patiesā labuma guvēja paziņošana", en: "Reporting the beneficial owner" },
    description: {
      lv: "Patiesā labuma guvējs ir fiziskā persona, kurai tieši vai netieši pieder vai kura kontrolē juridisko personu, piemēram, tai pieder vairāk nekā 25 % kapitāla daļu vai balsstiesību. Komersantiem, biedrībām, nodibinājumiem un citiem tiesību subjektiem ziņas par patiesajiem labuma guvējiem jāpaziņo Uzņēmumu reģistram, un par izmaiņām jāziņo 14 dienu laikā no dienas, kad tās kļuvušas zināmas. Ja ziņas netiek sniegtas, Uzņēmumu reģistrs var uzsākt tiesību subjekta darbības izbeigšanu.",
      en: "A beneficial owner is the natural person who directly or indirectly owns or controls a legal person, for example by holding more than 25% of the shares or voting rights. Companies, associations, foundations and other legal entities must report their beneficial owners to the Enterprise Register, and changes must be reported within 14 days of becoming known. If the information is not provided, the Enterprise Register may start proceedings to terminate the entity.",
    },
    institution: "UR",
    audience: ["businesses"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "business",
    keywords: {
      lv: ["patiesā labuma guvējs", "PLG", "īstais īpašnieks", "labuma guvējs", "Uzņēmumu reģistrs"],
      en: ["beneficial owner", "UBO", "ultimate owner", "beneficial ownership", "Enterprise Register"],
    },
    channels: [UR_ONLINE, UR_POST],
    processingTime: { lv: "3 darbdienas", en: "3 working days" },
    costs: [],
    requirements: [
      {
        title: { lv: "Ziņas par patieso labuma guvēju", en: "Details of the beneficial owner" },
        evidence: [
          {
            title: {
              lv: "Vārds, uzvārds, personas kods vai dzimšanas datums, valstiskā piederība un dzīvesvietas valsts",
              en: "Name, personal code or date of birth, nationality and country of residence",
            },
          },
          {
            title: {
              lv: "Kontroles veids – tieša vai netieša līdzdalība vai cits kontroles pamats",
              en: "How control is exercised – direct or indirect ownership or another form of control",
            },
          },
        ],
      },
    ],
    outputs: [
      {
        title: { lv: "Reģistrētas ziņas par patieso labuma guvēju", en: "Registered information on the beneficial owner" },
      },
    ],
    steps: [
      {
        lv: "Noskaidrojiet, kuras fiziskās personas kontrolē tiesību subjektu.",
        en: "Identify the natural persons who control the entity.",
      },
      {
        lv: "Aizpildiet paziņojumu Uzņēmumu reģistra portālā un parakstiet to.",
        en: "Fill in the notification in the Enterprise Register portal and sign it.",
      },
      { lv: "Saņemiet apstiprinājumu par ziņu reģistrāciju.", en: "Receive confirmation that the information is registered." },
    ],
    legalBasis: [
      {
        title: {
          lv: "Noziedzīgi iegūtu līdzekļu legalizācijas un terorisma un proliferācijas finansēšanas novēršanas likums",
          en: "Law on the Prevention of Money Laundering and Terrorism and Proliferation Financing",
        },
      },
      LAW_ENTERPRISE_REGISTER,
    ],
    municipalities: [],
    contactPoint: UR_CONTACT,
  },
  {
    identifier: "uznemumu-registra-izzina",
    title: { lv: "Izziņa no Uzņēmumu reģistra", en: "Information and certificates from the Enterprise Register" },
    description: {
      lv: "Uzņēmumu reģistra informācijas tīmekļvietnē ikviens bez maksas var pārbaudīt uzņēmuma, biedrības vai cita tiesību subjekta aktuālos datus – reģistrācijas numuru, juridisko adresi, valdes locekļus un viņu pārstāvības tiesības, dalībniekus un patiesos labuma guvējus. Pēc autentifikācijas pieejama arī vēsturiskā informācija un reģistrācijas lietas publiskās daļas dokumenti, piemēram, statūti un gada pārskati. Ja informācija vajadzīga oficiāla dokumenta veidā, piemēram, ārvalstu iestādei, var pieprasīt izziņu vai apliecinātu dokumenta kopiju.",
      en: "On the Enterprise Register information website anyone can check, free of charge, the current data of a company, association or other entity – registration number, registered address, board members and their representation rights, shareholders and beneficial owners. After signing in, historical information and the public documents in the registration file, such as articles and annual reports, are also available. If the information is needed as an official document, for example for a foreign authority, you can request a certificate or a certified copy.",
    },
    institution: "UR",
    audience: ["businesses", "residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "business",
    keywords: {
      lv: ["izziņa no UR", "uzņēmuma dati", "reģistrācijas numurs", "valdes locekļi", "pārbaudīt uzņēmumu", "UR izziņa"],
      en: ["company register extract", "company details", "registration number", "board members", "check a company"],
    },
    channels: [
      {
        type: "online",
        url: "https://info.ur.gov.lv",
        note: {
          lv: "Uzņēmumu reģistra informācijas tīmekļvietne – aktuālie dati bez autentifikācijas",
          en: "Enterprise Register information website – current data without signing in",
        },
      },
      UR_ONLINE,
      UR_POST,
    ],
    processingTime: {
      lv: "Tīmekļvietnē – uzreiz; oficiāla izziņa – dažu darbdienu laikā",
      en: "Online – immediately; an official certificate – within a few working days",
    },
    costs: [
      {
        amount: 0,
        currency: "EUR",
        description: {
          lv: "Aktuālās un vēsturiskās informācijas apskate tīmekļvietnē – bez maksas; oficiālas izziņas un apliecinātas kopijas – pēc Uzņēmumu reģistra maksas pakalpojumu cenrāža",
          en: "Viewing current and historical information online is free; official certificates and certified copies are charged according to the Enterprise Register price list",
        },
      },
    ],
    requirements: [
      {
        title: { lv: "Tiesību subjekta identificēšana", en: "Identifying the entity" },
        evidence: [{ title: { lv: "Nosaukums vai reģistrācijas numurs", en: "Name or registration number" } }],
      },
      {
        title: { lv: "Autentifikācija vēsturiskajai informācijai un dokumentiem", en: "Signing in for historical data and documents" },
        evidence: [{ title: { lv: "eID karte, eParaksts vai internetbanka", en: "eID card, eParaksts or online banking" } }],
      },
    ],
    outputs: [
      { title: { lv: "Aktuālā un vēsturiskā informācija par tiesību subjektu", en: "Current and historical information on the entity" } },
      { title: { lv: "Izziņa vai apliecināta dokumenta kopija (pēc pieprasījuma)", en: "Certificate or certified copy (on request)" } },
    ],
    steps: [
      { lv: "Atveriet Uzņēmumu reģistra informācijas tīmekļvietni.", en: "Open the Enterprise Register information website." },
      {
        lv: "Meklējiet tiesību subjektu pēc nosaukuma vai reģistrācijas numura.",
        en: "Search for the entity by name or registration number.",
      },
      {
        lv: "Ja nepieciešams oficiāls dokuments, pieprasiet izziņu pakalpojumu portālā un samaksājiet pēc cenrāža.",
        en: "If you need an official document, request a certificate in the service portal and pay according to the price list.",
      },
    ],
    legalBasis: [
      LAW_ENTERPRISE_REGISTER,
      {
        title: {
          lv: "Ministru kabineta 2020. gada 7. janvāra noteikumi Nr. 23 “Latvijas Republikas Uzņēmumu reģistra informācijas izsniegšanas noteikumi un maksas pakalpojumu cenrādis”",
          en: "Cabinet Regulation No. 23 of 7 January 2020 on the provision of information and the price list of paid services of the Enterprise Register",
        },
        url: "https://likumi.lv/ta/id/311890",
      },
    ],
    municipalities: [],
    contactPoint: UR_CONTACT,
  },
  {
    identifier: "eksporta-veicinasanas-atbalsts",
    title: { lv: "Eksporta veicināšanas atbalsts", en: "Export promotion support" },
    description: {
      lv: "Latvijas Investīciju un attīstības aģentūra (LIAA) palīdz uzņēmumiem iziet ārvalstu tirgos: organizē Latvijas nacionālos stendus starptautiskās izstādēs, tirdzniecības misijas un kontaktbiržas, kā arī ar savu ārvalstu biroju starpniecību palīdz atrast sadarbības partnerus un izpētīt tirgu. Atbalsta programmās uzņēmums var saņemt līdzfinansējumu daļai izdevumu par dalību izstādēs un misijās kā de minimis atbalstu. Pakalpojums paredzēts Latvijā reģistrētiem komersantiem, īpaši mazajiem un vidējiem uzņēmumiem.",
      en: "The Investment and Development Agency of Latvia (LIAA) helps companies enter foreign markets: it organises Latvian national stands at international trade fairs, trade missions and business matchmaking events, and through its offices abroad helps find partners and research markets. Under its support programmes a company can receive co-financing for part of the cost of fairs and missions as de minimis aid. The service is for companies registered in Latvia, especially small and medium-sized enterprises.",
    },
    institution: "LIAA",
    audience: ["businesses"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "business",
    keywords: {
      lv: ["eksports", "izstādes", "LIAA", "tirdzniecības misija", "ārvalstu tirgi", "līdzfinansējums"],
      en: ["export", "trade fairs", "LIAA", "trade mission", "foreign markets", "co-financing"],
    },
    channels: [
      {
        type: "online",
        url: "https://www.liaa.gov.lv",
        note: {
          lv: "Pasākumu kalendārs un pieteikšanās LIAA tīmekļvietnē",
          en: "Event calendar and applications on the LIAA website",
        },
      },
      {
        type: "in_person",
        note: {
          lv: "Konsultācijas LIAA birojā Rīgā un reģionālajos biroju punktos",
          en: "Advice at the LIAA office in Riga and regional contact points",
        },
      },
      { type: "phone", note: { lv: "LIAA tālrunis +371 67039400", en: "LIAA phone +371 67039400" } },
    ],
    processingTime: { lv: "Lēmums par atbalstu – līdz 1 mēnesim", en: "Decision on support – up to 1 month" },
    costs: [],
    requirements: [
      {
        title: { lv: "Latvijā reģistrēts komersants", en: "A company registered in Latvia" },
        evidence: [{ title: { lv: "Reģistrācija komercreģistrā", en: "Registration in the Commercial Register" } }],
      },
      {
        title: { lv: "Atbilstība de minimis atbalsta nosacījumiem", en: "Eligibility for de minimis aid" },
        evidence: [
          {
            title: {
              lv: "De minimis atbalsta uzskaites veidlapa, kas sagatavota VID sistēmā",
              en: "De minimis aid record form prepared in the SRS system",
            },
          },
        ],
      },
      {
        title: { lv: "Nav nodokļu parādu", en: "No tax debts" },
        evidence: [{ title: { lv: "LIAA pārbauda VID datus", en: "LIAA checks SRS data" } }],
      },
    ],
    outputs: [
      { title: { lv: "Dalība nacionālajā stendā vai tirdzniecības misijā", en: "Participation in a national stand or trade mission" } },
      { title: { lv: "Līgums par līdzfinansējumu", en: "Co-financing agreement" } },
      { title: { lv: "Kontakti ar potenciālajiem partneriem ārvalstīs", en: "Contacts with potential partners abroad" } },
    ],
    steps: [
      {
        lv: "Izvēlieties izstādi vai misiju LIAA pasākumu kalendārā vai konsultējieties par mērķa tirgu.",
        en: "Pick a fair or mission in the LIAA event calendar or get advice on your target market.",
      },
      { lv: "Iesniedziet pieteikumu ar de minimis uzskaites veidlapu.", en: "Submit the application with the de minimis form." },
      { lv: "Noslēdziet līgumu par dalību un līdzfinansējumu.", en: "Sign the participation and co-financing agreement." },
      {
        lv: "Piedalieties pasākumā un iesniedziet izdevumu apliecinājumus līdzfinansējuma saņemšanai.",
        en: "Take part in the event and submit proof of costs to receive the co-financing.",
      },
    ],
    legalBasis: [
      { title: { lv: "Komercdarbības atbalsta kontroles likums", en: "Law on Control of Aid for Commercial Activity" } },
      {
        title: {
          lv: "Komisijas 2023. gada 13. decembra Regula (ES) 2023/2831 par de minimis atbalstu",
          en: "Commission Regulation (EU) 2023/2831 of 13 December 2023 on de minimis aid",
        },
      },
    ],
    municipalities: [],
    contactPoint: LIAA_CONTACT,
  },
  {
    identifier: "biznesa-inkubatori",
    title: { lv: "Biznesa inkubatoru atbalsts jaunajiem uzņēmumiem", en: "Business incubator support for new companies" },
    description: {
      lv: "LIAA biznesa inkubatori visos Latvijas reģionos palīdz jaunajiem uzņēmējiem pārvērst ideju dzīvotspējīgā uzņēmumā. Pirmsinkubācijā ideju var attīstīt vēl pirms uzņēmuma dibināšanas, saņemot mentoru konsultācijas, apmācības un iespēju strādāt kopstrādes telpās. Inkubācijā jau reģistrēts jaunais uzņēmums var saņemt arī līdzfinansējumu biznesa pakalpojumiem un aprīkojumam. Dalībniekus atlasa konkursā, vērtējot ideju, komandu un izaugsmes iespējas.",
      en: "LIAA business incubators in every region of Latvia help new entrepreneurs turn an idea into a viable company. In pre-incubation you can develop the idea even before setting up a company, with mentoring, training and access to co-working space. In incubation, an already registered young company can also receive co-financing for business services and equipment. Participants are selected in a competition assessing the idea, the team and the growth potential.",
    },
    institution: "LIAA",
    audience: ["businesses", "residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "business",
    keywords: {
      lv: ["biznesa inkubators", "jaunuzņēmums", "starta uzņēmums", "mentors", "LIAA", "sava biznesa sākšana"],
      en: ["business incubator", "startup", "new company", "mentoring", "LIAA", "start a business"],
    },
    channels: [
      {
        type: "online",
        url: "https://www.liaa.gov.lv",
        note: { lv: "Atlases izsludināšana un pieteikumi LIAA tīmekļvietnē", en: "Calls and applications on the LIAA website" },
      },
      {
        type: "in_person",
        note: { lv: "Reģionālajos biznesa inkubatoros", en: "At the regional business incubators" },
      },
    ],
    processingTime: {
      lv: "Pieteikumus vērtē atlases kārtās; lēmums – līdz 1 mēnesim",
      en: "Applications are assessed in selection rounds; decision within 1 month",
    },
    costs: [],
    requirements: [
      {
        title: { lv: "Biznesa ideja vai jauns uzņēmums", en: "A business idea or a young company" },
        evidence: [
          { title: { lv: "Pieteikums ar biznesa idejas aprakstu", en: "Application describing the business idea" } },
          {
            title: {
              lv: "Inkubācijai – reģistrēts jauns komersants, kas atbilst MVU un de minimis nosacījumiem",
              en: "For incubation – a newly registered company meeting SME and de minimis conditions",
            },
          },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Dalība pirmsinkubācijas vai inkubācijas programmā", en: "A place in the pre-incubation or incubation programme" } },
      { title: { lv: "Mentoru konsultācijas un apmācības", en: "Mentoring and training" } },
      { title: { lv: "Līdzfinansējums biznesa pakalpojumiem (inkubācijā)", en: "Co-financing for business services (incubation)" } },
    ],
    steps: [
      { lv: "Sazinieties ar tuvāko LIAA biznesa inkubatoru.", en: "Contact your nearest LIAA business incubator." },
      { lv: "Iesniedziet pieteikumu atlases kārtā.", en: "Apply in a selection round." },
      { lv: "Prezentējiet ideju vērtēšanas komisijai.", en: "Present your idea to the selection panel." },
      { lv: "Noslēdziet līgumu un sāciet darbu ar mentoru.", en: "Sign the agreement and start working with a mentor." },
    ],
    legalBasis: [
      { title: { lv: "Komercdarbības atbalsta kontroles likums", en: "Law on Control of Aid for Commercial Activity" } },
      {
        title: {
          lv: "Komisijas 2023. gada 13. decembra Regula (ES) 2023/2831 par de minimis atbalstu",
          en: "Commission Regulation (EU) 2023/2831 of 13 December 2023 on de minimis aid",
        },
      },
    ],
    municipalities: [],
    contactPoint: LIAA_CONTACT,
  },

  // ===================================================== Consumers, police, safety =====================================================
  {
    identifier: "pateretaja-sudziba",
    title: { lv: "Patērētāja sūdzība par preci vai pakalpojumu", en: "Consumer complaint about goods or services" },
    description: {
      lv: "Ja nopirktā prece ir bojāta, pakalpojums nav sniegts, kā solīts, vai tirgotājs neatdod naudu, patērētājs vispirms rakstiski vēršas pie pārdevēja vai pakalpojuma sniedzēja, kuram jāatbild 15 dienu laikā. Ja atbilde nav saņemta vai strīds nav atrisināts, patērētājs var iesniegt iesniegumu Patērētāju tiesību aizsardzības centram (PTAC), kas izvērtē, vai nav pārkāptas patērētāju tiesības, un var uzdot komersantam pārkāpumu novērst. Strīdus par naudas prasījumiem var izskatīt arī Patērētāju strīdu risināšanas komisija, bet par pirkumiem citās ES valstīs palīdz Eiropas Patērētāju informēšanas centrs.",
      en: "If goods you bought are faulty, a service was not provided as promised or a trader will not refund you, first complain to the seller or service provider in writing; they must reply within 15 days. If there is no reply or the dispute is not resolved, you can submit a complaint to the Consumer Rights Protection Centre (PTAC), which assesses whether consumer rights were breached and can order the trader to put it right. Money claims can also be heard by the Consumer Dispute Resolution Committee, and the European Consumer Centre helps with purchases from other EU countries.",
    },
    institution: "PTAC",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "justice",
    keywords: {
      lv: ["sūdzība", "PTAC", "patērētāja tiesības", "bojāta prece", "naudas atgriešana", "garantija", "atteikuma tiesības"],
      en: ["complaint", "consumer rights", "faulty goods", "refund", "warranty", "PTAC"],
    },
    channels: [
      {
        type: "online",
        url: "https://www.ptac.gov.lv",
        note: {
          lv: "Iesnieguma forma PTAC tīmekļvietnē vai e-adresē",
          en: "Complaint form on the PTAC website or via the official e-address",
        },
      },
      {
        type: "post",
        note: { lv: "Pa pastu PTAC, Brīvības ielā 55, Rīgā, LV-1010", en: "By post to PTAC, Brīvības iela 55, Riga, LV-1010" },
      },
      { type: "phone", note: { lv: "Konsultācijas pa tālruni +371 65452554", en: "Phone advice on +371 65452554" } },
    ],
    processingTime: {
      lv: "Līdz 1 mēnesim; sarežģītos gadījumos termiņu var pagarināt",
      en: "Up to 1 month; may be extended in complex cases",
    },
    costs: [],
    requirements: [
      {
        title: { lv: "Vispirms mēģināts strīdu atrisināt ar komersantu", en: "You first tried to settle the dispute with the trader" },
        evidence: [
          {
            title: {
              lv: "Rakstiska pretenzija komersantam un tā atbilde, ja saņemta",
              en: "Your written complaint to the trader and their reply, if any",
            },
          },
        ],
      },
      {
        title: { lv: "Darījumu apliecinoši dokumenti", en: "Proof of the purchase" },
        evidence: [
          { title: { lv: "Čeks, rēķins vai līgums", en: "Receipt, invoice or contract" } },
          { title: { lv: "Fotoattēli vai citi pierādījumi par trūkumiem", en: "Photos or other evidence of the defect" } },
        ],
      },
    ],
    outputs: [
      {
        title: {
          lv: "PTAC atbilde vai lēmums par patērētāju tiesību pārkāpumu",
          en: "PTAC reply or decision on the breach of consumer rights",
        },
      },
      {
        title: {
          lv: "Patērētāju strīdu risināšanas komisijas lēmums (ja strīdu nodod komisijai)",
          en: "Decision of the Consumer Dispute Resolution Committee (if referred)",
        },
      },
    ],
    steps: [
      {
        lv: "Iesniedziet rakstisku pretenziju pārdevējam vai pakalpojuma sniedzējam.",
        en: "Send a written complaint to the seller or service provider.",
      },
      {
        lv: "Ja 15 dienu laikā atbilde nav saņemta vai tā neapmierina, sagatavojiet iesniegumu PTAC.",
        en: "If there is no satisfactory reply within 15 days, prepare a complaint to PTAC.",
      },
      {
        lv: "Pievienojiet darījuma dokumentus un saraksti ar komersantu.",
        en: "Attach the purchase documents and your correspondence with the trader.",
      },
      {
        lv: "Saņemiet PTAC atbildi un, ja nepieciešams, iesaistiet strīdu risināšanas komisiju.",
        en: "Receive PTAC’s reply and, if needed, involve the dispute resolution committee.",
      },
    ],
    legalBasis: [
      {
        title: { lv: "Patērētāju tiesību aizsardzības likums", en: "Consumer Rights Protection Law" },
        url: "https://likumi.lv/ta/id/23309",
      },
      { title: { lv: "Patērētāju strīdu ārpustiesas risinātāju likums", en: "Law on Out-of-Court Consumer Dispute Resolution Bodies" } },
      LAW_SUBMISSIONS,
    ],
    municipalities: [],
    contactPoint: { email: "pasts@ptac.gov.lv", phone: "+371 65452554", address: "Brīvības iela 55, Rīga, LV-1010" },
  },
  {
    identifier: "iesniegums-valsts-policijai",
    title: {
      lv: "Iesniegums Valsts policijai par noziedzīgu nodarījumu vai pārkāpumu",
      en: "Reporting a crime or offence to the State Police",
    },
    description: {
      lv: "Par noziedzīgu nodarījumu vai administratīvo pārkāpumu – zādzību, krāpšanu internetā, mantas bojājumu, vardarbību vai sabiedriskās kārtības traucējumiem – var ziņot Valsts policijai. Ja notikums nav steidzams, iesniegumu var iesniegt elektroniski portālā Latvija.lv vai jebkurā policijas iecirknī; ja apdraudēta dzīvība, veselība vai īpašums, nekavējoties jāzvana 112 vai 110. Policija izvērtē iesniegumu, lemj par kriminālprocesa vai administratīvā pārkāpuma procesa sākšanu un paziņo iesniedzējam par pieņemto lēmumu.",
      en: "Crimes and administrative offences – theft, online fraud, damage to property, violence or public order disturbances – can be reported to the State Police. If the matter is not urgent, you can file a report online on Latvija.lv or at any police station; if life, health or property is in danger, call 112 or 110 at once. The police assess the report, decide whether to open criminal or administrative offence proceedings and tell you what was decided.",
    },
    institution: "VP",
    audience: ["residents", "businesses"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "safety",
    keywords: {
      lv: ["policija", "iesniegums policijai", "ziņot par noziegumu", "zādzība", "krāpšana", "pieteikt pārkāpumu"],
      en: ["police", "report a crime", "theft", "fraud", "police report", "offence"],
    },
    channels: [
      LATVIJA_LV,
      {
        type: "in_person",
        hours: { lv: "Visu diennakti", en: "24 hours a day" },
        note: { lv: "Jebkurā Valsts policijas iecirknī", en: "At any State Police station" },
      },
      {
        type: "phone",
        hours: { lv: "Visu diennakti", en: "24 hours a day" },
        note: { lv: "Ārkārtas gadījumos zvaniet 112 vai 110", en: "In an emergency call 112 or 110" },
      },
      { type: "post", note: { lv: "Rakstisks iesniegums pa pastu", en: "A written report by post" } },
    ],
    processingTime: {
      lv: "Lēmumu par procesa sākšanu pieņem bez kavēšanās; atbildi sniedz ne vēlāk kā mēneša laikā",
      en: "The decision to open proceedings is taken without delay; a reply is given within a month at the latest",
    },
    costs: [],
    requirements: [
      {
        title: { lv: "Notikuma apraksts", en: "Description of the incident" },
        evidence: [
          {
            title: { lv: "Laiks, vieta, iesaistītās personas un notikušā apraksts", en: "Time, place, persons involved and what happened" },
          },
          {
            title: {
              lv: "Pierādījumi, ja tādi ir – fotoattēli, ekrānuzņēmumi, maksājumu izdrukas, liecinieku kontakti",
              en: "Evidence if available – photos, screenshots, payment statements, witness contacts",
            },
          },
        ],
      },
      {
        title: { lv: "Iesniedzēja identitāte", en: "Identity of the person reporting" },
        evidence: [
          {
            title: {
              lv: "Autentifikācija Latvija.lv vai personu apliecinošs dokuments",
              en: "Signing in to Latvija.lv or an identity document",
            },
          },
        ],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Paziņojums par kriminālprocesa sākšanu vai atteikumu to sākt",
          en: "Notice that criminal proceedings were opened or refused",
        },
      },
      { title: { lv: "Cietušā statuss, ja nodarīts kaitējums", en: "Victim status, if harm was caused" } },
      {
        title: {
          lv: "Lēmums administratīvā pārkāpuma lietā, ja attiecināms",
          en: "Decision in an administrative offence case, if applicable",
        },
      },
    ],
    steps: [
      { lv: "Ja ir tieša bīstamība, zvaniet 112 vai 110.", en: "If there is immediate danger, call 112 or 110." },
      {
        lv: "Nesteidzamā gadījumā aizpildiet e-iesniegumu Latvija.lv vai dodieties uz policijas iecirkni.",
        en: "If it is not urgent, fill in the online report on Latvija.lv or go to a police station.",
      },
      { lv: "Pievienojiet pierādījumus un kontaktinformāciju.", en: "Attach evidence and your contact details." },
      { lv: "Saņemiet paziņojumu par pieņemto lēmumu un procesa numuru.", en: "Receive notice of the decision and the case number." },
    ],
    legalBasis: [
      { title: { lv: "Kriminālprocesa likums", en: "Criminal Procedure Law" }, url: "https://likumi.lv/ta/id/107820" },
      { title: { lv: "Administratīvās atbildības likums", en: "Law on Administrative Liability" } },
      LAW_SUBMISSIONS,
    ],
    municipalities: [],
    contactPoint: { address: "Čiekurkalna 1. līnija 1, k-4, Rīga, LV-1026" },
  },
  {
    identifier: "sodamibas-izzina",
    title: { lv: "Izziņa par personas sodāmību", en: "Criminal record certificate" },
    description: {
      lv: "Izziņa no Sodu reģistra apliecina, vai personai ir vai nav sodāmības, un pēc vajadzības tajā norāda arī administratīvos sodus. Izziņu bieži prasa darba devēji, īpaši darbam ar bērniem, kā arī ārvalstu iestādes vīzu, uzturēšanās atļauju vai adopcijas lietās. To var pieprasīt elektroniski portālā Latvija.lv un saņemt kā e-dokumentu vai ierakstītā vēstulē, arī angļu vai krievu valodā. Sodu reģistru uztur Iekšlietu ministrijas Informācijas centrs.",
      en: "A certificate from the Punishment Register confirms whether a person has a criminal record and, if needed, also lists administrative penalties. Employers often ask for it, especially for work with children, as do foreign authorities for visas, residence permits or adoption. It can be requested online on Latvija.lv and received as an e-document or by registered letter, also in English or Russian. The Punishment Register is kept by the Information Centre of the Ministry of the Interior.",
    },
    institution: "IC",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "justice",
    keywords: {
      lv: ["sodāmības izziņa", "izziņa par nesodāmību", "nesodāmība", "Sodu reģistrs", "izziņa darba devējam"],
      en: ["criminal record certificate", "police certificate", "no criminal record", "background check", "Punishment Register"],
    },
    channels: [
      LATVIJA_LV,
      {
        type: "post",
        note: {
          lv: "Pieprasījums pa pastu Iekšlietu ministrijas Informācijas centram, Bruņinieku ielā 72B, Rīgā, LV-1009",
          en: "Request by post to the Information Centre of the Ministry of the Interior, Bruņinieku iela 72B, Riga, LV-1009",
        },
      },
    ],
    processingTime: { lv: "Līdz 10 darbdienām", en: "Up to 10 working days" },
    costs: [
      {
        amount: 4.27,
        currency: "EUR",
        description: { lv: "Valsts nodeva par izziņu no Sodu reģistra", en: "State fee for a Punishment Register certificate" },
      },
    ],
    requirements: [
      {
        title: { lv: "Pieprasījums par sevi", en: "A request about yourself" },
        evidence: [
          {
            title: {
              lv: "Autentifikācija Latvija.lv vai pieprasījums ar personu apliecinoša dokumenta kopiju",
              en: "Signing in to Latvija.lv, or a request with a copy of an identity document",
            },
          },
          {
            title: {
              lv: "Izziņas mērķis un iestāde, kurai tā paredzēta, ja tas jānorāda",
              en: "Purpose of the certificate and the recipient institution, where required",
            },
          },
        ],
      },
    ],
    outputs: [
      {
        title: { lv: "Izziņa par sodāmību (e-dokuments vai papīra dokuments)", en: "Criminal record certificate (e-document or on paper)" },
      },
    ],
    steps: [
      { lv: "Atveriet e-pakalpojumu Latvija.lv un autentificējieties.", en: "Open the e-service on Latvija.lv and sign in." },
      { lv: "Norādiet izziņas apjomu, valodu un saņemšanas veidu.", en: "Choose the scope, language and delivery method." },
      { lv: "Samaksājiet valsts nodevu.", en: "Pay the state fee." },
      { lv: "Saņemiet izziņu e-pastā vai pa pastu.", en: "Receive the certificate by e-mail or post." },
    ],
    legalBasis: [
      { title: { lv: "Sodu reģistra likums", en: "Punishment Register Law" }, url: "https://likumi.lv/ta/id/261384" },
      {
        title: {
          lv: "Ministru kabineta 2014. gada 23. septembra noteikumi Nr. 563 “Noteikumi par ziņu sniegšanu un saņemšanu no Sodu reģistra, valsts nodevas apmēru un izziņas noformēšanas prasībām”",
          en: "Cabinet Regulation No. 563 of 23 September 2014 on providing and receiving information from the Punishment Register, the state fee and certificate requirements",
        },
        url: "https://likumi.lv/ta/id/269075",
      },
    ],
    municipalities: [],
    contactPoint: { phone: "+371 67208218", address: "Bruņinieku iela 72B, Rīga, LV-1009" },
  },
  {
    identifier: "ierocu-atlauja",
    title: {
      lv: "Ieroča iegādes, glabāšanas un nēsāšanas atļaujas saņemšana",
      en: "Permits to acquire, keep and carry a firearm",
    },
    description: {
      lv: "Lai iegādātos medību, sporta vai pašaizsardzības šaujamieroci vai lielas enerģijas pneimatisko ieroci, vispirms jāsaņem Valsts policijas ieroča iegādāšanās atļauja, bet pēc ieroča iegādes un reģistrācijas – glabāšanas vai nēsāšanas atļauja. Atļauju var saņemt pilngadīga persona, kas atbilst Ieroču aprites likuma prasībām: tai nav liegts rīkoties ar ieročiem, veselības stāvoklis to atļauj un tā nokārtojusi pārbaudījumu par ieroču aprites kārtību vai, medību ierocim, ieguvusi mednieka apliecību. Iesniegumu iesniedz Valsts policijas reģionālajā pārvaldē pēc dzīvesvietas vai ieroča glabāšanas vietas.",
      en: "To buy a hunting, sports or self-defence firearm or a high-power air gun, you first need a State Police permit to acquire it, and after buying and registering the weapon, a permit to keep or carry it. The permit can be issued to an adult who meets the requirements of the Law on the Circulation of Weapons: they are not barred from handling weapons, their health allows it and they have passed an exam on firearms rules or, for a hunting weapon, hold a hunter’s certificate. The application is made at the State Police regional office for your place of residence or where the weapon will be kept.",
    },
    institution: "VP",
    audience: ["residents"],
    kind: "transactional",
    maturity: 2,
    thematicArea: "safety",
    keywords: {
      lv: ["ieroča atļauja", "ieroču atļauja", "šaujamierocis", "medību ierocis", "pašaizsardzības ierocis", "ieroču eksāmens"],
      en: ["firearm permit", "gun licence", "weapon permit", "hunting rifle", "self-defence weapon"],
    },
    channels: [
      {
        type: "online",
        url: "https://www.vp.gov.lv",
        note: {
          lv: "Iesniegumu veidlapas un informācija Valsts policijas tīmekļvietnē",
          en: "Application forms and information on the State Police website",
        },
      },
      {
        type: "in_person",
        note: { lv: "Valsts policijas reģionālās pārvaldes atļauju nodaļā", en: "At the permits unit of the State Police regional office" },
      },
    ],
    processingTime: { lv: "Līdz 30 darbdienām", en: "Up to 30 working days" },
    costs: [],
    requirements: [
      {
        title: { lv: "Veselības stāvoklis atļauj rīkoties ar ieroci", en: "Health allows handling a weapon" },
        evidence: [
          {
            title: {
              lv: "Medicīniskās komisijas atzinums, tostarp psihiatra un narkologa",
              en: "Medical board certificate, including from a psychiatrist and an addiction specialist",
            },
          },
        ],
      },
      {
        title: { lv: "Zināšanas par ieroču aprites kārtību", en: "Knowledge of the firearms rules" },
        evidence: [
          {
            title: {
              lv: "Pārbaudījuma nokārtošanu apliecinošs dokuments vai mednieka apliecība",
              en: "Proof of passing the exam, or a hunter’s certificate",
            },
          },
        ],
      },
      {
        title: { lv: "Droši glabāšanas apstākļi", en: "Secure storage" },
        evidence: [
          {
            title: {
              lv: "Seifs vai metāla skapis ieroča un munīcijas glabāšanai",
              en: "A safe or metal cabinet for the weapon and ammunition",
            },
          },
        ],
      },
      {
        title: { lv: "Samaksāta valsts nodeva", en: "State fee paid" },
        evidence: [
          {
            title: {
              lv: "Maksājuma apliecinājums; nodevas apmēru nosaka Ministru kabineta noteikumi par ieroču atļaujām",
              en: "Payment confirmation; the amount is set by the Cabinet Regulations on firearm permits",
            },
          },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Ieroča iegādāšanās atļauja", en: "Permit to acquire a firearm" } },
      {
        title: {
          lv: "Ieroča glabāšanas vai nēsāšanas atļauja pēc ieroča reģistrācijas",
          en: "Permit to keep or carry the firearm after registration",
        },
      },
    ],
    steps: [
      {
        lv: "Nokārtojiet medicīnisko pārbaudi un pārbaudījumu par ieroču aprites kārtību vai iegūstiet mednieka apliecību.",
        en: "Pass the medical check and the firearms exam, or obtain a hunter’s certificate.",
      },
      { lv: "Iekārtojiet ieroča glabāšanas vietu.", en: "Set up secure storage for the weapon." },
      {
        lv: "Iesniedziet iesniegumu Valsts policijas reģionālajā pārvaldē un samaksājiet valsts nodevu.",
        en: "Submit the application at the State Police regional office and pay the state fee.",
      },
      { lv: "Saņemiet iegādāšanās atļauju un iegādājieties ieroci.", en: "Receive the acquisition permit and buy the weapon." },
      {
        lv: "Reģistrējiet ieroci un saņemiet glabāšanas vai nēsāšanas atļauju.",
        en: "Register the weapon and receive the permit to keep or carry it.",
      },
    ],
    legalBasis: [
      { title: { lv: "Ieroču aprites likums", en: "Law on the Circulation of Weapons" } },
      {
        title: {
          lv: "Ministru kabineta noteikumi par ieroču atļaujām un par ieroču izņemšanu un iznīcināšanu",
          en: "Cabinet Regulations on firearm permits and on the seizure and destruction of weapons",
        },
      },
    ],
    municipalities: [],
  },
  {
    identifier: "ugunsdrosibas-atzinums",
    title: { lv: "Ugunsdrošības atzinuma saņemšana", en: "Obtaining a fire safety opinion" },
    description: {
      lv: "Valsts ugunsdzēsības un glābšanas dienesta (VUGD) atzinums apliecina, ka objekts – ēka, telpas vai teritorija – atbilst ugunsdrošības prasībām. Atzinums bieži vajadzīgs, lai saņemtu licenci vai reģistrētos citā iestādē, piemēram, atverot bērnu nometni, izglītības, sociālās aprūpes vai ārstniecības iestādi. VUGD amatpersonas apseko objektu un, ja pārkāpumi nav konstatēti, izsniedz atzinumu; pretējā gadījumā norāda, kas jānovērš.",
      en: "An opinion from the State Fire and Rescue Service (VUGD) confirms that a building, premises or site meets fire safety requirements. It is often needed to obtain a licence or register with another authority, for example when opening a children’s camp, a school, a social care or a medical institution. VUGD officers inspect the site and, if no breaches are found, issue the opinion; otherwise they state what must be fixed.",
    },
    institution: "VUGD",
    audience: ["businesses", "institutions"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "safety",
    keywords: {
      lv: ["ugunsdrošība", "VUGD atzinums", "ugunsdrošības pārbaude", "bērnu nometne", "atzinums licencei", "ugunsdzēsēji"],
      en: ["fire safety", "fire inspection", "fire safety certificate", "children’s camp", "licence"],
    },
    channels: [
      {
        type: "online",
        url: "https://www.vugd.gov.lv",
        note: {
          lv: "Iesniegums, parakstīts ar drošu e-parakstu, uz VUGD e-adresi vai e-pastu",
          en: "An application signed with a qualified e-signature, sent to VUGD’s e-address or e-mail",
        },
      },
      {
        type: "in_person",
        note: { lv: "VUGD reģionālajās brigādēs", en: "At VUGD regional brigades" },
      },
      {
        type: "post",
        note: { lv: "Pa pastu VUGD, Maskavas ielā 5, Rīgā, LV-1050", en: "By post to VUGD, Maskavas iela 5, Riga, LV-1050" },
      },
    ],
    processingTime: { lv: "Līdz 1 mēnesim", en: "Up to 1 month" },
    costs: [],
    requirements: [
      {
        title: { lv: "Iesniegums ar objekta datiem", en: "Application with details of the site" },
        evidence: [
          {
            title: {
              lv: "Objekta adrese, lietošanas veids un atzinuma mērķis (kurai iestādei tas vajadzīgs)",
              en: "Address, use of the site and purpose of the opinion (which authority needs it)",
            },
          },
          {
            title: {
              lv: "Dokuments par tiesībām lietot telpas (īpašuma tiesības vai nomas līgums)",
              en: "Proof of the right to use the premises (ownership or lease)",
            },
          },
        ],
      },
      {
        title: { lv: "Ugunsdrošības dokumentācija", en: "Fire safety documents" },
        evidence: [
          { title: { lv: "Ugunsdrošības instrukcija un evakuācijas plāni", en: "Fire safety instructions and evacuation plans" } },
          {
            title: {
              lv: "Ugunsdzēsības aparātu un signalizācijas apkopes apliecinājumi",
              en: "Maintenance records for fire extinguishers and alarm systems",
            },
          },
        ],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Atzinums par objekta atbilstību ugunsdrošības prasībām",
          en: "Opinion on whether the site meets fire safety requirements",
        },
      },
    ],
    steps: [
      { lv: "Sagatavojiet objektu un ugunsdrošības dokumentāciju.", en: "Prepare the site and the fire safety documents." },
      { lv: "Iesniedziet iesniegumu VUGD.", en: "Submit the application to VUGD." },
      {
        lv: "Vienojieties par apsekošanas laiku un piedalieties apsekošanā.",
        en: "Agree on an inspection date and attend the inspection.",
      },
      { lv: "Saņemiet atzinumu vai novērsiet norādītās nepilnības.", en: "Receive the opinion or fix the shortcomings identified." },
    ],
    legalBasis: [
      { title: { lv: "Ugunsdrošības un ugunsdzēsības likums", en: "Fire Safety and Fire-fighting Law" } },
      {
        title: {
          lv: "Ministru kabineta 2016. gada 19. aprīļa noteikumi Nr. 238 “Ugunsdrošības noteikumi”",
          en: "Cabinet Regulation No. 238 of 19 April 2016 “Fire Safety Regulations”",
        },
      },
    ],
    municipalities: [],
    contactPoint: { address: "Maskavas iela 5, Rīga, LV-1050" },
  },
  {
    identifier: "sudziba-par-personas-datu-apstradi",
    title: { lv: "Sūdzība par personas datu apstrādi", en: "Complaint about the processing of personal data" },
    description: {
      lv: "Ja uzskatāt, ka uzņēmums, iestāde vai cita persona jūsu personas datus apstrādā nelikumīgi – piemēram, bez pamata izmanto tos reklāmai, izpauž trešajām personām vai neatbild uz jūsu pieprasījumu par datiem –, varat iesniegt sūdzību Datu valsts inspekcijai (DVI). Pirms tam ieteicams vērsties pie datu pārziņa un šo saraksti pievienot sūdzībai. DVI izvērtē sūdzību, var veikt pārbaudi, uzdot pārzinim novērst pārkāpumu un piemērot naudas sodu.",
      en: "If you believe a company, authority or another person is processing your personal data unlawfully – for example using it for advertising without grounds, disclosing it to third parties or not answering your data request – you can complain to the Data State Inspectorate (DVI). It is advisable to contact the data controller first and attach that correspondence to the complaint. The DVI assesses the complaint, may carry out an inspection, order the controller to remedy the breach and impose a fine.",
    },
    institution: "DVI",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "justice",
    keywords: {
      lv: ["datu aizsardzība", "VDAR", "GDPR", "personas dati", "sūdzība DVI", "privātums"],
      en: ["data protection", "GDPR", "personal data", "privacy complaint", "Data State Inspectorate"],
    },
    channels: [
      {
        type: "online",
        url: "https://www.latvija.lv",
        note: {
          lv: "Uz DVI oficiālo e-adresi vai e-pastā, parakstītu ar drošu e-parakstu",
          en: "To the DVI official e-address, or by e-mail signed with a qualified e-signature",
        },
      },
      {
        type: "post",
        note: { lv: "Pa pastu DVI, Elijas ielā 17, Rīgā, LV-1050", en: "By post to the DVI, Elijas iela 17, Riga, LV-1050" },
      },
      { type: "in_person", note: { lv: "DVI birojā", en: "At the DVI office" } },
    ],
    processingTime: {
      lv: "Līdz 1 mēnesim; sarežģītās lietās termiņu var pagarināt",
      en: "Up to 1 month; may be extended in complex cases",
    },
    costs: [],
    requirements: [
      {
        title: { lv: "Vispirms vērsies pie datu pārziņa", en: "You first contacted the data controller" },
        evidence: [
          {
            title: {
              lv: "Jūsu pieprasījums pārzinim un tā atbilde, ja saņemta",
              en: "Your request to the controller and their reply, if any",
            },
          },
        ],
      },
      {
        title: { lv: "Sūdzības saturs", en: "Content of the complaint" },
        evidence: [
          {
            title: {
              lv: "Ziņas par iesniedzēju, par pārzini un par to, kā, jūsuprāt, dati apstrādāti nelikumīgi",
              en: "Details of the complainant, the controller and how you believe the data were processed unlawfully",
            },
          },
          { title: { lv: "Pierādījumi – vēstules, ekrānuzņēmumi, līgumi", en: "Evidence – letters, screenshots, contracts" } },
        ],
      },
    ],
    outputs: [
      { title: { lv: "DVI lēmums par sūdzību", en: "DVI decision on the complaint" } },
      {
        title: {
          lv: "Pārzinim uzdotie pienākumi vai piemērotais sods, ja pārkāpums konstatēts",
          en: "Orders to the controller or a fine, if a breach is found",
        },
      },
    ],
    steps: [
      { lv: "Vērsieties pie datu pārziņa ar pieprasījumu vai iebildumu.", en: "Contact the data controller with a request or objection." },
      {
        lv: "Ja atbilde nav saņemta vai neapmierina, aizpildiet DVI sūdzības veidlapu.",
        en: "If there is no satisfactory reply, fill in the DVI complaint form.",
      },
      {
        lv: "Pievienojiet saraksti un pierādījumus un iesniedziet sūdzību.",
        en: "Attach the correspondence and evidence and submit the complaint.",
      },
      {
        lv: "Saņemiet DVI lēmumu; to var pārsūdzēt administratīvajā tiesā.",
        en: "Receive the DVI decision; it can be appealed to the administrative court.",
      },
    ],
    legalBasis: [
      {
        title: {
          lv: "Eiropas Parlamenta un Padomes 2016. gada 27. aprīļa Regula (ES) 2016/679 (Vispārīgā datu aizsardzības regula)",
          en: "Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 (General Data Protection Regulation)",
        },
      },
      { title: { lv: "Fizisko personu datu apstrādes likums", en: "Personal Data Processing Law" }, url: "https://likumi.lv/ta/id/300099" },
    ],
    municipalities: [],
    contactPoint: { email: "pasts@dvi.gov.lv", phone: "+371 67223131", address: "Elijas iela 17, Rīga, LV-1050" },
  },
  {
    identifier: "velesanu-iecirkna-maina",
    title: { lv: "Vēlēšanu iecirkņa maiņa vēlētāju reģistrā", en: "Changing your polling station in the voter register" },
    description: {
      lv: "Katrs vēlētājs Vēlētāju reģistrā ir piesaistīts vēlēšanu iecirknim, parasti pēc deklarētās dzīvesvietas. Ja vēlēšanu dienā plānojat atrasties citur – citā pilsētā vai ārvalstīs –, iecirkni var mainīt portālā Latvija.lv, pašvaldības vēlēšanu komisijā vai, ja dzīvojat ārzemēs, Latvijas pārstāvniecībā. Iecirkni var mainīt līdz Centrālās vēlēšanu komisijas izsludinātajam termiņam pirms katrām vēlēšanām.",
      en: "Every voter in the voter register is assigned to a polling station, usually by declared place of residence. If you will be somewhere else on election day – in another town or abroad – you can change your polling station on Latvija.lv, at the municipal election commission or, if you live abroad, at a Latvian embassy. The change can be made up to the deadline announced by the Central Election Commission before each election.",
    },
    institution: "CVK",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "participation",
    keywords: {
      lv: ["vēlēšanu iecirknis", "mainīt iecirkni", "vēlēšanas", "balsot", "vēlētāju reģistrs", "CVK"],
      en: ["polling station", "change polling station", "elections", "vote", "voter register"],
    },
    channels: [
      LATVIJA_LV,
      {
        type: "in_person",
        note: {
          lv: "Pašvaldības vēlēšanu komisijā vai Latvijas vēstniecībā ārvalstīs",
          en: "At the municipal election commission or a Latvian embassy abroad",
        },
      },
    ],
    processingTime: { lv: "Uzreiz", en: "Immediately" },
    costs: [],
    requirements: [
      {
        title: { lv: "Vēlētājs ir iekļauts Vēlētāju reģistrā", en: "You are included in the voter register" },
        evidence: [
          {
            title: {
              lv: "Autentifikācija Latvija.lv vai personu apliecinošs dokuments",
              en: "Signing in to Latvija.lv or an identity document",
            },
          },
        ],
      },
      {
        title: { lv: "Pieteikums iesniegts noteiktajā termiņā", en: "The change is requested before the deadline" },
        evidence: [
          { title: { lv: "Termiņu katrām vēlēšanām izsludina CVK", en: "The deadline for each election is announced by the CEC" } },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Vēlētājs piesaistīts izvēlētajam vēlēšanu iecirknim", en: "You are assigned to the polling station you chose" } },
    ],
    steps: [
      {
        lv: "Atveriet e-pakalpojumu Latvija.lv un pārbaudiet, kuram iecirknim esat piesaistīts.",
        en: "Open the e-service on Latvija.lv and check which polling station you are assigned to.",
      },
      { lv: "Izvēlieties jauno iecirkni sarakstā.", en: "Choose the new polling station from the list." },
      {
        lv: "Apstipriniet izvēli un vēlēšanu dienā balsojiet izvēlētajā iecirknī.",
        en: "Confirm the choice and vote at that station on election day.",
      },
    ],
    legalBasis: [
      { title: { lv: "Vēlētāju reģistra likums", en: "Voter Register Law" } },
      { title: { lv: "Saeimas vēlēšanu likums", en: "Saeima Election Law" } },
    ],
    municipalities: [],
    contactPoint: { email: "cvk@cvk.lv", address: "Smilšu iela 4, Rīga, LV-1050" },
  },

  // ===================================================== Foreign affairs and justice =====================================================
  {
    identifier: "dokumentu-legalizacija-apostille",
    title: { lv: "Dokumentu legalizācija un apostille", en: "Legalisation of documents and apostille" },
    description: {
      lv: "Latvijā izsniegtam publiskam dokumentam – piemēram, dzimšanas apliecībai, diplomam vai izziņai – izmantošanai ārvalstīs var būt vajadzīgs īstuma apliecinājums. Valstīs, kas pievienojušās 1961. gada Hāgas konvencijai, pietiek ar apostille, ko Latvijā kopš 2019. gada izdara jebkurš zvērināts notārs par notāra atlīdzību. Valstīm, kas konvencijai nav pievienojušās, dokumentu legalizē Ārlietu ministrijas Konsulārajā departamentā, pēc tam tas jālegalizē arī attiecīgās valsts pārstāvniecībā.",
      en: "A public document issued in Latvia – such as a birth certificate, diploma or official certificate – may need proof of authenticity to be used abroad. For countries party to the 1961 Hague Convention an apostille is enough; in Latvia since 2019 it is affixed by any sworn notary for the notary’s fee. For countries outside the Convention, the document is legalised at the Consular Department of the Ministry of Foreign Affairs and then by the embassy of the country concerned.",
    },
    institution: "ARM",
    audience: ["residents", "businesses"],
    kind: "transactional",
    maturity: 2,
    thematicArea: "justice",
    keywords: {
      lv: ["apostille", "apostile", "legalizācija", "dokumentu legalizācija", "notārs", "dokumenti ārzemēm"],
      en: ["apostille", "legalisation", "document legalization", "notary", "documents for abroad"],
    },
    channels: [
      {
        type: "in_person",
        hours: { lv: "P. 12.30–16.00; O., C., Pk. 9.00–12.00", en: "Mon 12:30–16:00; Tue, Thu, Fri 9:00–12:00" },
        note: {
          lv: "Legalizācija Ārlietu ministrijas Konsulārajā departamentā, Elizabetes ielā 57, Rīgā, pēc iepriekšēja pieraksta",
          en: "Legalisation at the MFA Consular Department, Elizabetes iela 57, Riga, by appointment",
        },
      },
      {
        type: "in_person",
        note: { lv: "Apostille – pie jebkura zvērināta notāra Latvijā", en: "Apostille – at any sworn notary in Latvia" },
      },
      {
        type: "online",
        url: "https://www.mfa.gov.lv",
        note: {
          lv: "Informācija, veidlapas un pierakstīšanās Ārlietu ministrijas tīmekļvietnē",
          en: "Information, forms and appointments on the MFA website",
        },
      },
    ],
    processingTime: {
      lv: "Apostille – parasti tajā pašā dienā; legalizācija – 5 darbdienās vai steidzami 2 stundās",
      en: "Apostille – usually the same day; legalisation – within 5 working days, or 2 hours if urgent",
    },
    costs: [
      {
        amount: 25,
        currency: "EUR",
        description: {
          lv: "Legalizācija Ārlietu ministrijā 5 darbdienu laikā (par vienu dokumentu)",
          en: "Legalisation at the MFA within 5 working days (per document)",
        },
      },
      {
        amount: 40,
        currency: "EUR",
        description: {
          lv: "Steidzama legalizācija 2 stundu laikā (par vienu dokumentu)",
          en: "Urgent legalisation within 2 hours (per document)",
        },
      },
    ],
    requirements: [
      {
        title: { lv: "Latvijā izsniegts publisks dokuments", en: "A public document issued in Latvia" },
        evidence: [
          { title: { lv: "Dokumenta oriģināls vai notariāli apliecināta kopija", en: "The original or a notarised copy" } },
          {
            title: {
              lv: "Tulkojums, ja to pieprasa saņēmējvalsts (cauršūts un apliecināts)",
              en: "A translation, if the receiving country requires one (bound and certified)",
            },
          },
        ],
      },
      {
        title: { lv: "Iesniedzēja identitāte", en: "Identity of the applicant" },
        evidence: [
          { title: { lv: "Pase vai eID karte", en: "Passport or eID card" } },
          { title: { lv: "Aizpildīta legalizācijas veidlapa (Ārlietu ministrijā)", en: "Completed legalisation form (at the MFA)" } },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Dokuments ar apostille", en: "Document with an apostille" } },
      { title: { lv: "Legalizēts dokuments", en: "Legalised document" } },
    ],
    steps: [
      {
        lv: "Noskaidrojiet saņēmējvalsts iestādē, vai vajadzīga apostille vai legalizācija un vai jālegalizē arī tulkojums.",
        en: "Ask the authority abroad whether you need an apostille or legalisation and whether the translation must also be certified.",
      },
      {
        lv: "Hāgas konvencijas valstīm – dodieties pie zvērināta notāra ar dokumenta oriģinālu.",
        en: "For Hague Convention countries – take the original to a sworn notary.",
      },
      {
        lv: "Citām valstīm – piesakieties Ārlietu ministrijas Konsulārajā departamentā un iesniedziet dokumentu ar veidlapu.",
        en: "For other countries – book an appointment at the MFA Consular Department and hand in the document with the form.",
      },
      { lv: "Samaksājiet nodevu un saņemiet apliecināto dokumentu.", en: "Pay the fee and collect the certified document." },
    ],
    legalBasis: [
      { title: { lv: "Dokumentu legalizācijas likums", en: "Document Legalisation Law" } },
      {
        title: {
          lv: "Ministru kabineta 2019. gada 18. jūnija noteikumi Nr. 264 “Publiska dokumenta legalizācijas noteikumi”",
          en: "Cabinet Regulation No. 264 of 18 June 2019 “Regulations on the Legalisation of Public Documents”",
        },
      },
      {
        title: {
          lv: "1961. gada 5. oktobra Hāgas konvencija par ārvalstu publisko dokumentu legalizācijas prasības atcelšanu",
          en: "Hague Convention of 5 October 1961 Abolishing the Requirement of Legalisation for Foreign Public Documents",
        },
      },
    ],
    municipalities: [],
    contactPoint: MFA_CONSULAR_CONTACT,
  },
  {
    identifier: "konsulara-palidziba",
    title: { lv: "Konsulārā palīdzība ārvalstīs", en: "Consular assistance abroad" },
    description: {
      lv: "Latvijas vēstniecības un konsulāti palīdz Latvijas pilsoņiem un nepilsoņiem, kas ārvalstīs nonākuši ārkārtas situācijā – pazaudējuši pasi, kļuvuši par nozieguma upuri, smagi saslimuši, aizturēti vai cietuši katastrofā. Konsuls var izsniegt atgriešanās apliecību ceļam uz Latviju, sazināties ar tuviniekiem, palīdzēt atrast ārstu vai advokātu un skaidrot vietējās procedūras, taču nesedz ceļa, ārstēšanās vai juridiskās palīdzības izdevumus. Ja valstī nav Latvijas pārstāvniecības, palīdzību var sniegt jebkuras citas ES dalībvalsts vēstniecība vai konsulāts.",
      en: "Latvian embassies and consulates help Latvian citizens and non-citizens who get into an emergency abroad – who lose their passport, become a victim of crime, fall seriously ill, are detained or are caught up in a disaster. The consul can issue an emergency travel document to return to Latvia, contact relatives, help find a doctor or lawyer and explain local procedures, but does not pay travel, medical or legal costs. Where Latvia has no embassy, the embassy or consulate of any other EU member state can help.",
    },
    institution: "ARM",
    audience: ["residents"],
    kind: "transactional",
    maturity: 1,
    thematicArea: "safety",
    keywords: {
      lv: ["konsuls", "vēstniecība", "pazaudēta pase ārzemēs", "palīdzība ārzemēs", "atgriešanās apliecība", "ārkārtas situācija"],
      en: ["consul", "embassy", "lost passport abroad", "help abroad", "emergency travel document", "emergency"],
    },
    channels: [
      {
        type: "phone",
        hours: { lv: "Visu diennakti", en: "24 hours a day" },
        note: {
          lv: "Konsulārā departamenta diennakts tālrunis ārkārtas situācijām +371 26337711",
          en: "Consular Department 24-hour emergency line +371 26337711",
        },
      },
      {
        type: "in_person",
        note: { lv: "Latvijas vēstniecībā vai konsulātā ārvalstīs", en: "At a Latvian embassy or consulate abroad" },
      },
      {
        type: "online",
        url: "https://www.mfa.gov.lv",
        note: {
          lv: "Ceļošanas ieteikumi un pārstāvniecību kontakti Ārlietu ministrijas tīmekļvietnē",
          en: "Travel advice and embassy contacts on the MFA website",
        },
      },
    ],
    processingTime: {
      lv: "Nekavējoties; ārkārtas situācijās – visu diennakti",
      en: "Without delay; in emergencies – around the clock",
    },
    costs: [],
    requirements: [
      {
        title: { lv: "Latvijas pilsonis vai nepilsonis, kas atrodas ārvalstīs", en: "A Latvian citizen or non-citizen who is abroad" },
        evidence: [
          {
            title: {
              lv: "Personas identitātes apliecinājums – dokuments, tā kopija vai ziņas, pēc kurām identitāti var pārbaudīt",
              en: "Proof of identity – a document, a copy of it, or details that allow identity to be checked",
            },
          },
        ],
      },
    ],
    outputs: [
      {
        title: { lv: "Atgriešanās apliecība ceļošanai uz Latviju", en: "Emergency travel document to return to Latvia" },
        description: {
          lv: "Par dokumenta izsniegšanu maksājama konsulārā nodeva.",
          en: "A consular fee is charged for issuing the document.",
        },
      },
      {
        title: {
          lv: "Konsula palīdzība un saziņa ar tuviniekiem un vietējām iestādēm",
          en: "The consul’s help and contact with relatives and local authorities",
        },
      },
    ],
    steps: [
      {
        lv: "Ārkārtas situācijā vispirms sazinieties ar vietējiem glābšanas dienestiem vai policiju.",
        en: "In an emergency, first contact local emergency services or the police.",
      },
      {
        lv: "Zvaniet tuvākajai Latvijas pārstāvniecībai vai Konsulārā departamenta diennakts tālrunim.",
        en: "Call the nearest Latvian embassy or the Consular Department’s 24-hour line.",
      },
      {
        lv: "Sekojiet konsula norādījumiem un iesniedziet vajadzīgos dokumentus.",
        en: "Follow the consul’s instructions and provide the documents needed.",
      },
      {
        lv: "Turpmākiem braucieniem – pirms ceļojuma reģistrējieties Ārlietu ministrijas konsulārajā reģistrā.",
        en: "For future trips – register with the MFA consular register before you travel.",
      },
    ],
    legalBasis: [
      { title: { lv: "Konsulārais reglaments", en: "Consular Regulations" } },
      { title: { lv: "Diplomātiskā un konsulārā dienesta likums", en: "Diplomatic and Consular Service Law" } },
      {
        title: {
          lv: "Padomes 2015. gada 20. aprīļa Direktīva (ES) 2015/637 par konsulāro aizsardzību nepārstāvētiem Savienības pilsoņiem trešās valstīs",
          en: "Council Directive (EU) 2015/637 of 20 April 2015 on consular protection for unrepresented citizens of the Union in third countries",
        },
      },
    ],
    municipalities: [],
    contactPoint: MFA_CONSULAR_CONTACT,
  },
  {
    identifier: "mantojuma-lietas-uzsaksana",
    title: { lv: "Mantojuma lietas uzsākšana pie zvērināta notāra", en: "Opening an inheritance case with a sworn notary" },
    description: {
      lv: "Pēc tuvinieka nāves mantojuma lietu var uzsākt pie jebkura zvērināta notāra Latvijā, un to ieteicams izdarīt gada laikā. Notārs noskaidro, vai mirušais atstājis testamentu vai mantojuma līgumu, izsludina mantojuma atklāšanos “Latvijas Vēstnesī”, uzaicinot pieteikties mantiniekus un kreditorus, un pēc termiņa beigām izsniedz mantojuma apliecību. Ar mantojuma apliecību mantinieks var nostiprināt īpašuma tiesības zemesgrāmatā, pārreģistrēt transportlīdzekli vai saņemt naudu no bankas.",
      en: "After the death of a relative, an inheritance case can be opened with any sworn notary in Latvia; it is advisable to do so within a year. The notary checks whether the deceased left a will or an inheritance contract, announces the opening of the inheritance in the official gazette “Latvijas Vēstnesis”, inviting heirs and creditors to come forward, and after the deadline issues a certificate of inheritance. With it, the heir can register ownership in the Land Register, re-register a vehicle or collect money from a bank.",
    },
    institution: "LZNP",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "justice",
    keywords: {
      lv: ["mantojums", "notārs", "mantojuma lieta", "testaments", "mantojuma apliecība", "mantot"],
      en: ["inheritance", "notary", "probate", "will", "certificate of inheritance", "inherit"],
    },
    channels: [
      {
        type: "in_person",
        note: { lv: "Pie jebkura zvērināta notāra Latvijā", en: "With any sworn notary in Latvia" },
      },
      {
        type: "online",
        url: "https://www.latvijasnotars.lv",
        note: { lv: "Attālināti notāra portālā Latvijasnotars.lv", en: "Remotely in the notaries’ portal Latvijasnotars.lv" },
      },
    ],
    processingTime: {
      lv: "Mantojuma apliecību parasti izsniedz pēc tam, kad beidzies mantinieku pieteikšanās termiņš (parasti 3 mēneši no izsludināšanas)",
      en: "The certificate of inheritance is usually issued after the claim period ends (usually 3 months from the announcement)",
    },
    costs: [
      {
        amount: 41,
        currency: "EUR",
        description: {
          lv: "Mantojuma lietas uzsākšana (mantošanas iesniegums, izsludināšana u. c.) – aptuveni, sākot no 41 EUR; mantojuma apliecības izmaksas atkarīgas no mantojuma vērtības un radniecības pakāpes",
          en: "Opening the case (application, announcement etc.) – roughly from EUR 41; the cost of the certificate of inheritance depends on the value of the estate and the degree of kinship",
        },
      },
    ],
    requirements: [
      {
        title: { lv: "Dokumenti par nāvi un radniecību", en: "Documents on the death and kinship" },
        evidence: [
          { title: { lv: "Miršanas apliecība", en: "Death certificate" } },
          {
            title: {
              lv: "Dzimšanas vai laulības apliecība, kas apliecina radniecību",
              en: "Birth or marriage certificate proving kinship",
            },
          },
          { title: { lv: "Privātais testaments, ja tāds ir", en: "A private will, if there is one" } },
        ],
      },
      {
        title: { lv: "Mantinieka identitāte", en: "Identity of the heir" },
        evidence: [{ title: { lv: "Pase vai eID karte", en: "Passport or eID card" } }],
      },
    ],
    outputs: [
      { title: { lv: "Mantojuma apliecība", en: "Certificate of inheritance" } },
      {
        title: {
          lv: "Nostiprinājuma lūgums zemesgrāmatai, ja manto nekustamo īpašumu",
          en: "Application to the Land Register, if real estate is inherited",
        },
      },
    ],
    steps: [
      {
        lv: "Izvēlieties zvērinātu notāru un vienojieties par tikšanos klātienē vai attālināti.",
        en: "Choose a sworn notary and arrange a meeting in person or remotely.",
      },
      { lv: "Iesniedziet mantošanas iesniegumu un dokumentus.", en: "Submit the inheritance application and documents." },
      {
        lv: "Notārs izsludina mantojuma atklāšanos un pieprasa ziņas par mantojuma sastāvu.",
        en: "The notary announces the inheritance and requests information on the estate.",
      },
      {
        lv: "Pēc termiņa beigām saņemiet mantojuma apliecību un, ja nepieciešams, nostipriniet īpašumu zemesgrāmatā.",
        en: "After the deadline, receive the certificate of inheritance and, if needed, register the property in the Land Register.",
      },
    ],
    legalBasis: [
      { title: { lv: "Civillikums (Mantojuma tiesības)", en: "Civil Law (Inheritance Law part)" } },
      { title: { lv: "Notariāta likums", en: "Notariate Law" } },
    ],
    municipalities: [],
  },
  {
    identifier: "bridinajuma-kartiba-parada-piedzina",
    title: {
      lv: "Parāda piedziņa brīdinājuma kārtībā (e-lietas portālā)",
      en: "Debt recovery by the warning procedure (in the e-case portal)",
    },
    description: {
      lv: "Ja parādnieks nav samaksājis līgumā noteiktu naudas summu – piemēram, aizdevumu, rēķinu vai īres maksu – un par parādu nav strīda, kreditors var vērsties tiesā ar pieteikumu par saistību piespiedu izpildīšanu brīdinājuma kārtībā. Pieteikumu ērti iesniegt e-lietas portālā; tiesa lietu pēc būtības neizskata, bet nosūta parādniekam brīdinājumu 14 dienu laikā samaksāt parādu vai iesniegt iebildumus. Ja iebildumi netiek iesniegti, tiesa pieņem lēmumu, kam ir izpildu dokumenta spēks un ko var nodot zvērinātam tiesu izpildītājam.",
      en: "If a debtor has not paid a sum due under a contract – such as a loan, an invoice or rent – and the debt is not disputed, the creditor can apply to the court for enforcement of the obligation by the warning procedure. The application is easiest to file in the e-case portal; the court does not examine the case on its merits but sends the debtor a warning to pay within 14 days or object. If no objection is filed, the court issues a decision that is enforceable and can be handed to a sworn bailiff.",
    },
    institution: "TA",
    audience: ["residents", "businesses"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "justice",
    keywords: {
      lv: ["parāda piedziņa", "brīdinājuma kārtība", "parāds", "e-lieta", "tiesa", "nesamaksāts rēķins"],
      en: ["debt recovery", "warning procedure", "unpaid invoice", "e-case", "court", "debt collection"],
    },
    channels: [
      {
        type: "online",
        url: "https://e-lieta.lv",
        note: {
          lv: "E-lietas portālā, autentificējoties ar eID karti, eParakstu vai internetbanku",
          en: "In the e-case portal, signing in with an eID card, eParaksts or online banking",
        },
      },
      { type: "in_person", note: { lv: "Rajona (pilsētas) tiesā", en: "At a district (city) court" } },
      { type: "post", note: { lv: "Pa pastu rajona (pilsētas) tiesai", en: "By post to a district (city) court" } },
    ],
    processingTime: {
      lv: "Brīdinājumu parādniekam nosūta bez kavēšanās; lēmumu pieņem 7 dienu laikā pēc iebildumu termiņa beigām",
      en: "The warning is sent to the debtor without delay; the decision is taken within 7 days after the objection period ends",
    },
    costs: [
      {
        amount: 15,
        currency: "EUR",
        description: {
          lv: "Valsts nodeva – 2 % no piedzenamās summas, bet ne mazāk par Civilprocesa likumā noteikto minimālo apmēru; papildus maksājami ar lietas izskatīšanu saistītie izdevumi",
          en: "State fee – 2% of the amount claimed, but not less than the minimum set in the Civil Procedure Law; case-handling costs are charged in addition",
        },
      },
    ],
    requirements: [
      {
        title: {
          lv: "Naudas saistība izriet no līguma, un tās termiņš ir iestājies",
          en: "A money obligation arising from a contract, now overdue",
        },
        evidence: [
          {
            title: {
              lv: "Līgums, rēķini un citi dokumenti, kas pamato prasījumu",
              en: "Contract, invoices and other documents supporting the claim",
            },
          },
          {
            title: {
              lv: "Prasījuma aprēķins – pamatparāds, līgumsods un procenti",
              en: "Calculation of the claim – principal, contractual penalty and interest",
            },
          },
        ],
      },
      {
        title: { lv: "Parādnieka dati", en: "Details of the debtor" },
        description: {
          lv: "Parādniekam jābūt deklarētai dzīvesvietai vai juridiskajai adresei Latvijā.",
          en: "The debtor must have a declared residence or registered address in Latvia.",
        },
        evidence: [
          {
            title: {
              lv: "Fiziskai personai – vārds, uzvārds, personas kods un adrese; juridiskai personai – nosaukums, reģistrācijas numurs un juridiskā adrese",
              en: "For a person – name, personal code and address; for a company – name, registration number and registered address",
            },
          },
        ],
      },
      {
        title: { lv: "Samaksāta valsts nodeva", en: "State fee paid" },
        evidence: [{ title: { lv: "Maksājuma apliecinājums", en: "Payment confirmation" } }],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Tiesas lēmums par saistības piespiedu izpildi ar izpildu dokumenta spēku",
          en: "Court decision on enforcement, with the force of an enforcement document",
        },
      },
      {
        title: { lv: "Ja parādnieks iebilst – tiesvedības izbeigšana", en: "If the debtor objects – the proceedings are closed" },
        description: {
          lv: "Tad kreditors var celt prasību vispārējā kārtībā.",
          en: "The creditor can then bring an ordinary claim.",
        },
      },
    ],
    steps: [
      { lv: "Pārliecinieties, ka parāds ir neapstrīdams un termiņš ir iestājies.", en: "Make sure the debt is undisputed and overdue." },
      {
        lv: "E-lietas portālā aizpildiet pieteikumu, pievienojiet dokumentus un samaksājiet valsts nodevu.",
        en: "In the e-case portal, fill in the application, attach the documents and pay the state fee.",
      },
      { lv: "Tiesa nosūta parādniekam brīdinājumu.", en: "The court sends the debtor a warning." },
      {
        lv: "Ja parādnieks nemaksā un neiebilst, saņemiet tiesas lēmumu un nododiet to zvērinātam tiesu izpildītājam.",
        en: "If the debtor neither pays nor objects, receive the court decision and hand it to a sworn bailiff.",
      },
    ],
    legalBasis: [CIVIL_PROCEDURE_LAW],
    municipalities: [],
  },
];
