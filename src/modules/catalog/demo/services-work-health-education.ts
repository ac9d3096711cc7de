// Demo services about work, health and education: the State Employment Agency, the State Labour
// Inspectorate, the National Health Service, education and study support, rehabilitation and
// state legal aid. Written from what the real Latvian services are in 2025–2026.
import type { Channel, ContactPoint, Evidence, LegalResource, ServiceDocument } from "../model.ts";

const LATVIJA_LV = "https://www.latvija.lv";
const CVVP = "https://cvvp.nva.gov.lv";
const E_VESELIBA = "https://www.eveseliba.gov.lv";

const ID_DOCUMENT: Evidence = {
  title: { lv: "Pase vai personas apliecība (eID karte)", en: "Passport or identity card (eID card)" },
};

const WORKING_DAYS: { lv: string; en: string } = { lv: "Darba dienās", en: "On working days" };

const CENTRE: Channel = {
  type: "centre",
  note: {
    lv: "Valsts un pašvaldības vienotajā klientu apkalpošanas centrā palīdzēs iesniegt pieteikumu elektroniski.",
    en: "A state and municipal one-stop client service centre will help you submit the application electronically.",
  },
};

const NVA_BRANCH: Channel = {
  type: "in_person",
  note: { lv: "Jebkurā NVA filiālē visā Latvijā", en: "At any NVA branch office in Latvia" },
  hours: WORKING_DAYS,
};

const NVA_CONTACT: ContactPoint = {
  address: "K. Valdemāra iela 38 k-1, Rīga, LV-1010",
  phone: "+371 67021706",
  email: "pasts@nva.gov.lv",
};

const VDI_CONTACT: ContactPoint = {
  address: "K. Valdemāra iela 38 k-1, Rīga, LV-1010",
  phone: "+371 67186522",
  email: "vdi@vdi.gov.lv",
};

const NVD_CONTACT: ContactPoint = {
  address: "Cēsu iela 31 k-3, Rīga, LV-1012",
  phone: "+371 80001234",
  email: "nvd@vmnvd.gov.lv",
};

const UNEMPLOYMENT_SUPPORT_LAW: LegalResource = {
  title: {
    lv: "Bezdarbnieku un darba meklētāju atbalsta likums",
    en: "Support for Unemployed Persons and Persons Seeking Employment Law",
  },
};

const ACTIVE_MEASURES_REGULATION: LegalResource = {
  title: {
    lv: "Ministru kabineta 2011. gada 25. janvāra noteikumi Nr. 75 „Noteikumi par aktīvo nodarbinātības pasākumu un preventīvo bezdarba samazināšanas pasākumu organizēšanas un finansēšanas kārtību un pasākumu īstenotāju izvēles principiem”",
    en: "Cabinet Regulation No. 75 of 25 January 2011 on the organisation and financing of active employment measures and preventive measures against unemployment and on the principles for choosing their providers",
  },
};

const LABOUR_LAW: LegalResource = {
  title: { lv: "Darba likums", en: "Labour Law" },
  url: "https://likumi.lv/ta/id/26019",
};

const LABOUR_PROTECTION_LAW: LegalResource = {
  title: { lv: "Darba aizsardzības likums", en: "Labour Protection Law" },
};

const LABOUR_INSPECTION_LAW: LegalResource = {
  title: { lv: "Valsts darba inspekcijas likums", en: "State Labour Inspection Law" },
};

const SUBMISSIONS_LAW: LegalResource = {
  title: { lv: "Iesniegumu likums", en: "Law on Submissions" },
};

const HEALTHCARE_REGULATION: LegalResource = {
  title: {
    lv: "Ministru kabineta 2018. gada 28. augusta noteikumi Nr. 555 „Veselības aprūpes pakalpojumu organizēšanas un samaksas kārtība”",
    en: "Cabinet Regulation No. 555 of 28 August 2018 on the organisation and payment of health care services",
  },
};

const MEDICAL_TREATMENT_LAW: LegalResource = {
  title: { lv: "Ārstniecības likums", en: "Medical Treatment Law" },
  url: "https://likumi.lv/ta/id/44108",
};

const PATIENT_RIGHTS_LAW: LegalResource = {
  title: { lv: "Pacientu tiesību likums", en: "Law on the Rights of Patients" },
  url: "https://likumi.lv/ta/id/203008",
};

const HIGHER_EDUCATION_LAW: LegalResource = {
  title: { lv: "Augstskolu likums", en: "Law on Higher Education Institutions" },
  url: "https://likumi.lv/ta/id/37967",
};

const NVD_CLIENT_SERVICE: Channel = {
  type: "in_person",
  note: {
    lv: "NVD klientu apkalpošanas centrā Rīgā vai teritoriālajās nodaļās",
    en: "At the NVD client service centre in Riga or its regional offices",
  },
  hours: WORKING_DAYS,
};

const VIAA_CONTACT: ContactPoint = {
  address: "Vaļņu iela 1, Rīga, LV-1050",
  email: "pasts@viaa.gov.lv",
};

const EDUCATION_LAW: LegalResource = {
  title: { lv: "Izglītības likums", en: "Education Law" },
  url: "https://likumi.lv/ta/id/50759",
};

const SOCIAL_SERVICES_LAW: LegalResource = {
  title: { lv: "Sociālo pakalpojumu un sociālās palīdzības likums", en: "Law on Social Services and Social Assistance" },
  url: "https://likumi.lv/ta/id/68488",
};

const DISABILITY_LAW: LegalResource = {
  title: { lv: "Invaliditātes likums", en: "Disability Law" },
};

const SOCIAL_SERVICE_OFFICE: Channel = {
  type: "in_person",
  note: { lv: "Dzīvesvietas pašvaldības sociālajā dienestā", en: "At the social service of your municipality" },
  hours: WORKING_DAYS,
};

const LM_CONTACT: ContactPoint = {
  address: "Skolas iela 28, Rīga, LV-1331",
  phone: "+371 67021600",
  email: "lm@lm.gov.lv",
};

const VISC_CONTACT: ContactPoint = {
  address: "Vaļņu iela 2, Rīga, LV-1050",
  phone: "+371 67216500",
  email: "visc@visc.gov.lv",
};

