// The questions people ask most about e-services, and the answers, in Latvian and English. Kept as
// data beside the page that shows them; each question's id is its anchor on the page.
import type { Locale } from "../../../platform/i18n/locale.ts";

type Text = Record<Locale, string>;

/** A paragraph, or a bulleted list when it is an array. */
export type AnswerBlock = string | string[];

export type FaqQuestion = {
  id: string;
  question: Text;
  answer: Record<Locale, AnswerBlock[]>;
  /** Pages of this site that say more; paths without the language prefix. */
  links?: { path: string; text: Text }[];
};

export type FaqSection = { id: string; heading: Text; questions: FaqQuestion[] };

export const FAQ: readonly FaqSection[] = [
  {
    id: "e-pakalpojumi",
    heading: { lv: "Kas ir e-pakalpojumi?", en: "What are e-services?" },
    questions: [
      {
        id: "kas-ir-e-pakalpojums",
        question: { lv: "Kas ir e-pakalpojums?", en: "What is an e-service?" },
        answer: {
          lv: [
            "E-pakalpojums ir veids, kā saņemt valsts iestādes vai pašvaldības pakalpojumu internetā, neejot uz iestādi.",
            "Tā var būt tiešsaistes veidlapa, ko aizpildāt un iesniedzat portālā (piemēram, dzīvesvietas deklarēšana), bet arī iesniegums, ko parakstāt ar drošu elektronisko parakstu un nosūtāt uz iestādes oficiālo e-pasta adresi.",
          ],
          en: [
            "An e-service is a way to get a service from a state institution or a municipality over the internet, without going there.",
            "It may be an online form that you fill in and send on the portal (declaring your place of residence, for example), but also an application that you sign with a secure electronic signature and email to the institution's official address.",
          ],
        },
      },
      {
        id: "kur-atrast",
        question: { lv: "Kur atrast vajadzīgo e-pakalpojumu?", en: "Where do I find the e-service I need?" },
        answer: {
          lv: [
            "Meklējiet šī portāla pakalpojumu katalogā: pie katra pakalpojuma ir norādīts, vai to var saņemt internetā, kas tam vajadzīgs un cik tas maksā. E-pakalpojumi ir arī iestāžu tīmekļvietnēs, parasti sadaļā „Pakalpojumi” vai „E-pakalpojumi”.",
            "Pirms dodaties uz iestādi, ir vērts pārbaudīt, vai to pašu nevar izdarīt internetā.",
          ],
          en: [
            "Search this portal's catalogue of services: each service says whether it can be used online, what it needs and what it costs. Institutions' own websites list e-services too, usually under “Services” or “E-services”.",
            "Before you set off to an office, it is worth checking whether the same can be done online.",
          ],
        },
        links: [{ path: "/pakalpojumi/a-z", text: { lv: "Pakalpojumi no A līdz Z", en: "Services from A to Z" } }],
      },
      {
        id: "vai-maksa",
        question: { lv: "Vai e-pakalpojumu lietošana maksā?", en: "Does using e-services cost anything?" },
        answer: {
          lv: [
            "Pieslēgšanās e-pakalpojumiem ir bez maksas. Ja pakalpojumam ir valsts nodeva vai cita samaksa, to redzēsiet pakalpojuma aprakstā, un pirms maksājuma jums to atsevišķi paziņos.",
          ],
          en: [
            "Logging in to e-services is free. If a service has a state fee or another charge, its description says so, and you are told separately before any payment.",
          ],
        },
      },
    ],
  },
  {
    id: "ka-sakt",
    heading: { lv: "Kā sākt?", en: "How do I start?" },
    questions: [
      {
        id: "kas-vajadzigs",
        question: { lv: "Kas man vajadzīgs, lai sāktu?", en: "What do I need to start?" },
        answer: {
          lv: [
            "Dators vai telefons ar interneta pieslēgumu un veids, kā apliecināt savu identitāti. E-pakalpojumus var lietot jebkurā diennakts laikā — mājās, darbā, bibliotēkā — bez rindām un neatkarīgi no iestādes darba laika.",
            "Identitāti var apliecināt šādi:",
            ["ar internetbanku;", "ar eID karti, kurā aktivizēts e-paraksts;", "ar eParaksts mobile."],
            "Visplašākās iespējas dod eID karte ar e-parakstu: ar to var gan pieslēgties e-pakalpojumiem, gan parakstīt dokumentus.",
          ],
          en: [
            "A computer or phone with internet access, and a way to prove who you are. E-services are open day and night — at home, at work, in a library — with no queues and whatever the office hours.",
            "You can prove who you are:",
            ["with your internet bank;", "with an eID card on which the e-signature is activated;", "with eParaksts mobile."],
            "An eID card with its e-signature lets you do the most: you can both log in to e-services and sign documents with it.",
          ],
        },
        links: [{ path: "/pieslegties", text: { lv: "Pieslēgties", en: "Log in" } }],
      },
      {
        id: "eid-sagatavosana",
        question: { lv: "Kas vajadzīgs, lai lietotu eID karti datorā?", en: "What do I need to use an eID card on a computer?" },
        answer: {
          lv: [
            [
              "eID karte ar aktivizētiem sertifikātiem — tie ļauj pieslēgties e-pakalpojumiem un parakstīties elektroniski;",
              "karšu lasītājs, ko pievieno datoram (dažiem datoriem tas jau ir iebūvēts);",
              "bezmaksas programmatūra no www.eparaksts.lv, kur ir arī norādījumi, kā sagatavot datoru.",
            ],
          ],
          en: [
            [
              "an eID card with its certificates activated — they let you log in to e-services and sign electronically;",
              "a card reader that you plug into the computer (some computers have one built in);",
              "free software from www.eparaksts.lv, which also explains how to set up the computer.",
            ],
          ],
        },
      },
      {
        id: "kur-sanemt-eid",
        question: { lv: "Kur saņemt eID karti un aktivizēt e-parakstu?", en: "Where do I get an eID card and activate the e-signature?" },
        answer: {
          lv: [
            "Pilsonības un migrācijas lietu pārvaldes nodaļās — jebkurā no tām, neatkarīgi no deklarētās dzīvesvietas. Ja saņemot karti sertifikātus neaktivizējāt, to var izdarīt vēlāk, kamēr karte ir derīga, un par aktivizēšanu nav jāmaksā.",
            "Nodaļu adreses un pieņemšanas laiki ir www.pmlp.gov.lv, informatīvais tālrunis 8300.",
          ],
          en: [
            "At any office of the Office of Citizenship and Migration Affairs, wherever your declared place of residence is. If you did not activate the certificates when you got the card, you can do so later, for as long as the card is valid, at no charge.",
            "Office addresses and opening hours are at www.pmlp.gov.lv; the information line is 8300.",
          ],
        },
      },
      {
        id: "e-paraksta-speks",
        question: {
          lv: "Vai e-parakstam ir tāds pats spēks kā parakstam uz papīra?",
          en: "Is an e-signature as valid as a signature on paper?",
        },
        answer: {
          lv: [
            "Jā. Dokumentam, kas parakstīts ar drošu elektronisko parakstu, ir tāds pats juridisks spēks kā dokumentam, kas parakstīts ar roku. Tā var parakstīt iesniegumus, līgumus, sūdzības un vēstules un nosūtīt tās iestādei elektroniski.",
          ],
          en: [
            "Yes. A document signed with a secure electronic signature has the same legal force as one signed by hand. You can sign applications, contracts, complaints and letters that way and send them to an institution electronically.",
          ],
        },
      },
    ],
  },
  {
    id: "drosiba",
    heading: { lv: "Vai tas ir droši?", en: "Is it safe?" },
    questions: [
      {
        id: "ka-lietot-drosi",
        question: { lv: "Kā lietot e-pakalpojumus droši?", en: "How do I use e-services safely?" },
        answer: {
          lv: [
            "E-pakalpojumi ir droši, ja ievērojat dažus paradumus — tāpat kā aizslēdzat durvis un pieskatāt maku:",
            [
              "Sargājiet savus datus: nedodiet citiem savu eID karti, PIN kodus, internetbankas datus un e-dokumentus.",
              "Esiet piesardzīgi: e-pakalpojumi ir tikai oficiālajā portālā un iestāžu tīmekļvietnēs. Nenorādiet savus datus, atbildot uz aizdomīgām vēstulēm vai aizdomīgās vietnēs.",
              "Publiskā vietā pēc darba vienmēr izrakstieties no portāla un aizveriet pārlūkprogrammu.",
            ],
          ],
          en: [
            "E-services are safe if you keep a few habits — just as you lock your door and keep an eye on your wallet:",
            [
              "Guard your data: do not give anyone your eID card, PIN codes, internet bank details or e-documents.",
              "Be critical: e-services are only on the official portal and institutions' websites. Do not enter your details in reply to suspicious emails or on suspicious sites.",
              "In a public place, always log out of the portal and close the browser when you are done.",
            ],
          ],
        },
      },
      {
        id: "eid-glabasana",
        question: { lv: "Kā glabāt eID karti un e-dokumentus?", en: "How should I keep my eID card and e-documents?" },
        answer: {
          lv: [
            "eID karte ir tikpat vērtīga kā pase vai bankas karte, tāpēc glabājiet to rūpīgi. Arī elektroniskos dokumentus turiet drošā vietā, kur tiem nepiekļūst svešinieki un kur tie nepazūd, ja sabojājas dators.",
            "Ja šaubāties, ko darīt, jautājiet padomu.",
          ],
          en: [
            "An eID card is as valuable as a passport or a bank card, so keep it carefully. Keep electronic documents somewhere safe as well, out of strangers' reach and where they are not lost if a computer breaks.",
            "If you are not sure what to do, ask for advice.",
          ],
        },
      },
    ],
  },
  {
    id: "palidziba",
    heading: { lv: "Kur saņemt palīdzību?", en: "Where can I get help?" },
    questions: [
      {
        id: "jautajums-par-pakalpojumu",
        question: { lv: "Kam jautāt par konkrētu e-pakalpojumu?", en: "Whom do I ask about a particular e-service?" },
        answer: {
          lv: ["Iestādei, kas šo pakalpojumu sniedz. Tās nosaukums un saziņas iespējas ir norādītas pakalpojuma aprakstā katalogā."],
          en: [
            "The institution that provides the service. Its name and how to contact it are in the service's description in the catalogue.",
          ],
        },
        links: [{ path: "/iestades", text: { lv: "Iestādes", en: "Institutions" } }],
      },
      {
        id: "klientu-centri",
        question: { lv: "Vai var saņemt palīdzību klātienē?", en: "Can I get help in person?" },
        answer: {
          lv: [
            "Jā. Valsts un pašvaldības vienotajos klientu apkalpošanas centros var saņemt gan valsts, gan pašvaldības pakalpojumus vienuviet. Centra darbinieki palīdz lietot e-pakalpojumus, daudzos centros apmeklētājiem ir pieejams dators, un ar jūsu rakstisku pilnvarojumu konsultants var iesniegt e-pakalpojumu jūsu vārdā.",
          ],
          en: [
            "Yes. At the one-stop state and municipal client service centres you can get both state and municipal services in one place. The staff help people use e-services, many centres have a computer for visitors, and with your written authorisation a consultant can submit an e-service on your behalf.",
          ],
        },
      },
      {
        id: "eid-un-e-paraksts",
        question: { lv: "Kur jautāt par eID karti un e-parakstu?", en: "Where do I ask about the eID card and the e-signature?" },
        answer: {
          lv: [
            [
              "Par eID kartes saņemšanu un sertifikātu aktivizēšanu — Pilsonības un migrācijas lietu pārvaldē (tālrunis 8300, www.pmlp.gov.lv).",
              "Par e-paraksta lietošanu un datora sagatavošanu — www.eparaksts.lv, kur ir norādījumi, programmatūra un klientu atbalsta kontakti.",
            ],
          ],
          en: [
            [
              "About getting an eID card and activating its certificates — the Office of Citizenship and Migration Affairs (phone 8300, www.pmlp.gov.lv).",
              "About using the e-signature and setting up a computer — www.eparaksts.lv, with instructions, software and customer support contacts.",
            ],
          ],
        },
      },
      {
        id: "jaunumi",
        question: { lv: "Kur uzzināt jaunumus par e-pakalpojumiem?", en: "Where do I hear about what is new in e-services?" },
        answer: {
          lv: ["Sadaļā „Aktualitātes”. Ja vēlaties, jaunās aktualitātes varam sūtīt jums e-pastā."],
          en: ["In the News section. If you like, we can email you new articles as they are published."],
        },
        links: [
          { path: "/aktualitates", text: { lv: "Aktualitātes", en: "News" } },
          { path: "/aktualitates/abonet", text: { lv: "Abonēt aktualitātes", en: "Subscribe to news" } },
        ],
      },
    ],
  },
];
