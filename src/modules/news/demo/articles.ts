// The demo news: what the e-index of 2019 found about the state's and municipalities' digital
// maturity, retold in Epak's own words from the ministry's announcement of the results.
import type { Text } from "../news.repository.ts";

export type DemoArticle = { slug: string; publishedAt: string; title: Text; summary: Text; body: Text };

export const DEMO_ARTICLES: readonly DemoArticle[] = [
  {
    slug: "e-indekss-2019-elektroniski-sniegto-pakalpojumu-kluvis-vairak",
    publishedAt: "2019-12-13T10:00:00+02:00",
    title: {
      lv: "E-indekss 2019: elektroniski sniegto pakalpojumu kļuvis krietni vairāk",
      en: "E-index 2019: far more services are now provided electronically",
    },
    summary: {
      lv: "Tiešās pārvaldes iestādes 73% pakalpojumu sniegušas elektroniski — gadu iepriekš tādu bija 40,2%.",
      en: "Direct administration institutions provided 73% of their services electronically, up from 40.2% a year before.",
    },
    body: {
      lv: [
        "13. decembrī Rīgā Vides aizsardzības un reģionālās attīstības ministrija (VARAM) iepazīstināja ar Latvijas e-indeksa 2019. gada mērījumu un apbalvoja iestādes un pašvaldības, kas digitālās iespējas izmanto vislabāk.",
        "Mērījuma periodā valsts un pašvaldību iestādes kopā sniegušas 26,4 miljonus pakalpojumu. Lielākā daļa — 26,2 miljoni — sniegti tiešās pārvaldes iestādēs, un no tiem elektroniski bija 73%. Gadu iepriekš elektroniski sniegto pakalpojumu daļa bija 40,2%.",
        "Pašvaldībās vērtēja desmit pakalpojumus. Tie sniegti aptuveni 210 tūkstošus reižu, un 27,3% gadījumu — elektroniski.",
      ].join("\n\n"),
      en: [
        "On 13 December in Riga, the Ministry of Environmental Protection and Regional Development (VARAM) presented the 2019 measurement of the Latvian e-index and gave awards to the institutions and municipalities that make the best use of digital tools.",
        "State and municipal institutions together provided 26.4 million services. Most of them — 26.2 million — came from direct administration institutions, which provided 73% of these electronically. A year earlier, the electronic share had been 40.2%.",
        "In municipalities, ten services were assessed. They were provided about 210 thousand times, 27.3% of them electronically.",
      ].join("\n\n"),
    },
  },
  {
    slug: "iestades-arvien-vairak-dokumentu-suta-elektroniski",
    publishedAt: "2019-12-13T14:00:00+02:00",
    title: {
      lv: "Iestādes arvien vairāk dokumentu sūta elektroniski",
      en: "Institutions send more and more documents electronically",
    },
    summary: {
      lv: "Tiešās pārvaldes iestādes elektroniski nosūtījušas 1,03 miljonus dokumentu no 2,5 miljoniem, pašvaldības — ap ceturtdaļu.",
      en: "Direct administration institutions sent 1.03 million of their 2.5 million documents electronically; municipalities about a quarter.",
    },
    body: {
      lv: [
        "E-indeksa 2019. gada dati rāda, ka elektronisko dokumentu daļa turpina augt: tiešās pārvaldes iestādēs tā sasniegusi 42%, pašvaldībās — 23%. Dažās iestādēs elektroniski jau ir pat 90% dokumentu.",
        "Tiešās pārvaldes iestādes nosūtījušas 2,5 miljonus dokumentu, no tiem 1,03 miljonus elektroniski. Gadu iepriekš elektroniski nosūtīto dokumentu bija 770 tūkstoši.",
        "Pašvaldības nosūtījušas aptuveni miljonu dokumentu, no kuriem ap 250 tūkstošiem — elektroniski.",
        "Ministrija norāda, ka iestādes arvien biežāk izvēlas kopīgus risinājumus visai nozarei, piemēram, vienotas dokumentu pārvaldības un personāla vadības sistēmas. Tas ļauj strādāt efektīvāk un mazina administratīvo slogu.",
      ].join("\n\n"),
      en: [
        "The 2019 e-index shows the share of electronic documents still growing: 42% in direct administration institutions and 23% in municipalities. In some institutions it has reached as much as 90%.",
        "Direct administration institutions sent 2.5 million documents, 1.03 million of them electronically. The year before, 770 thousand had gone electronically.",
        "Municipalities sent about a million documents, of which around 250 thousand were electronic.",
        "The ministry notes that institutions increasingly choose shared solutions for their whole sector, such as common document management and human resources systems. This makes their work more efficient and reduces the administrative burden.",
      ].join("\n\n"),
    },
  },
  {
    slug: "socialie-tikli-un-mobilas-ierices-iestazu-sazina",
    publishedAt: "2019-12-16T11:00:00+02:00",
    title: {
      lv: "Sociālie tīkli un mobilās ierīces iestāžu saziņā ar iedzīvotājiem",
      en: "Social media and mobile devices in how institutions talk to people",
    },
    summary: {
      lv: "Facebook kontu aktīvi uztur 71% valsts iestāžu un 93% pašvaldību; mobilajām ierīcēm piemērota ir 39% iestāžu un 51% pašvaldību tīmekļvietņu.",
      en: "71% of state institutions and 93% of municipalities keep an active Facebook account; 39% of institutions' and 51% of municipalities' websites suit mobile devices.",
    },
    body: {
      lv: [
        "E-indeksa mērījums rāda, ka sociālie tīkli kļuvuši par iestāžu ikdienas darba daļu. Aktīvu Facebook kontu uztur 71% valsts iestāžu un 93% pašvaldību. Twitter izmanto 77% tiešās pārvaldes iestāžu un 43% pašvaldību.",
        "Mobilajām ierīcēm piemērotas ir 39% iestāžu un 51% pašvaldību tīmekļvietņu. Uzlabojas arī tīmekļvietņu piekļūstamība cilvēkiem ar īpašām vajadzībām.",
        "Klientu apkalpošanas centros arvien biežāk ir dators apmeklētājiem un darbinieks vai konsultants, kas palīdz lietot e-pakalpojumus.",
      ].join("\n\n"),
      en: [
        "The e-index measurement shows that social media have become part of institutions' daily work. 71% of state institutions and 93% of municipalities keep an active Facebook account. Twitter is used by 77% of direct administration institutions and 43% of municipalities.",
        "39% of institutions' and 51% of municipalities' websites suit mobile devices. Websites are also becoming more accessible to people with special needs.",
        "More and more client service centres have a computer for visitors and a member of staff or consultant who helps people use e-services.",
      ].join("\n\n"),
    },
  },
  {
    slug: "digitali-nobriedusakas-iestades-un-pasvaldibas-2019",
    publishedAt: "2019-12-18T09:30:00+02:00",
    title: {
      lv: "Digitāli nobriedušākās iestādes un pašvaldības 2019. gadā",
      en: "The most digitally mature institutions and municipalities of 2019",
    },
    summary: {
      lv: "Apbalvojumus saņēma trīs ministrijas, trīs tiešās pārvaldes iestādes un trīs pašvaldības.",
      en: "Awards went to three ministries, three direct administration institutions and three municipalities.",
    },
    body: {
      lv: [
        "Augstāko digitālā brieduma līmeni ministriju grupā sasniegušas Ekonomikas ministrija, Izglītības un zinātnes ministrija un Finanšu ministrija.",
        "Tiešās pārvaldes iestāžu grupā labākās ir Valsts zemes dienests, Centrālā statistikas pārvalde un Valsts tehniskās uzraudzības aģentūra.",
        "Pašvaldības vērtēja pēc to attīstības centra nozīmes. Nacionālas nozīmes centru vidū visaugstāk novērtēta Ventspils pilsētas pašvaldība, reģionālas nozīmes centru vidū — Siguldas novada pašvaldība, bet novadu nozīmes centru vidū — Ozolnieku novada pašvaldība.",
      ].join("\n\n"),
      en: [
        "Among ministries, the highest level of digital maturity was reached by the Ministry of Economics, the Ministry of Education and Science and the Ministry of Finance.",
        "Among direct administration institutions, the leaders are the State Land Service, the Central Statistical Bureau and the State Technical Supervision Agency.",
        "Municipalities were compared by the role of their development centre. Ventspils City Municipality came first among centres of national importance, Sigulda Municipality among centres of regional importance, and Ozolnieki Municipality among centres of county importance.",
      ].join("\n\n"),
    },
  },
  {
    slug: "kas-ir-e-indekss",
    publishedAt: "2019-12-20T10:00:00+02:00",
    title: {
      lv: "Kas ir e-indekss un ko tas mēra",
      en: "What the e-index is and what it measures",
    },
    summary: {
      lv: "E-indekss novērtē, cik labi valsts iestādes un pašvaldības izmanto mūsdienu tehnoloģijas darbā un pakalpojumos. 2019. gadā to mērīja jau piekto reizi.",
      en: "The e-index assesses how well state institutions and municipalities use modern technology in their work and services. 2019 was its fifth year.",
    },
    body: {
      lv: [
        "E-indekss ir valsts iestāžu un pašvaldību digitālā brieduma novērtējums. Tas parāda, cik aktīvi un piemēroti organizācijas lieto mūsdienu tehnoloģijas un darba paņēmienus, lai pakalpojumi būtu kvalitatīvāki un pieejamāki, darbs efektīvāks un videi draudzīgāks.",
        "Mērījuma mērķis ir veicināt, lai tehnoloģijas valsts pārvaldē un publisko pakalpojumu sniegšanā tiktu izmantotas plaši un atbilstoši labas pārvaldības principiem. VARAM e-indeksu 2019. gadā mērīja piekto gadu.",
        "Mērījumā vērtē arī to, vai iestādes jautā saviem klientiem, cik viņi ir apmierināti. 2019. gadā klientu apmierinātību bija mērījušas 54% tiešās pārvaldes iestāžu un 40% pašvaldību. Ministrija uzsver, ka šādi mērījumi palīdz labāk saprast, kas cilvēkiem vajadzīgs, un ka darbinieku digitālās prasmes ir priekšnoteikums jaunu rīku un e-pakalpojumu ieviešanai.",
      ].join("\n\n"),
      en: [
        "The e-index assesses the digital maturity of state institutions and municipalities. It shows how actively and appropriately organisations use modern technology and working practices to make their services better and easier to reach, and their work more efficient and kinder to the environment.",
        "Its aim is to encourage wide use of technology in public administration and public services, in line with the principles of good governance. 2019 was the fifth year in which VARAM measured the e-index.",
        "The measurement also looks at whether institutions ask their clients how satisfied they are. In 2019, 54% of direct administration institutions and 40% of municipalities had measured client satisfaction. The ministry stresses that such measurements help to understand what people need, and that staff's digital skills are a precondition for introducing new tools and e-services.",
      ].join("\n\n"),
    },
  },
];