export const WORK_HEALTH_EDUCATION_SERVICES: ServiceDocument[] = [
  // ---------------------------------------------------------------- Work: NVA
  {
    identifier: "bezdarbnieka-statusa-pieskirsana",
    title: { lv: "Bezdarbnieka statusa piešķiršana", en: "Registering as unemployed (unemployed person status)" },
    description: {
      lv: "Ja esat palicis bez darba, varat pieteikties Nodarbinātības valsts aģentūrā (NVA) bezdarbnieka statusa iegūšanai. Bezdarbnieks saņem NVA atbalstu darba meklēšanā, var piedalīties apmācībās un citos aktīvajos nodarbinātības pasākumos, un statuss ir priekšnoteikums bezdarbnieka pabalsta saņemšanai no VSAA. Kopā ar NVA konsultantu tiek sagatavots individuālais darba meklēšanas plāns.",
      en: "If you have lost your job, you can apply to the State Employment Agency (NVA) for unemployed person status. An unemployed person gets NVA support in looking for work, can take part in training and other active employment measures, and the status is a precondition for receiving unemployment benefit from the State Social Insurance Agency. You and an NVA adviser draw up an individual job search plan.",
    },
    institution: "NVA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "work",
    keywords: {
      lv: ["bezdarbnieks", "bezdarba statuss", "palikt bez darba", "reģistrēties NVA", "darba zaudēšana", "bezdarbnieka pabalsts"],
      en: ["unemployed", "unemployment status", "lost my job", "register with NVA", "job loss", "unemployment benefit"],
    },
    channels: [
      {
        type: "online",
        url: LATVIJA_LV,
        note: {
          lv: "E-pakalpojums bezdarbnieka statusa pieprasīšanai portālā Latvija.lv",
          en: "E-service for requesting unemployed status on the Latvija.lv portal",
        },
      },
      NVA_BRANCH,
      CENTRE,
    ],
    processingTime: {
      lv: "Parasti dažu darbdienu laikā; statusu piešķir no pieteikšanās dienas",
      en: "Usually within a few working days; the status applies from the day you apply",
    },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Esat darbspējīgā vecumā (no 15 gadiem līdz pensijas vecumam) un nestrādājat",
          en: "You are of working age (from 15 to retirement age) and not working",
        },
        description: {
          lv: "Jūs neesat darba ņēmējs, pašnodarbinātais vai komersants un nemācāties pilna laika klātienē vispārējās vai profesionālās izglītības iestādē.",
          en: "You are not an employee, self-employed person or business owner and are not in full-time general or vocational education.",
        },
        evidence: [ID_DOCUMENT],
      },
      {
        title: {
          lv: "Esat gatavs nekavējoties sākt darbu un aktīvi meklējat darbu",
          en: "You are ready to start work at once and are actively looking for work",
        },
        evidence: [
          {
            title: { lv: "Izglītību un kvalifikāciju apliecinoši dokumenti", en: "Documents proving your education and qualifications" },
            description: {
              lv: "Ja tie nav pieejami valsts izglītības informācijas sistēmā",
              en: "If they are not available in the state education information system",
            },
          },
        ],
      },
      {
        title: { lv: "Jums ir deklarēta dzīvesvieta Latvijā", en: "You have a declared place of residence in Latvia" },
        description: {
          lv: "Ārzemniekiem papildus vajadzīga uzturēšanās atļauja vai ES pilsoņa reģistrācijas apliecība.",
          en: "Foreign nationals also need a residence permit or an EU citizen registration certificate.",
        },
        evidence: [],
      },
    ],
    outputs: [
      { title: { lv: "NVA lēmums par bezdarbnieka statusa piešķiršanu", en: "NVA decision granting unemployed status" } },
      { title: { lv: "Individuālais darba meklēšanas plāns", en: "Individual job search plan" } },
    ],
    steps: [
      {
        lv: "Pieslēdzieties Latvija.lv un aizpildiet pieteikumu bezdarbnieka statusa iegūšanai vai ierodieties NVA filiālē.",
        en: "Log in to Latvija.lv and fill in the application for unemployed status, or go to an NVA branch office.",
      },
      {
        lv: "NVA pārbauda ziņas valsts reģistros un pieņem lēmumu par statusa piešķiršanu.",
        en: "NVA checks your data in state registers and decides on granting the status.",
      },
      {
        lv: "Norunātajā laikā tiekaties ar NVA konsultantu un kopā sagatavojat individuālo darba meklēšanas plānu.",
        en: "At the agreed time you meet an NVA adviser and together draw up an individual job search plan.",
      },
      {
        lv: "Ja atbilstat nosacījumiem, VSAA iesniedziet pieteikumu bezdarbnieka pabalstam.",
        en: "If you qualify, apply to the State Social Insurance Agency for unemployment benefit.",
      },
      {
        lv: "Regulāri apmeklējiet NVA noteiktajos termiņos un ziņojiet par darba meklēšanu, lai saglabātu statusu.",
        en: "Visit NVA on the agreed dates and report on your job search to keep your status.",
      },
    ],
    legalBasis: [UNEMPLOYMENT_SUPPORT_LAW],
    municipalities: [],
    contactPoint: NVA_CONTACT,
  },
  {
    identifier: "darba-mekleteja-statusa-pieskirsana",
    title: { lv: "Darba meklētāja statusa piešķiršana", en: "Registering as a jobseeker (jobseeker status)" },
    description: {
      lv: "Darba meklētāja statusu var iegūt cilvēks, kurš meklē darbu, bet neatbilst bezdarbnieka statusa nosacījumiem, piemēram, strādā un vēlas mainīt darbu vai mācās. Darba meklētājs var saņemt NVA karjeras konsultācijas, informāciju par vakancēm un piedalīties atsevišķos nodarbinātības pasākumos. Bezdarbnieka pabalstu šis statuss nedod.",
      en: "Jobseeker status is for people who are looking for work but do not meet the conditions for unemployed status, for example because they are working and want to change jobs or are studying. A jobseeker can receive NVA career guidance, information about vacancies and take part in some employment measures. This status does not entitle you to unemployment benefit.",
    },
    institution: "NVA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "work",
    keywords: {
      lv: ["darba meklētājs", "meklēju darbu", "darba maiņa", "NVA reģistrācija", "vakances", "darbs"],
      en: ["jobseeker", "looking for a job", "change jobs", "NVA registration", "vacancies", "work"],
    },
    channels: [
      {
        type: "online",
        url: LATVIJA_LV,
        note: {
          lv: "E-pakalpojums darba meklētāja statusa pieprasīšanai portālā Latvija.lv",
          en: "E-service for requesting jobseeker status on the Latvija.lv portal",
        },
      },
      NVA_BRANCH,
      CENTRE,
    ],
    processingTime: { lv: "Parasti dažu darbdienu laikā", en: "Usually within a few working days" },
    costs: [],
    requirements: [
      {
        title: { lv: "Jūs meklējat darbu un esat darbspējīgā vecumā", en: "You are looking for work and are of working age" },
        evidence: [ID_DOCUMENT],
      },
      {
        title: { lv: "Jums ir deklarēta dzīvesvieta Latvijā", en: "You have a declared place of residence in Latvia" },
        description: {
          lv: "Ārzemniekiem vajadzīgas tiesības uzturēties un strādāt Latvijā.",
          en: "Foreign nationals need the right to reside and work in Latvia.",
        },
        evidence: [],
      },
    ],
    outputs: [
      { title: { lv: "NVA lēmums par darba meklētāja statusa piešķiršanu", en: "NVA decision granting jobseeker status" } },
      { title: { lv: "Pieeja NVA konsultācijām un pakalpojumiem", en: "Access to NVA advice and services" } },
    ],
    steps: [
      {
        lv: "Iesniedziet pieteikumu darba meklētāja statusam Latvija.lv vai NVA filiālē.",
        en: "Submit an application for jobseeker status on Latvija.lv or at an NVA branch office.",
      },
      {
        lv: "NVA izvērtē pieteikumu un paziņo lēmumu.",
        en: "NVA assesses the application and informs you of its decision.",
      },
      {
        lv: "Izveidojiet vai papildiniet savu CV CV un vakanču portālā un vienojieties ar konsultantu par nākamajiem soļiem.",
        en: "Create or update your CV in the CV and vacancy portal and agree the next steps with an adviser.",
      },
    ],
    legalBasis: [UNEMPLOYMENT_SUPPORT_LAW],
    municipalities: [],
    contactPoint: NVA_CONTACT,
  },
  {
    identifier: "nva-apmacibas-kuponi",
    title: {
      lv: "Profesionālā apmācība un neformālā izglītība ar NVA kuponu",
      en: "Vocational training and non-formal education with an NVA voucher",
    },
    description: {
      lv: "NVA bezdarbniekiem un noteiktām nodarbināto grupām piedāvā apgūt jaunu profesiju, paaugstināt kvalifikāciju vai apgūt valodas, digitālās un citas prasmes ar apmācību kuponu. Kupons sedz mācību maksu izglītības iestādē, kuru izvēlaties no NVA apstiprināto mācību programmu saraksta. Bezdarbnieki mācību laikā var saņemt stipendiju.",
      en: "NVA offers unemployed people and some groups of employed people a training voucher to learn a new profession, upgrade their qualifications or learn languages, digital and other skills. The voucher covers the tuition fee at an education provider you choose from the list of NVA-approved programmes. Unemployed people may receive a stipend while training.",
    },
    institution: "NVA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "work",
    keywords: {
      lv: ["NVA kursi", "apmācību kupons", "bezmaksas kursi", "pārkvalificēšanās", "profesionālā apmācība", "valodu kursi"],
      en: ["NVA courses", "training voucher", "free courses", "retraining", "vocational training", "language courses"],
    },
    channels: [
      {
        type: "online",
        url: CVVP,
        note: {
          lv: "Mācību programmas izvēle un pieteikšanās CV un vakanču portālā",
          en: "Choose a programme and apply in the CV and vacancy portal",
        },
      },
      NVA_BRANCH,
    ],
    processingTime: {
      lv: "Atkarībā no mācību grupu komplektēšanas; kupons derīgs NVA noteiktu laiku",
      en: "Depends on when training groups start; the voucher is valid for a period set by NVA",
    },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Jums ir bezdarbnieka statuss vai jūs atbilstat NVA noteiktajai nodarbināto mērķgrupai",
          en: "You have unemployed status or belong to a target group of employed people set by NVA",
        },
        evidence: [ID_DOCUMENT],
      },
      {
        title: {
          lv: "Mācības atbilst jūsu individuālajam darba meklēšanas plānam vai profilēšanas rezultātiem",
          en: "The training matches your individual job search plan or profiling results",
        },
        evidence: [
          {
            title: { lv: "Iepriekšējo izglītību apliecinoši dokumenti", en: "Documents proving previous education" },
            description: {
              lv: "Ja programmā noteiktas uzņemšanas prasības",
              en: "If the programme has entry requirements",
            },
          },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Apmācību kupons izvēlētajai programmai", en: "Training voucher for the chosen programme" } },
      {
        title: {
          lv: "Profesionālās kvalifikācijas apliecība vai apliecība par neformālās izglītības programmas apguvi",
          en: "Certificate of professional qualification or certificate of completing a non-formal education programme",
        },
      },
    ],
    steps: [
      {
        lv: "Kopā ar NVA konsultantu izvērtējiet savas prasmes un piemērotās mācību jomas.",
        en: "Assess your skills and suitable fields of study with an NVA adviser.",
      },
      {
        lv: "CV un vakanču portālā izvēlieties mācību programmu un izglītības iestādi no NVA piedāvājuma.",
        en: "In the CV and vacancy portal, choose a programme and an education provider from the NVA offer.",
      },
      {
        lv: "Saņemiet apmācību kuponu un vienojieties ar izglītības iestādi par mācību sākumu.",
        en: "Receive the training voucher and agree the start of studies with the education provider.",
      },
      {
        lv: "Apgūstiet programmu un nokārtojiet noslēguma pārbaudījumu vai kvalifikācijas eksāmenu.",
        en: "Complete the programme and pass the final assessment or qualification exam.",
      },
    ],
    legalBasis: [UNEMPLOYMENT_SUPPORT_LAW, ACTIVE_MEASURES_REGULATION],
    municipalities: [],
    contactPoint: NVA_CONTACT,
  },
  {
    identifier: "karjeras-konsultacijas",
    title: { lv: "Karjeras konsultācijas", en: "Career guidance" },
    description: {
      lv: "NVA karjeras konsultanti palīdz izvērtēt savas intereses, spējas un iespējas darba tirgū, izvēlēties profesiju vai mācības un sagatavot CV un motivācijas vēstuli. Konsultācijas ir bezmaksas un pieejamas ne tikai bezdarbniekiem, bet ikvienam iedzīvotājam, arī strādājošajiem un skolēniem. Konsultēties var klātienē, pa tālruni vai attālināti.",
      en: "NVA career advisers help you assess your interests, abilities and prospects on the labour market, choose a profession or studies and prepare a CV and cover letter. Guidance is free and open not only to unemployed people but to every resident, including those in work and school pupils. You can be advised in person, by phone or remotely.",
    },
    institution: "NVA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "work",
    keywords: {
      lv: ["karjeras konsultants", "profesijas izvēle", "CV sagatavošana", "ko darīt pēc skolas", "karjera", "darba intervija"],
      en: ["career adviser", "choosing a profession", "writing a CV", "what to do after school", "career", "job interview"],
    },
    channels: [
      {
        type: "online",
        url: CVVP,
        note: {
          lv: "Pieteikšanās un attālinātas konsultācijas; karjeras testi CV un vakanču portālā",
          en: "Booking and remote sessions; career tests in the CV and vacancy portal",
        },
      },
      NVA_BRANCH,
      { type: "phone", hours: WORKING_DAYS },
    ],
    processingTime: {
      lv: "Konsultācijas laiku norunā pēc pieteikšanās, parasti dažu dienu laikā",
      en: "An appointment is arranged after you book, usually within a few days",
    },
    costs: [],
    requirements: [
      {
        title: { lv: "Pieteikšanās uz konsultāciju", en: "Booking a session" },
        description: {
          lv: "Īpaši nosacījumi nav noteikti; uz konsultāciju ņemiet līdzi personu apliecinošu dokumentu.",
          en: "There are no special conditions; bring an identity document to the session.",
        },
        evidence: [ID_DOCUMENT],
      },
    ],
    outputs: [
      { title: { lv: "Individuāla vai grupas karjeras konsultācija", en: "Individual or group career guidance session" } },
      {
        title: {
          lv: "Ieteikumi karjeras plānošanai un profesionālās piemērotības izvērtējums",
          en: "Career planning advice and assessment of vocational suitability",
        },
      },
    ],
    steps: [
      {
        lv: "Piesakieties konsultācijai NVA filiālē, pa tālruni vai CV un vakanču portālā.",
        en: "Book a session at an NVA branch office, by phone or in the CV and vacancy portal.",
      },
      {
        lv: "Ja vēlaties, pirms tikšanās aizpildiet karjeras testus.",
        en: "If you wish, take the career tests before the meeting.",
      },
      {
        lv: "Tiekieties ar karjeras konsultantu klātienē vai attālināti un pārrunājiet savus mērķus.",
        en: "Meet the career adviser in person or remotely and discuss your goals.",
      },
      {
        lv: "Saņemiet ieteikumus un, ja vajag, vienojieties par nākamo konsultāciju.",
        en: "Receive recommendations and, if needed, agree on a follow-up session.",
      },
    ],
    legalBasis: [UNEMPLOYMENT_SUPPORT_LAW],
    municipalities: [],
    contactPoint: NVA_CONTACT,
  },
  {
    identifier: "vakances-pieteiksana",
    title: { lv: "Vakances pieteikšana Nodarbinātības valsts aģentūrā", en: "Registering a vacancy with the State Employment Agency" },
    description: {
      lv: "Darba devējs var bez maksas pieteikt brīvu darbavietu NVA un publicēt to CV un vakanču portālā, kur to redz darba meklētāji visā Latvijā. Valsts un pašvaldību iestādēm vakances NVA jāpiesaka obligāti. NVA var arī atlasīt piemērotus kandidātus no bezdarbnieku vidus.",
      en: "An employer can register a vacancy with NVA free of charge and publish it in the CV and vacancy portal, where jobseekers across Latvia can see it. State and municipal institutions must register their vacancies with NVA. NVA can also select suitable candidates from among registered unemployed people.",
    },
    institution: "NVA",
    audience: ["businesses", "institutions"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "work",
    keywords: {
      lv: ["vakance", "darba sludinājums", "brīva darbavieta", "darbinieku meklēšana", "CV portāls", "darba piedāvājums"],
      en: ["vacancy", "job advert", "job opening", "hiring staff", "CV portal", "job offer"],
    },
    channels: [
      {
        type: "online",
        url: CVVP,
        note: {
          lv: "Darba devēja profils CV un vakanču portālā (pieslēgšanās ar eID vai banku)",
          en: "Employer profile in the CV and vacancy portal (log in with eID or a bank)",
        },
      },
      NVA_BRANCH,
      {
        type: "post",
        note: {
          lv: "Vakances pieteikuma veidlapu var iesniegt arī e-pastā ar drošu elektronisko parakstu",
          en: "The vacancy form can also be sent by e-mail with a secure electronic signature",
        },
      },
    ],
    processingTime: {
      lv: "Vakanci publicē parasti vienas darbdienas laikā pēc pārbaudes",
      en: "The vacancy is usually published within one working day after checking",
    },
    costs: [],
    requirements: [
      {
        title: { lv: "Darba devējs ir reģistrēts Latvijā", en: "The employer is registered in Latvia" },
        evidence: [
          {
            title: {
              lv: "Vakances apraksts: amats, darba pienākumi, prasības, atalgojums un darba vieta",
              en: "Vacancy description: position, duties, requirements, pay and workplace",
            },
          },
        ],
      },
      {
        title: { lv: "Vakance atbilst normatīvo aktu prasībām", en: "The vacancy complies with the law" },
        description: {
          lv: "Sludinājumā nedrīkst būt diskriminējošas prasības, un jānorāda bruto darba samaksas apmērs vai diapazons.",
          en: "The advert must not contain discriminatory requirements and must state the gross pay or pay range.",
        },
        evidence: [],
      },
    ],
    outputs: [
      { title: { lv: "Vakance, kas publicēta CV un vakanču portālā", en: "Vacancy published in the CV and vacancy portal" } },
      { title: { lv: "Piemērotu kandidātu CV, ja darba devējs to lūdz", en: "CVs of suitable candidates, if the employer asks for them" } },
    ],
    steps: [
      {
        lv: "Pieslēdzieties CV un vakanču portālam kā darba devējs.",
        en: "Log in to the CV and vacancy portal as an employer.",
      },
      {
        lv: "Aizpildiet vakances pieteikumu un norādiet, kā kandidāti var pieteikties.",
        en: "Fill in the vacancy form and state how candidates can apply.",
      },
      {
        lv: "NVA pārbauda pieteikumu un publicē vakanci.",
        en: "NVA checks the form and publishes the vacancy.",
      },
      {
        lv: "Skatiet kandidātu pieteikumus portālā un, kad darbinieks atrasts, slēdziet vakanci.",
        en: "Review applications in the portal and close the vacancy once you have hired.",
      },
    ],
    legalBasis: [UNEMPLOYMENT_SUPPORT_LAW, LABOUR_LAW],
    municipalities: [],
    contactPoint: NVA_CONTACT,
  },
  {
    identifier: "subsidetas-darbavietas",
    title: { lv: "Subsidētās darbavietas bezdarbniekiem", en: "Subsidised jobs for unemployed people" },
    description: {
      lv: "NVA daļēji sedz darba algu darba devējam, kas pieņem darbā bezdarbnieku no kādas mērķgrupas, piemēram, ilgstošo bezdarbnieku, cilvēku ar invaliditāti, jaunieti vai pirmspensijas vecuma bezdarbnieku. Atbalstu var saņemt arī par darba vadītāju un, ja vajag, darbavietas pielāgošanu. Bezdarbniekam tas ir veids, kā atgriezties darba tirgū un iegūt darba pieredzi.",
      en: "NVA covers part of the wages of an employer who hires an unemployed person from a target group, such as the long-term unemployed, people with disabilities, young people or those close to retirement age. Support can also cover a work supervisor and, if needed, adapting the workplace. For the unemployed person it is a way back into the labour market and a chance to gain work experience.",
    },
    institution: "NVA",
    audience: ["businesses", "residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "work",
    keywords: {
      lv: [
        "subsidētā darbavieta",
        "algas subsīdija",
        "darba devēju atbalsts",
        "ilgstošie bezdarbnieki",
        "darbs cilvēkiem ar invaliditāti",
        "NVA atbalsts",
      ],
      en: [
        "subsidised job",
        "wage subsidy",
        "employer support",
        "long-term unemployed",
        "jobs for people with disabilities",
        "NVA support",
      ],
    },
    channels: [
      {
        type: "online",
        url: LATVIJA_LV,
        note: {
          lv: "Pieteikumu var iesniegt, izmantojot oficiālo e-adresi vai e-pastu ar drošu elektronisko parakstu",
          en: "The application can be sent through the official e-address or by e-mail with a secure electronic signature",
        },
      },
      NVA_BRANCH,
    ],
    processingTime: {
      lv: "NVA izvērtē pieteikumu un paziņo lēmumu parasti viena mēneša laikā",
      en: "NVA assesses the application and usually decides within one month",
    },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Darba devējs nav maksātnespējīgs, un tam nav nodokļu parādu",
          en: "The employer is not insolvent and has no tax debts",
        },
        evidence: [
          {
            title: { lv: "Darba devēja pieteikums dalībai pasākumā", en: "Employer's application to take part in the measure" },
          },
          {
            title: {
              lv: "Darbavietas apraksts un darba vadītāja informācija",
              en: "Description of the job and information on the work supervisor",
            },
          },
        ],
      },
      {
        title: {
          lv: "Darbā tiek pieņemts NVA reģistrēts bezdarbnieks no pasākuma mērķgrupas",
          en: "The person hired is an unemployed person registered with NVA and belonging to the target group",
        },
        evidence: [],
      },
    ],
    outputs: [
      { title: { lv: "Līgums starp NVA un darba devēju", en: "Agreement between NVA and the employer" } },
      { title: { lv: "Ikmēneša darba algas dotācija darba devējam", en: "Monthly wage subsidy to the employer" } },
      { title: { lv: "Darba līgums bezdarbniekam", en: "Employment contract for the unemployed person" } },
    ],
    steps: [
      {
        lv: "Iepazīstieties ar NVA izsludināto pasākumu un tā nosacījumiem.",
        en: "Read the measure announced by NVA and its conditions.",
      },
      {
        lv: "Iesniedziet NVA filiālē pieteikumu par subsidētās darbavietas izveidi.",
        en: "Submit an application for a subsidised job to an NVA branch office.",
      },
      {
        lv: "NVA izvērtē pieteikumu un piedāvā piemērotus bezdarbniekus.",
        en: "NVA assesses the application and proposes suitable unemployed candidates.",
      },
      {
        lv: "Noslēdziet līgumu ar NVA un darba līgumu ar izvēlēto darbinieku.",
        en: "Sign an agreement with NVA and an employment contract with the chosen employee.",
      },
      {
        lv: "Katru mēnesi iesniedziet NVA atskaiti, lai saņemtu dotāciju.",
        en: "Report to NVA every month to receive the subsidy.",
      },
    ],
    legalBasis: [UNEMPLOYMENT_SUPPORT_LAW, ACTIVE_MEASURES_REGULATION],
    municipalities: [],
    contactPoint: NVA_CONTACT,
  },
  {
    identifier: "darba-meklesanas-atbalsts",
    title: {
      lv: "Darba meklēšanas atbalsta pasākumi (motivācijas programmas, darba meklēšanas semināri)",
      en: "Job search support (motivation programmes, job search workshops)",
    },
    description: {
      lv: "NVA bezdarbniekiem un darba meklētājiem rīko darba meklēšanas seminārus, kuros māca sagatavot CV, motivācijas vēstuli un gatavoties darba intervijai. Ilgstošajiem bezdarbniekiem ir motivācijas programmas un psihologa konsultācijas, kas palīdz atgūt pārliecību un atgriezties darbā. Pasākumi ir bez maksas un notiek klātienē vai tiešsaistē.",
      en: "NVA runs job search workshops for unemployed people and jobseekers, teaching how to prepare a CV and cover letter and get ready for a job interview. Long-term unemployed people can join motivation programmes and see a psychologist to regain confidence and return to work. The activities are free and take place in person or online.",
    },
    institution: "NVA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "work",
    keywords: {
      lv: [
        "darba meklēšanas seminārs",
        "motivācijas programma",
        "CV rakstīšana",
        "darba intervija",
        "psihologa konsultācija",
        "ilgstošais bezdarbnieks",
      ],
      en: ["job search workshop", "motivation programme", "CV writing", "job interview", "psychologist", "long-term unemployed"],
    },
    channels: [
      {
        type: "online",
        url: CVVP,
        note: { lv: "Pieteikšanās semināriem CV un vakanču portālā", en: "Sign up for workshops in the CV and vacancy portal" },
      },
      NVA_BRANCH,
    ],
    processingTime: {
      lv: "Pēc NVA semināru grafika, parasti dažu nedēļu laikā",
      en: "According to the NVA workshop schedule, usually within a few weeks",
    },
    costs: [],
    requirements: [
      {
        title: { lv: "Jums ir bezdarbnieka vai darba meklētāja statuss", en: "You have unemployed or jobseeker status" },
        evidence: [ID_DOCUMENT],
      },
    ],
    outputs: [
      { title: { lv: "Dalība seminārā vai motivācijas programmā", en: "Participation in a workshop or motivation programme" } },
      { title: { lv: "Sagatavots CV un darba meklēšanas prasmes", en: "A ready CV and job search skills" } },
    ],
    steps: [
      {
        lv: "Ar NVA konsultantu izvēlieties jums piemērotu pasākumu.",
        en: "Choose a suitable activity with your NVA adviser.",
      },
      {
        lv: "Piesakieties semināram vai programmai NVA filiālē vai portālā.",
        en: "Sign up for the workshop or programme at an NVA branch office or in the portal.",
      },
      {
        lv: "Apmeklējiet nodarbības klātienē vai tiešsaistē.",
        en: "Attend the sessions in person or online.",
      },
      {
        lv: "Papildiniet savu individuālo darba meklēšanas plānu ar apgūto.",
        en: "Update your individual job search plan with what you learned.",
      },
    ],
    legalBasis: [UNEMPLOYMENT_SUPPORT_LAW, ACTIVE_MEASURES_REGULATION],
    municipalities: [],
    contactPoint: NVA_CONTACT,
  },
  // ---------------------------------------------------------------- Work: VDI
  {
    identifier: "darba-tiesibu-konsultacija",
    title: { lv: "Konsultācijas par darba tiesiskajām attiecībām", en: "Advice on employment rights" },
    description: {
      lv: "Valsts darba inspekcija (VDI) bez maksas konsultē darbiniekus un darba devējus par darba tiesību un darba aizsardzības jautājumiem: darba līgumiem, darba laiku, atvaļinājumiem, darba samaksu, uzteikumu un citiem. Jautājumu var uzdot pa tālruni, rakstiski vai klātienē VDI reģionālajās nodaļās. Atbilde palīdz saprast savas tiesības un pienākumus, pirms vērsties ar iesniegumu vai tiesā.",
      en: "The State Labour Inspectorate (VDI) gives free advice to employees and employers on employment rights and occupational safety: employment contracts, working time, leave, pay, dismissal and more. You can ask by phone, in writing or in person at VDI regional offices. The answer helps you understand your rights and duties before you file a complaint or go to court.",
    },
    institution: "VDI",
    audience: ["residents", "businesses"],
    kind: "informative",
    maturity: 3,
    thematicArea: "work",
    keywords: {
      lv: ["darba tiesības", "darba līgums", "atvaļinājums", "virsstundas", "atlaišana", "darba inspekcija", "alga"],
      en: ["employment rights", "employment contract", "annual leave", "overtime", "dismissal", "labour inspectorate", "salary"],
    },
    channels: [
      { type: "phone", hours: WORKING_DAYS, note: { lv: "VDI konsultāciju tālrunis", en: "VDI advice line" } },
      {
        type: "online",
        url: "https://www.vdi.gov.lv",
        note: {
          lv: "Rakstisks jautājums VDI tīmekļvietnē vai uz oficiālo e-adresi",
          en: "Written question on the VDI website or to its official e-address",
        },
      },
      {
        type: "in_person",
        note: { lv: "VDI reģionālajās nodaļās pieņemšanas laikā", en: "At VDI regional offices during reception hours" },
      },
    ],
    processingTime: {
      lv: "Pa tālruni uzreiz; uz rakstisku jautājumu atbild līdz 1 mēnesim",
      en: "Immediately by phone; written questions are answered within 1 month",
    },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Jautājums par darba attiecībām vai darba aizsardzību",
          en: "A question on employment relations or occupational safety",
        },
        description: {
          lv: "Rakstiskam jautājumam pievienojiet būtiskos dokumentus, piemēram, darba līgumu vai uzteikumu.",
          en: "For a written question, attach the relevant documents such as the employment contract or notice of dismissal.",
        },
        evidence: [],
      },
    ],
    outputs: [{ title: { lv: "Mutiska vai rakstiska konsultācija", en: "Oral or written advice" } }],
    steps: [
      {
        lv: "Sagatavojiet jautājumu un dokumentus, kas uz to attiecas.",
        en: "Prepare your question and any documents that relate to it.",
      },
      {
        lv: "Zvaniet uz VDI konsultāciju tālruni, uzdodiet jautājumu rakstiski vai apmeklējiet VDI nodaļu.",
        en: "Call the VDI advice line, send your question in writing or visit a VDI office.",
      },
      {
        lv: "Saņemiet atbildi un, ja jūsu tiesības pārkāptas, apsveriet iesniegumu VDI.",
        en: "Receive the answer and, if your rights have been violated, consider filing a complaint with VDI.",
      },
    ],
    legalBasis: [LABOUR_LAW, LABOUR_PROTECTION_LAW, LABOUR_INSPECTION_LAW],
    municipalities: [],
    contactPoint: VDI_CONTACT,
  },
  {
    identifier: "iesniegums-par-darba-tiesibu-parkapumu",
    title: {
      lv: "Iesniegums Valsts darba inspekcijai par darba tiesību pārkāpumu",
      en: "Complaint to the State Labour Inspectorate about a breach of employment rights",
    },
    description: {
      lv: "Ja darba devējs neizmaksā algu, nodarbina bez darba līguma, neievēro darba laiku vai darba drošības prasības, varat iesniegt iesniegumu VDI. Inspekcija pārbauda darba devēju, var uzdot novērst pārkāpumus un piemērot sodu. Iesniegumu var iesniegt arī anonīmi, taču tad jūs nesaņemsiet atbildi par rezultātu.",
      en: "If your employer does not pay wages, employs people without a contract, or breaks working time or safety rules, you can file a complaint with VDI. The inspectorate checks the employer, can order the breaches to be corrected and can impose a fine. Complaints can also be anonymous, but then you will not be told the outcome.",
    },
    institution: "VDI",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "work",
    keywords: {
      lv: ["sūdzība par darba devēju", "neizmaksāta alga", "aplokšņu alga", "darbs bez līguma", "darba inspekcija", "darba drošība"],
      en: [
        "complaint about employer",
        "unpaid wages",
        "envelope wages",
        "working without a contract",
        "labour inspectorate",
        "workplace safety",
      ],
    },
    channels: [
      {
        type: "online",
        url: LATVIJA_LV,
        note: {
          lv: "Iesniegumu iestādei var nosūtīt Latvija.lv vai uz VDI oficiālo e-adresi",
          en: "Send the complaint through Latvija.lv or to the VDI official e-address",
        },
      },
      { type: "in_person", note: { lv: "VDI reģionālajās nodaļās", en: "At VDI regional offices" } },
      { type: "post" },
    ],
    processingTime: { lv: "Līdz 1 mēnesim", en: "Up to 1 month" },
    costs: [],
    requirements: [
      {
        title: { lv: "Iesniegumā aprakstīts iespējamais pārkāpums", en: "The complaint describes the possible breach" },
        description: {
          lv: "Norādiet darba devēju, darba vietu, kas notika un kad. Ja vēlaties atbildi, norādiet savu vārdu, uzvārdu un kontaktinformāciju.",
          en: "State the employer, the workplace, what happened and when. If you want a reply, give your name and contact details.",
        },
        evidence: [
          {
            title: {
              lv: "Pierādījumi, ja tādi ir: darba līgums, algas aprēķini, sarakste, fotogrāfijas",
              en: "Evidence, if any: employment contract, pay slips, correspondence, photos",
            },
          },
        ],
      },
    ],
    outputs: [
      { title: { lv: "VDI atbilde par pārbaudes rezultātiem", en: "VDI reply on the results of the inspection" } },
      {
        title: {
          lv: "Darba devējam – rīkojums novērst pārkāpumus vai administratīvais sods",
          en: "For the employer: an order to correct the breaches or an administrative fine",
        },
      },
    ],
    steps: [
      {
        lv: "Aprakstiet pārkāpumu un sagatavojiet pierādījumus.",
        en: "Describe the breach and gather the evidence.",
      },
      {
        lv: "Iesniedziet iesniegumu elektroniski, pa pastu vai VDI nodaļā.",
        en: "Submit the complaint electronically, by post or at a VDI office.",
      },
      {
        lv: "VDI inspektors pārbauda darba devēju, ja vajag, apmeklējot darba vietu.",
        en: "A VDI inspector checks the employer, visiting the workplace if needed.",
      },
      {
        lv: "Saņemiet atbildi par pārbaudes rezultātu un veiktajām darbībām.",
        en: "Receive a reply on the outcome and the actions taken.",
      },
    ],
    legalBasis: [LABOUR_LAW, LABOUR_INSPECTION_LAW, SUBMISSIONS_LAW],
    municipalities: [],
    contactPoint: VDI_CONTACT,
  },
  {
    identifier: "nelaimes-gadijuma-darba-pazinosana",
    title: { lv: "Nelaimes gadījuma darbā paziņošana", en: "Reporting an accident at work" },
    description: {
      lv: "Ja darbā noticis nelaimes gadījums, darba devējam tas jāizmeklē un jāsastāda akts par nelaimes gadījumu darbā. Par smagiem un letāliem nelaimes gadījumiem vai tādiem, kuros cietuši vairāki darbinieki, darba devējam nekavējoties jāziņo Valsts darba inspekcijai, kas pati veic izmeklēšanu. Akts ir vajadzīgs, lai cietušais varētu saņemt atlīdzību no VSAA par darbā gūtu kaitējumu.",
      en: "If an accident happens at work, the employer must investigate it and draw up an accident-at-work report. For serious and fatal accidents, or those where several workers are hurt, the employer must notify the State Labour Inspectorate at once, and the inspectorate investigates itself. The report is needed for the injured worker to claim compensation from the State Social Insurance Agency for an injury at work.",
    },
    institution: "VDI",
    audience: ["businesses", "residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "work",
    keywords: {
      lv: ["nelaimes gadījums darbā", "trauma darbā", "akts N-1", "darba aizsardzība", "darba drošība", "atlīdzība par traumu"],
      en: ["accident at work", "workplace injury", "accident report", "occupational safety", "health and safety", "injury compensation"],
    },
    channels: [
      {
        type: "online",
        url: LATVIJA_LV,
        note: {
          lv: "Aktu un paziņojumu var nosūtīt uz VDI oficiālo e-adresi",
          en: "The report and notification can be sent to the VDI official e-address",
        },
      },
      {
        type: "phone",
        note: {
          lv: "Par smagu vai letālu nelaimes gadījumu ziņo nekavējoties",
          en: "Serious or fatal accidents must be reported immediately",
        },
      },
      { type: "in_person", note: { lv: "VDI reģionālajās nodaļās", en: "At VDI regional offices" } },
    ],
    processingTime: {
      lv: "Ziņošana – nekavējoties; izmeklēšana – normatīvajos aktos noteiktajos termiņos",
      en: "Reporting: immediately; investigation: within the time limits set by law",
    },
    costs: [],
    requirements: [
      {
        title: { lv: "Nelaimes gadījums noticis, veicot darba pienākumus", en: "The accident happened while performing work duties" },
        evidence: [
          {
            title: { lv: "Akts par nelaimes gadījumu darbā", en: "Accident-at-work report" },
            description: {
              lv: "Sastāda darba devēja izveidota komisija vai darba aizsardzības speciālists",
              en: "Drawn up by a commission set up by the employer or by an occupational safety specialist",
            },
          },
          {
            title: { lv: "Ārstniecības iestādes izziņa par traumu", en: "Medical certificate on the injury" },
          },
        ],
      },
      {
        title: {
          lv: "Ja darba devējs nelaimes gadījumu neizmeklē, cietušais var vērsties VDI pats",
          en: "If the employer does not investigate, the injured worker can turn to VDI directly",
        },
        evidence: [ID_DOCUMENT],
      },
    ],
    outputs: [
      { title: { lv: "Akts par nelaimes gadījumu darbā, kas reģistrēts VDI", en: "Accident-at-work report registered with VDI" } },
      {
        title: {
          lv: "VDI izmeklēšanas slēdziens (smagos un letālos gadījumos)",
          en: "VDI investigation findings (in serious and fatal cases)",
        },
      },
    ],
    steps: [
      {
        lv: "Sniedziet cietušajam pirmo palīdzību un, ja vajag, izsauciet neatliekamo medicīnisko palīdzību.",
        en: "Give first aid to the injured person and call an ambulance if needed.",
      },
      {
        lv: "Smaga vai letāla nelaimes gadījuma gadījumā nekavējoties paziņojiet VDI un Valsts policijai un saglabājiet notikuma vietu.",
        en: "For a serious or fatal accident, immediately notify VDI and the State Police and keep the scene unchanged.",
      },
      {
        lv: "Darba devējs izmeklē nelaimes gadījumu un sastāda aktu.",
        en: "The employer investigates the accident and draws up the report.",
      },
      {
        lv: "Aktu nosūta VDI, un cietušais to saņem, lai pieprasītu atlīdzību VSAA.",
        en: "The report is sent to VDI and the injured worker receives a copy to claim compensation from VSAA.",
      },
    ],
    legalBasis: [
      LABOUR_PROTECTION_LAW,
      {
        title: {
          lv: "Ministru kabineta 2009. gada 25. augusta noteikumi Nr. 950 „Kārtība, kādā izmeklē un uzskaita nelaimes gadījumus darbā”",
          en: "Cabinet Regulation No. 950 of 25 August 2009 on the procedure for investigating and recording accidents at work",
        },
      },
      {
        title: {
          lv: "Likums „Par obligāto sociālo apdrošināšanu pret nelaimes gadījumiem darbā un arodslimībām”",
          en: "Law on Compulsory Social Insurance in Respect of Accidents at Work and Occupational Diseases",
        },
      },
    ],
    municipalities: [],
    contactPoint: VDI_CONTACT,
  },
  // ---------------------------------------------------------------- Health: NVD, ZVA, VI
  {
    identifier: "eiropas-veselibas-apdrosinasanas-karte",
    title: {
      lv: "Eiropas veselības apdrošināšanas kartes (EVAK) saņemšana",
      en: "Getting a European Health Insurance Card (EHIC)",
    },
    description: {
      lv: "Eiropas veselības apdrošināšanas karte (EVAK) ļauj, īslaicīgi uzturoties citā ES vai EEZ valstī, Šveicē vai Apvienotajā Karalistē, saņemt medicīniski nepieciešamo valsts apmaksāto veselības aprūpi ar tādiem pašiem nosacījumiem kā šīs valsts iedzīvotājiem. Karti bez maksas izsniedz Nacionālais veselības dienests personām, kurām Latvijā ir tiesības uz valsts apmaksātiem veselības aprūpes pakalpojumiem. Karti nosūta pa pastu uz deklarēto dzīvesvietas adresi.",
      en: "The European Health Insurance Card (EHIC) lets you receive medically necessary state-funded health care during a temporary stay in another EU or EEA country, Switzerland or the United Kingdom on the same terms as that country's residents. The National Health Service issues the card free of charge to people entitled to state-funded health care in Latvia. The card is posted to your declared address.",
    },
    institution: "NVD",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "health",
    keywords: {
      lv: ["EVAK", "Eiropas veselības apdrošināšanas karte", "veselības karte ceļojumam", "ārstēšanās ārzemēs", "zilā karte", "ceļošana"],
      en: ["EHIC", "European Health Insurance Card", "health card for travel", "medical care abroad", "travel", "health insurance"],
    },
    channels: [
      {
        type: "online",
        url: LATVIJA_LV,
        note: { lv: "E-pakalpojums EVAK pieprasīšanai portālā Latvija.lv", en: "E-service for requesting an EHIC on Latvija.lv" },
      },
      NVD_CLIENT_SERVICE,
      CENTRE,
      { type: "post", note: { lv: "Parakstītu iesniegumu var nosūtīt NVD pa pastu", en: "A signed application can be posted to NVD" } },
    ],
    processingTime: {
      lv: "Līdz 10 darbdienām un pasta piegādes laiks",
      en: "Up to 10 working days plus postal delivery",
    },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Jums Latvijā ir tiesības saņemt valsts apmaksātus veselības aprūpes pakalpojumus",
          en: "You are entitled to state-funded health care in Latvia",
        },
        description: {
          lv: "Piemēram, Latvijas pilsoņiem, nepilsoņiem un ārzemniekiem ar pastāvīgās uzturēšanās atļauju vai ES pilsoņiem, kas Latvijā strādā.",
          en: "For example, Latvian citizens and non-citizens, foreigners with a permanent residence permit, or EU citizens working in Latvia.",
        },
        evidence: [ID_DOCUMENT],
      },
      {
        title: { lv: "Jums ir deklarēta dzīvesvieta Latvijā", en: "You have a declared address in Latvia" },
        description: {
          lv: "Ja karte vajadzīga steidzami, var pieprasīt EVAK aizvietojošo sertifikātu.",
          en: "If you need the card urgently, you can ask for a provisional replacement certificate.",
        },
        evidence: [],
      },
    ],
    outputs: [
      { title: { lv: "Eiropas veselības apdrošināšanas karte", en: "European Health Insurance Card" } },
      { title: { lv: "EVAK aizvietojošais sertifikāts (pēc pieprasījuma)", en: "Provisional replacement certificate (on request)" } },
    ],
    steps: [
      {
        lv: "Pieslēdzieties Latvija.lv un atveriet EVAK pieprasīšanas e-pakalpojumu.",
        en: "Log in to Latvija.lv and open the EHIC request e-service.",
      },
      {
        lv: "Pārbaudiet savus datus un iesniedziet pieprasījumu sev vai bērnam.",
        en: "Check your details and submit the request for yourself or your child.",
      },
      {
        lv: "NVD pārbauda tiesības uz valsts apmaksātu veselības aprūpi un sagatavo karti.",
        en: "NVD checks your entitlement to state-funded health care and prepares the card.",
      },
      {
        lv: "Saņemiet karti pa pastu deklarētajā dzīvesvietā un ņemiet to līdzi ceļojumā.",
        en: "Receive the card by post at your declared address and take it with you when travelling.",
      },
    ],
    legalBasis: [
      {
        title: {
          lv: "Eiropas Parlamenta un Padomes 2004. gada 29. aprīļa Regula (EK) Nr. 883/2004 par sociālās nodrošināšanas sistēmu koordinēšanu",
          en: "Regulation (EC) No 883/2004 of the European Parliament and of the Council of 29 April 2004 on the coordination of social security systems",
        },
      },
      HEALTHCARE_REGULATION,
    ],
    municipalities: [],
    contactPoint: NVD_CONTACT,
  },
  {
    identifier: "gimenes-arsta-maina",
    title: {
      lv: "Reģistrēšanās pie ģimenes ārsta vai ģimenes ārsta maiņa",
      en: "Registering with a family doctor or changing your family doctor",
    },
    description: {
      lv: "Lai saņemtu valsts apmaksātu primāro veselības aprūpi, nosūtījumus pie speciālistiem un izmeklējumiem, jābūt reģistrētam pie ģimenes ārsta. Ģimenes ārstu var izvēlēties pats un vajadzības gadījumā nomainīt, parakstot reģistrācijas iesniegumu izvēlētā ārsta praksē. Pēc jaunās reģistrācijas iepriekšējā ārsta pacientu sarakstā jūs vairs nebūsiet. Bērnu pie ģimenes ārsta reģistrē vecāki.",
      en: "To receive state-funded primary health care and referrals to specialists and tests, you need to be registered with a family doctor (GP). You choose your family doctor yourself and can change them by signing a registration form at the chosen doctor's practice. Once the new registration is made you are removed from your previous doctor's list. Parents register their children.",
    },
    institution: "NVD",
    audience: ["residents"],
    kind: "transactional",
    maturity: 1,
    thematicArea: "health",
    keywords: {
      lv: [
        "ģimenes ārsts",
        "ģimenes ārsta maiņa",
        "pierakstīties pie ārsta",
        "primārā aprūpe",
        "ārsta prakse",
        "bērna reģistrēšana pie ārsta",
      ],
      en: ["family doctor", "change GP", "register with a doctor", "primary care", "doctor's practice", "register a child with a doctor"],
    },
    channels: [
      {
        type: "in_person",
        note: { lv: "Izvēlētā ģimenes ārsta praksē", en: "At the chosen family doctor's practice" },
      },
      {
        type: "phone",
        hours: WORKING_DAYS,
        note: {
          lv: "NVD bezmaksas informatīvais tālrunis palīdz atrast ģimenes ārstu, kas pieņem jaunus pacientus",
          en: "The free NVD information line helps you find a family doctor who is taking new patients",
        },
      },
    ],
    processingTime: {
      lv: "Reģistrācija stājas spēkā, kad prakse to ievada NVD informācijas sistēmā, parasti dažu dienu laikā",
      en: "The registration takes effect when the practice enters it in the NVD information system, usually within a few days",
    },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Izvēlētais ģimenes ārsts piekrīt jūs reģistrēt",
          en: "The chosen family doctor agrees to register you",
        },
        description: {
          lv: "Ārsts var atteikt, ja viņa pacientu saraksts jau ir pilns.",
          en: "The doctor may refuse if their list of patients is already full.",
        },
        evidence: [ID_DOCUMENT],
      },
      {
        title: {
          lv: "Parakstīts iesniegums par reģistrēšanos pie ģimenes ārsta",
          en: "Signed application to register with the family doctor",
        },
        description: {
          lv: "Par bērnu iesniegumu paraksta viens no vecākiem vai likumiskais pārstāvis.",
          en: "For a child, the form is signed by a parent or legal representative.",
        },
        evidence: [
          {
            title: {
              lv: "Dokuments, kas apliecina pārstāvību (bērnam vai aizbilstamajam)",
              en: "Document proving representation (for a child or ward)",
            },
          },
        ],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Reģistrācija izvēlētā ģimenes ārsta pacientu sarakstā",
          en: "Registration on the chosen family doctor's patient list",
        },
      },
    ],
    steps: [
      {
        lv: "Atrodiet ģimenes ārstu, piemēram, NVD tīmekļvietnes ārstniecības iestāžu meklētājā.",
        en: "Find a family doctor, for example with the health care provider search on the NVD website.",
      },
      {
        lv: "Sazinieties ar praksi un pārliecinieties, ka ārsts pieņem jaunus pacientus.",
        en: "Contact the practice and make sure the doctor is taking new patients.",
      },
      {
        lv: "Ierodieties praksē ar personu apliecinošu dokumentu un parakstiet reģistrācijas iesniegumu.",
        en: "Go to the practice with an identity document and sign the registration form.",
      },
      {
        lv: "Prakse reģistrē jūs NVD sistēmā; pārbaudiet savu ģimenes ārstu E-veselībā.",
        en: "The practice registers you in the NVD system; check who your family doctor is in E-veselība.",
      },
    ],
    legalBasis: [HEALTHCARE_REGULATION, MEDICAL_TREATMENT_LAW],
    municipalities: [],
    contactPoint: NVD_CONTACT,
  },
  {
    identifier: "veselibas-aprupes-pakalpojumu-parskats",
    title: {
      lv: "Pārskats par saņemtajiem valsts apmaksātajiem veselības aprūpes pakalpojumiem",
      en: "Overview of state-funded health care services received",
    },
    description: {
      lv: "E-veselības portālā varat redzēt, kādus valsts apmaksātus veselības aprūpes pakalpojumus esat saņēmis: vizītes pie ārstiem, izmeklējumus, stacionāro ārstēšanu, kā arī to, cik par tiem samaksājusi valsts un cik esat maksājis jūs pats. Pārskats palīdz kontrolēt, vai iestādes norādījušas tikai tos pakalpojumus, kurus tiešām saņēmāt. Pārskatu var redzēt arī par saviem nepilngadīgajiem bērniem.",
      en: "In the E-veselība portal you can see which state-funded health care services you have received: doctor visits, tests and hospital treatment, and how much the state paid and how much you paid yourself. The overview helps you check that providers have reported only the services you actually received. You can also see the overview for your minor children.",
    },
    institution: "NVD",
    audience: ["residents"],
    kind: "informative",
    maturity: 4,
    thematicArea: "health",
    keywords: {
      lv: ["E-veselība", "veselības aprūpes pakalpojumi", "ārsta vizītes", "pacienta iemaksas", "manas vizītes", "izmeklējumi"],
      en: ["E-veselība", "health care services", "doctor visits", "patient fees", "my visits", "medical tests"],
    },
    channels: [
      {
        type: "online",
        url: E_VESELIBA,
        note: {
          lv: "E-veselības portāls, pieslēdzoties ar eID, eParakstu vai internetbanku",
          en: "E-veselība portal, logging in with eID, eParaksts or online banking",
        },
      },
      NVD_CLIENT_SERVICE,
    ],
    processingTime: { lv: "Uzreiz", en: "Immediately" },
    costs: [],
    requirements: [
      {
        title: { lv: "Pieslēgšanās ar drošu elektronisko identifikāciju", en: "Log in with secure electronic identification" },
        description: {
          lv: "Klātienē NVD informāciju izsniedz, uzrādot personu apliecinošu dokumentu.",
          en: "In person, NVD provides the information when you show an identity document.",
        },
        evidence: [ID_DOCUMENT],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Saraksts ar saņemtajiem pakalpojumiem, to apmaksu un pacienta iemaksām",
          en: "List of services received, what was paid for them and patient fees",
        },
      },
    ],
    steps: [
      { lv: "Pieslēdzieties E-veselības portālam.", en: "Log in to the E-veselība portal." },
      {
        lv: "Atveriet sadaļu par saņemtajiem veselības aprūpes pakalpojumiem un izvēlieties periodu.",
        en: "Open the section on health care services received and choose a period.",
      },
      {
        lv: "Ja pamanāt pakalpojumu, kuru neesat saņēmis, ziņojiet NVD.",
        en: "If you see a service you did not receive, report it to NVD.",
      },
    ],
    legalBasis: [HEALTHCARE_REGULATION, PATIENT_RIGHTS_LAW],
    municipalities: [],
    contactPoint: NVD_CONTACT,
  },
  {
    identifier: "e-darbnespejas-lapa",
    title: { lv: "Elektroniskās darbnespējas lapas apskate", en: "Viewing your electronic sick leave certificate" },
    description: {
      lv: "Darbnespējas lapas Latvijā izsniedz tikai elektroniski: ārsts tās noformē E-veselības sistēmā, un papīra lapa nav jānes darba devējam. Darbinieks savu darbnespējas lapu var apskatīt E-veselības portālā, darba devējs informāciju par darbinieka darbnespēju redz elektroniski, un VSAA ziņas saņem automātiski, lai piešķirtu slimības pabalstu. Tā jūs varat pārbaudīt, vai lapa atvērta un slēgta pareizi.",
      en: "In Latvia sick leave certificates are issued only electronically: the doctor issues them in the E-veselība system and you do not have to bring a paper form to your employer. The employee can view the certificate in the E-veselība portal, the employer sees the information on the employee's sick leave electronically, and the State Social Insurance Agency receives the data automatically to grant sickness benefit. This lets you check that the certificate was opened and closed correctly.",
    },
    institution: "NVD",
    audience: ["residents"],
    kind: "informative",
    maturity: 4,
    thematicArea: "health",
    keywords: {
      lv: ["slimības lapa", "darbnespējas lapa", "e-DNL", "B lapa", "A lapa", "darbnespēja", "E-veselība"],
      en: ["sick note", "sick leave certificate", "e-sick leave", "sick leave", "off sick", "E-veselība"],
    },
    channels: [
      {
        type: "online",
        url: E_VESELIBA,
        note: { lv: "E-veselības portālā sadaļā par darbnespējas lapām", en: "In the E-veselība portal, sick leave section" },
      },
      { type: "in_person", note: { lv: "Pie ārsta, kas darbnespējas lapu izsniedza", en: "At the doctor who issued the certificate" } },
    ],
    processingTime: { lv: "Uzreiz pēc tam, kad ārsts lapu noformējis", en: "Immediately after the doctor issues it" },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Ārsts ir atzinis jūsu darbnespēju un izsniedzis e-darbnespējas lapu",
          en: "A doctor has certified your incapacity for work and issued an electronic certificate",
        },
        evidence: [],
      },
      {
        title: { lv: "Pieslēgšanās ar drošu elektronisko identifikāciju", en: "Log in with secure electronic identification" },
        evidence: [],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Informācija par atvērtajām un slēgtajām darbnespējas lapām",
          en: "Information on open and closed sick leave certificates",
        },
      },
    ],
    steps: [
      { lv: "Apmeklējiet ārstu, kurš izsniedz e-darbnespējas lapu.", en: "See a doctor, who issues the electronic certificate." },
      {
        lv: "Pieslēdzieties E-veselībai un apskatiet darbnespējas lapas datus.",
        en: "Log in to E-veselība and view the certificate details.",
      },
      {
        lv: "Par pirmajām slimības dienām maksā darba devējs (A lapa); ja darbnespēja turpinās ilgāk (B lapa), VSAA pēc lapas slēgšanas izvērtē slimības pabalstu bez atsevišķa iesnieguma.",
        en: "The employer pays for the first days of illness (A certificate); if the sick leave lasts longer (B certificate), VSAA assesses sickness benefit after it is closed without a separate application.",
      },
    ],
    legalBasis: [
      {
        title: {
          lv: "Ministru kabineta 2001. gada 3. aprīļa noteikumi Nr. 152 „Darbnespējas lapu izsniegšanas un anulēšanas kārtība”",
          en: "Cabinet Regulation No. 152 of 3 April 2001 on the issuing and cancelling of sick leave certificates",
        },
      },
      MEDICAL_TREATMENT_LAW,
    ],
    municipalities: [],
    contactPoint: NVD_CONTACT,
  },
  {
    identifier: "kompensejamie-medikamenti",
    title: { lv: "Kompensējamo zāļu saņemšana (e-recepte)", en: "Getting reimbursed medicines (e-prescription)" },
    description: {
      lv: "Ja jums ir slimība, kas iekļauta valsts kompensācijas sistēmā, ārsts var izrakstīt kompensējamās zāles vai medicīniskās ierīces elektroniskā receptē. Aptiekā, uzrādot personu apliecinošu dokumentu, zāles saņemat ar valsts atlaidi 100 %, 75 % vai 50 % apmērā atkarībā no diagnozes. Savas e-receptes varat redzēt E-veselības portālā.",
      en: "If you have a condition covered by the state reimbursement system, your doctor can prescribe reimbursed medicines or medical devices on an electronic prescription. At a pharmacy, on showing an identity document, you get them with a state discount of 100%, 75% or 50% depending on the diagnosis. You can see your e-prescriptions in the E-veselība portal.",
    },
    institution: "NVD",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "health",
    keywords: {
      lv: ["kompensējamās zāles", "e-recepte", "recepte", "zāļu kompensācija", "aptieka", "hroniska slimība"],
      en: ["reimbursed medicines", "e-prescription", "prescription", "drug reimbursement", "pharmacy", "chronic disease"],
    },
    channels: [
      {
        type: "online",
        url: E_VESELIBA,
        note: { lv: "E-receptu apskate E-veselības portālā", en: "View e-prescriptions in the E-veselība portal" },
      },
      {
        type: "in_person",
        note: {
          lv: "Recepti izraksta ārsts, zāles izsniedz jebkurā aptiekā",
          en: "A doctor prescribes; medicines are dispensed at any pharmacy",
        },
      },
    ],
    processingTime: { lv: "Uzreiz aptiekā", en: "Immediately at the pharmacy" },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Jums noteikta diagnoze, kas iekļauta kompensējamo zāļu sarakstā",
          en: "You have a diagnosis included in the list of reimbursed medicines",
        },
        description: {
          lv: "Pacients aptiekā sedz zāļu cenas daļu, ko valsts nekompensē; bērniem kompensācija parasti ir lielāka.",
          en: "At the pharmacy the patient pays the part of the price not covered by the state; for children reimbursement is usually higher.",
        },
        evidence: [],
      },
      {
        title: { lv: "Ārsta izrakstīta e-recepte", en: "An e-prescription issued by a doctor" },
        evidence: [ID_DOCUMENT],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Kompensējamās zāles vai medicīniskās ierīces ar valsts atlaidi",
          en: "Reimbursed medicines or medical devices at a state discount",
        },
      },
    ],
    steps: [
      {
        lv: "Apmeklējiet ģimenes ārstu vai speciālistu, kurš izraksta kompensējamās zāles e-receptē.",
        en: "See your family doctor or a specialist who prescribes reimbursed medicines on an e-prescription.",
      },
      {
        lv: "Dodieties uz aptieku un uzrādiet personu apliecinošu dokumentu.",
        en: "Go to a pharmacy and show your identity document.",
      },
      {
        lv: "Farmaceits atrod e-recepti sistēmā un izsniedz zāles, un jūs samaksājat tikai savu daļu.",
        en: "The pharmacist finds the e-prescription in the system and dispenses the medicine; you pay only your share.",
      },
    ],
    legalBasis: [
      {
        title: {
          lv: "Ministru kabineta 2006. gada 31. oktobra noteikumi Nr. 899 „Ambulatorajai ārstēšanai paredzēto zāļu un medicīnisko ierīču iegādes izdevumu kompensācijas kārtība”",
          en: "Cabinet Regulation No. 899 of 31 October 2006 on reimbursement of the costs of medicines and medical devices for outpatient treatment",
        },
      },
      { title: { lv: "Farmācijas likums", en: "Pharmacy Law" } },
    ],
    municipalities: [],
    contactPoint: NVD_CONTACT,
  },
  {
    identifier: "farmaceitiskas-darbibas-licence",
    title: {
      lv: "Speciālās atļaujas (licences) farmaceitiskajai darbībai saņemšana",
      en: "Getting a special permit (licence) for pharmaceutical activity",
    },
    description: {
      lv: "Lai atvērtu aptieku, zāļu lieltirgotavu vai ražotu zāles, uzņēmumam vajadzīga Zāļu valsts aģentūras (ZVA) izsniegta speciālā atļauja (licence) farmaceitiskajai darbībai. ZVA pārbauda, vai telpas, aprīkojums un atbildīgās amatpersonas kvalifikācija atbilst prasībām. Licence jāpārreģistrē vai jāgroza, ja mainās darbības vieta vai apjoms.",
      en: "To open a pharmacy or a pharmaceutical wholesaler, or to manufacture medicines, a company needs a special permit (licence) for pharmaceutical activity issued by the State Agency of Medicines (ZVA). ZVA checks that the premises, equipment and the qualifications of the responsible person meet the requirements. The licence must be amended if the place or scope of activity changes.",
    },
    institution: "ZVA",
    audience: ["businesses"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "health",
    keywords: {
      lv: ["aptiekas licence", "farmaceitiskā darbība", "zāļu lieltirgotava", "atvērt aptieku", "ZVA", "speciālā atļauja"],
      en: ["pharmacy licence", "pharmaceutical activity", "medicine wholesaler", "open a pharmacy", "medicines agency", "special permit"],
    },
    channels: [
      {
        type: "online",
        url: LATVIJA_LV,
        note: {
          lv: "Iesniegumu ar drošu elektronisko parakstu var nosūtīt uz ZVA oficiālo e-adresi",
          en: "The application with a secure electronic signature can be sent to the ZVA official e-address",
        },
      },
      { type: "in_person", note: { lv: "ZVA klientu apkalpošanā Rīgā", en: "At ZVA client service in Riga" } },
      { type: "post" },
    ],
    processingTime: {
      lv: "Pēc telpu pārbaudes; lēmumu pieņem normatīvajos aktos noteiktajā termiņā",
      en: "After inspection of the premises; the decision is taken within the time limit set by law",
    },
    costs: [],
    requirements: [
      {
        title: { lv: "Komersants ir reģistrēts komercreģistrā", en: "The company is registered in the Commercial Register" },
        evidence: [
          { title: { lv: "Iesniegums speciālās atļaujas (licences) saņemšanai", en: "Application for a special permit (licence)" } },
        ],
      },
      {
        title: {
          lv: "Telpas un aprīkojums atbilst farmaceitiskās darbības prasībām",
          en: "The premises and equipment meet the requirements for pharmaceutical activity",
        },
        evidence: [
          {
            title: {
              lv: "Telpu plāns un dokumenti par tiesībām lietot telpas",
              en: "Floor plan and proof of the right to use the premises",
            },
          },
        ],
      },
      {
        title: {
          lv: "Ir atbildīgā amatpersona ar atbilstošu farmaceita kvalifikāciju",
          en: "There is a responsible person with the required pharmacist qualification",
        },
        evidence: [
          { title: { lv: "Farmaceita sertifikāts vai izglītību apliecinošs dokuments", en: "Pharmacist certificate or diploma" } },
        ],
      },
      {
        title: { lv: "Samaksāta valsts nodeva", en: "The state fee has been paid" },
        description: {
          lv: "Nodevas apmērs atkarīgs no darbības veida; aktuālo apmēru skatiet ZVA tīmekļvietnē.",
          en: "The amount depends on the type of activity; see the ZVA website for the current fee.",
        },
        evidence: [{ title: { lv: "Maksājuma apliecinājums", en: "Proof of payment" } }],
      },
    ],
    outputs: [
      {
        title: {
          lv: "ZVA lēmums un speciālā atļauja (licence) farmaceitiskajai darbībai",
          en: "ZVA decision and special permit (licence) for pharmaceutical activity",
        },
      },
      { title: { lv: "Ieraksts farmaceitiskās darbības uzņēmumu reģistrā", en: "Entry in the register of pharmaceutical companies" } },
    ],
    steps: [
      {
        lv: "Sagatavojiet telpas un dokumentus atbilstoši darbības veidam.",
        en: "Prepare the premises and documents for the type of activity.",
      },
      {
        lv: "Samaksājiet valsts nodevu un iesniedziet iesniegumu ZVA.",
        en: "Pay the state fee and submit the application to ZVA.",
      },
      {
        lv: "ZVA inspektori pārbauda telpas un dokumentus.",
        en: "ZVA inspectors check the premises and documents.",
      },
      {
        lv: "Saņemiet lēmumu un licenci; tikai pēc tam var sākt darbību.",
        en: "Receive the decision and licence; only then may you start operating.",
      },
    ],
    legalBasis: [{ title: { lv: "Farmācijas likums", en: "Pharmacy Law" } }],
    municipalities: [],
    contactPoint: { address: "Jersikas iela 15, Rīga, LV-1003", phone: "+371 67078424", email: "info@zva.gov.lv" },
  },
  {
    identifier: "sudziba-par-veselibas-aprupi",
    title: {
      lv: "Sūdzība Veselības inspekcijai par veselības aprūpes kvalitāti",
      en: "Complaint to the Health Inspectorate about the quality of health care",
    },
    description: {
      lv: "Ja uzskatāt, ka ārstniecības iestāde vai ārsts jums sniedzis nekvalitatīvu aprūpi, pārkāpis pacienta tiesības vai nepamatoti atteicis palīdzību, varat iesniegt sūdzību Veselības inspekcijai. Inspekcija izvērtē ārstniecības kvalitāti, vajadzības gadījumā veic medicīnisko ekspertīzi un var uzdot iestādei novērst trūkumus vai piemērot sodu. Ja ārstniecības dēļ nodarīts kaitējums veselībai, par atlīdzību var vērsties arī Ārstniecības riska fondā.",
      en: "If you believe a health care provider or doctor gave you poor-quality care, breached your rights as a patient or refused help without good reason, you can file a complaint with the Health Inspectorate. The inspectorate reviews the quality of treatment, orders a medical expert review if needed, and can require the provider to correct shortcomings or impose a fine. If treatment harmed your health, you can also claim compensation from the Treatment Risk Fund.",
    },
    institution: "VI",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "health",
    keywords: {
      lv: ["sūdzība par ārstu", "pacienta tiesības", "Veselības inspekcija", "ārstniecības kvalitāte", "medicīniska kļūda", "slimnīca"],
      en: ["complaint about a doctor", "patient rights", "Health Inspectorate", "quality of care", "medical error", "hospital"],
    },
    channels: [
      {
        type: "online",
        url: LATVIJA_LV,
        note: {
          lv: "Iesniegums iestādei Latvija.lv vai uz Veselības inspekcijas oficiālo e-adresi",
          en: "Submission to an authority on Latvija.lv or to the Health Inspectorate's official e-address",
        },
      },
      { type: "post" },
      {
        type: "in_person",
        note: { lv: "Veselības inspekcijā Rīgā, Klijānu ielā 7", en: "At the Health Inspectorate, Klijānu iela 7, Riga" },
      },
    ],
    processingTime: {
      lv: "Līdz 1 mēnesim; ja vajadzīga medicīniskā ekspertīze, termiņu var pagarināt līdz 4 mēnešiem",
      en: "Up to 1 month; if a medical expert review is needed, it can be extended to 4 months",
    },
    costs: [],
    requirements: [
      {
        title: { lv: "Rakstisks iesniegums ar notikuma aprakstu", en: "Written complaint describing what happened" },
        description: {
          lv: "Norādiet ārstniecības iestādi, ārstu, laiku un to, ko uzskatāt par pārkāpumu. Par citu personu sūdzību var iesniegt ar tās piekrišanu vai kā likumiskais pārstāvis.",
          en: "State the provider, the doctor, when it happened and what you consider a breach. You may complain on behalf of someone else with their consent or as their legal representative.",
        },
        evidence: [
          {
            title: {
              lv: "Pieejamie medicīniskie dokumenti, izraksti, maksājumu čeki",
              en: "Any medical documents, discharge summaries and receipts you have",
            },
          },
          {
            title: {
              lv: "Pilnvara vai piekrišana, ja sūdzību iesniedz cita persona",
              en: "Authorisation or consent if someone else files the complaint",
            },
          },
        ],
      },
    ],
    outputs: [
      { title: { lv: "Veselības inspekcijas atbilde vai lēmums", en: "Reply or decision of the Health Inspectorate" } },
      { title: { lv: "Medicīniskās ekspertīzes slēdziens (ja tā veikta)", en: "Medical expert review findings (if carried out)" } },
    ],
    steps: [
      {
        lv: "Ja iespējams, vispirms vērsieties pie ārstniecības iestādes vadības.",
        en: "If possible, raise the issue with the provider's management first.",
      },
      {
        lv: "Sagatavojiet sūdzību un pievienojiet dokumentus.",
        en: "Prepare the complaint and attach the documents.",
      },
      {
        lv: "Iesniedziet sūdzību elektroniski, pa pastu vai klātienē.",
        en: "Submit the complaint electronically, by post or in person.",
      },
      {
        lv: "Inspekcija pieprasa medicīnisko dokumentāciju un izvērtē aprūpes kvalitāti.",
        en: "The inspectorate requests the medical records and assesses the quality of care.",
      },
      {
        lv: "Saņemiet atbildi; lēmumu var apstrīdēt normatīvajos aktos noteiktajā kārtībā.",
        en: "Receive the reply; the decision can be challenged as provided by law.",
      },
    ],
    legalBasis: [PATIENT_RIGHTS_LAW, MEDICAL_TREATMENT_LAW, SUBMISSIONS_LAW],
    municipalities: [],
    contactPoint: { address: "Klijānu iela 7, Rīga, LV-1012", phone: "+371 67819671", email: "vi@vi.gov.lv" },
  },
  // ---------------------------------------------------------------- Education: AIC, VIAA
  {
    identifier: "arvalstu-augstakas-izglitibas-atzisana",
    title: {
      lv: "Ārvalstīs iegūtas augstākās izglītības atzīšana",
      en: "Recognition of higher education obtained abroad",
    },
    description: {
      lv: "Akadēmiskās informācijas centrs (AIC) izvērtē ārvalstīs iegūtu augstākās izglītības diplomu un izsniedz izziņu par tā atbilstību Latvijā piešķiramam grādam vai kvalifikācijai. Izziņa vajadzīga, lai turpinātu studijas Latvijā vai strādātu nereglamentētā profesijā. Reglamentētās profesijās, piemēram, ārsta vai skolotāja, papildus jāatzīst profesionālā kvalifikācija. Pakalpojums ir maksas saskaņā ar AIC cenrādi.",
      en: "The Academic Information Centre (AIC) assesses a higher education diploma obtained abroad and issues a statement on how it compares with a degree or qualification awarded in Latvia. The statement is needed to continue studies in Latvia or to work in a non-regulated profession. For regulated professions, such as doctor or teacher, the professional qualification must also be recognised. The service is charged according to the AIC price list.",
    },
    institution: "AIC",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "education",
    keywords: {
      lv: ["diploma atzīšana", "ārvalstu diploms", "izglītības atzīšana", "AIC", "grāda atzīšana", "nostrifikācija"],
      en: ["diploma recognition", "foreign diploma", "recognition of education", "AIC", "degree recognition", "credential evaluation"],
    },
    channels: [
      {
        type: "online",
        url: "https://www.aic.lv",
        note: {
          lv: "Pieteikums AIC tīmekļvietnē vai e-pastā ar drošu elektronisko parakstu",
          en: "Application on the AIC website or by e-mail with a secure electronic signature",
        },
      },
      { type: "in_person", note: { lv: "AIC Rīgā, Dzirnavu ielā 16", en: "At AIC, Dzirnavu iela 16, Riga" } },
      { type: "post" },
    ],
    processingTime: {
      lv: "Parasti līdz 1 mēnesim pēc visu dokumentu saņemšanas",
      en: "Usually up to 1 month after all documents are received",
    },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Augstākā izglītība iegūta ārvalstu akreditētā augstskolā",
          en: "The higher education was obtained at an accredited foreign institution",
        },
        evidence: [
          { title: { lv: "Diploma un tā pielikuma kopijas", en: "Copies of the diploma and its supplement" } },
          {
            title: { lv: "Tulkojums latviešu vai angļu valodā", en: "Translation into Latvian or English" },
            description: {
              lv: "Ja dokumenti nav angļu, krievu vai latviešu valodā",
              en: "If the documents are not in English, Russian or Latvian",
            },
          },
          ID_DOCUMENT,
        ],
      },
      {
        title: { lv: "Iesniegums par izglītības dokumenta izvērtēšanu", en: "Application for evaluation of the education document" },
        evidence: [{ title: { lv: "Maksājuma apliecinājums par pakalpojumu", en: "Proof of payment for the service" } }],
      },
    ],
    outputs: [
      {
        title: {
          lv: "AIC izziņa par ārvalstīs iegūtās izglītības akadēmisko atzīšanu",
          en: "AIC statement on academic recognition of the foreign education",
        },
      },
    ],
    steps: [
      {
        lv: "Sagatavojiet diploma, pielikuma un personu apliecinoša dokumenta kopijas un, ja vajag, tulkojumus.",
        en: "Prepare copies of the diploma, supplement and identity document and, if needed, translations.",
      },
      {
        lv: "Aizpildiet AIC pieteikumu un samaksājiet par pakalpojumu.",
        en: "Fill in the AIC application and pay for the service.",
      },
      {
        lv: "AIC pārbauda izglītības iestādes un programmas statusu un salīdzina to ar Latvijas izglītības sistēmu.",
        en: "AIC verifies the status of the institution and programme and compares it with the Latvian education system.",
      },
      {
        lv: "Saņemiet izziņu elektroniski vai papīra formā.",
        en: "Receive the statement electronically or on paper.",
      },
    ],
    legalBasis: [HIGHER_EDUCATION_LAW, EDUCATION_LAW],
    municipalities: [],
    contactPoint: { address: "Dzirnavu iela 16, Rīga, LV-1010", phone: "+371 67225155", email: "aic@aic.lv" },
  },
  {
    identifier: "studiju-kredits",
    title: { lv: "Studiju un studējošā kredīts ar valsts galvojumu", en: "State-guaranteed study loan and student loan" },
    description: {
      lv: "Studenti, kas studē akreditētā studiju programmā Latvijā, var saņemt kredītu ar valsts galvojumu: studiju kredītu studiju maksas segšanai un studējošā kredītu sadzīves izdevumiem. Kredītu izsniedz kredītiestāde, ar kuru valsts noslēgusi sadarbības līgumu, bet valsts galvojumu administrē Valsts izglītības attīstības aģentūra (VIAA). Kredīts jāatmaksā pēc studiju beigšanas, un noteiktos gadījumos to var daļēji vai pilnīgi dzēst no valsts budžeta.",
      en: "Students in an accredited study programme in Latvia can take a state-guaranteed loan: a study loan to pay tuition fees and a student loan for living costs. The loan is issued by a credit institution that has an agreement with the state, and the State Education Development Agency (VIAA) administers the state guarantee. The loan is repaid after graduation and in certain cases can be partly or fully written off from the state budget.",
    },
    institution: "VIAA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "education",
    keywords: {
      lv: ["studiju kredīts", "studējošā kredīts", "kredīts studentiem", "studiju maksa", "valsts galvojums", "aizdevums studijām"],
      en: ["study loan", "student loan", "loan for students", "tuition fee", "state guarantee", "education loan"],
    },
    channels: [
      {
        type: "online",
        url: "https://www.viaa.gov.lv",
        note: {
          lv: "Informācija VIAA tīmekļvietnē; pieteikumu iesniedz sadarbības bankas internetbankā",
          en: "Information on the VIAA website; the application is made in the partner bank's online banking",
        },
      },
      { type: "in_person", note: { lv: "Sadarbības bankas filiālē", en: "At a branch of the partner bank" } },
    ],
    processingTime: {
      lv: "Pēc augstskolas iesniegto ziņu saņemšanas; kredīta līgumu slēdz bankas noteiktajā laikā",
      en: "After the university confirms your status; the loan agreement is signed within the bank's time frame",
    },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Jūs studējat akreditētā studiju programmā Latvijā",
          en: "You study in an accredited study programme in Latvia",
        },
        description: {
          lv: "Kredītu var saņemt Latvijas pilsoņi un nepilsoņi, kā arī ES pilsoņi un citi ārzemnieki, kam ir pastāvīgās uzturēšanās atļauja.",
          en: "Latvian citizens and non-citizens, EU citizens and other foreigners with a permanent residence permit can take the loan.",
        },
        evidence: [{ title: { lv: "Augstskolas apliecinājums par studijām", en: "University confirmation of studies" } }, ID_DOCUMENT],
      },
      {
        title: { lv: "Kredīta nodrošinājums", en: "Loan security" },
        description: {
          lv: "Atkarībā no kredīta veida un apmēra var būt vajadzīgs galvotājs vai nekustamā īpašuma ķīla; noteiktām studentu grupām pietiek ar valsts galvojumu.",
          en: "Depending on the type and amount of loan, a guarantor or real estate collateral may be needed; for some groups of students the state guarantee is enough.",
        },
        evidence: [{ title: { lv: "Galvotāja dokumenti vai ķīlas dokumenti", en: "Guarantor or collateral documents" } }],
      },
    ],
    outputs: [
      { title: { lv: "Kredīta līgums ar valsts galvojumu", en: "Loan agreement with a state guarantee" } },
      {
        title: {
          lv: "Studiju maksas segšana vai ikmēneša izmaksa studentam",
          en: "Payment of tuition fees or monthly payments to the student",
        },
      },
    ],
    steps: [
      {
        lv: "Pārliecinieties, ka jūsu studiju programma ir akreditēta, un iepazīstieties ar kredīta nosacījumiem.",
        en: "Make sure your programme is accredited and read the loan conditions.",
      },
      {
        lv: "Iesniedziet kredīta pieteikumu sadarbības bankā noteiktajā pieteikšanās periodā.",
        en: "Apply to the partner bank during the application period.",
      },
      {
        lv: "Augstskola apstiprina jūsu studiju statusu un studiju maksu.",
        en: "The university confirms your student status and tuition fee.",
      },
      {
        lv: "Noslēdziet kredīta līgumu un, ja vajag, galvojuma līgumu.",
        en: "Sign the loan agreement and, if needed, the guarantee agreement.",
      },
      {
        lv: "Pēc studijām atmaksājiet kredītu saskaņā ar atmaksas grafiku.",
        en: "After graduating, repay the loan according to the repayment schedule.",
      },
    ],
    legalBasis: [HIGHER_EDUCATION_LAW],
    municipalities: [],
    contactPoint: VIAA_CONTACT,
  },
  {
    identifier: "studiju-kredita-dzesana",
    title: {
      lv: "Studiju kredīta dzēšana no valsts budžeta līdzekļiem",
      en: "Writing off a study loan from the state budget",
    },
    description: {
      lv: "Noteiktos gadījumos valsts var dzēst daļu vai visu studiju vai studējošā kredītu, kas ņemts ar valsts galvojumu. Tā ir, piemēram, jaunajiem speciālistiem, kuri pēc studijām strādā noteiktās profesijās valsts vai pašvaldības iestādēs, kredīta ņēmējiem, kuriem piedzimis bērns, vai personām ar I vai II grupas invaliditāti. Lēmumu pieņem Valsts izglītības attīstības aģentūra pēc kredīta ņēmēja iesnieguma, un dzēsto summu valsts samaksā bankai.",
      en: "In certain cases the state can write off part or all of a study or student loan taken with a state guarantee. This applies, for example, to young professionals who after graduation work in specified professions in state or municipal institutions, to borrowers who have had a child, or to people with group I or II disability. The State Education Development Agency decides on the borrower's application, and the state pays the written-off amount to the bank.",
    },
    institution: "VIAA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "education",
    keywords: {
      lv: ["kredīta dzēšana", "studiju kredīta dzēšana", "jaunie speciālisti", "kredīts un bērna piedzimšana", "VIAA", "studiju kredīts"],
      en: ["loan write-off", "study loan cancellation", "young professionals", "loan and birth of a child", "VIAA", "study loan"],
    },
    channels: [
      {
        type: "online",
        url: LATVIJA_LV,
        note: {
          lv: "Iesniegumu ar drošu elektronisko parakstu var nosūtīt uz VIAA oficiālo e-adresi",
          en: "The application with a secure electronic signature can be sent to the VIAA official e-address",
        },
      },
      { type: "post" },
      { type: "in_person", note: { lv: "VIAA Rīgā, Vaļņu ielā 1", en: "At VIAA, Vaļņu iela 1, Riga" } },
    ],
    processingTime: { lv: "Līdz 1 mēnesim", en: "Up to 1 month" },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Jūsu kredīts ņemts ar valsts galvojumu, un jūs atbilstat kādam dzēšanas gadījumam",
          en: "Your loan was taken with a state guarantee and you meet one of the conditions for write-off",
        },
        evidence: [
          { title: { lv: "Iesniegums par kredīta dzēšanu", en: "Application for loan write-off" } },
          {
            title: {
              lv: "Darba devēja izziņa par nodarbinātību, ja dzēšanu prasa par darbu profesijā",
              en: "Employer's certificate of employment, if the write-off is based on your work",
            },
          },
          { title: { lv: "Diploma kopija", en: "Copy of the diploma" } },
        ],
      },
    ],
    outputs: [
      { title: { lv: "VIAA lēmums par kredīta dzēšanu", en: "VIAA decision on the loan write-off" } },
      { title: { lv: "Kredīta atlikuma samazinājums bankā", en: "Reduced outstanding loan balance at the bank" } },
    ],
    steps: [
      {
        lv: "Pārbaudiet VIAA tīmekļvietnē, vai jūsu situācija atbilst kredīta dzēšanas nosacījumiem.",
        en: "Check on the VIAA website whether your situation meets the write-off conditions.",
      },
      {
        lv: "Sagatavojiet iesniegumu un apliecinošos dokumentus.",
        en: "Prepare the application and supporting documents.",
      },
      {
        lv: "Iesniedziet dokumentus VIAA elektroniski, pa pastu vai klātienē.",
        en: "Submit the documents to VIAA electronically, by post or in person.",
      },
      {
        lv: "Saņemiet lēmumu; dzēsto summu VIAA pārskaita bankai.",
        en: "Receive the decision; VIAA transfers the written-off amount to the bank.",
      },
    ],
    legalBasis: [HIGHER_EDUCATION_LAW],
    municipalities: [],
    contactPoint: VIAA_CONTACT,
  },
  // ---------------------------------------------------------------- Education: VISC, IKVD, IZM
  {
    identifier: "centralizeto-eksamenu-rezultati",
    title: {
      lv: "Centralizēto eksāmenu rezultātu un sertifikātu apskate",
      en: "Viewing centralised exam results and certificates",
    },
    description: {
      lv: "Pēc vidējās izglītības centralizētajiem eksāmeniem skolēni un absolventi savus rezultātus var apskatīt tiešsaistē, pieslēdzoties ar savu elektronisko identifikāciju. Rezultātus un sertifikātus sagatavo Valsts izglītības satura centrs (VISC), un tie glabājas valsts izglītības informācijas sistēmā, tāpēc augstskolas tos redz, kad piesakāties studijām. Ja nepiekrītat vērtējumam, noteiktā termiņā var iesniegt apelāciju.",
      en: "After the centralised secondary school exams, pupils and graduates can view their results online by logging in with their electronic identification. Results and certificates are prepared by the National Centre for Education (VISC) and stored in the state education information system, so universities can see them when you apply to study. If you disagree with a mark, you can appeal within the set deadline.",
    },
    institution: "VISC",
    audience: ["residents"],
    kind: "informative",
    maturity: 4,
    thematicArea: "education",
    keywords: {
      lv: ["CE rezultāti", "centralizētie eksāmeni", "eksāmenu sertifikāts", "12. klase", "eksāmenu rezultāti", "apelācija"],
      en: ["exam results", "centralised exams", "exam certificate", "final exams", "school leaving exams", "appeal"],
    },
    channels: [
      {
        type: "online",
        url: LATVIJA_LV,
        note: {
          lv: "E-pakalpojums valsts pārbaudes darbu rezultātu apskatei Latvija.lv",
          en: "E-service for viewing state exam results on Latvija.lv",
        },
      },
      { type: "in_person", note: { lv: "Savā skolā vai VISC", en: "At your school or at VISC" } },
    ],
    processingTime: {
      lv: "Uzreiz, kad VISC rezultātus publicējis",
      en: "Immediately once VISC has published the results",
    },
    costs: [],
    requirements: [
      {
        title: { lv: "Esat kārtojis centralizēto eksāmenu", en: "You have sat a centralised exam" },
        evidence: [],
      },
      {
        title: { lv: "Pieslēgšanās ar drošu elektronisko identifikāciju", en: "Log in with secure electronic identification" },
        evidence: [],
      },
    ],
    outputs: [
      { title: { lv: "Centralizēto eksāmenu rezultāti procentos un līmeņos", en: "Centralised exam results as percentages and levels" } },
      {
        title: {
          lv: "Sertifikāts par vispārējās vidējās izglītības centralizēto eksāmenu",
          en: "Certificate for the centralised general secondary education exam",
        },
      },
    ],
    steps: [
      { lv: "Pieslēdzieties Latvija.lv.", en: "Log in to Latvija.lv." },
      {
        lv: "Atveriet valsts pārbaudes darbu rezultātu e-pakalpojumu un izvēlieties mācību gadu.",
        en: "Open the state exam results e-service and choose the school year.",
      },
      {
        lv: "Apskatiet vai lejupielādējiet rezultātus.",
        en: "View or download the results.",
      },
      {
        lv: "Ja nepiekrītat vērtējumam, iesniedziet apelāciju VISC noteiktajā termiņā.",
        en: "If you disagree with a mark, appeal to VISC within the set deadline.",
      },
    ],
    legalBasis: [EDUCATION_LAW, { title: { lv: "Vispārējās izglītības likums", en: "General Education Law" } }],
    municipalities: [],
    contactPoint: VISC_CONTACT,
  },
  {
    identifier: "valsts-valodas-prasmes-parbaude",
    title: { lv: "Valsts valodas prasmes pārbaude", en: "State language proficiency test" },
    description: {
      lv: "Valsts valodas prasmes pārbaudē var apliecināt latviešu valodas zināšanas kādā no līmeņiem no A1 līdz C2. Apliecība vajadzīga, piemēram, lai strādātu profesijās, kurās noteikts valodas prasmes līmenis, vai lai saņemtu pastāvīgās uzturēšanās atļauju. Pārbaudi organizē Valsts izglītības satura centrs (VISC); par to maksā valsts nodevu, no kuras noteiktas personu grupas ir atbrīvotas.",
      en: "The state language proficiency test lets you certify your knowledge of Latvian at one of the levels from A1 to C2. The certificate is needed, for example, to work in professions with a required language level or to obtain a permanent residence permit. The test is organised by the National Centre for Education (VISC); a state fee applies, with exemptions for certain groups.",
    },
    institution: "VISC",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "education",
    keywords: {
      lv: [
        "valodas eksāmens",
        "latviešu valodas pārbaude",
        "valsts valodas prasme",
        "valodas apliecība",
        "A2 līmenis",
        "valodas kategorija",
      ],
      en: [
        "language exam",
        "Latvian language test",
        "state language proficiency",
        "language certificate",
        "A2 level",
        "Latvian proficiency",
      ],
    },
    channels: [
      {
        type: "online",
        url: LATVIJA_LV,
        note: { lv: "Pieteikšanās pārbaudei e-pakalpojumā Latvija.lv", en: "Apply for the test with the e-service on Latvija.lv" },
      },
      { type: "in_person", note: { lv: "VISC klientu apkalpošanā Rīgā", en: "At VISC client service in Riga" } },
      CENTRE,
    ],
    processingTime: {
      lv: "Pārbaude notiek pēc VISC grafika; rezultātus paziņo dažu nedēļu laikā pēc pārbaudes",
      en: "Tests are held according to the VISC schedule; results are announced within a few weeks after the test",
    },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Pieteikums pārbaudei un izvēlētais valodas prasmes līmenis",
          en: "Application for the test and the chosen proficiency level",
        },
        evidence: [ID_DOCUMENT],
      },
      {
        title: { lv: "Samaksāta valsts nodeva vai atbrīvojums no tās", en: "State fee paid or exemption from it" },
        description: {
          lv: "No nodevas atbrīvotas, piemēram, personas ar invaliditāti un personas ar trūcīgas vai maznodrošinātas mājsaimniecības statusu.",
          en: "Exempt are, for example, people with disabilities and people with low-income or needy household status.",
        },
        evidence: [
          { title: { lv: "Maksājuma apliecinājums", en: "Proof of payment" } },
          { title: { lv: "Dokuments, kas apliecina tiesības uz atbrīvojumu", en: "Document proving entitlement to an exemption" } },
        ],
      },
    ],
    outputs: [{ title: { lv: "Valsts valodas prasmes apliecība", en: "State language proficiency certificate" } }],
    steps: [
      {
        lv: "Izvēlieties vajadzīgo valodas prasmes līmeni un pārbaudes datumu.",
        en: "Choose the proficiency level you need and a test date.",
      },
      {
        lv: "Piesakieties pārbaudei Latvija.lv vai VISC un samaksājiet valsts nodevu.",
        en: "Apply for the test on Latvija.lv or at VISC and pay the state fee.",
      },
      {
        lv: "Kārtojiet pārbaudi: klausīšanās, lasīšana, rakstīšana un runāšana.",
        en: "Take the test: listening, reading, writing and speaking.",
      },
      {
        lv: "Saņemiet rezultātu un valsts valodas prasmes apliecību.",
        en: "Receive the result and the state language proficiency certificate.",
      },
    ],
    legalBasis: [
      { title: { lv: "Valsts valodas likums", en: "Official Language Law" }, url: "https://likumi.lv/ta/id/14740" },
      {
        title: {
          lv: "Ministru kabineta 2009. gada 7. jūlija noteikumi Nr. 733 „Noteikumi par valsts valodas zināšanu apjomu, valsts valodas prasmes pārbaudes kārtību un valsts nodevu par valsts valodas prasmes pārbaudi”",
          en: "Cabinet Regulation No. 733 of 7 July 2009 on the required level of state language knowledge, the procedure for testing state language proficiency and the state fee for the test",
        },
      },
    ],
    municipalities: [],
    contactPoint: VISC_CONTACT,
  },
  {
    identifier: "izglitibas-programmas-licencesana",
    title: { lv: "Izglītības programmas licencēšana", en: "Licensing an education programme" },
    description: {
      lv: "Izglītības iestāde vai cits izglītības īstenotājs, kas vēlas īstenot vispārējās vai profesionālās izglītības programmu, to licencē Izglītības kvalitātes valsts dienestā (IKVD). Dienests izvērtē, vai programma atbilst valsts izglītības standartam un vai ir nodrošināti pedagogi, telpas un mācību līdzekļi. Interešu izglītības un pieaugušo neformālās izglītības programmas licencē pašvaldības.",
      en: "An education institution or other provider that wants to run a general or vocational education programme must have it licensed by the State Education Quality Service (IKVD). The service assesses whether the programme meets the state education standard and whether teachers, premises and learning materials are in place. Interest education and adult non-formal education programmes are licensed by municipalities.",
    },
    institution: "IKVD",
    audience: ["institutions", "businesses"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "education",
    keywords: {
      lv: ["programmas licence", "izglītības programma", "licencēšana", "IKVD", "privātskola", "profesionālā izglītība"],
      en: ["programme licence", "education programme", "licensing", "IKVD", "private school", "vocational education"],
    },
    channels: [
      {
        type: "online",
        url: LATVIJA_LV,
        note: {
          lv: "Iesniegumu un programmas dokumentus iesniedz valsts izglītības informācijas sistēmā vai uz IKVD oficiālo e-adresi",
          en: "The application and programme documents are submitted in the state education information system or to the IKVD official e-address",
        },
      },
      { type: "post" },
    ],
    processingTime: {
      lv: "Parasti līdz 1 mēnesim pēc visu dokumentu saņemšanas",
      en: "Usually up to 1 month after all documents are received",
    },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Izglītības iestāde ir reģistrēta Izglītības iestāžu reģistrā",
          en: "The institution is registered in the Register of Education Institutions",
        },
        evidence: [
          { title: { lv: "Iesniegums par izglītības programmas licencēšanu", en: "Application for licensing the education programme" } },
        ],
      },
      {
        title: { lv: "Programma atbilst valsts izglītības standartam", en: "The programme meets the state education standard" },
        evidence: [
          { title: { lv: "Izglītības programma ar mācību plānu", en: "Education programme with curriculum" } },
          {
            title: {
              lv: "Ziņas par pedagogiem, telpām un materiāltehnisko nodrošinājumu",
              en: "Information on teachers, premises and equipment",
            },
          },
        ],
      },
    ],
    outputs: [{ title: { lv: "IKVD lēmums un izglītības programmas licence", en: "IKVD decision and education programme licence" } }],
    steps: [
      {
        lv: "Sagatavojiet izglītības programmu atbilstoši valsts standartam.",
        en: "Prepare the education programme in line with the state standard.",
      },
      {
        lv: "Iesniedziet iesniegumu un programmas dokumentus IKVD.",
        en: "Submit the application and programme documents to IKVD.",
      },
      {
        lv: "IKVD izvērtē dokumentus un, ja vajag, pieprasa precizējumus.",
        en: "IKVD assesses the documents and asks for clarifications if needed.",
      },
      {
        lv: "Saņemiet lēmumu par licences izsniegšanu un sāciet programmas īstenošanu.",
        en: "Receive the licensing decision and start running the programme.",
      },
    ],
    legalBasis: [EDUCATION_LAW, { title: { lv: "Profesionālās izglītības likums", en: "Vocational Education Law" } }],
    municipalities: [],
    contactPoint: { address: "Vaļņu iela 2, Rīga, LV-1050", email: "ikvd@ikvd.gov.lv" },
  },
  {
    identifier: "izglitibas-dokumenta-apliecinasana",
    title: {
      lv: "Izglītības dokumentu apliecināšana ar apostille izmantošanai ārvalstīs",
      en: "Certifying education documents with an apostille for use abroad",
    },
    description: {
      lv: "Ja Latvijā izsniegtu diplomu, atestātu vai citu izglītības dokumentu vēlaties izmantot ārvalstīs, bieži to prasa apliecināt ar apostille. Apostille apliecina dokumenta paraksta un zīmoga īstumu, un to atzīst valstis, kas pievienojušās Hāgas konvencijai. Izglītības dokumentu apliecināšanu Izglītības un zinātnes ministrijas uzdevumā nodrošina Akadēmiskās informācijas centrs; par pakalpojumu maksā valsts nodevu.",
      en: "If you want to use a diploma, school certificate or other education document issued in Latvia abroad, you will often be asked to have it certified with an apostille. An apostille confirms that the signature and seal on the document are genuine and is recognised by the countries party to the Hague Convention. Certification of education documents is provided by the Academic Information Centre on behalf of the Ministry of Education and Science; a state fee applies.",
    },
    institution: "IZM",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "education",
    keywords: {
      lv: ["apostille", "diploma apliecināšana", "legalizācija", "diploms ārzemēm", "atestāts", "izglītības dokuments"],
      en: ["apostille", "diploma certification", "legalisation", "diploma for abroad", "school certificate", "education document"],
    },
    channels: [
      {
        type: "in_person",
        note: {
          lv: "Akadēmiskās informācijas centrā Rīgā, Dzirnavu ielā 16",
          en: "At the Academic Information Centre, Dzirnavu iela 16, Riga",
        },
      },
      {
        type: "post",
        note: { lv: "Oriģinālu var nosūtīt pa pastu kopā ar iesniegumu", en: "The original can be posted together with the application" },
      },
    ],
    processingTime: {
      lv: "Parasti dažu darbdienu laikā",
      en: "Usually within a few working days",
    },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Izglītības dokuments izsniegts Latvijas izglītības iestādē",
          en: "The education document was issued by a Latvian institution",
        },
        evidence: [
          {
            title: {
              lv: "Izglītības dokumenta oriģināls (un pielikums, ja tāds ir)",
              en: "Original education document (and supplement, if any)",
            },
          },
          ID_DOCUMENT,
        ],
      },
      {
        title: { lv: "Samaksāta valsts nodeva", en: "The state fee has been paid" },
        evidence: [{ title: { lv: "Maksājuma apliecinājums", en: "Proof of payment" } }],
      },
    ],
    outputs: [{ title: { lv: "Izglītības dokuments ar apostille", en: "Education document with an apostille" } }],
    steps: [
      {
        lv: "Noskaidrojiet, vai mērķa valsts prasa apostille vai citu legalizāciju.",
        en: "Check whether the destination country requires an apostille or another form of legalisation.",
      },
      {
        lv: "Samaksājiet valsts nodevu un iesniedziet dokumenta oriģinālu ar iesniegumu.",
        en: "Pay the state fee and hand in the original document with an application.",
      },
      {
        lv: "Dokumenta paraksts un zīmogs tiek pārbaudīts, un dokumentam pievieno apostille.",
        en: "The signature and seal are verified and an apostille is attached to the document.",
      },
      {
        lv: "Saņemiet dokumentu klātienē vai pa pastu.",
        en: "Collect the document in person or receive it by post.",
      },
    ],
    legalBasis: [
      { title: { lv: "Dokumentu legalizācijas likums", en: "Document Legalisation Law" } },
      {
        title: {
          lv: "1961. gada 5. oktobra Hāgas konvencija par ārvalstu publisko dokumentu legalizācijas prasības atcelšanu",
          en: "Hague Convention of 5 October 1961 Abolishing the Requirement of Legalisation for Foreign Public Documents",
        },
      },
    ],
    municipalities: [],
    contactPoint: { address: "Dzirnavu iela 16, Rīga, LV-1010", phone: "+371 67225155", email: "aic@aic.lv" },
  },
  // ---------------------------------------------------------------- Justice: state legal aid
  {
    identifier: "valsts-nodrosinata-juridiska-palidziba",
    title: { lv: "Valsts nodrošinātā juridiskā palīdzība", en: "State-provided legal aid" },
    description: {
      lv: "Cilvēki, kuri paši nevar samaksāt par jurista pakalpojumiem, piemēram, personas ar trūcīgas vai maznodrošinātas mājsaimniecības statusu vai tie, kas nonākuši pēkšņā grūtā situācijā, var saņemt valsts apmaksātu juridisko palīdzību. Tā ietver konsultācijas, procesuālo dokumentu sagatavošanu un pārstāvību tiesā civillietās, kā arī pārrobežu strīdos. Par palīdzības piešķiršanu lemj Tiesu administrācija un norīko juridiskās palīdzības sniedzēju.",
      en: "People who cannot pay for a lawyer themselves, such as those with low-income or needy household status or who have found themselves suddenly in hardship, can receive state-funded legal aid. It covers legal advice, drafting court documents and representation in civil cases, as well as in cross-border disputes. The Court Administration decides on granting legal aid and appoints a legal aid provider.",
    },
    institution: "TA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "justice",
    keywords: {
      lv: ["bezmaksas jurists", "juridiskā palīdzība", "advokāts par velti", "juridiskā konsultācija", "trūcīgā persona", "tiesvedība"],
      en: ["free lawyer", "legal aid", "free legal advice", "legal consultation", "low-income person", "court case"],
    },
    channels: [
      {
        type: "online",
        url: LATVIJA_LV,
        note: {
          lv: "Iesniegumu ar drošu elektronisko parakstu var nosūtīt uz Tiesu administrācijas oficiālo e-adresi",
          en: "The application with a secure electronic signature can be sent to the Court Administration's official e-address",
        },
      },
      { type: "post" },
      { type: "in_person", note: { lv: "Tiesu administrācijā Rīgā", en: "At the Court Administration in Riga" } },
    ],
    processingTime: { lv: "Līdz 1 mēnesim", en: "Up to 1 month" },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Jūsu ienākumi un mantiskais stāvoklis neļauj pašam samaksāt par juridisko palīdzību",
          en: "Your income and assets do not allow you to pay for legal help yourself",
        },
        description: {
          lv: "Piemēram, jums ir trūcīgas vai maznodrošinātas mājsaimniecības statuss, esat pēkšņi nonācis tādā situācijā dabas katastrofas vai citu apstākļu dēļ vai atrodaties pilnā valsts vai pašvaldības apgādībā.",
          en: "For example, you have needy or low-income household status, you have suddenly found yourself in such a situation due to a natural disaster or other circumstances, or you are fully supported by the state or a municipality.",
        },
        evidence: [
          {
            title: {
              lv: "Iesniegums valsts nodrošinātās juridiskās palīdzības saņemšanai",
              en: "Application for state-provided legal aid",
            },
          },
          {
            title: {
              lv: "Pašvaldības izziņa par trūcīgas vai maznodrošinātas mājsaimniecības statusu",
              en: "Municipal certificate of needy or low-income household status",
            },
          },
          ID_DOCUMENT,
        ],
      },
      {
        title: {
          lv: "Lieta ir par jautājumu, kurā valsts nodrošina juridisko palīdzību",
          en: "The case concerns a matter for which the state provides legal aid",
        },
        evidence: [{ title: { lv: "Dokumenti, kas attiecas uz lietu", en: "Documents relating to the case" } }],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Tiesu administrācijas lēmums par juridiskās palīdzības piešķiršanu",
          en: "Court Administration decision to grant legal aid",
        },
      },
      { title: { lv: "Norīkots juridiskās palīdzības sniedzējs (advokāts)", en: "An appointed legal aid provider (lawyer)" } },
    ],
    steps: [
      {
        lv: "Ja vajag, pašvaldības sociālajā dienestā saņemiet trūcīgas vai maznodrošinātas mājsaimniecības statusu.",
        en: "If needed, obtain needy or low-income household status from your municipal social service.",
      },
      {
        lv: "Aizpildiet iesniegumu un pievienojiet dokumentus par lietu un savu situāciju.",
        en: "Fill in the application and attach documents on the case and your situation.",
      },
      {
        lv: "Iesniedziet iesniegumu Tiesu administrācijā elektroniski, pa pastu vai klātienē.",
        en: "Submit the application to the Court Administration electronically, by post or in person.",
      },
      {
        lv: "Saņemiet lēmumu un sazinieties ar norīkoto juridiskās palīdzības sniedzēju.",
        en: "Receive the decision and contact the appointed legal aid provider.",
      },
    ],
    legalBasis: [{ title: { lv: "Valsts nodrošinātās juridiskās palīdzības likums", en: "State Ensured Legal Aid Law" } }],
    municipalities: [],
    contactPoint: { address: "Antonijas iela 6, Rīga, LV-1010", phone: "+371 67063800", email: "pasts@ta.gov.lv" },
  },
  // ---------------------------------------------------------------- Rehabilitation and disability support
  {
    identifier: "profesionala-rehabilitacija",
    title: { lv: "Profesionālās rehabilitācijas pakalpojums", en: "Vocational rehabilitation" },
    description: {
      lv: "Sociālās integrācijas valsts aģentūra (SIVA) piedāvā profesionālās rehabilitācijas pakalpojumu darbspējīgā vecuma cilvēkiem ar invaliditāti vai prognozējamu invaliditāti. Pakalpojums ietver profesionālās piemērotības noteikšanu, profesionālās izglītības programmas apguvi un sociālās rehabilitācijas atbalstu mācību laikā. Mācības ir bez maksas, ar iespēju dzīvot dienesta viesnīcā un saņemt stipendiju.",
      en: "The Social Integration State Agency (SIVA) offers vocational rehabilitation to working-age people with a disability or an expected disability. The service includes vocational suitability assessment, a vocational education programme and social rehabilitation support during studies. Training is free, with accommodation in a dormitory and a stipend available.",
    },
    institution: "SIVA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "social_security",
    keywords: {
      lv: [
        "profesionālā rehabilitācija",
        "SIVA",
        "invaliditāte un darbs",
        "jauna profesija",
        "mācības cilvēkiem ar invaliditāti",
        "Jūrmala",
      ],
      en: [
        "vocational rehabilitation",
        "SIVA",
        "disability and work",
        "new profession",
        "training for people with disabilities",
        "retraining",
      ],
    },
    channels: [
      {
        type: "online",
        url: LATVIJA_LV,
        note: {
          lv: "Iesniegumu ar drošu elektronisko parakstu var nosūtīt uz SIVA oficiālo e-adresi",
          en: "The application with a secure electronic signature can be sent to the SIVA official e-address",
        },
      },
      { type: "in_person", note: { lv: "SIVA Jūrmalā, Dubultu prospektā 71", en: "At SIVA, Dubultu prospekts 71, Jūrmala" } },
      { type: "post" },
    ],
    processingTime: {
      lv: "Lēmumu pieņem līdz 1 mēnesim; pakalpojumu sniedz rindas kārtībā",
      en: "A decision is made within 1 month; the service is provided in order of the waiting list",
    },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Jums ir noteikta invaliditāte vai prognozējama invaliditāte un profesionālās rehabilitācijas nepieciešamība",
          en: "You have a disability or an expected disability and a need for vocational rehabilitation",
        },
        evidence: [
          {
            title: {
              lv: "VDEAVK atzinums par profesionālās rehabilitācijas nepieciešamību",
              en: "Opinion of the State Medical Commission for the Assessment of Health Condition and Working Ability (VDEAVK) on the need for vocational rehabilitation",
            },
          },
          { title: { lv: "Iesniegums SIVA", en: "Application to SIVA" } },
          ID_DOCUMENT,
        ],
      },
      {
        title: { lv: "Jūs esat darbspējīgā vecumā", en: "You are of working age" },
        evidence: [{ title: { lv: "Izglītību apliecinoši dokumenti", en: "Documents proving your education" } }],
      },
    ],
    outputs: [
      { title: { lv: "SIVA lēmums par pakalpojuma piešķiršanu", en: "SIVA decision granting the service" } },
      {
        title: {
          lv: "Profesionālās kvalifikācijas apliecība vai diploms pēc mācībām",
          en: "Professional qualification certificate or diploma after the training",
        },
      },
    ],
    steps: [
      {
        lv: "Saņemiet VDEAVK atzinumu par profesionālās rehabilitācijas nepieciešamību.",
        en: "Obtain the VDEAVK opinion on the need for vocational rehabilitation.",
      },
      {
        lv: "Iesniedziet iesniegumu SIVA un pievienojiet dokumentus.",
        en: "Submit an application to SIVA with the documents.",
      },
      {
        lv: "SIVA nosaka jūsu profesionālo piemērotību un kopā ar jums izvēlas izglītības programmu.",
        en: "SIVA assesses your vocational suitability and chooses an education programme together with you.",
      },
      {
        lv: "Apgūstiet programmu un saņemiet kvalifikāciju; SIVA palīdz meklēt darbu.",
        en: "Complete the programme and obtain a qualification; SIVA helps you look for work.",
      },
    ],
    legalBasis: [DISABILITY_LAW, SOCIAL_SERVICES_LAW],
    municipalities: [],
    contactPoint: { address: "Dubultu prospekts 71, Jūrmala, LV-2015", phone: "+371 67771000", email: "siva@siva.gov.lv" },
  },
  {
    identifier: "socialas-rehabilitacija-no-vardarbibas-cietusiem",
    title: {
      lv: "Sociālā rehabilitācija no vardarbības cietušām personām",
      en: "Social rehabilitation for victims of violence",
    },
    description: {
      lv: "Pieaugušie un bērni, kuri cietuši no fiziskas, emocionālas, seksuālas vardarbības vai nolaidības, arī vardarbības ģimenē, var saņemt valsts apmaksātu sociālo rehabilitāciju. Tā ietver psihologa, sociālā darbinieka un jurista konsultācijas, un vajadzības gadījumā – uzturēšanos krīzes centrā. Pakalpojumu sniedz Labklājības ministrijas izvēlētas organizācijas, un cietušajam tas ir bez maksas.",
      en: "Adults and children who have suffered physical, emotional or sexual violence or neglect, including domestic violence, can receive state-funded social rehabilitation. It includes sessions with a psychologist, social worker and lawyer and, if needed, a stay at a crisis centre. The service is provided by organisations chosen by the Ministry of Welfare and is free of charge for the victim.",
    },
    institution: "LM",
    audience: ["residents"],
    kind: "transactional",
    maturity: 2,
    thematicArea: "social_security",
    keywords: {
      lv: ["vardarbība ģimenē", "palīdzība cietušajiem", "krīzes centrs", "psihologs", "vardarbība pret bērnu", "sociālā rehabilitācija"],
      en: ["domestic violence", "help for victims", "crisis centre", "psychologist", "child abuse", "social rehabilitation"],
    },
    channels: [
      {
        type: "in_person",
        note: {
          lv: "Tieši pie pakalpojuma sniedzēja vai pašvaldības sociālajā dienestā",
          en: "Directly at a service provider or at the municipal social service",
        },
      },
      {
        type: "phone",
        note: {
          lv: "Cietušo atbalsta tālrunis 116006 palīdz atrast pakalpojuma sniedzēju",
          en: "The victim support line 116006 helps you find a service provider",
        },
      },
    ],
    processingTime: {
      lv: "Pakalpojumu sāk sniegt iespējami drīz; krīzes situācijā – nekavējoties",
      en: "The service starts as soon as possible; in a crisis, immediately",
    },
    costs: [],
    requirements: [
      {
        title: { lv: "Persona ir cietusi no vardarbības", en: "The person has suffered violence" },
        description: {
          lv: "Bērnam pakalpojumu var pieprasīt vecāki, aizbildnis vai bāriņtiesa; policijas lēmums vai tiesas spriedums nav obligāts.",
          en: "For a child, the service can be requested by a parent, guardian or orphan's court; a police decision or court ruling is not required.",
        },
        evidence: [
          {
            title: {
              lv: "Iesniegums pakalpojuma sniedzējam vai sociālajam dienestam",
              en: "Application to the provider or the social service",
            },
          },
          ID_DOCUMENT,
        ],
      },
    ],
    outputs: [
      {
        title: { lv: "Individuālas konsultācijas vai rehabilitācija institūcijā", en: "Individual sessions or residential rehabilitation" },
      },
      { title: { lv: "Sociālās rehabilitācijas plāns", en: "Social rehabilitation plan" } },
    ],
    steps: [
      {
        lv: "Ja ir tieši draudi, zvaniet 112.",
        en: "If you are in immediate danger, call 112.",
      },
      {
        lv: "Sazinieties ar pakalpojuma sniedzēju vai sociālo dienestu; sniedzēju sarakstu var uzzināt pa tālruni 116006.",
        en: "Contact a service provider or the social service; the list of providers is available on 116006.",
      },
      {
        lv: "Iesniedziet iesniegumu, un speciālisti izvērtē jūsu vajadzības.",
        en: "Submit an application and specialists assess your needs.",
      },
      {
        lv: "Saņemiet konsultācijas vai rehabilitāciju saskaņā ar kopā sastādīto plānu.",
        en: "Receive sessions or rehabilitation according to the plan you agree together.",
      },
    ],
    legalBasis: [SOCIAL_SERVICES_LAW],
    municipalities: [],
    contactPoint: LM_CONTACT,
  },
  {
    identifier: "tehniskie-palidzibas-lidzekli",
    title: {
      lv: "Tehnisko palīglīdzekļu (ratiņkrēslu, protēžu u. c.) saņemšana",
      en: "Getting technical aids (wheelchairs, prostheses and others)",
    },
    description: {
      lv: "Cilvēki ar funkcionāliem traucējumiem, arī ar invaliditāti, var bez maksas saņemt valsts apmaksātus tehniskos palīglīdzekļus: ratiņkrēslus, staiguļus, protēzes, ortozes, dzirdes aparātus, palīglīdzekļus neredzīgajiem un citus. Palīglīdzekļus izsniedz valsts noteikti izsniedzēji, piemēram, Nacionālais rehabilitācijas centrs „Vaivari”, Latvijas Neredzīgo biedrība un Latvijas Nedzirdīgo savienība. Palīglīdzekļus izsniedz rindas kārtībā pēc ārsta atzinuma.",
      en: "People with functional impairments, including people with disabilities, can receive state-funded technical aids free of charge: wheelchairs, walkers, prostheses, orthoses, hearing aids, aids for blind people and others. Aids are issued by designated providers such as the National Rehabilitation Centre Vaivari, the Latvian Society of the Blind and the Latvian Association of the Deaf. Aids are issued in order of the waiting list based on a doctor's opinion.",
    },
    institution: "LM",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "social_security",
    keywords: {
      lv: ["ratiņkrēsls", "protēze", "tehniskie palīglīdzekļi", "dzirdes aparāts", "staigulis", "invaliditāte", "Vaivari"],
      en: ["wheelchair", "prosthesis", "technical aids", "hearing aid", "walker", "disability", "mobility aid"],
    },
    channels: [
      {
        type: "in_person",
        note: {
          lv: "Pie tehnisko palīglīdzekļu izsniedzēja atbilstoši traucējuma veidam",
          en: "At the technical aid provider for your type of impairment",
        },
      },
      { type: "post", note: { lv: "Iesniegumu un atzinumu var nosūtīt pa pastu", en: "The application and opinion can be posted" } },
      {
        type: "online",
        url: LATVIJA_LV,
        note: {
          lv: "Iesniegumu ar drošu elektronisko parakstu var nosūtīt uz izsniedzēja oficiālo e-adresi",
          en: "The application with a secure electronic signature can be sent to the provider's official e-address",
        },
      },
    ],
    processingTime: {
      lv: "Rindas kārtībā; gaidīšanas laiks atkarīgs no palīglīdzekļa veida",
      en: "In order of the waiting list; the wait depends on the type of aid",
    },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Jums ir funkcionāli traucējumi, kuru dēļ vajadzīgs tehniskais palīglīdzeklis",
          en: "You have a functional impairment that requires a technical aid",
        },
        evidence: [
          {
            title: {
              lv: "Ārsta speciālista vai funkcionālā speciālista atzinums par palīglīdzekļa nepieciešamību",
              en: "Opinion of a medical specialist or therapist on the need for the aid",
            },
          },
          { title: { lv: "Iesniegums tehniskā palīglīdzekļa saņemšanai", en: "Application for a technical aid" } },
          ID_DOCUMENT,
        ],
      },
      {
        title: { lv: "Jums ir deklarēta dzīvesvieta Latvijā", en: "You have a declared place of residence in Latvia" },
        evidence: [],
      },
    ],
    outputs: [
      { title: { lv: "Tehniskais palīglīdzeklis lietošanā vai īpašumā", en: "A technical aid for use or to keep" } },
      { title: { lv: "Palīglīdzekļa pielāgošana un remonts", en: "Fitting and repair of the aid" } },
    ],
    steps: [
      {
        lv: "Saņemiet ārsta vai funkcionālā speciālista atzinumu.",
        en: "Obtain an opinion from a doctor or therapist.",
      },
      {
        lv: "Iesniedziet iesniegumu un atzinumu palīglīdzekļu izsniedzējam.",
        en: "Submit the application and opinion to the aid provider.",
      },
      {
        lv: "Izsniedzējs jūs reģistrē rindā un paziņo, kad palīglīdzeklis pieejams.",
        en: "The provider puts you on the waiting list and tells you when the aid is available.",
      },
      {
        lv: "Saņemiet palīglīdzekli un, ja vajag, tā pielāgošanu un apmācību lietošanā.",
        en: "Receive the aid and, if needed, fitting and training in its use.",
      },
    ],
    legalBasis: [SOCIAL_SERVICES_LAW, DISABILITY_LAW],
    municipalities: [],
    contactPoint: LM_CONTACT,
  },
  {
    identifier: "asistenta-pakalpojums",
    title: { lv: "Asistenta pakalpojums personām ar invaliditāti", en: "Personal assistant service for people with disabilities" },
    description: {
      lv: "Cilvēki ar I vai II grupas invaliditāti un bērni ar invaliditāti, kuriem ir grūtības pārvietoties vai rūpēties par sevi, var saņemt asistenta palīdzību, piemēram, lai nokļūtu darbā, mācību iestādē, pie ārsta vai sabiedriskos pasākumos. Asistenta pakalpojumu piešķir pašvaldības sociālais dienests, un to finansē valsts. Asistents var būt arī ģimenes loceklis, kas par palīdzību saņem atlīdzību.",
      en: "People with group I or II disability and children with disabilities who have difficulty moving around or caring for themselves can get help from a personal assistant, for example to get to work, school, a doctor or social activities. The service is granted by the municipal social service and funded by the state. The assistant may also be a family member, who is paid for the help.",
    },
    institution: "LM",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "social_security",
    keywords: {
      lv: ["asistents", "asistenta pakalpojums", "invaliditāte", "palīdzība pārvietoties", "sociālais dienests", "aprūpe"],
      en: ["personal assistant", "assistant service", "disability", "help getting around", "social service", "care"],
    },
    channels: [
      SOCIAL_SERVICE_OFFICE,
      {
        type: "online",
        url: LATVIJA_LV,
        note: {
          lv: "Iesniegumu ar drošu elektronisko parakstu var nosūtīt uz pašvaldības oficiālo e-adresi",
          en: "The application with a secure electronic signature can be sent to the municipality's official e-address",
        },
      },
    ],
    processingTime: { lv: "Līdz 1 mēnesim", en: "Up to 1 month" },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Jums ir invaliditāte un VDEAVK atzinums par asistenta vajadzību",
          en: "You have a disability and an opinion from VDEAVK that you need an assistant",
        },
        evidence: [
          { title: { lv: "VDEAVK lēmums par invaliditāti un atzinums", en: "VDEAVK disability decision and opinion" } },
          { title: { lv: "Iesniegums sociālajam dienestam", en: "Application to the social service" } },
          ID_DOCUMENT,
        ],
      },
      {
        title: {
          lv: "Jums ir deklarēta dzīvesvieta attiecīgajā pašvaldībā",
          en: "Your place of residence is declared in the municipality",
        },
        evidence: [],
      },
    ],
    outputs: [
      {
        title: {
          lv: "Sociālā dienesta lēmums par asistenta pakalpojuma piešķiršanu un stundu skaitu",
          en: "Social service decision granting the assistant service and the number of hours",
        },
      },
      { title: { lv: "Asistenta palīdzība ikdienā", en: "Day-to-day help from an assistant" } },
    ],
    steps: [
      {
        lv: "Saņemiet VDEAVK atzinumu par asistenta pakalpojuma nepieciešamību.",
        en: "Obtain the VDEAVK opinion on the need for an assistant.",
      },
      {
        lv: "Iesniedziet iesniegumu savas pašvaldības sociālajā dienestā.",
        en: "Submit an application to the social service of your municipality.",
      },
      {
        lv: "Sociālais darbinieks izvērtē jūsu vajadzības un nosaka asistenta stundu skaitu.",
        en: "A social worker assesses your needs and sets the number of assistant hours.",
      },
      {
        lv: "Izvēlieties asistentu, un pašvaldība ar viņu noslēdz līgumu.",
        en: "Choose an assistant, and the municipality signs an agreement with them.",
      },
      {
        lv: "Asistents reizi mēnesī iesniedz pārskatu par sniegtajām stundām.",
        en: "The assistant reports the hours provided once a month.",
      },
    ],
    legalBasis: [SOCIAL_SERVICES_LAW, DISABILITY_LAW],
    municipalities: [],
    contactPoint: LM_CONTACT,
  },
  // ---------------------------------------------------------------- Health: vaccination
  {
    identifier: "vakcinacijas-pieteiksana",
    title: { lv: "Pieteikšanās vakcinācijai", en: "Booking a vaccination" },
    description: {
      lv: "Valsts apmaksā vakcināciju pret vairākām infekcijas slimībām saskaņā ar vakcinācijas kalendāru: bērniem, pusaudžiem pret cilvēka papilomas vīrusu, pieaugušajiem pret difteriju un stingumkrampjiem, kā arī riska grupām pret gripu. Vakcinēties var pie sava ģimenes ārsta vai vakcinācijas kabinetā, piesakoties pa tālruni vai klātienē. Veiktās vakcinācijas ir redzamas E-veselībā.",
      en: "The state pays for vaccination against several infectious diseases according to the vaccination calendar: for children, for adolescents against human papillomavirus, for adults against diphtheria and tetanus, and for risk groups against influenza. You can be vaccinated at your family doctor or a vaccination office, booking by phone or in person. Vaccinations given are shown in E-veselība.",
    },
    institution: "NVD",
    audience: ["residents"],
    kind: "transactional",
    maturity: 1,
    thematicArea: "health",
    keywords: {
      lv: ["vakcinācija", "pote", "gripas vakcīna", "vakcinācijas kalendārs", "potēšanās", "ģimenes ārsts"],
      en: ["vaccination", "jab", "flu vaccine", "vaccination calendar", "immunisation", "family doctor"],
    },
    channels: [
      {
        type: "in_person",
        note: { lv: "Pie ģimenes ārsta vai vakcinācijas kabinetā", en: "At your family doctor or a vaccination office" },
      },
      {
        type: "phone",
        note: { lv: "Pierakstieties pa ģimenes ārsta prakses tālruni", en: "Book by calling your family doctor's practice" },
      },
    ],
    processingTime: {
      lv: "Pēc pieraksta, parasti dažu dienu laikā",
      en: "By appointment, usually within a few days",
    },
    costs: [],
    requirements: [
      {
        title: {
          lv: "Vakcīna ir valsts apmaksāta jūsu vecuma vai riska grupai",
          en: "The vaccine is state-funded for your age or risk group",
        },
        description: {
          lv: "Citos gadījumos vakcīnu un tās ievadīšanu var saņemt par maksu.",
          en: "In other cases you can get the vaccine and its administration for a fee.",
        },
        evidence: [ID_DOCUMENT],
      },
    ],
    outputs: [
      { title: { lv: "Vakcinācija", en: "Vaccination" } },
      { title: { lv: "Ieraksts par vakcināciju E-veselībā", en: "Vaccination record in E-veselība" } },
    ],
    steps: [
      {
        lv: "Noskaidrojiet, kuras vakcīnas jums pienākas, pie ģimenes ārsta vai NVD.",
        en: "Find out which vaccines you are entitled to from your family doctor or NVD.",
      },
      {
        lv: "Pierakstieties uz vakcināciju.",
        en: "Book a vaccination appointment.",
      },
      {
        lv: "Pirms vakcinācijas ārsts vai medmāsa izvērtē jūsu veselības stāvokli.",
        en: "Before vaccination a doctor or nurse checks your health.",
      },
      {
        lv: "Saņemiet vakcīnu; ieraksts parādās E-veselībā.",
        en: "Get vaccinated; the record appears in E-veselība.",
      },
    ],
    legalBasis: [
      { title: { lv: "Epidemioloģiskās drošības likums", en: "Epidemiological Safety Law" } },
      {
        title: {
          lv: "Ministru kabineta 2000. gada 26. septembra noteikumi Nr. 330 „Vakcinācijas noteikumi”",
          en: "Cabinet Regulation No. 330 of 26 September 2000 “Vaccination Regulations”",
        },
      },
    ],
    municipalities: [],
    contactPoint: NVD_CONTACT,
  },
];
