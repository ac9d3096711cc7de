// Batch C of the demo catalogue: transport, property and land, agriculture, forests and the environment.
// Real Latvian public services as they work in 2025–2026, written for Epak in Latvian with English beside it.
// Fees follow the institutions' price lists as published; where a fee depends on the case it is explained in
// the description instead of being given as one amount.
import type { Channel, ContactPoint, Cost, Evidence, LegalResource, Requirement, ServiceDocument, Text } from "../model.ts";

const t = (lv: string, en: string): Text => ({ lv, en });
const eur = (amount: number, lv: string, en: string): Cost => ({ amount, currency: "EUR", description: t(lv, en) });
const ev = (lv: string, en: string): Evidence => ({ title: t(lv, en) });
const req = (lv: string, en: string, evidence: Evidence[]): Requirement => ({ title: t(lv, en), evidence });
const law = (lv: string, en: string, url?: string): LegalResource => (url ? { title: t(lv, en), url } : { title: t(lv, en) });

const WEEKDAYS = t("P.–Pk. 8.30–17.00", "Mon–Fri 8:30–17:00");

// --- Shared channels -------------------------------------------------------------------------------------

const E_CSDD: Channel = {
  type: "online",
  url: "https://e.csdd.lv",
  note: t(
    "e-CSDD, pieslēdzoties ar internetbanku, eParakstu vai eID karti",
    "e-CSDD, signing in with online banking, eParaksts or an eID card",
  ),
};
const CSDD_KAC: Channel = {
  type: "in_person",
  note: t("Jebkurā CSDD klientu apkalpošanas centrā", "At any CSDD customer service centre"),
};
const CSDD_PHONE: Channel = {
  type: "phone",
  note: t("CSDD informatīvais tālrunis 67025777", "CSDD information line +371 67025777"),
};
const KADASTRS_LV: Channel = {
  type: "online",
  url: "https://www.kadastrs.lv",
  note: t("Valsts zemes dienesta portāls Kadastrs.lv", "The State Land Service portal Kadastrs.lv"),
};
const VZD_KAC: Channel = {
  type: "in_person",
  hours: t("P. 9.00–18.00, O.–C. 9.00–17.00, Pk. 8.00–12.00", "Mon 9:00–18:00, Tue–Thu 9:00–17:00, Fri 8:00–12:00"),
  note: t(
    "Valsts zemes dienesta klientu apkalpošanas centros (Rīgā – Puškina ielā 14)",
    "At State Land Service customer centres (in Riga – Puškina iela 14)",
  ),
};
const ZEMESGRAMATA_LV: Channel = {
  type: "online",
  url: "https://www.zemesgramata.lv",
  note: t("Valsts vienotās datorizētās zemesgrāmatas portāls", "The portal of the State Unified Computerised Land Register"),
};
const LAD_EPS: Channel = {
  type: "online",
  url: "https://eps.lad.gov.lv",
  note: t(
    "Lauku atbalsta dienesta Elektroniskā pieteikšanās sistēma (EPS)",
    "The Rural Support Service Electronic Application System (EPS)",
  ),
};
const LAD_PHONE: Channel = {
  type: "phone",
  hours: t("P.–Pk. 8.00–20.00", "Mon–Fri 8:00–20:00"),
  note: t("LAD klientu apkalpošanas tālrunis 67095000", "LAD customer line +371 67095000"),
};
const LAD_OFFICE: Channel = {
  type: "in_person",
  note: t(
    "LAD reģionālo lauksaimniecības pārvalžu klientu apkalpošanas centros",
    "At the customer centres of the LAD regional agricultural departments",
  ),
};
const LATVIJA_LV: Channel = {
  type: "online",
  url: "https://www.latvija.lv",
  note: t("E-pakalpojums valsts pārvaldes pakalpojumu portālā", "E-service on the state services portal"),
};
const MEZA_REGISTRS: Channel = {
  type: "online",
  url: "https://gis.vmd.gov.lv",
  note: t(
    "Meža valsts reģistrs, pieslēdzoties ar Latvija.gov.lv autentifikācijas rīkiem",
    "The State Forest Register, signing in with the state portal's login",
  ),
};
const VMD_OFFICE: Channel = {
  type: "in_person",
  hours: WEEKDAYS,
  note: t("Valsts meža dienesta virsmežniecībās un mežniecībās", "At State Forest Service regional and local forestry offices"),
};
const VVD_ONLINE: Channel = {
  type: "online",
  url: "https://www.vvd.gov.lv",
  note: t("Valsts vides dienesta tīmekļvietne un e-adrese", "The State Environmental Service website and official e-address"),
};
const VVD_OFFICE: Channel = {
  type: "in_person",
  hours: WEEKDAYS,
  note: t("Valsts vides dienesta reģionālajās vides pārvaldēs", "At the State Environmental Service regional boards"),
};
const VTUA_OFFICE: Channel = {
  type: "in_person",
  hours: WEEKDAYS,
  note: t(
    "Valsts tehniskās uzraudzības aģentūras reģionu biroji; maksā tikai ar karti",
    "State Technical Supervision Agency regional offices; card payment only",
  ),
};
const POST: Channel = {
  type: "post",
  note: t(
    "Iesniegumu var nosūtīt pa pastu vai uz iestādes e-adresi",
    "The application can be sent by post or to the institution's e-address",
  ),
};

// --- Shared contacts -------------------------------------------------------------------------------------

const CSDD_CONTACT: ContactPoint = {
  email: "info@csdd.lv",
  phone: "+371 67025777",
  address: "Sergeja Eizenšteina iela 6, Rīga, LV-1079",
};
const VZD_CONTACT: ContactPoint = {
  email: "klienti@vzd.gov.lv",
  address: "Puškina iela 14, Rīga, LV-1050",
};
const LAD_CONTACT: ContactPoint = {
  email: "lad@lad.gov.lv",
  phone: "+371 67095000",
  address: "Republikas laukums 2, Rīga, LV-1010",
  hours: t("P.–Pk. 8.00–20.00 (tālrunis)", "Mon–Fri 8:00–20:00 (phone)"),
};
const VVD_CONTACT: ContactPoint = {
  email: "vvd@vvd.gov.lv",
  phone: "+371 26338800",
  address: "Rūpniecības iela 23, Rīga, LV-1045",
  hours: t("Operatīvās informācijas tālrunis – visu diennakti", "Operational information line – 24 hours a day"),
};
const PVD_CONTACT: ContactPoint = {
  email: "pasts@pvd.gov.lv",
  address: "Peldu iela 30, Rīga, LV-1050",
};
const VMD_CONTACT: ContactPoint = {
  email: "vmd@vmd.gov.lv",
  address: "13. janvāra iela 15, Rīga, LV-1932",
};

// --- Shared legal resources ------------------------------------------------------------------------------

const ROAD_TRAFFIC_LAW = law("Ceļu satiksmes likums", "Road Traffic Law", "https://likumi.lv/ta/id/45467");
const CSDD_PRICE_LIST = law(
  "Ministru kabineta 2013. gada 24. septembra noteikumi Nr. 1000 “Valsts akciju sabiedrības “Ceļu satiksmes drošības direkcija” publisko maksas pakalpojumu cenrādis”",
  "Cabinet Regulation No. 1000 of 24 September 2013 “Price list of the public paid services of the state joint-stock company Road Traffic Safety Directorate”",
);
const VEHICLE_REGISTRATION_RULES = law(
  "Ministru kabineta noteikumi “Transportlīdzekļu reģistrācijas noteikumi”",
  "Cabinet Regulation “Vehicle Registration Regulations”",
);
const DRIVING_LICENCE_DIRECTIVE = law(
  "Eiropas Parlamenta un Padomes Direktīva 2006/126/EK par vadītāja apliecībām",
  "Directive 2006/126/EC of the European Parliament and of the Council on driving licences",
);
const VEHICLE_TAX_LAW = law(
  "Transportlīdzekļa ekspluatācijas nodokļa un uzņēmumu vieglo transportlīdzekļu nodokļa likums",
  "Law on the Vehicle Operation Tax and the Company Car Tax",
  "https://likumi.lv/ta/id/223536",
);
const CADASTRE_LAW = law("Nekustamā īpašuma valsts kadastra likums", "Real Property State Cadastre Law");
const VZD_PRICE_LIST = law(
  "Ministru kabineta 2015. gada 22. decembra noteikumi Nr. 787 “Valsts zemes dienesta maksas pakalpojumu cenrādis un samaksas kārtība”",
  "Cabinet Regulation No. 787 of 22 December 2015 “Price list of the paid services of the State Land Service and the payment procedure”",
);
const LAND_REGISTER_LAW = law("Zemesgrāmatu likums", "Land Register Law", "https://likumi.lv/ta/id/60460");
const CAP_REGULATION = law(
  "Eiropas Parlamenta un Padomes Regula (ES) 2021/2115 par kopējās lauksaimniecības politikas stratēģiskajiem plāniem",
  "Regulation (EU) 2021/2115 of the European Parliament and of the Council on CAP Strategic Plans",
);
const AGRICULTURE_LAW = law("Lauksaimniecības un lauku attīstības likums", "Agriculture and Rural Development Law");
const VET_LAW = law("Veterinārmedicīnas likums", "Veterinary Medicine Law");
const VTUA_PRICE_LIST = law(
  "Ministru kabineta 2018. gada 17. aprīļa noteikumi Nr. 225 “Valsts tehniskās uzraudzības aģentūras maksas pakalpojumu cenrādis”",
  "Cabinet Regulation No. 225 of 17 April 2018 “Price list of the paid services of the State Technical Supervision Agency”",
);
const POLLUTION_LAW = law("Likums “Par piesārņojumu”", "Law on Pollution");

export const TRANSPORT_PROPERTY_SERVICES: ServiceDocument[] = [
  // --- Vehicles and drivers (CSDD) ------------------------------------------------------------------------
  {
    identifier: "transportlidzekla-registracija",
    title: t("Transportlīdzekļa reģistrācija", "Vehicle registration"),
    description: t(
      "Lai automašīnu, motociklu, mopēdu vai piekabi drīkstētu izmantot ceļu satiksmē, tā jāreģistrē Transportlīdzekļu un to vadītāju valsts reģistrā. Pakalpojums paredzēts tiem, kas ieved transportlīdzekli no ārvalstīm vai iegādājas jaunu transportlīdzekli, ko nav reģistrējis tirgotājs. Pirms reģistrācijas CSDD veic agregātu numuru salīdzināšanu, un transportlīdzeklim jābūt derīgai tehniskajai apskatei un OCTA polisei. Īpašnieks saņem reģistrācijas apliecību un valsts reģistrācijas numura zīmes.",
      "To use a car, motorcycle, moped or trailer on the road it must be entered in the State Register of Vehicles and Drivers. The service is for people who bring a vehicle in from abroad or buy a new one that the dealer has not registered. Before registration CSDD checks the vehicle's identification numbers, and the vehicle needs a valid roadworthiness test and compulsory motor insurance (OCTA). The owner receives a registration certificate and state number plates.",
    ),
    institution: "CSDD",
    audience: ["residents", "businesses"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "transport",
    keywords: {
      lv: [
        "auto reģistrācija",
        "mašīnas reģistrēšana",
        "numura zīmes",
        "reģistrācijas apliecība",
        "tehniskā pase",
        "auto no ārzemēm",
        "CSDD",
      ],
      en: ["car registration", "register a vehicle", "number plates", "registration certificate", "imported car", "CSDD"],
    },
    channels: [
      CSDD_KAC,
      {
        ...E_CSDD,
        note: t(
          "Pieteikšanās agregātu numuru salīdzināšanai un numura izvēle e-CSDD",
          "Booking the identification check and choosing a number in e-CSDD",
        ),
      },
      CSDD_PHONE,
    ],
    processingTime: t("Tajā pašā dienā, ja dokumenti ir kārtībā", "The same day if the documents are in order"),
    costs: [
      eur(
        11.88,
        "Transportlīdzekļa pirmreizējā reģistrācija Latvijā; papildus maksā par numura zīmēm, reģistrācijas apliecību un agregātu numuru salīdzināšanu pēc CSDD cenrāža",
        "First registration of a vehicle in Latvia; number plates, the registration certificate and the identification check are paid separately under the CSDD price list",
      ),
    ],
    requirements: [
      req("Īpašuma tiesības uz transportlīdzekli", "Ownership of the vehicle", [
        ev(
          "Pirkuma līgums, rēķins vai cits īpašuma tiesību maiņu apliecinošs dokuments",
          "Purchase contract, invoice or another document proving the change of ownership",
        ),
        ev(
          "Ārvalsts reģistrācijas apliecība vai izgatavotāja atbilstības sertifikāts (COC)",
          "Foreign registration certificate or the manufacturer's certificate of conformity (COC)",
        ),
      ]),
      req("Transportlīdzeklis pārbaudīts", "The vehicle has been checked", [
        ev("Izziņa par agregātu numuru salīdzināšanu", "Record of the identification number check"),
        ev("Derīga valsts tehniskā apskate (lietotam transportlīdzeklim)", "A valid roadworthiness test (for a used vehicle)"),
      ]),
      req("Nodoklis un apdrošināšana", "Tax and insurance", [
        ev("Samaksāts transportlīdzekļa ekspluatācijas nodoklis", "Vehicle operation tax paid"),
        ev("Noslēgts OCTA līgums", "Compulsory motor insurance (OCTA) in force"),
      ]),
      req("Iesniedzēja identitāte", "Identity of the applicant", [
        ev("Pase vai personas apliecība (eID karte)", "Passport or identity card (eID card)"),
        ev("Pilnvara, ja reģistrāciju kārto cita persona", "Authorisation if someone else registers the vehicle"),
      ]),
    ],
    outputs: [
      { title: t("Transportlīdzekļa reģistrācijas apliecība", "Vehicle registration certificate") },
      { title: t("Valsts reģistrācijas numura zīmes", "State registration number plates") },
    ],
    steps: [
      t(
        "Sagatavojiet īpašuma tiesības un tehniskos datus apliecinošos dokumentus.",
        "Prepare the documents proving ownership and the technical data.",
      ),
      t(
        "Uzrādiet transportlīdzekli CSDD agregātu numuru salīdzināšanai.",
        "Present the vehicle to CSDD for the identification number check.",
      ),
      t(
        "Veiciet tehnisko apskati, samaksājiet ekspluatācijas nodokli un noslēdziet OCTA.",
        "Pass the roadworthiness test, pay the operation tax and take out OCTA.",
      ),
      t(
        "CSDD klientu apkalpošanas centrā iesniedziet dokumentus un samaksājiet par reģistrāciju.",
        "Hand in the documents at a CSDD customer centre and pay for the registration.",
      ),
      t("Saņemiet reģistrācijas apliecību un numura zīmes.", "Collect the registration certificate and the number plates."),
    ],
    legalBasis: [ROAD_TRAFFIC_LAW, VEHICLE_REGISTRATION_RULES, CSDD_PRICE_LIST],
    municipalities: [],
    contactPoint: CSDD_CONTACT,
  },
  {
    identifier: "transportlidzekla-ipasnieka-maina",
    title: t("Transportlīdzekļa īpašnieka maiņa", "Change of vehicle owner"),
    description: t(
      "Pērkot vai pārdodot lietotu auto, īpašnieka maiņu var noformēt e-CSDD: pircējs izdara pieteikuma atzīmi, un pārdevējs to apstiprina piecu dienu laikā. Ar apstiprinājuma brīdi īpašuma tiesības pāriet pircējam, un pārdevēja OCTA līgums zaudē spēku. Ja transportlīdzeklis piedalīsies ceļu satiksmē, jaunajam īpašniekam piecu dienu laikā jāreģistrē īpašnieka maiņa un jāsaņem jauna reģistrācijas apliecība – CSDD klientu centrā vai pa pastu.",
      "When buying or selling a used car, the change of owner can be made in e-CSDD: the buyer makes an application mark and the seller confirms it within five days. Ownership passes to the buyer at that moment and the seller's OCTA insurance ends. If the vehicle will be driven, the new owner must register the change within five days and receive a new registration certificate – at a CSDD customer centre or by post.",
    ),
    institution: "CSDD",
    audience: ["residents", "businesses"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "transport",
    keywords: {
      lv: ["auto pārdošana", "mašīnas pirkšana", "īpašnieka maiņa", "pārreģistrācija", "lietots auto", "e-CSDD"],
      en: ["sell a car", "buy a used car", "change of owner", "transfer vehicle ownership", "car re-registration"],
    },
    channels: [E_CSDD, CSDD_KAC, CSDD_PHONE],
    processingTime: t(
      "Pārdevējam jāapstiprina 5 dienu laikā; reģistrācija – uzreiz",
      "The seller must confirm within 5 days; registration is immediate",
    ),
    costs: [
      eur(
        5.74,
        "Transportlīdzekļa reģistrācija uz jaunā īpašnieka vārda; papildus maksā par reģistrācijas apliecību pēc CSDD cenrāža",
        "Registering the vehicle to the new owner; the registration certificate is paid separately under the CSDD price list",
      ),
    ],
    requirements: [
      req("Abu pušu piekrišana", "Consent of both parties", [
        ev(
          "Pircēja pieteikuma atzīme un pārdevēja apstiprinājums e-CSDD vai CSDD klientu centrā",
          "The buyer's application mark and the seller's confirmation in e-CSDD or at a CSDD centre",
        ),
      ]),
      req("Transportlīdzeklis drīkst piedalīties satiksmē", "The vehicle may be used on the road", [
        ev("Jaunā īpašnieka OCTA līgums", "OCTA insurance taken out by the new owner"),
        ev("Derīga tehniskā apskate", "A valid roadworthiness test"),
      ]),
    ],
    outputs: [
      { title: t("Elektronisks apliecinājums par īpašuma tiesību nodošanu", "Electronic confirmation of the transfer of ownership") },
      { title: t("Jauna reģistrācijas apliecība uz pircēja vārda", "A new registration certificate in the buyer's name") },
    ],
    steps: [
      t(
        "Pircējs e-CSDD izdara pieteikuma atzīmi par transportlīdzekļa iegādi.",
        "The buyer makes an application mark in e-CSDD for buying the vehicle.",
      ),
      t("Pārdevējs piecu dienu laikā atzīmi apstiprina e-CSDD.", "The seller confirms the mark in e-CSDD within five days."),
      t("Pircējs noslēdz OCTA, izmantojot apliecinājuma numuru.", "The buyer takes out OCTA using the confirmation number."),
      t(
        "Pircējs reģistrē īpašnieka maiņu e-CSDD vai klientu centrā un samaksā par reģistrāciju.",
        "The buyer registers the change in e-CSDD or at a customer centre and pays the fee.",
      ),
      t(
        "Jaunā reģistrācijas apliecība tiek nosūtīta pa pastu vai izsniegta klientu centrā.",
        "The new registration certificate is sent by post or handed out at a customer centre.",
      ),
    ],
    legalBasis: [ROAD_TRAFFIC_LAW, VEHICLE_REGISTRATION_RULES, CSDD_PRICE_LIST],
    municipalities: [],
    contactPoint: CSDD_CONTACT,
  },
  {
    identifier: "tehniska-apskate",
    title: t("Transportlīdzekļa valsts tehniskā apskate", "Vehicle roadworthiness test"),
    description: t(
      "Valsts tehniskajā apskatē CSDD pārbauda, vai auto ir drošs un atbilst tehniskajām prasībām: bremzes, apgaismojumu, ritošo daļu, izplūdes gāzes un citas sistēmas. Apskates biežums atkarīgs no transportlīdzekļa kategorijas un vecuma. Uz apskati var pieteikties iepriekš e-CSDD; pirms tās jābūt samaksātam ekspluatācijas nodoklim un noslēgtai OCTA. Ja trūkumu nav, reģistrā tiek ierakstīta atļauja piedalīties ceļu satiksmē – uzlīmi uz stikla vairs neizsniedz.",
      "At the roadworthiness test CSDD checks that the car is safe and meets the technical rules: brakes, lights, running gear, exhaust emissions and other systems. How often it is needed depends on the vehicle's category and age. An appointment can be booked in e-CSDD; the operation tax must be paid and OCTA insurance in force beforehand. If there are no defects, a permit to take part in road traffic is recorded in the register – a windscreen sticker is no longer issued.",
    ),
    institution: "CSDD",
    audience: ["residents", "businesses"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "transport",
    keywords: {
      lv: ["tehniskā apskate", "apskate", "auto apskate", "mašīnas pārbaude", "CSDD stacija", "pieteikties apskatei"],
      en: ["technical inspection", "MOT", "roadworthiness test", "car inspection", "vehicle check"],
    },
    channels: [
      { ...E_CSDD, note: t("Pieteikšanās apskatei un rindas laika izvēle e-CSDD", "Booking a test slot in e-CSDD") },
      { type: "in_person", note: t("CSDD tehniskās apskates stacijās visā Latvijā", "At CSDD inspection stations across Latvia") },
      CSDD_PHONE,
    ],
    processingTime: t("Apskate ilgst aptuveni 30 minūtes", "The test takes about 30 minutes"),
    costs: [
      eur(
        34.1,
        "Vieglā automobiļa (M1 kategorija) pamatpārbaude, ieskaitot atļaujas piedalīties ceļu satiksmē piešķiršanu",
        "Basic test of a passenger car (category M1), including the permit to take part in traffic",
      ),
    ],
    requirements: [
      req("Nodokļi un apdrošināšana nokārtoti", "Tax and insurance in order", [
        ev("Samaksāts transportlīdzekļa ekspluatācijas nodoklis", "Vehicle operation tax paid"),
        ev("Spēkā esošs OCTA līgums", "OCTA insurance in force"),
      ]),
      req("Nav neapmaksātu sodu", "No unpaid fines", [ev("CSDD pārbauda reģistrā automātiski", "CSDD checks the register automatically")]),
      req("Transportlīdzekli uzrāda stacijā", "The vehicle is presented at the station", [
        ev("Transportlīdzekļa reģistrācijas apliecība", "Vehicle registration certificate"),
        ev("Vadītāja personu apliecinošs dokuments", "The driver's identity document"),
      ]),
    ],
    outputs: [
      { title: t("Tehniskās apskates protokols", "Roadworthiness test report") },
      {
        title: t("Atļauja piedalīties ceļu satiksmē (ieraksts reģistrā)", "Permit to take part in road traffic (entry in the register)"),
        description: t(
          "Ja atrasti trūkumi, tie jānovērš un jāveic atkārtota pārbaude.",
          "If defects are found they must be fixed and the vehicle re-tested.",
        ),
      },
    ],
    steps: [
      t(
        "Samaksājiet ekspluatācijas nodokli un pārliecinieties, ka OCTA ir spēkā.",
        "Pay the operation tax and make sure OCTA is in force.",
      ),
      t(
        "Piesakieties apskatei e-CSDD vai ierodieties stacijā dzīvās rindas kārtībā.",
        "Book a test in e-CSDD or come to a station and queue.",
      ),
      t("Stacijā inspektors pārbauda transportlīdzekli.", "At the station an inspector tests the vehicle."),
      t("Samaksājiet par apskati un saņemiet protokolu.", "Pay for the test and receive the report."),
      t(
        "Ja konstatēti trūkumi, novērsiet tos un ierodieties uz atkārtotu pārbaudi.",
        "If defects were found, fix them and come back for a re-test.",
      ),
    ],
    legalBasis: [
      ROAD_TRAFFIC_LAW,
      law(
        "Ministru kabineta 2017. gada 30. maija noteikumi Nr. 295 “Noteikumi par transportlīdzekļu valsts tehnisko apskati un tehnisko kontroli uz ceļa”",
        "Cabinet Regulation No. 295 of 30 May 2017 “Regulations on the state roadworthiness testing of vehicles and technical roadside inspection”",
      ),
      CSDD_PRICE_LIST,
    ],
    municipalities: [],
    contactPoint: CSDD_CONTACT,
  },
  {
    identifier: "vaditaja-apliecibas-iegusana",
    title: t("Vadītāja apliecības iegūšana", "Getting a driving licence"),
    description: t(
      "Lai iegūtu autovadītāja apliecību jeb tiesības vadīt automašīnu, motociklu vai citu transportlīdzekli, jāiziet apmācība autoskolā, jāveic veselības pārbaude un jānokārto CSDD teorijas un vadīšanas eksāmens. B kategoriju (vieglais auto) var iegūt no 18 gadu vecuma. Pēc sekmīgi nokārtota vadīšanas eksāmena CSDD izsniedz vadītāja apliecību; pirmos divus gadus vadītājam ir jaunā vadītāja statuss.",
      "To get a driving licence for a car, motorcycle or other vehicle you need to complete driving school training, pass a medical check and pass the CSDD theory and driving tests. Category B (cars) can be obtained from the age of 18. After passing the driving test CSDD issues the licence; for the first two years the holder has novice driver status.",
    ),
    institution: "CSDD",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "transport",
    keywords: {
      lv: [
        "tiesības",
        "autovadītāja apliecība",
        "vadītāja apliecība",
        "braukšanas tiesības",
        "autoskola",
        "B kategorija",
        "braukšanas eksāmens",
      ],
      en: ["driving licence", "driver's license", "driving test", "driving school", "category B", "learn to drive"],
    },
    channels: [
      { ...E_CSDD, note: t("Pieteikšanās eksāmeniem un to apmaksa e-CSDD", "Booking and paying for the tests in e-CSDD") },
      {
        type: "in_person",
        note: t("CSDD klientu apkalpošanas centros, kuros pieņem eksāmenus", "At CSDD customer centres that hold driving tests"),
      },
      CSDD_PHONE,
    ],
    processingTime: t(
      "Apliecību izsniedz tajā pašā dienā, kad nokārtots vadīšanas eksāmens",
      "The licence is issued on the day the driving test is passed",
    ),
    costs: [
      eur(11.4, "Teorijas eksāmens CSDD", "CSDD theory test"),
      eur(29.85, "Vadīšanas eksāmens (A un B kategorija)", "Driving test (categories A and B)"),
      eur(22.05, "Vadītāja apliecības izgatavošana un izsniegšana", "Making and issuing the driving licence"),
    ],
    requirements: [
      req("Minimālais vecums", "Minimum age", [
        ev("B kategorijai – 18 gadi; AM kategorijai (mopēds) – 14 gadi", "Category B – 18 years; category AM (moped) – 14 years"),
      ]),
      req("Derīga veselības pārbaude", "A valid medical check", [
        ev(
          "Ģimenes ārsta vai ārstu komisijas izsniegta medicīniskā izziņa, kas elektroniski redzama CSDD",
          "A medical certificate from a family doctor or a medical board, visible to CSDD electronically",
        ),
      ]),
      req("Apmācība", "Training", [
        ev("Autoskolas apmācības karte", "Driving school training record"),
        ev("Pirmās palīdzības kursu apliecība", "First aid course certificate"),
      ]),
      req("Parastā dzīvesvieta Latvijā", "Normal residence in Latvia", [ev("Pase vai personas apliecība", "Passport or identity card")]),
    ],
    outputs: [
      {
        title: t("Vadītāja apliecība", "Driving licence"),
        description: t("Derīga visās ES un EEZ valstīs.", "Valid in all EU and EEA countries."),
      },
    ],
    steps: [
      t(
        "Veiciet veselības pārbaudi pie ģimenes ārsta vai ārstu komisijā.",
        "Have the medical check done by a family doctor or a medical board.",
      ),
      t(
        "Apgūstiet teoriju un braukšanu autoskolā un pirmās palīdzības kursu.",
        "Complete theory and driving lessons at a driving school and a first aid course.",
      ),
      t("Piesakieties un nokārtojiet CSDD teorijas eksāmenu.", "Book and pass the CSDD theory test."),
      t("Piesakieties un nokārtojiet vadīšanas eksāmenu.", "Book and pass the driving test."),
      t("Samaksājiet par apliecību un saņemiet to CSDD klientu centrā.", "Pay for the licence and collect it at the CSDD centre."),
    ],
    legalBasis: [ROAD_TRAFFIC_LAW, DRIVING_LICENCE_DIRECTIVE, CSDD_PRICE_LIST],
    municipalities: [],
    contactPoint: CSDD_CONTACT,
  },
  {
    identifier: "vaditaja-apliecibas-maina",
    title: t("Vadītāja apliecības maiņa", "Renewing or replacing a driving licence"),
    description: t(
      "Vadītāja apliecība jāmaina, ja beidzies tās derīguma termiņš, mainījies vārds vai uzvārds, apliecība ir bojāta, nozaudēta vai nozagta. Jaunu apliecību var pasūtīt e-CSDD vai saņemt jebkurā CSDD klientu centrā, kur izsniedz vadītāja dokumentus. Lai to izdarītu, jābūt derīgai veselības pārbaudei un nesamaksātu sodu nedrīkst būt. Ārvalstīs izdotu apliecību, ja persona dzīvo Latvijā, arī var apmainīt pret Latvijas apliecību.",
      "A driving licence must be exchanged when it expires, when the holder's name changes, or when it is damaged, lost or stolen. A new licence can be ordered in e-CSDD or obtained at any CSDD centre that issues driver documents. A valid medical check is needed and there must be no unpaid fines. A licence issued abroad can also be exchanged for a Latvian one if the holder lives in Latvia.",
    ),
    institution: "CSDD",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "transport",
    keywords: {
      lv: ["tiesības", "autovadītāja apliecība", "tiesību maiņa", "beidzies termiņš", "nozaudētas tiesības", "dublikāts"],
      en: ["driving licence", "renew driving licence", "replace lost licence", "exchange foreign licence", "expired licence"],
    },
    channels: [E_CSDD, CSDD_KAC, CSDD_PHONE],
    processingTime: t(
      "Klātienē – uzreiz; pasūtot e-CSDD – dažu darbdienu laikā",
      "In person – immediately; ordered in e-CSDD – within a few working days",
    ),
    costs: [eur(22.05, "Vadītāja apliecības izgatavošana un izsniegšana", "Making and issuing the driving licence")],
    requirements: [
      req("Derīga veselības pārbaude", "A valid medical check", [
        ev("Medicīniskā izziņa, kas reģistrēta elektroniski", "Medical certificate registered electronically"),
      ]),
      req("Nav neapmaksātu sodu ceļu satiksmē", "No unpaid traffic fines", [ev("CSDD pārbauda reģistrā", "CSDD checks the register")]),
      req("Personas identitāte", "Identity", [
        ev("Pase vai personas apliecība", "Passport or identity card"),
        ev("Līdzšinējā vadītāja apliecība, ja tā ir", "The current licence, if available"),
      ]),
    ],
    outputs: [{ title: t("Jauna vadītāja apliecība", "New driving licence") }],
    steps: [
      t(
        "Pārliecinieties, ka veselības pārbaude ir derīga un sodi samaksāti.",
        "Check that the medical certificate is valid and fines are paid.",
      ),
      t("Pasūtiet apliecību e-CSDD vai ierodieties CSDD klientu centrā.", "Order the licence in e-CSDD or visit a CSDD centre."),
      t("Samaksājiet par apliecības izgatavošanu.", "Pay for the licence."),
      t("Saņemiet jauno apliecību; veco nododiet CSDD.", "Collect the new licence and hand in the old one."),
    ],
    legalBasis: [ROAD_TRAFFIC_LAW, DRIVING_LICENCE_DIRECTIVE, CSDD_PRICE_LIST],
    municipalities: [],
    contactPoint: CSDD_CONTACT,
  },
  {
    identifier: "transportlidzekla-nonemsana-no-uzskaites",
    title: t("Transportlīdzekļa noņemšana no uzskaites", "Removing a vehicle from the register"),
    description: t(
      "Transportlīdzekli noņem no uzskaites, ja to izved uz ārvalstīm, nodod utilizācijai vai uz laiku neizmanto ceļu satiksmē. Nododot auto licencētā nolietotu transportlīdzekļu apstrādes uzņēmumā, tas pats paziņo CSDD par norakstīšanu. Reģistrācijas pārtraukšanas laikā ar transportlīdzekli nedrīkst piedalīties ceļu satiksmē, un numura zīmes jānodod CSDD. Īpašnieks saņem apliecinājumu par noņemšanu no uzskaites.",
      "A vehicle is removed from the register when it is exported, scrapped, or temporarily taken off the road. When a car is handed over to a licensed end-of-life vehicle treatment company, the company reports the scrapping to CSDD itself. While registration is suspended the vehicle may not be used on the road and the number plates are handed in to CSDD. The owner receives confirmation of the removal.",
    ),
    institution: "CSDD",
    audience: ["residents", "businesses"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "transport",
    keywords: {
      lv: ["auto norakstīšana", "utilizācija", "reģistrācijas pārtraukšana", "izvešana uz ārzemēm", "noņemt no uzskaites", "mašīna"],
      en: ["deregister a car", "scrap a car", "export a vehicle", "suspend registration", "car"],
    },
    channels: [
      CSDD_KAC,
      {
        ...E_CSDD,
        note: t(
          "Dažas darbības, piemēram, reģistrācijas pārtraukšanu, var pieteikt e-CSDD",
          "Some actions, such as suspending registration, can be requested in e-CSDD",
        ),
      },
    ],
    processingTime: t("Uzreiz", "Immediately"),
    costs: [eur(3.02, "Transportlīdzekļa noņemšana no uzskaites", "Removing the vehicle from the register")],
    requirements: [
      req("Pamatojums noņemšanai", "Reason for removal", [
        ev("Apliecinājums par nodošanu apstrādes uzņēmumā (norakstot)", "Certificate of delivery to a treatment facility (when scrapping)"),
        ev("Iesniegums par izvešanu vai reģistrācijas pārtraukšanu", "Application for export or suspension"),
      ]),
      req("Reģistrācijas dokumenti", "Registration documents", [
        ev("Transportlīdzekļa reģistrācijas apliecība", "Vehicle registration certificate"),
        ev("Numura zīmes (nododot CSDD)", "Number plates (to be handed in)"),
      ]),
    ],
    outputs: [{ title: t("Apliecinājums par noņemšanu no uzskaites", "Confirmation of removal from the register") }],
    steps: [
      t(
        "Izvēlieties iemeslu: izvešana, norakstīšana vai pārtraukšana uz laiku.",
        "Choose the reason: export, scrapping or temporary suspension.",
      ),
      t("Norakstot nododiet auto licencētā apstrādes uzņēmumā.", "When scrapping, hand the car to a licensed treatment facility."),
      t(
        "Citos gadījumos iesniedziet iesniegumu CSDD un nododiet numura zīmes.",
        "Otherwise submit an application to CSDD and hand in the plates.",
      ),
      t("Samaksājiet par pakalpojumu un saņemiet apliecinājumu.", "Pay the fee and receive the confirmation."),
    ],
    legalBasis: [ROAD_TRAFFIC_LAW, VEHICLE_REGISTRATION_RULES, CSDD_PRICE_LIST],
    municipalities: [],
    contactPoint: CSDD_CONTACT,
  },
  {
    identifier: "pieteiksanas-vaditaja-eksamenam",
    title: t("Pieteikšanās vadītāja kvalifikācijas eksāmenam", "Booking a driving theory or practical test"),
    description: t(
      "Teorijas un vadīšanas eksāmenam CSDD var pieteikties e-CSDD, pa tālruni vai klientu centrā, izvēloties sev ērtu vietu un laiku. Pirms eksāmena jāuzrāda personu apliecinošs dokuments, un jābūt derīgai veselības pārbaudei un pirmās palīdzības apliecībai. Ja uz eksāmenu nevar ierasties, tas jāatsauc ne vēlāk kā iepriekšējā darbdienā, citādi maksa netiek atgriezta. Pakalpojums paredzēts gan topošajiem vadītājiem, gan tiem, kam jāatjauno vadīšanas tiesības.",
      "CSDD theory and driving tests can be booked in e-CSDD, by phone or at a customer centre, choosing a convenient place and time. Before the test you show an identity document and must have a valid medical check and a first aid certificate. If you cannot come, cancel no later than the previous working day, otherwise the fee is not refunded. The service is for new drivers and for those who must regain their driving rights.",
    ),
    institution: "CSDD",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "transport",
    keywords: {
      lv: ["tiesības", "CSDD eksāmens", "teorijas eksāmens", "braukšanas eksāmens", "pieteikties eksāmenam", "autovadītāja apliecība"],
      en: ["driving test", "theory test", "book driving exam", "driving licence", "CSDD exam"],
    },
    channels: [E_CSDD, CSDD_PHONE, CSDD_KAC],
    processingTime: t("Pieteikums tiek reģistrēts uzreiz", "The booking is registered immediately"),
    costs: [
      eur(11.4, "Teorijas eksāmens (mehāniskajiem transportlīdzekļiem)", "Theory test (motor vehicles)"),
      eur(29.85, "Vadīšanas eksāmens A un B kategorijā", "Driving test, categories A and B"),
      eur(22.87, "Atkārtots vadīšanas eksāmens A un B kategorijā", "Repeat driving test, categories A and B"),
    ],
    requirements: [
      req("Eksāmena priekšnoteikumi", "Conditions for sitting the test", [
        ev("Derīga veselības pārbaude", "A valid medical check"),
        ev("Pirmās palīdzības kursu apliecība", "First aid course certificate"),
        ev("Autoskolas apmācības atzīme reģistrā", "Driving school training record in the register"),
      ]),
      req("Identitāte eksāmenā", "Identity at the test", [
        ev("Pase, personas apliecība vai vadītāja apliecība", "Passport, identity card or driving licence"),
      ]),
    ],
    outputs: [
      { title: t("Apstiprināts eksāmena laiks un vieta", "Confirmed test time and place") },
      { title: t("Eksāmena rezultāts reģistrā", "Test result recorded in the register") },
    ],
    steps: [
      t("Pieslēdzieties e-CSDD vai zvaniet uz CSDD.", "Sign in to e-CSDD or call CSDD."),
      t("Izvēlieties eksāmena veidu, kategoriju, vietu un laiku.", "Choose the test type, category, place and time."),
      t("Samaksājiet par eksāmenu.", "Pay for the test."),
      t("Ierodieties uz eksāmenu laikus ar personu apliecinošu dokumentu.", "Come to the test on time with an identity document."),
    ],
    legalBasis: [ROAD_TRAFFIC_LAW, CSDD_PRICE_LIST],
    municipalities: [],
    contactPoint: CSDD_CONTACT,
  },
  {
    identifier: "transportlidzekla-ekspluatacijas-nodoklis",
    title: t("Transportlīdzekļa ekspluatācijas nodokļa samaksa", "Paying the vehicle operation tax"),
    description: t(
      "Transportlīdzekļa ekspluatācijas nodoklis ir ikgadējs nodoklis par Latvijā reģistrētu auto, motociklu vai kravas transportlīdzekli. Vieglajiem auto, kas pirmo reizi reģistrēti pēc 2008. gada, to aprēķina pēc CO2 izmešiem, vecākiem – pēc pilnās masas, motora tilpuma un jaudas. Nodokļa apmēru var redzēt e-CSDD; to samaksā pirms tehniskās apskates vai reģistrācijas, un to var samaksāt arī uzreiz par visu gadu. Uzņēmumiem par vieglajiem auto papildus jāmaksā uzņēmumu vieglo transportlīdzekļu nodoklis.",
      "The vehicle operation tax is an annual tax on cars, motorcycles and goods vehicles registered in Latvia. For passenger cars first registered after 2008 it depends on CO2 emissions; for older ones on gross weight, engine size and power. The amount is shown in e-CSDD; it is paid before the roadworthiness test or registration, and can also be paid for the whole year at once. Companies also pay the company car tax on passenger cars.",
    ),
    institution: "CSDD",
    audience: ["residents", "businesses"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "transport",
    keywords: {
      lv: [
        "ekspluatācijas nodoklis",
        "auto nodoklis",
        "mašīnas nodoklis",
        "ceļa nodoklis",
        "nodoklis pirms apskates",
        "uzņēmumu vieglo transportlīdzekļu nodoklis",
      ],
      en: ["vehicle tax", "car tax", "road tax", "vehicle operation tax", "company car tax"],
    },
    channels: [
      E_CSDD,
      {
        type: "online",
        url: "https://www.latvija.lv",
        note: t("Arī internetbankās un Latvija.gov.lv maksājumu sadaļā", "Also in online banks and the state portal's payments section"),
      },
      CSDD_KAC,
    ],
    processingTime: t("Uzreiz", "Immediately"),
    costs: [],
    requirements: [
      req("Transportlīdzeklis reģistrēts Latvijā", "The vehicle is registered in Latvia", [
        ev("Transportlīdzekļa valsts reģistrācijas numurs", "The vehicle's registration number"),
        ev(
          "Reģistrācijas apliecības numurs (maksājot bez autentifikācijas)",
          "Registration certificate number (when paying without signing in)",
        ),
      ]),
      req("Atvieglojuma tiesības, ja tās ir", "Entitlement to a relief, if any", [
        ev(
          "Likumā noteiktajos gadījumos, piemēram, atsevišķām personām ar invaliditāti vai politiski represētajām personām, dati tiek pārbaudīti reģistros",
          "In cases set by law, e.g. some persons with disabilities or politically repressed persons, the data are checked in the registers",
        ),
      ]),
    ],
    outputs: [
      {
        title: t("Samaksāts nodoklis, ieraksts reģistrā", "Tax paid and recorded in the register"),
        description: t(
          "Nodokļa apmērs atkarīgs no transportlīdzekļa datiem un tiek aprēķināts automātiski.",
          "The amount depends on the vehicle's data and is calculated automatically.",
        ),
      },
    ],
    steps: [
      t("Pieslēdzieties e-CSDD un izvēlieties transportlīdzekli.", "Sign in to e-CSDD and choose the vehicle."),
      t("Apskatiet aprēķināto nodokļa summu un periodu.", "Check the calculated amount and period."),
      t("Samaksājiet ar maksājumu karti vai internetbankā.", "Pay by card or online banking."),
      t(
        "Maksājums uzreiz redzams reģistrā, un var doties uz tehnisko apskati.",
        "The payment shows in the register at once and the vehicle can go for its test.",
      ),
    ],
    legalBasis: [VEHICLE_TAX_LAW, ROAD_TRAFFIC_LAW],
    municipalities: [],
    contactPoint: CSDD_CONTACT,
  },
  {
    identifier: "parkapumu-uzskaites-punkti",
    title: t("Pārkāpumu uzskaites punktu un neapmaksāto sodu pārbaude", "Checking penalty points and unpaid fines"),
    description: t(
      "Vadītājs e-CSDD var redzēt savus pārkāpumu uzskaites punktus, neapmaksātos sodus ceļu satiksmē un sava auto datus. Par ceļu satiksmes pārkāpumiem tiek piešķirti punkti; sakrājot 16 punktus (jaunajam vadītājam – 10), uz gadu tiek aizliegts izmantot vadīšanas tiesības. Neapmaksātos sodus var samaksāt turpat tiešsaistē; ar nesamaksātiem sodiem nevar veikt tehnisko apskati un citas darbības CSDD.",
      "In e-CSDD drivers can see their penalty points, unpaid traffic fines and their vehicle's data. Points are given for traffic offences; at 16 points (10 for novice drivers) the right to drive is suspended for a year. Unpaid fines can be paid online straight away; with unpaid fines a vehicle cannot pass its roadworthiness test or have other CSDD services.",
    ),
    institution: "CSDD",
    audience: ["residents"],
    kind: "informative",
    maturity: 4,
    thematicArea: "transport",
    keywords: {
      lv: ["soda punkti", "pārkāpumu punkti", "sodi", "ātruma sods", "fotoradars", "neapmaksāti sodi", "tiesības"],
      en: ["penalty points", "traffic fines", "speeding ticket", "speed camera fine", "unpaid fines", "driving licence"],
    },
    channels: [
      E_CSDD,
      { ...LATVIJA_LV, note: t("Sodu pārbaude un samaksa arī Latvija.gov.lv", "Fines can also be checked and paid on the state portal") },
      CSDD_KAC,
    ],
    processingTime: t("Uzreiz", "Immediately"),
    costs: [],
    requirements: [
      req("Autentifikācija", "Authentication", [ev("Internetbanka, eParaksts vai eID karte", "Online banking, eParaksts or an eID card")]),
    ],
    outputs: [
      { title: t("Pārskats par pārkāpumu uzskaites punktiem", "Overview of penalty points") },
      { title: t("Neapmaksāto sodu saraksts un iespēja tos samaksāt", "List of unpaid fines and the option to pay them") },
    ],
    steps: [
      t("Pieslēdzieties e-CSDD.", "Sign in to e-CSDD."),
      t("Atveriet sadaļu par vadītāja datiem un sodiem.", "Open the section on driver data and fines."),
      t("Apskatiet punktus un neapmaksātos sodus.", "Review points and unpaid fines."),
      t("Ja vēlaties, samaksājiet sodus tiešsaistē.", "If you wish, pay the fines online."),
    ],
    legalBasis: [ROAD_TRAFFIC_LAW, law("Administratīvās atbildības likums", "Law on Administrative Liability")],
    municipalities: [],
    contactPoint: CSDD_CONTACT,
  },
  {
    identifier: "autocelu-lietosanas-nodeva",
    title: t("Autoceļu lietošanas nodevas (vinjetes) samaksa", "Paying the road user charge (vignette)"),
    description: t(
      "Autoceļu lietošanas nodeva jeb vinjete jāmaksā par kravas transportlīdzekļiem, kuru pilnā masa pārsniedz 3 tonnas, braucot pa valsts galvenajiem un noteiktiem reģionālajiem autoceļiem. Vieglajiem auto vinjete nav jāmaksā. Nodevas apmērs atkarīgs no pilnās masas, asu skaita, izmešu klases un izvēlētā perioda – dienas, nedēļas, mēneša vai gada. Samaksa tiek reģistrēta elektroniski; uzlīme vai izdruka nav vajadzīga.",
      "The road user charge (vignette) is paid for goods vehicles over 3 tonnes gross weight driving on state main roads and certain regional roads. Passenger cars do not need a vignette. The amount depends on gross weight, number of axles, emission class and the chosen period – a day, week, month or year. Payment is recorded electronically; no sticker or printout is needed.",
    ),
    institution: "CSDD",
    audience: ["businesses", "residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "transport",
    keywords: {
      lv: ["vinjete", "ceļu nodeva", "autoceļu lietošanas nodeva", "kravas auto", "busiņš", "vinjetes pārbaude"],
      en: ["vignette", "road toll", "road user charge", "truck", "van over 3 tonnes"],
    },
    channels: [
      { ...E_CSDD, note: t("Vinjetes iegāde un pārbaude e-CSDD", "Buying and checking a vignette in e-CSDD") },
      {
        type: "in_person",
        note: t(
          "Pilnvarotās tirdzniecības vietās, piemēram, degvielas uzpildes stacijās",
          "At authorised sales points such as filling stations",
        ),
      },
    ],
    processingTime: t("Uzreiz – nodeva stājas spēkā norādītajā laikā", "Immediately – valid from the chosen start time"),
    costs: [],
    requirements: [
      req("Transportlīdzekļa dati", "Vehicle data", [
        ev("Valsts reģistrācijas numurs un reģistrācijas valsts", "Registration number and country of registration"),
        ev("Pilnā masa, asu skaits un motora izmešu klase", "Gross weight, number of axles and engine emission class"),
      ]),
    ],
    outputs: [
      {
        title: t("Elektroniski reģistrēta vinjete", "Electronically registered vignette"),
        description: t("Likmes nosaka Autoceļu lietošanas nodevas likums.", "Rates are set by the Road User Charge Law."),
      },
    ],
    steps: [
      t("Izvēlieties transportlīdzekli un vinjetes periodu.", "Choose the vehicle and the vignette period."),
      t("Norādiet sākuma datumu un laiku.", "Enter the start date and time."),
      t("Samaksājiet nodevu.", "Pay the charge."),
      t("Saglabājiet maksājuma apliecinājumu.", "Keep the payment confirmation."),
    ],
    legalBasis: [law("Autoceļu lietošanas nodevas likums", "Road User Charge Law"), ROAD_TRAFFIC_LAW],
    municipalities: [],
    contactPoint: CSDD_CONTACT,
  },
  {
    identifier: "numura-zimes-izvele",
    title: t("Transportlīdzekļa reģistrācijas numura izvēle", "Choosing a vehicle registration number"),
    description: t(
      "Reģistrējot auto, mainot numuru vai saņemot numura zīmes nozaudēto vietā, īpašnieks var izvēlēties sev tīkamu valsts reģistrācijas numuru no CSDD piedāvātajām sērijām. Numuru izvēlas un apmaksā e-CSDD, norādot klientu centru, kur numura zīmes saņemt. Izvēles numura cena atkarīga no ciparu kombinācijas, papildus jāmaksā par numura zīmju izgatavošanu.",
      "When registering a car, changing its number or replacing lost plates, the owner can choose a preferred registration number from the series CSDD offers. The number is chosen and paid for in e-CSDD, with the customer centre where the plates will be collected. The price depends on the combination of digits; making the plates is paid separately.",
    ),
    institution: "CSDD",
    audience: ["residents", "businesses"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "transport",
    keywords: {
      lv: ["auto numurs", "izvēles numurs", "numura zīmes", "skaists numurs", "mašīnas numurs"],
      en: ["number plate", "personalised plate", "car registration number", "choose a plate number"],
    },
    channels: [E_CSDD, CSDD_KAC],
    processingTime: t(
      "Rīgā numura zīmes var saņemt dažu stundu laikā, reģionos – no ceturtās dienas",
      "In Riga plates can be collected within a few hours, in the regions from the fourth day",
    ),
    costs: [
      eur(150, "Izvēles numurs, kas neatbilst īpašajām kombinācijām", "A chosen number without a special combination"),
      eur(
        500,
        "Numurs ar diviem dažādiem cipariem vai kombināciju, kurā pēc pirmā cipara ir tikai nulles",
        "A number with two different digits, or one digit followed only by zeros",
      ),
      eur(1199.99, "Numurs ar vienu ciparu vai vienādu ciparu kombināciju", "A single-digit number or a combination of identical digits"),
    ],
    requirements: [
      req("Tiesības rīkoties ar transportlīdzekli", "Right to act for the vehicle", [
        ev("Transportlīdzeklis pieder vai ir turējumā pieteicējam", "The applicant owns or holds the vehicle"),
        ev(
          "Latvijā nereģistrētam auto – veikta agregātu numuru salīdzināšana",
          "For a car not yet registered in Latvia – identification check done",
        ),
      ]),
    ],
    outputs: [{ title: t("Izvēlētā numura zīmes", "Number plates with the chosen number") }],
    steps: [
      t("Pieslēdzieties e-CSDD un norādiet transportlīdzekli.", "Sign in to e-CSDD and select the vehicle."),
      t("Izvēlieties pieejamu numuru un klientu centru.", "Choose an available number and a customer centre."),
      t("Samaksājiet par numuru un numura zīmju izgatavošanu.", "Pay for the number and the plates."),
      t("Saņemiet numura zīmes un reģistrējiet tās klientu centrā.", "Collect the plates and register them at the centre."),
    ],
    legalBasis: [ROAD_TRAFFIC_LAW, VEHICLE_REGISTRATION_RULES, CSDD_PRICE_LIST],
    municipalities: [],
    contactPoint: CSDD_CONTACT,
  },

  // --- Real property, cadastre and land register (VZD, TA) ------------------------------------------------
  {
    identifier: "kadastra-informacija",
    title: t(
      "Informācija no Nekustamā īpašuma valsts kadastra informācijas sistēmas",
      "Information from the State Real Property Cadastre Information System",
    ),
    description: t(
      "Nekustamā īpašuma valsts kadastrā ir dati par katru zemes vienību, ēku un dzīvokli: platība, lietošanas mērķis, apgrūtinājumi, kadastrālā vērtība un īpašnieks. Īpašnieks savus datus e-pakalpojumā “Mani dati Kadastrā” var apskatīt bez maksas un pārbaudīt, vai tie atbilst situācijai dabā. Par citas personas īpašumu kadastra informāciju var pasūtīt par maksu; ierobežotas pieejamības datus izsniedz, ja ir pamatots mērķis.",
      "The State Real Property Cadastre holds data on every land unit, building and flat: area, purpose of use, encumbrances, cadastral value and owner. Owners can view their own data free of charge in the “My data in the Cadastre” e-service and check that they match reality. Cadastre information on someone else's property can be ordered for a fee; restricted data are released only for a justified purpose.",
    ),
    institution: "VZD",
    audience: ["residents", "businesses"],
    kind: "informative",
    maturity: 4,
    thematicArea: "property",
    keywords: {
      lv: ["kadastrs", "kadastra numurs", "zemes platība", "mans īpašums", "Mani dati Kadastrā", "īpašuma dati", "kadastra izziņa"],
      en: ["cadastre", "cadastral number", "land area", "property data", "real estate register", "my property"],
    },
    channels: [KADASTRS_LV, LATVIJA_LV, VZD_KAC, POST],
    processingTime: t(
      "E-pakalpojumā – uzreiz; pēc pieprasījuma – līdz 11 darbdienām",
      "Online – immediately; on request – up to 11 working days",
    ),
    costs: [
      eur(
        13.45,
        "Kadastra informācija par vienu citas personas nekustamo īpašumu",
        "Cadastre information on one property of another person",
      ),
      eur(1.45, "Pasta sūtījuma noformēšana, ja informāciju sūta pa pastu", "Postage, if the information is sent by post"),
    ],
    requirements: [
      req("Identitāte un tiesības saņemt datus", "Identity and right to receive the data", [
        ev("Autentifikācija portālā vai personu apliecinošs dokuments", "Signing in to the portal or an identity document"),
        ev("Trešajai personai – pamatojums un izmantošanas mērķis", "For a third party – justification and purpose of use"),
        ev("Pilnvara, ja pieprasa pilnvarota persona", "Authorisation if requested on someone's behalf"),
      ]),
    ],
    outputs: [{ title: t("Kadastra informācija (teksta dati un kadastra karte)", "Cadastre information (text data and cadastral map)") }],
    steps: [
      t("Pieslēdzieties Kadastrs.lv vai Latvija.gov.lv.", "Sign in to Kadastrs.lv or the state portal."),
      t(
        "Izvēlieties “Mani dati Kadastrā” vai norādiet interesējošo kadastra numuru.",
        "Choose “My data in the Cadastre” or enter the cadastral number you need.",
      ),
      t("Par citas personas īpašumu aizpildiet pieprasījumu un samaksājiet.", "For another person's property fill in a request and pay."),
      t("Saņemiet informāciju portālā, e-pastā vai pa pastu.", "Receive the information on the portal, by email or by post."),
    ],
    legalBasis: [CADASTRE_LAW, VZD_PRICE_LIST],
    municipalities: [],
    contactPoint: VZD_CONTACT,
  },
  {
    identifier: "kadastralas-vertibas-noskaidrosana",
    title: t("Kadastrālās vērtības noskaidrošana", "Finding out the cadastral value"),
    description: t(
      "Kadastrālā vērtība ir Valsts zemes dienesta noteikta īpašuma vērtība, ko izmanto nekustamā īpašuma nodokļa aprēķināšanai, valsts nodevas noteikšanai zemesgrāmatā un citiem mērķiem. Zemes, ēkas vai dzīvokļa kadastrālo vērtību ikviens bez maksas var uzzināt portālā Kadastrs.lv pēc kadastra numura vai adreses. Īpašnieks var pieprasīt arī kadastrālās vērtības aprēķinu un, ja dati par īpašumu ir nepareizi, lūgt tos precizēt.",
      "The cadastral value is the value of a property set by the State Land Service and used to calculate real estate tax, the land register state fee and for other purposes. Anyone can look up the cadastral value of land, a building or a flat free of charge on Kadastrs.lv by cadastral number or address. Owners can also request the calculation behind the value and ask for incorrect property data to be corrected.",
    ),
    institution: "VZD",
    audience: ["residents", "businesses"],
    kind: "informative",
    maturity: 4,
    thematicArea: "property",
    keywords: {
      lv: ["kadastrālā vērtība", "īpašuma vērtība", "zemes vērtība", "nekustamā īpašuma nodoklis", "kadastrs", "dzīvokļa vērtība"],
      en: ["cadastral value", "property value", "land value", "real estate tax", "assessed value"],
    },
    channels: [KADASTRS_LV, VZD_KAC, POST],
    processingTime: t(
      "Portālā – uzreiz; aprēķins pēc pieprasījuma – līdz 1 mēnesim",
      "On the portal – immediately; calculation on request – up to 1 month",
    ),
    costs: [],
    requirements: [
      req("Īpašuma identifikācija", "Identifying the property", [
        ev("Kadastra numurs, kadastra apzīmējums vai adrese", "Cadastral number, cadastral designation or address"),
      ]),
      req("Aprēķina pieprasīšanai – īpašnieka statuss", "To request the calculation – being the owner", [
        ev("Iesniegums portālā vai klātienē", "Application on the portal or in person"),
      ]),
    ],
    outputs: [
      { title: t("Spēkā esošā kadastrālā vērtība", "Current cadastral value") },
      {
        title: t(
          "Kadastrālās vērtības aprēķins (pēc īpašnieka pieprasījuma)",
          "Calculation of the cadastral value (on the owner's request)",
        ),
      },
    ],
    steps: [
      t(
        "Atveriet Kadastrs.lv un meklējiet īpašumu pēc kadastra numura vai adreses.",
        "Open Kadastrs.lv and search by cadastral number or address.",
      ),
      t("Apskatiet kadastrālo vērtību un tās noteikšanas datumu.", "View the cadastral value and its date."),
      t("Ja vajadzīgs, pieprasiet vērtības aprēķinu.", "If needed, request the calculation."),
      t(
        "Ja dati neatbilst situācijai dabā, iesniedziet iesniegumu to precizēšanai.",
        "If the data do not match reality, apply to have them corrected.",
      ),
    ],
    legalBasis: [CADASTRE_LAW, law("Likums “Par nekustamā īpašuma nodokli”", "Law on Real Estate Tax")],
    municipalities: [],
    contactPoint: VZD_CONTACT,
  },
  {
    identifier: "zemes-kadastrala-uzmerisana",
    title: t(
      "Zemes vienības kadastrālā uzmērīšana un reģistrācija kadastrā",
      "Cadastral survey of a land unit and its registration in the cadastre",
    ),
    description: t(
      "Zemes kadastrālā uzmērīšana nosaka zemes vienības robežas dabā un platību, un tā vajadzīga, lai zemi ierakstītu zemesgrāmatā, sadalītu vai apvienotu. Uzmērīšanu veic sertificēts mērnieks, ar kuru zemes īpašnieks slēdz līgumu; mērnieks saņem datus no Valsts zemes dienesta, uzaicina kaimiņus uz robežu ierādīšanu un iesniedz uzmērīšanas lietu kadastrā. Pēc datu reģistrācijas īpašnieks saņem zemes robežu plānu. Mērnieka darbu cenu nosaka līgumā.",
      "A cadastral land survey establishes the boundaries and area of a land unit on the ground, and is needed to enter land in the land register, divide it or merge it. The survey is done by a certified surveyor under a contract with the owner; the surveyor obtains data from the State Land Service, invites the neighbours to the boundary marking and submits the survey file to the cadastre. After the data are registered the owner receives a land boundary plan. The surveyor's price is agreed in the contract.",
    ),
    institution: "VZD",
    audience: ["residents", "businesses"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "property",
    keywords: {
      lv: ["zemes uzmērīšana", "mērnieks", "robežu plāns", "zemes robežas", "zemes sadalīšana", "kadastrs"],
      en: ["land survey", "surveyor", "boundary plan", "land boundaries", "divide land", "cadastre"],
    },
    channels: [
      { type: "in_person", note: t("Pie sertificēta mērnieka vai mērniecības uzņēmumā", "With a certified surveyor or surveying company") },
      {
        ...KADASTRS_LV,
        note: t("Mērnieks iesniedz uzmērīšanas lietu portālā Kadastrs.lv", "The surveyor submits the survey file via Kadastrs.lv"),
      },
    ],
    processingTime: t(
      "Mērniecības darbi – pēc līguma; datu reģistrācija kadastrā – dažu nedēļu laikā",
      "Survey work – as agreed; registration in the cadastre – within a few weeks",
    ),
    costs: [],
    requirements: [
      req("Tiesības ierosināt uzmērīšanu", "Right to order the survey", [
        ev("Īpašuma tiesības apliecinošs dokuments vai zemesgrāmatas nodalījums", "Document proving ownership or the land register folio"),
        ev("Zemes ierīcības projekts, ja zemi sadala", "Land planning project if the land is divided"),
      ]),
      req("Līgums ar sertificētu mērnieku", "Contract with a certified surveyor", [
        ev("Mērniecības pakalpojuma līgums", "Surveying contract"),
      ]),
    ],
    outputs: [
      { title: t("Zemes robežu plāns", "Land boundary plan") },
      { title: t("Aktualizēti zemes vienības dati kadastrā", "Updated land unit data in the cadastre") },
    ],
    steps: [
      t("Izvēlieties sertificētu mērnieku un noslēdziet līgumu.", "Choose a certified surveyor and sign a contract."),
      t("Mērnieks pieprasa kadastra datus un arhīva dokumentus.", "The surveyor requests cadastre data and archive documents."),
      t(
        "Mērnieks uzaicina pierobežniekus un ierāda robežas dabā.",
        "The surveyor invites the neighbours and marks the boundaries on site.",
      ),
      t("Mērnieks iesniedz uzmērīšanas lietu Valsts zemes dienestam.", "The surveyor submits the survey file to the State Land Service."),
      t(
        "Dati tiek reģistrēti kadastrā, un īpašnieks saņem zemes robežu plānu.",
        "The data are registered and the owner receives the boundary plan.",
      ),
    ],
    legalBasis: [
      CADASTRE_LAW,
      law(
        "Ministru kabineta 2011. gada 27. decembra noteikumi Nr. 1019 “Zemes kadastrālās uzmērīšanas noteikumi”",
        "Cabinet Regulation No. 1019 of 27 December 2011 “Regulations on Cadastral Surveying of Land”",
      ),
    ],
    municipalities: [],
    contactPoint: VZD_CONTACT,
  },
  {
    identifier: "buves-kadastrala-uzmerisana",
    title: t("Būves vai telpu grupas kadastrālā uzmērīšana", "Cadastral survey of a building or a group of premises"),
    description: t(
      "Ēkas, inženierbūves vai dzīvokļa (telpu grupas) kadastrālajā uzmērīšanā Valsts zemes dienests uzmēra būvi, sagatavo kadastrālās uzmērīšanas lietu un reģistrē datus kadastrā. Uzmērīšana vajadzīga, pieņemot būvi ekspluatācijā, ierakstot to zemesgrāmatā, sadalot māju dzīvokļu īpašumos vai pēc pārbūves. Pakalpojumu var pasūtīt īpašnieks, tiesiskais valdītājs vai būvniecības ierosinātājs; uzmērīšanas lieta ir derīga arī zemesgrāmatai.",
      "In a cadastral survey of a building, engineering structure or flat (group of premises) the State Land Service measures the structure, prepares the survey file and registers the data in the cadastre. A survey is needed when a building is put into service, entered in the land register, divided into flats or rebuilt. The owner, legal possessor or the developer can order it; the survey file is also used for the land register.",
    ),
    institution: "VZD",
    audience: ["residents", "businesses"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "property",
    keywords: {
      lv: ["ēkas uzmērīšana", "kadastrālā uzmērīšana", "inventarizācijas lieta", "dzīvokļa plāns", "māja", "pieņemšana ekspluatācijā"],
      en: ["building survey", "cadastral survey", "floor plan", "house", "flat", "putting a building into service"],
    },
    channels: [KADASTRS_LV, VZD_KAC, POST],
    processingTime: t(
      "Līdz 25 darbdienām; ēkām virs 5000 m³ – līdz 32 darbdienām",
      "Up to 25 working days; for buildings over 5,000 m³ – up to 32 working days",
    ),
    costs: [
      eur(42, "Sākotnējo datu un dokumentu sagatavošana par vienu īpašumu", "Preparing the initial data and documents for one property"),
      eur(
        0.17,
        "Ēkas uzmērīšana par apbūves laukuma kvadrātmetru (ne mazāk kā 25,90 EUR par ēku)",
        "Building survey per square metre of footprint (at least EUR 25.90 per building)",
      ),
      eur(
        1.09,
        "Telpas uzmērīšana par kopējās platības kvadrātmetru (5,00–252,90 EUR par telpu)",
        "Survey of premises per square metre of total area (EUR 5.00–252.90 per room)",
      ),
    ],
    requirements: [
      req("Tiesības pasūtīt uzmērīšanu", "Right to order the survey", [
        ev("Īpašuma vai valdījuma tiesības apliecinošs dokuments", "Document proving ownership or possession"),
        ev("Būvniecības dokumenti, ja būve ir jauna vai pārbūvēta", "Construction documents for a new or rebuilt structure"),
      ]),
      req("Piekļuve būvei", "Access to the structure", [ev("Vienošanās par uzmērīšanas laiku", "Agreed date for the survey")]),
    ],
    outputs: [
      { title: t("Kadastrālās uzmērīšanas lieta", "Cadastral survey file") },
      {
        title: t(
          "Būves dati reģistrēti kadastrā, aprēķināta kadastrālā vērtība",
          "Building data registered in the cadastre, cadastral value calculated",
        ),
      },
    ],
    steps: [
      t("Iesniedziet pieteikumu Kadastrs.lv vai klientu centrā.", "Submit an application via Kadastrs.lv or at a customer centre."),
      t("Samaksājiet priekšapmaksas rēķinu.", "Pay the advance invoice."),
      t("Vienojieties par laiku, kad mērnieks uzmērīs būvi.", "Agree on when the surveyor will measure the building."),
      t("Saņemiet uzmērīšanas lietu; dati tiek reģistrēti kadastrā.", "Receive the survey file; the data are registered in the cadastre."),
    ],
    legalBasis: [CADASTRE_LAW, VZD_PRICE_LIST],
    municipalities: [],
    contactPoint: VZD_CONTACT,
  },
  {
    identifier: "ipasuma-tiesibu-nostiprinasana-zemesgramata",
    title: t("Īpašuma tiesību nostiprināšana zemesgrāmatā", "Registering ownership in the land register"),
    description: t(
      "Nopērkot, saņemot dāvinājumā vai mantojot zemi, māju vai dzīvokli, īpašuma tiesības jānostiprina zemesgrāmatā – tikai tad jaunais īpašnieks ir pilntiesīgs pret trešajām personām. Nostiprinājuma lūgumu iesniedz rajona (pilsētas) tiesas zemesgrāmatu nodaļā vai elektroniski ar drošu elektronisko parakstu, un lēmumu pieņem zemesgrāmatu nodaļas tiesnesis. Valsts nodeva pirkuma gadījumā parasti ir 2 % no darījuma summas vai kadastrālās vērtības (no lielākās), daudzbērnu ģimenēm noteiktos gadījumos – 0,5 %; papildus maksā kancelejas nodevu.",
      "When buying, receiving as a gift or inheriting land, a house or a flat, ownership must be registered in the land register – only then is the new owner's right valid against third parties. The application for registration is submitted to the land register office of the district (city) court or electronically with a secure e-signature, and a land register judge decides. For a purchase the state fee is usually 2% of the price or the cadastral value (whichever is higher), 0.5% for large families in certain cases; an office fee is paid as well.",
    ),
    institution: "TA",
    audience: ["residents", "businesses"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "property",
    keywords: {
      lv: [
        "zemesgrāmata",
        "īpašuma tiesības",
        "dzīvokļa pirkšana",
        "mājas pirkšana",
        "nostiprinājuma lūgums",
        "valsts nodeva",
        "mantojums",
      ],
      en: ["land register", "land registry", "property ownership", "buying a flat", "buying a house", "registration of title"],
    },
    channels: [
      {
        ...ZEMESGRAMATA_LV,
        note: t(
          "Elektronisks nostiprinājuma lūgums ar drošu elektronisko parakstu",
          "Electronic application signed with a secure e-signature",
        ),
      },
      {
        type: "in_person",
        note: t(
          "Rajona (pilsētas) tiesas zemesgrāmatu nodaļā vai pie zvērināta notāra",
          "At the land register office of a district (city) court or with a sworn notary",
        ),
      },
      POST,
    ],
    processingTime: t("Parasti līdz 10 darbdienām", "Usually up to 10 working days"),
    costs: [
      eur(14.23, "Kancelejas nodeva par jaunas tiesības nostiprinājumu", "Office fee for registering a new right"),
      eur(7.11, "Zemesgrāmatu apliecības izsniegšana (pēc pieprasījuma)", "Issue of a land register certificate (on request)"),
    ],
    requirements: [
      req("Tiesiskais pamats", "Legal basis", [
        ev("Pirkuma, dāvinājuma vai maiņas līgums", "Purchase, gift or exchange contract"),
        ev("Mantojuma apliecība vai tiesas nolēmums", "Certificate of inheritance or court decision"),
      ]),
      req("Nostiprinājuma lūgums", "Application for registration", [
        ev(
          "Lūgums ar notāra vai bāriņtiesas apliecinātu parakstu vai ar drošu elektronisko parakstu",
          "Application with a signature certified by a notary or orphan's court, or signed with a secure e-signature",
        ),
      ]),
      req("Samaksātas nodevas", "Fees paid", [
        ev("Valsts nodevas un kancelejas nodevas maksājuma apliecinājums", "Proof of payment of the state fee and office fee"),
      ]),
      req("Citi dokumenti, ja nepieciešams", "Other documents if needed", [
        ev("Pašvaldības atteikums izmantot pirmpirkuma tiesības", "The municipality's waiver of its right of first refusal"),
        ev("Zemes robežu plāns, ja zemi ieraksta pirmo reizi", "Land boundary plan when land is entered for the first time"),
      ]),
    ],
    outputs: [
      { title: t("Zemesgrāmatu nodaļas tiesneša lēmums", "Decision of the land register judge") },
      { title: t("Ieraksts zemesgrāmatas nodalījumā", "Entry in the land register folio") },
    ],
    steps: [
      t("Noslēdziet darījuma līgumu vai saņemiet mantojuma apliecību.", "Sign the contract or obtain the certificate of inheritance."),
      t(
        "Sagatavojiet nostiprinājuma lūgumu un apliecinātu parakstu vai e-parakstu.",
        "Prepare the application with a certified signature or e-signature.",
      ),
      t("Samaksājiet valsts nodevu un kancelejas nodevu.", "Pay the state fee and the office fee."),
      t("Iesniedziet lūgumu zemesgrāmatu nodaļā vai elektroniski.", "Submit the application to the land register office or online."),
      t(
        "Saņemiet tiesneša lēmumu; ieraksts redzams zemesgrāmatā.",
        "Receive the judge's decision; the entry appears in the land register.",
      ),
    ],
    legalBasis: [
      LAND_REGISTER_LAW,
      law(
        "Ministru kabineta 2009. gada 27. oktobra noteikumi Nr. 1250 “Noteikumi par valsts nodevu par īpašuma tiesību un ķīlas tiesību nostiprināšanu zemesgrāmatā”",
        "Cabinet Regulation No. 1250 of 27 October 2009 “Regulations on the state fee for registering ownership and pledge rights in the land register”",
      ),
      law("Civillikums", "Civil Law"),
    ],
    municipalities: [],
    contactPoint: { email: "pasts@ta.gov.lv", address: "Antonijas iela 6, Rīga, LV-1010" },
  },
  {
    identifier: "zemesgramatas-datu-apskate",
    title: t("Zemesgrāmatu datu apskate", "Viewing land register data"),
    description: t(
      "Zemesgrāmatas ir publiskas: ikviens var uzzināt, kam pieder nekustamais īpašums, kādas hipotēkas, servitūti vai aizliegumi tam nostiprināti. Datus var apskatīt Valsts vienotās datorizētās zemesgrāmatas portālā vai zemesgrāmatu nodaļā. Īpašnieks savu īpašumu datus var apskatīt bez maksas, bet par citu nodalījumu apskati un izdrukām maksā kancelejas nodevu.",
      "Land registers are public: anyone can find out who owns a property and which mortgages, easements or prohibitions are registered on it. The data can be viewed on the State Unified Computerised Land Register portal or at a land register office. Owners can view their own properties free of charge; viewing other folios and printouts are subject to an office fee.",
    ),
    institution: "TA",
    audience: ["residents", "businesses"],
    kind: "informative",
    maturity: 4,
    thematicArea: "property",
    keywords: {
      lv: ["zemesgrāmata", "kam pieder īpašums", "hipotēka", "nodalījums", "zemesgrāmatu izdruka", "īpašnieks"],
      en: ["land register", "property owner lookup", "mortgage", "land registry extract", "title check"],
    },
    channels: [ZEMESGRAMATA_LV, { type: "in_person", note: t("Jebkurā zemesgrāmatu nodaļā", "At any land register office") }],
    processingTime: t("Tiešsaistē – uzreiz", "Online – immediately"),
    costs: [
      eur(
        2.85,
        "Viena zemesgrāmatas nodalījuma apskate vai neapliecināta izdruka elektroniski",
        "Viewing one land register folio or an uncertified electronic printout",
      ),
      eur(7.11, "Apliecināts izraksts vai rakstveida uzziņa par katru dokumentu", "Certified extract or written information, per document"),
    ],
    requirements: [
      req("Lietotāja identifikācija", "User identification", [
        ev("Autentifikācija portālā ar internetbanku vai eParakstu", "Signing in to the portal with online banking or eParaksts"),
      ]),
      req("Īpašuma identifikācija", "Identifying the property", [
        ev("Kadastra numurs, adrese vai nodalījuma numurs", "Cadastral number, address or folio number"),
      ]),
    ],
    outputs: [{ title: t("Zemesgrāmatas nodalījuma dati vai izdruka", "Land register folio data or printout") }],
    steps: [
      t("Atveriet zemesgrāmatu portālu un pieslēdzieties.", "Open the land register portal and sign in."),
      t("Meklējiet īpašumu pēc kadastra numura vai adreses.", "Search for the property by cadastral number or address."),
      t("Samaksājiet par apskati, ja tas nav jūsu īpašums.", "Pay for the view if the property is not yours."),
      t("Apskatiet vai lejupielādējiet nodalījuma datus.", "View or download the folio data."),
    ],
    legalBasis: [LAND_REGISTER_LAW],
    municipalities: [],
    contactPoint: { email: "pasts@ta.gov.lv", address: "Antonijas iela 6, Rīga, LV-1010" },
  },

  // --- Agriculture and food (LAD, LDC, PVD, VTUA) ---------------------------------------------------------
  {
    identifier: "vienotais-platibu-maksajums",
    title: t(
      "Vienotais platību maksājums (ienākumu pamatatbalsts ilgtspējai)",
      "Single area payment (basic income support for sustainability)",
    ),
    description: t(
      "Platību maksājumi ir ikgadējs Eiropas Savienības atbalsts lauksaimniekiem par apsaimniekotu lauksaimniecības zemi; kopš 2023. gada vienotā platību maksājuma vietā to sauc par ienākumu pamatatbalstu ilgtspējai. Pieteikties var ik pavasari, iesniedzot ģeotelpisko iesniegumu LAD Elektroniskajā pieteikšanās sistēmā – parasti no aprīļa vidus līdz 22. maijam, vēlāk ar atbalsta samazinājumu līdz 15. jūnijam. Atbalstu var saņemt par vismaz 1 ha atbalsttiesīgas zemes, kas uzturēta labā stāvoklī; avansu izmaksā no rudens, pārējo – līdz nākamā gada jūnija beigām.",
      "Area payments are annual European Union support for farmers for the agricultural land they manage; since 2023 the single area payment is called basic income support for sustainability. Farmers apply every spring with a geospatial application in the LAD Electronic Application System – usually from mid-April to 22 May, or until 15 June with a reduction. Support is paid for at least 1 ha of eligible land kept in good condition; an advance is paid from the autumn and the rest by the end of June of the following year.",
    ),
    institution: "LAD",
    audience: ["residents", "businesses"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "agriculture",
    keywords: {
      lv: ["platību maksājumi", "VPM", "IPA", "zemnieku atbalsts", "lauksaimniecības zeme", "ģeotelpiskais iesniegums", "LAD"],
      en: ["area payments", "farm subsidy", "direct payments", "basic income support", "CAP", "farmland support"],
    },
    channels: [LAD_EPS, LAD_OFFICE, LAD_PHONE],
    processingTime: t(
      "Lēmumu pieņem un atbalstu izmaksā līdz nākamā gada 30. jūnijam",
      "Decided and paid by 30 June of the following year",
    ),
    costs: [],
    requirements: [
      req("Atbalsttiesīga zeme", "Eligible land", [
        ev(
          "Vismaz 1 ha lauksaimniecības zemes, katrs lauks vismaz 0,3 ha",
          "At least 1 ha of agricultural land, each field at least 0.3 ha",
        ),
        ev(
          "Zeme ir īpašumā vai lietošanā kārtējā gada 15. jūnijā (nomas līgums)",
          "The land is owned or used on 15 June of the year (lease contract)",
        ),
      ]),
      req("Aktīvs lauksaimnieks", "Active farmer", [
        ev("Reģistrēta lauksaimnieciskā darbība un LAD klienta reģistrācija", "Registered farming activity and LAD client registration"),
      ]),
      req("Nosacījumu ievērošana", "Conditionality", [
        ev(
          "Labas lauksaimniecības un vides prasības un obligātās pārvaldības prasības",
          "Good agricultural and environmental conditions and statutory management requirements",
        ),
      ]),
    ],
    outputs: [
      { title: t("LAD lēmums par atbalsta piešķiršanu", "LAD decision on the support") },
      { title: t("Maksājums uz lauksaimnieka kontu", "Payment to the farmer's account") },
    ],
    steps: [
      t("Pārbaudiet lauku bloku karti un, ja vajag, precizējiet to.", "Check the field block map and ask for corrections if needed."),
      t(
        "EPS iezīmējiet laukus un deklarējiet kultūraugus ģeotelpiskajā iesniegumā.",
        "Draw the fields and declare the crops in the geospatial application in EPS.",
      ),
      t("Iesniedziet iesniegumu līdz noteiktajam termiņam.", "Submit the application by the deadline."),
      t("Sekojiet LAD paziņojumiem un, ja prasīts, iesniedziet fotoattēlus.", "Follow LAD notices and send photos if asked."),
      t("Saņemiet avansu un gala maksājumu.", "Receive the advance and the final payment."),
    ],
    legalBasis: [CAP_REGULATION, AGRICULTURE_LAW],
    municipalities: [],
    contactPoint: LAD_CONTACT,
  },
  {
    identifier: "atbalsts-jaunajiem-lauksaimniekiem",
    title: t("Atbalsts gados jaunajiem lauksaimniekiem uzņēmējdarbības uzsākšanai", "Start-up support for young farmers"),
    description: t(
      "Atbalsts paredzēts gados jauniem cilvēkiem līdz 40 gadiem, kuri pirmo reizi dibina, pārņem vai manto lauku saimniecību kā tās īpašnieki. Tas ir vienreizējs maksājums saimniecības attīstībai saskaņā ar biznesa plānu, ko var izlietot, piemēram, tehnikas, dzīvnieku, stādu vai zemes iegādei. Projektu iesniegumus LAD pieņem izsludinātās kārtās, un finansējums sadalīts pa reģioniem.",
      "This support is for young people up to 40 who for the first time set up, take over or inherit a farm as its owner. It is a one-off payment to develop the farm according to a business plan and can be used, for example, to buy machinery, animals, plants or land. LAD accepts applications in announced rounds, with funding divided between regions.",
    ),
    institution: "LAD",
    audience: ["residents", "businesses"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "agriculture",
    keywords: {
      lv: ["jaunie lauksaimnieki", "jaunais zemnieks", "saimniecības dibināšana", "ELFLA", "biznesa plāns", "lauku atbalsts"],
      en: ["young farmers", "start a farm", "farm start-up grant", "rural development", "business plan"],
    },
    channels: [LAD_EPS, LAD_PHONE, LAD_OFFICE],
    processingTime: t("Lēmums dažu mēnešu laikā pēc kārtas noslēguma", "Decision within a few months after the round closes"),
    costs: [],
    requirements: [
      req("Vecums un statuss", "Age and status", [
        ev(
          "Pretendents nav vecāks par 40 gadiem un saimniecību vada pirmo reizi",
          "The applicant is no older than 40 and runs a farm for the first time",
        ),
        ev(
          "Saimniecības dibināšana sākta ne agrāk kā 5 gadus pirms iesnieguma",
          "The farm was set up no earlier than 5 years before applying",
        ),
      ]),
      req("Izglītība", "Education", [
        ev(
          "Vismaz 320 stundu lauksaimniecības izglītība (var apgūt biznesa plāna laikā)",
          "At least 320 hours of agricultural education (may be completed during the business plan)",
        ),
      ]),
      req("Saimniecības lielums", "Size of the farm", [
        ev("Apgrozījums pēdējā noslēgtajā gadā nepārsniedz 150 000 EUR", "Turnover in the last closed year does not exceed EUR 150,000"),
      ]),
      req("Biznesa plāns", "Business plan", [
        ev("Biznesa plāns 2–4 gadiem ar sasniedzamajiem rādītājiem", "A business plan for 2–4 years with targets"),
      ]),
    ],
    outputs: [
      { title: t("LAD lēmums par projekta apstiprināšanu", "LAD decision approving the project") },
      { title: t("Vienreizējs atbalsta maksājums", "One-off support payment") },
    ],
    steps: [
      t("Sekojiet LAD paziņojumiem par projektu kārtu izsludināšanu.", "Watch for LAD announcements of application rounds."),
      t("Sagatavojiet biznesa plānu, ja nepieciešams – ar konsultanta palīdzību.", "Prepare a business plan, with a consultant if needed."),
      t("Iesniedziet projekta iesniegumu EPS kārtas laikā.", "Submit the application in EPS during the round."),
      t("Pēc apstiprināšanas īstenojiet plānotos ieguldījumus.", "After approval carry out the planned investments."),
      t("Atskaitieties LAD par biznesa plāna izpildi.", "Report to LAD on the business plan."),
    ],
    legalBasis: [CAP_REGULATION, AGRICULTURE_LAW],
    municipalities: [],
    contactPoint: LAD_CONTACT,
  },
  {
    identifier: "ganampulka-registracija",
    title: t("Lauksaimniecības dzīvnieku novietnes un ganāmpulka reģistrācija", "Registering a livestock holding and herd"),
    description: t(
      "Pirms sāk turēt lauksaimniecības dzīvniekus – liellopus, cūkas, aitas, kazas, zirgus vai mājputnus –, jāreģistrē dzīvnieku novietne un ganāmpulks valsts vienotajā lauksaimniecības dzīvnieku reģistrā. Dzīvnieki jāapzīmē, piemēram, ar krotālijām, un to kustība (dzimšana, pārvietošana, pārdošana) jāziņo reģistram. Reģistrācija ļauj izsekot dzīvnieku izcelsmi, ierobežot slimību izplatību un ir nosacījums atbalsta saņemšanai par dzīvniekiem.",
      "Before keeping farm animals – cattle, pigs, sheep, goats, horses or poultry – the holding and the herd must be registered in the state farm animal register. Animals must be identified, e.g. with ear tags, and their movements (births, moves, sales) reported to the register. Registration makes it possible to trace animals, limit disease spread and is a condition for livestock support payments.",
    ),
    institution: "LDC",
    audience: ["residents", "businesses"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "agriculture",
    keywords: {
      lv: ["ganāmpulks", "novietne", "lopi", "govis", "krotālijas", "dzīvnieku reģistrs", "mājputni"],
      en: ["livestock holding", "herd registration", "cattle", "ear tags", "farm animals", "poultry"],
    },
    channels: [
      LATVIJA_LV,
      {
        type: "in_person",
        hours: WEEKDAYS,
        note: t("Klātienē Republikas laukumā 2, Rīgā, vai reģionos", "In person at Republikas laukums 2, Riga, or in the regions"),
      },
      POST,
    ],
    processingTime: t("Līdz 5 darbdienām", "Up to 5 working days"),
    costs: [],
    requirements: [
      req("Novietnes dati", "Holding data", [
        ev("Novietnes adrese vai kadastra apzīmējums", "Address or cadastral designation of the holding"),
        ev("Tiesības izmantot novietni (īpašums vai nomas līgums)", "Right to use the holding (ownership or lease)"),
      ]),
      req("Ganāmpulka īpašnieka dati", "Herd owner data", [
        ev("Iesniegums ar dzīvnieku sugām un plānoto skaitu", "Application listing the species and expected number of animals"),
      ]),
    ],
    outputs: [
      { title: t("Novietnes un ganāmpulka reģistrācijas numurs", "Registration numbers of the holding and herd") },
      { title: t("Piekļuve reģistram dzīvnieku kustības ziņošanai", "Access to the register to report animal movements") },
    ],
    steps: [
      t("Aizpildiet iesniegumu novietnes un ganāmpulka reģistrācijai.", "Fill in the application for registering the holding and herd."),
      t("Pievienojiet dokumentus par tiesībām izmantot novietni.", "Attach documents on the right to use the holding."),
      t("Saņemiet reģistrācijas numurus.", "Receive the registration numbers."),
      t("Apzīmējiet dzīvniekus un ziņojiet par to kustību reģistram.", "Identify the animals and report their movements to the register."),
    ],
    legalBasis: [
      law(
        "Ministru kabineta 2025. gada 25. februāra noteikumi Nr. 116 “Lauksaimniecības dzīvnieku un akvakultūras dzīvnieku, to ganāmpulku un novietņu reģistrēšanas kārtība un lauksaimniecības dzīvnieku apzīmēšanas kārtība”",
        "Cabinet Regulation No. 116 of 25 February 2025 on registering farm and aquaculture animals, their herds and holdings and on identifying farm animals",
        "https://likumi.lv/ta/id/358887",
      ),
      VET_LAW,
    ],
    municipalities: [],
  },
  {
    identifier: "majas-dzivnieku-registracija",
    title: t("Mājas (istabas) dzīvnieku reģistrācija", "Pet registration"),
    description: t(
      "Suņiem Latvijā jābūt apzīmētiem ar mikroshēmu (čipētiem) un reģistrētiem valsts vienotajā mājas (istabas) dzīvnieku reģistrā; kaķus un mājas seskus var reģistrēt tāpat. Parasti mikroshēmu ievada un dzīvnieku reģistrē veterinārārsts, bet īpašnieks var reģistrēt dzīvnieku arī pats tiešsaistē. Reģistrēts dzīvnieks pazušanas gadījumā ātrāk atgriežas pie saimnieka, un reģistrācija jāveic arī pirms dzīvnieka pārdošanas vai dāvināšanas.",
      "In Latvia dogs must be microchipped and registered in the state pet register; cats and ferrets can be registered the same way. Usually a vet inserts the microchip and registers the animal, but owners can also register a pet online themselves. A registered pet that goes missing gets back to its owner faster, and registration is also required before an animal is sold or given away.",
    ),
    institution: "LDC",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "agriculture",
    keywords: {
      lv: ["suņa reģistrācija", "čipēšana", "mikroshēma", "kaķis", "suns", "mājdzīvnieks", "pazudis suns"],
      en: ["pet registration", "dog registration", "microchip", "cat", "dog", "lost pet"],
    },
    channels: [
      {
        type: "in_person",
        note: t("Pie praktizējoša veterinārārsta, kas ievada mikroshēmu", "With a practising vet who inserts the microchip"),
      },
      LATVIJA_LV,
      {
        type: "centre",
        note: t("Dažos VPVKAC, ja pašvaldība noslēgusi līgumu", "At some one-stop centres where the municipality has an agreement"),
      },
    ],
    processingTime: t(
      "Veterinārārsts reģistrē 72 stundu laikā pēc čipēšanas",
      "The vet registers the pet within 72 hours of microchipping",
    ),
    costs: [
      eur(
        3.5,
        "Reģistrācijas maksa valsts reģistrā; veterinārārsta pakalpojumus apmaksā pēc viņa cenrāža",
        "Registration fee in the state register; the vet's services are paid at the vet's prices",
      ),
    ],
    requirements: [
      req("Apzīmēts dzīvnieks", "Identified animal", [
        ev("Mikroshēmas numurs", "Microchip number"),
        ev("Mājdzīvnieka pase vai vakcinācijas apliecība", "Pet passport or vaccination record"),
      ]),
      req("Īpašnieka identitāte", "Owner's identity", [ev("Pase vai personas apliecība", "Passport or identity card")]),
    ],
    outputs: [{ title: t("Ieraksts mājas (istabas) dzīvnieku reģistrā", "Entry in the pet register") }],
    steps: [
      t("Vediet dzīvnieku pie veterinārārsta mikroshēmas ievadīšanai.", "Take the pet to a vet for microchipping."),
      t(
        "Veterinārārsts ievada datus reģistrā vai reģistrējiet dzīvnieku pats tiešsaistē.",
        "The vet enters the data or you register the pet online yourself.",
      ),
      t("Samaksājiet reģistrācijas maksu.", "Pay the registration fee."),
      t("Mainoties īpašniekam vai adresei, aktualizējiet datus.", "Update the data if the owner or address changes."),
    ],
    legalBasis: [
      law("Dzīvnieku aizsardzības likums", "Animal Protection Law"),
      law(
        "Ministru kabineta noteikumi “Mājas (istabas) dzīvnieku reģistrācijas kārtība”",
        "Cabinet Regulation “Procedure for registering pets”",
      ),
    ],
    municipalities: [],
  },
  {
    identifier: "partikas-uznemuma-registracija",
    title: t("Pārtikas uzņēmuma reģistrācija", "Registering a food business"),
    description: t(
      "Katram uzņēmumam, kas ražo, pārstrādā, uzglabā, pārvadā vai pārdod pārtiku, tostarp kafejnīcām un mājražotājiem, pirms darbības sākšanas jāreģistrējas Pārtikas un veterinārajā dienestā. Reģistrācija ir bez maksas, un uzņēmums parasti tiek reģistrēts piecu darbdienu laikā; ēdiena gatavošanas uzņēmumos PVD var veikt pirmsreģistrācijas pārbaudi. Uzņēmumiem, kas apstrādā dzīvnieku izcelsmes produktus, nepieciešama atzīšana, kurā PVD inspicē uzņēmumu.",
      "Every business that produces, processes, stores, transports or sells food – including cafés and home producers – must register with the Food and Veterinary Service before starting. Registration is free and usually takes five working days; for businesses that cook food PVD may carry out a pre-registration check. Businesses handling products of animal origin need approval, for which PVD inspects the premises.",
    ),
    institution: "PVD",
    audience: ["businesses", "residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "business",
    keywords: {
      lv: ["pārtikas uzņēmums", "PVD reģistrācija", "mājražotājs", "kafejnīca", "ēdināšana", "pārtikas tirdzniecība"],
      en: ["food business registration", "home producer", "café", "catering", "food safety", "PVD"],
    },
    channels: [
      {
        type: "online",
        url: "https://www.pvd.gov.lv",
        note: t(
          "Pieteikumu ar e-parakstu var sūtīt uz e-adresi vai pasts@pvd.gov.lv",
          "An e-signed application can be sent to the e-address or pasts@pvd.gov.lv",
        ),
      },
      { type: "in_person", hours: WEEKDAYS, note: t("PVD teritoriālajās struktūrvienībās", "At PVD regional offices") },
      POST,
    ],
    processingTime: t(
      "Līdz 5 darbdienām (ja vajadzīga pārbaude – līdz 10 darbdienām)",
      "Up to 5 working days (up to 10 if an inspection is needed)",
    ),
    costs: [eur(2.5, "Reģistrācijas apliecība papīra formā (nav obligāta)", "Paper registration certificate (optional)")],
    requirements: [
      req("Pieteikums", "Application", [
        ev("Pieteikums uzņēmuma reģistrācijai ar darbības veidiem", "Application for registration listing the types of activity"),
      ]),
      req("Tiesības izmantot telpas", "Right to use the premises", [
        ev(
          "Īpašuma vai nomas tiesības apliecinošs dokuments, ja tās nav nostiprinātas zemesgrāmatā",
          "Proof of ownership or lease if not registered in the land register",
        ),
        ev("Teritorijas un telpu plāns", "Site and floor plan"),
      ]),
    ],
    outputs: [{ title: t("Reģistrācijas numurs PVD uzņēmumu reģistrā", "Registration number in the PVD register of businesses") }],
    steps: [
      t(
        "Aizpildiet pieteikumu, norādot darbības veidus pēc PVD klasifikatora.",
        "Fill in the application, listing activities by the PVD classifier.",
      ),
      t("Pievienojiet dokumentus par telpām.", "Attach documents on the premises."),
      t("Iesniedziet pieteikumu elektroniski, pa pastu vai klātienē.", "Submit it electronically, by post or in person."),
      t("Ja nepieciešams, PVD veic pārbaudi uz vietas.", "If needed, PVD inspects on site."),
      t("Saņemiet reģistrācijas numuru e-pastā un sāciet darbību.", "Receive the registration number by email and start trading."),
    ],
    legalBasis: [
      law("Pārtikas aprites uzraudzības likums", "Law on the Supervision of the Handling of Food"),
      law(
        "Eiropas Parlamenta un Padomes Regula (EK) Nr. 852/2004 par pārtikas produktu higiēnu",
        "Regulation (EC) No 852/2004 on the hygiene of foodstuffs",
      ),
    ],
    municipalities: [],
    contactPoint: PVD_CONTACT,
  },
  {
    identifier: "majdzivnieka-celosana-es",
    title: t("Mājdzīvnieka ceļošana ES (mājdzīvnieka pase)", "Travelling in the EU with a pet (pet passport)"),
    description: t(
      "Ceļojot ar suni, kaķi vai mājas sesku uz citu Eiropas Savienības valsti, dzīvniekam jābūt apzīmētam ar mikroshēmu, vakcinētam pret trakumsērgu un ar ES mājdzīvnieka pasi. Pasi izsniedz pilnvarots praktizējošs veterinārārsts, bet Pārtikas un veterinārais dienests sniedz informāciju par prasībām dažādām valstīm. Suņiem, ko ved uz Somiju, Īriju, Maltu vai Norvēģiju, papildus nepieciešama ārstēšana pret ehinokoku. Ceļojot ārpus ES, var būt vajadzīgs veterinārais sertifikāts un antivielu tests.",
      "When travelling with a dog, cat or ferret to another EU country, the animal must be microchipped, vaccinated against rabies and have an EU pet passport. Passports are issued by authorised practising vets, and the Food and Veterinary Service advises on the rules for each country. Dogs going to Finland, Ireland, Malta or Norway also need treatment against Echinococcus. Outside the EU a veterinary certificate and an antibody test may be needed.",
    ),
    institution: "PVD",
    audience: ["residents"],
    kind: "informative",
    maturity: 1,
    thematicArea: "agriculture",
    keywords: {
      lv: ["mājdzīvnieka pase", "ceļošana ar suni", "ceļošana ar kaķi", "trakumsērgas vakcīna", "suns uz ārzemēm", "lolojumdzīvnieks"],
      en: ["pet passport", "travel with a dog", "travel with a cat", "rabies vaccination", "pet travel EU"],
    },
    channels: [
      {
        type: "online",
        url: "https://www.pvd.gov.lv",
        note: t("Informācija par prasībām ceļošanai ar mājdzīvniekiem", "Information on the rules for travelling with pets"),
      },
      {
        type: "in_person",
        note: t("Pasi izsniedz pilnvarots praktizējošs veterinārārsts", "The passport is issued by an authorised practising vet"),
      },
      { type: "phone", hours: WEEKDAYS, note: t("PVD konsultācijas pa tālruni", "PVD advice by phone") },
    ],
    processingTime: t(
      "Pasi izsniedz vizītes laikā; vakcīna pret trakumsērgu derīga ceļošanai pēc 21 dienas",
      "The passport is issued at the visit; the rabies vaccine is valid for travel after 21 days",
    ),
    costs: [],
    requirements: [
      req("Apzīmēts dzīvnieks", "Identified animal", [
        ev("Mikroshēma, kas ievadīta pirms vakcinācijas pret trakumsērgu", "A microchip inserted before the rabies vaccination"),
      ]),
      req("Vakcinācija pret trakumsērgu", "Rabies vaccination", [
        ev(
          "Ieraksts pasē par derīgu vakcināciju (dzīvniekam vismaz 12 nedēļu vecumā)",
          "Entry in the passport on a valid vaccination (animal at least 12 weeks old)",
        ),
      ]),
      req("Papildu prasības atsevišķām valstīm", "Extra rules for some countries", [
        ev(
          "Ārstēšana pret ehinokoku 1–5 dienas pirms ieceļošanas Somijā, Īrijā, Maltā vai Norvēģijā",
          "Echinococcus treatment 1–5 days before entering Finland, Ireland, Malta or Norway",
        ),
      ]),
    ],
    outputs: [{ title: t("ES mājdzīvnieka pase", "EU pet passport") }],
    steps: [
      t("Pārbaudiet galamērķa valsts prasības PVD tīmekļvietnē.", "Check the destination's rules on the PVD website."),
      t(
        "Pie veterinārārsta apzīmējiet dzīvnieku ar mikroshēmu un vakcinējiet pret trakumsērgu.",
        "Have a vet microchip the pet and vaccinate it against rabies.",
      ),
      t("Saņemiet ES mājdzīvnieka pasi ar ierakstiem.", "Get the EU pet passport with the entries."),
      t("Nogaidiet 21 dienu pēc pirmās vakcinācijas un tad ceļojiet.", "Wait 21 days after the first vaccination before travelling."),
    ],
    legalBasis: [
      law(
        "Eiropas Parlamenta un Padomes Regula (ES) Nr. 576/2013 par lolojumdzīvnieku pārvietošanu nekomerciālos nolūkos",
        "Regulation (EU) No 576/2013 on the non-commercial movement of pet animals",
      ),
      VET_LAW,
    ],
    municipalities: [],
    contactPoint: PVD_CONTACT,
  },
  {
    identifier: "traktortehnikas-registracija",
    title: t("Traktortehnikas un tās piekabju reģistrācija", "Registering tractors and their trailers"),
    description: t(
      "Traktori, lauksaimniecības pašgājējmašīnas, meža mašīnas, ekskavatori, iekrāvēji un to piekabes jāreģistrē Valsts tehniskās uzraudzības aģentūrā, lai ar tām drīkstētu piedalīties ceļu satiksmē un strādāt. Reģistrējot VTUA pārbauda tehnikas identifikācijas datus un izsniedz reģistrācijas apliecību un valsts numura zīmi. Tāpat VTUA reģistrē īpašnieka maiņu un noņem tehniku no uzskaites.",
      "Tractors, self-propelled agricultural machines, forestry machines, excavators, loaders and their trailers must be registered with the State Technical Supervision Agency to use them on the road and at work. At registration VTUA checks the machine's identification data and issues a registration certificate and a state number plate. VTUA also registers changes of owner and removes machines from the register.",
    ),
    institution: "VTUA",
    audience: ["residents", "businesses"],
    kind: "transactional",
    maturity: 2,
    thematicArea: "agriculture",
    keywords: {
      lv: ["traktors", "traktortehnika", "piekabe", "ekskavators", "iekrāvējs", "traktora reģistrācija", "numura zīme"],
      en: ["tractor registration", "agricultural machinery", "trailer", "excavator", "loader", "number plate"],
    },
    channels: [
      VTUA_OFFICE,
      {
        type: "online",
        url: "https://www.vtua.gov.lv",
        note: t("Veidlapas un informācija VTUA tīmekļvietnē", "Forms and information on the VTUA website"),
      },
    ],
    processingTime: t("Parasti tajā pašā dienā pēc tehnikas apskates", "Usually the same day after the machine is inspected"),
    costs: [],
    requirements: [
      req("Īpašuma tiesības", "Ownership", [
        ev(
          "Pirkuma līgums, rēķins vai cits īpašuma tiesības apliecinošs dokuments",
          "Purchase contract, invoice or other proof of ownership",
        ),
        ev(
          "Izgatavotāja atbilstības dokuments vai ārvalsts reģistrācijas dokuments",
          "Manufacturer's conformity document or foreign registration document",
        ),
      ]),
      req("Tehnika uzrādīta apskatei", "Machine presented for inspection", [
        ev("Identifikācijas numuru pārbaude VTUA", "Identification number check by VTUA"),
      ]),
      req("Apdrošināšana", "Insurance", [
        ev("OCTA līgums, ja tehnika piedalās ceļu satiksmē", "OCTA insurance if the machine is used on the road"),
      ]),
    ],
    outputs: [
      { title: t("Traktortehnikas reģistrācijas apliecība", "Registration certificate for the machine") },
      { title: t("Valsts reģistrācijas numura zīme", "State registration number plate") },
    ],
    steps: [
      t(
        "Sagatavojiet īpašuma tiesības un tehniskos datus apliecinošus dokumentus.",
        "Prepare proof of ownership and the technical documents.",
      ),
      t("Piesakieties VTUA birojā un uzrādiet tehniku apskatei.", "Contact a VTUA office and present the machine for inspection."),
      t("Samaksājiet par pakalpojumiem pēc VTUA cenrāža.", "Pay the VTUA fees."),
      t("Saņemiet reģistrācijas apliecību un numura zīmi.", "Receive the registration certificate and number plate."),
    ],
    legalBasis: [ROAD_TRAFFIC_LAW, VTUA_PRICE_LIST],
    municipalities: [],
  },
  {
    identifier: "traktortehnikas-vaditaja-aplieciba",
    title: t("Traktortehnikas vadītāja apliecības saņemšana", "Getting a tractor driving licence"),
    description: t(
      "Traktortehnikas vadītāja apliecība dod tiesības vadīt traktorus, lauksaimniecības un meža mašīnas, ekskavatorus un citu pašgājēju tehniku atbilstoši kategorijām TR1–TR4. Lai to saņemtu, VTUA jānokārto teorijas eksāmeni par ceļu satiksmes noteikumiem un ekspluatācijas drošību un praktiskās vadīšanas eksāmens. TR1 kategoriju var iegūt no 16 gadu vecuma tehnikai līdz 7500 kg un mācīties pašmācībā. Ar B kategorijas autovadītāja tiesībām jau drīkst vadīt TR1 kategorijas traktortehniku.",
      "A tractor driving licence allows driving tractors, agricultural and forestry machines, excavators and other self-propelled machinery under categories TR1–TR4. To get it you pass VTUA theory tests on the traffic rules and on safe operation, and a practical driving test. Category TR1 for machines up to 7,500 kg can be obtained from 16 and learned by self-study. Holders of a category B driving licence may already drive TR1 machinery.",
    ),
    institution: "VTUA",
    audience: ["residents"],
    kind: "transactional",
    maturity: 2,
    thematicArea: "agriculture",
    keywords: {
      lv: ["traktora tiesības", "traktortehnikas vadītāja apliecība", "TR1", "ekskavatora tiesības", "iekrāvēja tiesības", "tiesības"],
      en: ["tractor licence", "tractor driving licence", "excavator licence", "loader licence", "TR1 category"],
    },
    channels: [
      VTUA_OFFICE,
      {
        type: "online",
        url: "https://www.vtua.gov.lv",
        note: t("Eksāmenu informācija VTUA tīmekļvietnē", "Exam information on the VTUA website"),
      },
    ],
    processingTime: t("Apliecību izsniedz pēc visu eksāmenu nokārtošanas", "The licence is issued once all tests are passed"),
    costs: [
      eur(
        20.22,
        "Divi teorijas eksāmeni (ceļu satiksmes noteikumi un ekspluatācijas drošība) pa 10,11 EUR",
        "Two theory tests (traffic rules and safe operation), EUR 10.11 each",
      ),
      eur(25, "Praktiskās vadīšanas eksāmens", "Practical driving test"),
      eur(13.6, "Apliecības noformēšana un izsniegšana", "Preparing and issuing the licence"),
      eur(8.4, "Vadītāja datu ievadīšana valsts informācijas sistēmā", "Entering the driver's data in the state information system"),
    ],
    requirements: [
      req("Vecums", "Age", [
        ev("TR1 līdz 7500 kg – no 16 gadiem, pārējai tehnikai – no 17 gadiem", "TR1 up to 7,500 kg – from 16, other machinery – from 17"),
      ]),
      req("Veselības pārbaude", "Medical check", [
        ev("Derīga transportlīdzekļu vadītāja veselības pārbaude", "A valid driver medical check"),
      ]),
      req("Dokumenti", "Documents", [
        ev("Pase vai personas apliecība un viena fotogrāfija 3×4 cm", "Passport or identity card and one 3×4 cm photo"),
        ev(
          "Pirmās palīdzības apliecība, ja nav citu vadītāja tiesību",
          "First aid certificate if the person holds no other driving licence",
        ),
        ev("Mācību iestādes apliecinājums, ja kategorija apgūta kursos", "Training certificate if the category was learned on a course"),
      ]),
    ],
    outputs: [{ title: t("Traktortehnikas vadītāja apliecība", "Tractor driving licence") }],
    steps: [
      t("Apgūstiet kategoriju pašmācībā vai mācību iestādē.", "Learn the category by self-study or at a training school."),
      t("Piesakieties eksāmeniem VTUA birojā.", "Book the tests at a VTUA office."),
      t("Nokārtojiet teorijas eksāmenus un praktisko vadīšanas eksāmenu.", "Pass the theory tests and the practical test."),
      t("Samaksājiet un saņemiet apliecību.", "Pay and receive the licence."),
    ],
    legalBasis: [ROAD_TRAFFIC_LAW, VTUA_PRICE_LIST],
    municipalities: [],
  },

  // --- Forests, hunting and fishing (VMD, ZM) -------------------------------------------------------------
  {
    identifier: "koku-cirsanas-apliecinajums",
    title: t("Koku ciršanas apliecinājuma saņemšana", "Getting a tree felling permit for a forest"),
    description: t(
      "Lai savā mežā cirstu kokus galvenajā, kopšanas, sanitārajā vai citā cirtē, meža īpašniekam vai tiesiskajam valdītājam jāsaņem Valsts meža dienesta apliecinājums. Iesniegumu var iesniegt tiešsaistē Meža valsts reģistrā, un lēmumu pieņem mēneša laikā. Apliecinājums derīgs trīs gadus, sanitārajai cirtei – divus gadus; tas nav vajadzīgs, piemēram, koku ciršanai ar celma caurmēru līdz 12 cm vai jaunaudžu kopšanai līdz 20 gadu vecumam. Koku ciršanai ārpus meža, piemēram, pilsētā vai pie mājas, atļauja jāprasa pašvaldībā.",
      "To fell trees in their own forest in a final, thinning, sanitary or other felling, the forest owner or legal possessor needs a confirmation from the State Forest Service. The application can be submitted online in the State Forest Register, and the decision is made within a month. The permit is valid for three years, or two for sanitary felling; it is not needed, for example, for trees with a stump diameter below 12 cm or for tending young stands up to 20 years old. Felling trees outside a forest, e.g. in town or by a house, needs a permit from the municipality.",
    ),
    institution: "VMD",
    audience: ["residents", "businesses"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "environment",
    keywords: {
      lv: ["ciršanas apliecinājums", "koku ciršana", "mežs", "kailcirte", "meža īpašnieks", "cirsma", "VMD"],
      en: ["tree felling permit", "logging permit", "forest", "clear-cut", "forest owner", "timber harvesting"],
    },
    channels: [MEZA_REGISTRS, VMD_OFFICE, POST],
    processingTime: t("Līdz 1 mēnesim", "Up to 1 month"),
    costs: [],
    requirements: [
      req("Tiesības uz mežu", "Rights to the forest", [
        ev(
          "Īpašuma tiesības nostiprinātas zemesgrāmatā vai tiesiskā valdījuma dokuments",
          "Ownership registered in the land register or a document on legal possession",
        ),
        ev("Pilnvara, ja iesniedz pilnvarota persona", "Authorisation if submitted by a representative"),
      ]),
      req("Meža dati", "Forest data", [
        ev("Veikta meža inventarizācija", "A forest inventory has been done"),
        ev("Iesniegts pārskats par iepriekšējā gadā veikto ciršanu", "Report on last year's felling submitted"),
      ]),
      req("Nav nenokārtotu saistību", "No outstanding obligations", [
        ev("Samaksāti naudas sodi un atlīdzināti mežam nodarītie zaudējumi", "Fines paid and damage to the forest compensated"),
      ]),
    ],
    outputs: [
      {
        title: t("Apliecinājums koku ciršanai", "Tree felling confirmation"),
        description: t(
          "Apliecinājumā var iekļaut līdz trim viena veida cirsmām.",
          "Up to three felling sites of one type can be included.",
        ),
      },
    ],
    steps: [
      t(
        "Pieslēdzieties Meža valsts reģistram un aizpildiet iesniegumu.",
        "Sign in to the State Forest Register and fill in the application.",
      ),
      t("Norādiet meža nogabalus, cirtes veidu un platību.", "Enter the forest compartments, felling type and area."),
      t("VMD izvērtē iesniegumu un, ja vajadzīgs, apseko cirsmu dabā.", "VMD assesses the application and inspects the site if needed."),
      t("Saņemiet apliecinājumu Meža valsts reģistrā vai klātienē.", "Receive the confirmation in the register or in person."),
      t("Līdz nākamā gada 1. februārim iesniedziet pārskatu par izcirsto.", "Report the felled volume by 1 February of the next year."),
    ],
    legalBasis: [
      law("Meža likums", "Forest Law"),
      law(
        "Ministru kabineta 2012. gada 18. decembra noteikumi Nr. 935 “Noteikumi par koku ciršanu mežā”",
        "Cabinet Regulation No. 935 of 18 December 2012 “Regulations on tree felling in forests”",
        "https://likumi.lv/ta/id/253760",
      ),
    ],
    municipalities: [],
    contactPoint: VMD_CONTACT,
  },
  {
    identifier: "mednieka-aplieciba",
    title: t("Mednieka apliecības saņemšana", "Getting a hunter's licence"),
    description: t(
      "Mednieka apliecība dod tiesības medīt un iegādāties medību ieroci. Lai to saņemtu, jāiziet mednieku apmācības kurss un Valsts meža dienestā jānokārto mednieka eksāmens – teorētisko zināšanu pārbaudījums (60 jautājumi, pieļaujamas ne vairāk kā 6 kļūdas) un praktiskais šaušanas pārbaudījums šautuvē. Eksāmenam var pieteikties un valsts nodevu samaksāt tiešsaistē Meža valsts reģistrā. Medību šaujamieroča iegādei papildus jāsaņem Valsts policijas atļauja.",
      "A hunter's licence gives the right to hunt and to buy a hunting weapon. To get it you complete a hunter training course and pass the State Forest Service hunter exam – a theory test (60 questions, no more than 6 mistakes) and a practical shooting test at a range. You can book the exam and pay the state fee online in the State Forest Register. To buy a hunting firearm you also need a permit from the State Police.",
    ),
    institution: "VMD",
    audience: ["residents"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "environment",
    keywords: {
      lv: ["mednieks", "medības", "mednieka eksāmens", "mednieka apliecība", "medību ierocis", "medniecība"],
      en: ["hunting licence", "hunter exam", "hunting", "hunting weapon", "game hunting"],
    },
    channels: [
      {
        ...MEZA_REGISTRS,
        note: t(
          "Pieteikšanās eksāmeniem un valsts nodevas samaksa Meža valsts reģistrā",
          "Booking the exams and paying the fee in the State Forest Register",
        ),
      },
      VMD_OFFICE,
    ],
    processingTime: t(
      "Apliecību izsniedz pēc abu pārbaudījumu nokārtošanas, līdz 30 darbdienām",
      "The licence is issued after both tests are passed, within 30 working days",
    ),
    costs: [
      eur(28.46, "Valsts nodeva par mednieka kandidāta teorētisko zināšanu pārbaudījumu", "State fee for the theory test"),
      eur(
        25,
        "Valsts nodeva par praktisko iemaņu pārbaudījumu (bez šautuves, ieroča un munīcijas izmaksām)",
        "State fee for the practical test (excluding range, weapon and ammunition costs)",
      ),
    ],
    requirements: [
      req("Apmācība", "Training", [
        ev(
          "Mednieku apmācības kursa beigšana, ko apmācītājs reģistrē Meža valsts reģistrā",
          "Completion of a hunter training course, recorded by the trainer in the State Forest Register",
        ),
      ]),
      req("Identitāte eksāmenā", "Identity at the exam", [
        ev("Pase vai personas apliecība", "Passport or identity card"),
        ev("Autentifikācijas rīks teorijas pārbaudījuma kārtošanai", "A login tool for the computer-based theory test"),
      ]),
    ],
    outputs: [{ title: t("Mednieka apliecība", "Hunter's licence") }],
    steps: [
      t("Izejiet mednieku apmācības kursu.", "Complete a hunter training course."),
      t(
        "Meža valsts reģistrā piesakieties teorijas pārbaudījumam un samaksājiet nodevu.",
        "Book the theory test in the State Forest Register and pay the fee.",
      ),
      t("Nokārtojiet teorijas pārbaudījumu virsmežniecībā.", "Pass the theory test at a regional forestry office."),
      t("Nokārtojiet praktisko šaušanas pārbaudījumu sertificētā šautuvē.", "Pass the practical shooting test at a certified range."),
      t("Saņemiet mednieka apliecību.", "Receive the hunter's licence."),
    ],
    legalBasis: [
      law("Medību likums", "Hunting Law"),
      law(
        "Ministru kabineta 2014. gada 23. septembra noteikumi Nr. 567 “Noteikumi par mednieku un medību vadītāju apmācību un eksamināciju, kā arī medību dokumentu izsniegšanu un anulēšanu”",
        "Cabinet Regulation No. 567 of 23 September 2014 on the training and examination of hunters and hunt leaders and the issue and cancellation of hunting documents",
      ),
    ],
    municipalities: [],
    contactPoint: VMD_CONTACT,
  },
  {
    identifier: "makskeresanas-karte",
    title: t("Makšķerēšanas kartes iegāde", "Buying a fishing card"),
    description: t(
      "Makšķerējot, vēžojot vai nodarbojoties ar zemūdens medībām Latvijas iekšējos ūdeņos un jūras piekrastē, nepieciešama makšķerēšanas, vēžošanas un zemūdens medību karte. Karti var nopirkt internetā uz vienu dienu, mēnesi, trim mēnešiem vai kalendāro gadu, kā arī veikalos, pasta nodaļās un degvielas uzpildes stacijās. Karte nav vajadzīga bērniem līdz 16 gadiem, personām pēc 65 gadu vecuma un personām ar invaliditāti. Makšķerējot līdzi jābūt personu apliecinošam dokumentam; ieņēmumi no kartēm nonāk Zivju fondā.",
      "Fishing, crayfishing or spearfishing in Latvia's inland waters and on the coast requires a fishing, crayfishing and spearfishing card. The card can be bought online for a day, a month, three months or a calendar year, and also in shops, post offices and filling stations. Children under 16, people over 65 and persons with disabilities do not need one. Carry an identity document while fishing; the income goes to the Fish Fund.",
    ),
    institution: "ZM",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "environment",
    keywords: {
      lv: ["makšķerēšanas karte", "makšķerēšana", "zvejas karte", "copes karte", "vēžošana", "zemūdens medības"],
      en: ["fishing card", "fishing licence", "angling permit", "crayfishing", "spearfishing"],
    },
    channels: [
      {
        type: "online",
        url: "https://www.makskeresanaskarte.lv",
        note: t("Elektroniska karte uzreiz pēc apmaksas", "An electronic card straight after payment"),
      },
      { type: "online", url: "https://www.manacope.lv", note: t("Arī portālā ManaCope.lv", "Also on ManaCope.lv") },
      {
        type: "in_person",
        note: t("Veikalos, Latvijas Pasta nodaļās un degvielas uzpildes stacijās", "In shops, Latvian Post offices and filling stations"),
      },
    ],
    processingTime: t("Uzreiz", "Immediately"),
    costs: [
      eur(1.5, "Vienas dienas karte", "One-day card"),
      eur(5, "Viena mēneša karte", "One-month card"),
      eur(7.5, "Trīs mēnešu karte", "Three-month card"),
      eur(15, "Kalendārā gada karte", "Calendar-year card"),
    ],
    requirements: [
      req("Personas dati", "Personal data", [
        ev(
          "Vārds, uzvārds un personas kods vai personu apliecinoša dokumenta numurs",
          "Name and personal code or identity document number",
        ),
      ]),
    ],
    outputs: [{ title: t("Makšķerēšanas, vēžošanas un zemūdens medību karte", "Fishing, crayfishing and spearfishing card") }],
    steps: [
      t("Izvēlieties kartes derīguma periodu.", "Choose the validity period."),
      t("Norādiet savus datus un sākuma datumu.", "Enter your details and the start date."),
      t("Samaksājiet par karti.", "Pay for the card."),
      t(
        "Makšķerējot ņemiet līdzi kartes numuru un personu apliecinošu dokumentu.",
        "Take the card number and an identity document with you when fishing.",
      ),
    ],
    legalBasis: [
      law("Zvejniecības likums", "Fishery Law"),
      law(
        "Ministru kabineta 2015. gada 22. decembra noteikumi Nr. 800 “Makšķerēšanas, vēžošanas un zemūdens medību noteikumi”",
        "Cabinet Regulation No. 800 of 22 December 2015 “Regulations on angling, crayfishing and spearfishing”",
      ),
    ],
    municipalities: [],
    contactPoint: { email: "pasts@zm.gov.lv", address: "Republikas laukums 2, Rīga, LV-1010" },
  },

  // --- Environment (VVD) ----------------------------------------------------------------------------------
  {
    identifier: "piesarnojosas-darbibas-atlauja",
    title: t("A vai B kategorijas piesārņojošās darbības atļauja", "Permit for category A or B polluting activities"),
    description: t(
      "Uzņēmumiem, kuru darbība var radīt būtisku vides piesārņojumu – piemēram, lielām katlu mājām, ražotnēm, atkritumu poligoniem vai lielām lopkopības fermām –, pirms darbības sākšanas jāsaņem Valsts vides dienesta A vai B kategorijas atļauja. Atļaujā noteikti emisiju limiti, monitoringa un atskaišu prasības, kā arī pasākumi piesārņojuma mazināšanai. A kategorijas iekārtām jāizmanto labākie pieejamie tehniskie paņēmieni; sabiedrība tiek informēta par iesniegumu un var izteikt viedokli.",
      "Businesses whose activities may cause significant pollution – such as large boiler houses, factories, landfills or large livestock farms – must obtain a category A or B permit from the State Environmental Service before starting. The permit sets emission limits, monitoring and reporting requirements and measures to reduce pollution. Category A installations must use best available techniques; the public is informed about the application and can comment.",
    ),
    institution: "VVD",
    audience: ["businesses"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "environment",
    keywords: {
      lv: ["piesārņojuma atļauja", "B kategorijas atļauja", "A kategorijas atļauja", "emisijas", "ražotne", "vides atļauja"],
      en: ["pollution permit", "environmental permit", "IPPC permit", "emissions", "industrial installation"],
    },
    channels: [VVD_ONLINE, VVD_OFFICE, POST],
    processingTime: t(
      "B kategorijai – parasti līdz 3 mēnešiem, A kategorijai – ilgāk",
      "Category B – usually up to 3 months, category A – longer",
    ),
    costs: [],
    requirements: [
      req("Iesniegums atļaujas saņemšanai", "Application for the permit", [
        ev(
          "Iesniegums ar iekārtas aprakstu, izejvielām, emisijām un atkritumiem",
          "Application describing the installation, raw materials, emissions and waste",
        ),
        ev("Emisiju limitu projekts vai aprēķini", "Draft emission limits or calculations"),
      ]),
      req("Saskaņota darbības vieta", "Approved site", [
        ev("Pašvaldības informācija par atbilstību teritorijas plānojumam", "Municipal confirmation of compliance with the spatial plan"),
        ev(
          "Ietekmes uz vidi novērtējuma rezultāti, ja tas bija jāveic",
          "Results of the environmental impact assessment, if one was required",
        ),
      ]),
    ],
    outputs: [{ title: t("A vai B kategorijas piesārņojošās darbības atļauja", "Category A or B polluting activity permit") }],
    steps: [
      t("Noskaidrojiet, kurai kategorijai atbilst plānotā darbība.", "Find out which category the planned activity falls into."),
      t("Sagatavojiet iesniegumu un pielikumus.", "Prepare the application and annexes."),
      t("Iesniedziet to VVD elektroniski vai reģionālajā vides pārvaldē.", "Submit it to VVD electronically or at a regional board."),
      t("VVD izvērtē iesniegumu un informē sabiedrību.", "VVD assesses the application and informs the public."),
      t(
        "Saņemiet atļauju ar nosacījumiem un ievērojiet tos darbības laikā.",
        "Receive the permit with its conditions and comply with them.",
      ),
    ],
    legalBasis: [
      POLLUTION_LAW,
      law(
        "Ministru kabineta 2010. gada 30. novembra noteikumi Nr. 1082 “Kārtība, kādā piesakāmas A, B un C kategorijas piesārņojošas darbības un izsniedzamas atļaujas A un B kategorijas piesārņojošo darbību veikšanai”",
        "Cabinet Regulation No. 1082 of 30 November 2010 on notifying category A, B and C polluting activities and issuing permits for category A and B activities",
      ),
    ],
    municipalities: [],
    contactPoint: VVD_CONTACT,
  },
  {
    identifier: "atkritumu-apsaimniekosanas-atlauja",
    title: t("Atkritumu apsaimniekošanas atļauja", "Waste management permit"),
    description: t(
      "Komersantiem, kas savāc, pārvadā, uzglabā, šķiro, pārstrādā vai apglabā atkritumus, nepieciešama Valsts vides dienesta izsniegta atkritumu apsaimniekošanas atļauja. Atļaujā norāda, kādus atkritumus un kādā apjomā drīkst apsaimniekot, kur tie tiks uzglabāti un kā tiks nodrošināta vides aizsardzība. Apsaimniekotājs tiek iekļauts atkritumu apsaimniekotāju reģistrā un regulāri atskaitās par atkritumu plūsmām.",
      "Businesses that collect, transport, store, sort, recycle or dispose of waste need a waste management permit from the State Environmental Service. The permit states which waste and how much may be handled, where it is stored and how the environment is protected. The operator is entered in the register of waste operators and reports regularly on waste flows.",
    ),
    institution: "VVD",
    audience: ["businesses"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "environment",
    keywords: {
      lv: ["atkritumu atļauja", "atkritumu savākšana", "atkritumu pārvadāšana", "pārstrāde", "metāllūžņi", "atkritumu apsaimniekotājs"],
      en: ["waste permit", "waste collection", "waste transport", "recycling", "scrap metal", "waste operator"],
    },
    channels: [VVD_ONLINE, VVD_OFFICE, POST],
    processingTime: t("Parasti līdz 1 mēnesim", "Usually up to 1 month"),
    costs: [],
    requirements: [
      req("Iesniegums", "Application", [
        ev("Atkritumu veidi un klases, plānotie apjomi un darbības", "Types and classes of waste, planned quantities and operations"),
        ev("Informācija par transportlīdzekļiem vai uzglabāšanas vietām", "Information on vehicles or storage sites"),
      ]),
      req("Tiesības izmantot vietu", "Right to use the site", [ev("Īpašuma vai nomas līgums", "Ownership or lease contract")]),
    ],
    outputs: [
      { title: t("Atkritumu apsaimniekošanas atļauja", "Waste management permit") },
      { title: t("Ieraksts atkritumu apsaimniekotāju reģistrā", "Entry in the register of waste operators") },
    ],
    steps: [
      t("Sagatavojiet iesniegumu par plānoto atkritumu apsaimniekošanu.", "Prepare the application on the planned waste handling."),
      t("Iesniedziet to VVD ar e-parakstu vai klātienē.", "Submit it to VVD with an e-signature or in person."),
      t("VVD izvērtē iesniegumu un, ja vajag, apseko vietu.", "VVD assesses it and inspects the site if needed."),
      t("Saņemiet atļauju un atskaitieties par atkritumu plūsmām.", "Receive the permit and report on waste flows."),
    ],
    legalBasis: [law("Atkritumu apsaimniekošanas likums", "Waste Management Law"), POLLUTION_LAW],
    municipalities: [],
    contactPoint: VVD_CONTACT,
  },
  {
    identifier: "zinosana-par-vides-parkapumu",
    title: t("Ziņošana par vides pārkāpumu", "Reporting an environmental offence"),
    description: t(
      "Ikviens var ziņot Valsts vides dienestam par pamanītu vides pārkāpumu: nelegāli izmestiem atkritumiem, ūdeņu vai gaisa piesārņojumu, maluzvejniecību, būvniecību aizsargjoslās vai aizsargājamo dabas teritoriju postīšanu. Steidzamos gadījumos jāzvana uz VVD operatīvās informācijas tālruni, kas darbojas visu diennakti; citos gadījumos var rakstīt iesniegumu elektroniski. Ziņojumu var iesniegt arī anonīmi, taču tad atbilde netiek sniegta.",
      "Anyone can report an environmental offence to the State Environmental Service: illegally dumped waste, water or air pollution, poaching of fish, building in protected zones or damage to protected nature areas. In urgent cases call the VVD operational line, which works around the clock; otherwise write an electronic report. Reports can be anonymous, but then no reply is given.",
    ),
    institution: "VVD",
    audience: ["residents", "businesses"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "environment",
    keywords: {
      lv: ["vides pārkāpums", "atkritumu izgāšana", "piesārņojums", "maluzvejniecība", "ziņot", "sūdzība", "VVD"],
      en: ["report pollution", "illegal dumping", "environmental crime", "fish poaching", "complaint"],
    },
    channels: [
      {
        type: "phone",
        hours: t("Visu diennakti", "24 hours a day"),
        note: t("VVD operatīvās informācijas tālrunis 26338800", "VVD operational line +371 26338800"),
      },
      {
        ...VVD_ONLINE,
        note: t("Elektronisks ziņojums VVD tīmekļvietnē vai uz e-adresi", "Electronic report on the VVD website or to the e-address"),
      },
      POST,
    ],
    processingTime: t(
      "Steidzamos gadījumos – nekavējoties; atbilde uz iesniegumu – līdz 1 mēnesim",
      "Urgent cases – at once; reply to a written report – up to 1 month",
    ),
    costs: [],
    requirements: [
      req("Informācija par pārkāpumu", "Information on the offence", [
        ev("Vieta, laiks un pārkāpuma apraksts", "Place, time and description"),
        ev("Fotoattēli vai video, ja iespējams", "Photos or video if possible"),
      ]),
    ],
    outputs: [
      { title: t("VVD pārbaude pārkāpuma vietā", "VVD inspection of the reported site") },
      {
        title: t(
          "Atbilde par veiktajām darbībām (ja norādīta kontaktinformācija)",
          "Reply on the action taken (if contact details were given)",
        ),
      },
    ],
    steps: [
      t("Ja iespējams, droši nofotografējiet pārkāpumu un pierakstiet vietu.", "If safe, photograph the offence and note the location."),
      t("Zvaniet uz operatīvo tālruni vai iesniedziet ziņojumu elektroniski.", "Call the operational line or send an electronic report."),
      t("VVD inspektori pārbauda informāciju un rīkojas.", "VVD inspectors check the information and act."),
      t("Saņemiet atbildi, ja esat norādījis kontaktinformāciju.", "Receive a reply if you gave contact details."),
    ],
    legalBasis: [law("Vides aizsardzības likums", "Environmental Protection Law"), law("Iesniegumu likums", "Law on Submissions")],
    municipalities: [],
    contactPoint: VVD_CONTACT,
  },

  // --- Housing and construction (ALTUM, BVKB) -------------------------------------------------------------
  {
    identifier: "daudzdzivoklu-maju-energoefektivitate",
    title: t(
      "Atbalsts daudzdzīvokļu māju energoefektivitātes paaugstināšanai",
      "Support for improving the energy efficiency of apartment buildings",
    ),
    description: t(
      "ALTUM programmas ar Eiropas Savienības fondu finansējumu palīdz daudzdzīvokļu māju dzīvokļu īpašniekiem renovēt māju – siltināt fasādi un jumtu, nomainīt logus, atjaunot apkures un ventilācijas sistēmas. Atbalstu veido grants jeb kapitāla atlaide daļai no projekta attiecināmajām izmaksām (Atveseļošanas fonda programmā – līdz 49 %), kā arī aizdevums vai garantija. Pieteikumu iesniedz dzīvokļu īpašnieku pilnvarota persona vai apsaimniekotājs pēc tam, kad īpašnieki ar balsu vairākumu lēmuši par renovāciju; pieteikties var tikai atvērtās programmas kārtās.",
      "ALTUM programmes funded by the European Union help flat owners renovate their apartment building – insulate the facade and roof, replace windows and renew heating and ventilation. Support consists of a grant (capital rebate) for part of the eligible project costs (up to 49% in the Recovery Fund programme) and a loan or guarantee. The application is submitted by the owners' authorised person or the building manager after the owners decide by majority to renovate; applications are possible only while a programme round is open.",
    ),
    institution: "ALTUM",
    audience: ["residents", "businesses"],
    kind: "transactional",
    maturity: 3,
    thematicArea: "property",
    keywords: {
      lv: ["mājas renovācija", "siltināšana", "energoefektivitāte", "daudzdzīvokļu māja", "ALTUM grants", "apsaimniekotājs"],
      en: ["building renovation", "insulation", "energy efficiency", "apartment building", "ALTUM grant"],
    },
    channels: [
      {
        type: "online",
        url: "https://www.altum.lv",
        note: t(
          "Informācija par programmām un pieteikšanās ALTUM tīmekļvietnē",
          "Programme information and applications on the ALTUM website",
        ),
      },
      { type: "in_person", hours: WEEKDAYS, note: t("ALTUM reģionālajos centros", "At ALTUM regional centres") },
      { type: "phone", note: t("ALTUM tālrunis 67774010", "ALTUM phone +371 67774010") },
    ],
    processingTime: t(
      "Pieteikuma izvērtēšana – dažas nedēļas; projekta īstenošana – atbilstoši programmas termiņiem",
      "Assessment – a few weeks; implementation – within the programme deadlines",
    ),
    costs: [],
    requirements: [
      req("Dzīvokļu īpašnieku lēmums", "Decision of the flat owners", [
        ev(
          "Dzīvokļu īpašnieku kopsapulces vai aptaujas lēmums par renovāciju un pilnvarotās personas iecelšanu",
          "Decision of the owners' meeting or written vote on renovation and appointing an authorised person",
        ),
      ]),
      req("Tehniskā dokumentācija", "Technical documents", [
        ev(
          "Ēkas energosertifikāts un tehniskās apsekošanas atzinums",
          "Energy performance certificate and technical survey of the building",
        ),
        ev("Būvprojekts un izmaksu tāme", "Construction design and cost estimate"),
      ]),
      req("Finansējums", "Financing", [ev("Bankas vai ALTUM aizdevuma lēmums", "Loan decision from a bank or ALTUM")]),
    ],
    outputs: [
      { title: t("Lēmums par atbalsta piešķiršanu", "Decision to grant support") },
      { title: t("Kapitāla atlaide (grants) pēc projekta pabeigšanas", "Capital rebate (grant) after the project is completed") },
    ],
    steps: [
      t(
        "Dzīvokļu īpašnieki vienojas par renovāciju un pilnvaro pārstāvi.",
        "The flat owners agree on renovation and authorise a representative.",
      ),
      t(
        "Tiek veikts energoaudits, tehniskā apsekošana un izstrādāts būvprojekts.",
        "An energy audit and technical survey are done and a design prepared.",
      ),
      t("Pārstāvis iesniedz pieteikumu ALTUM un piesaista aizdevumu.", "The representative applies to ALTUM and arranges a loan."),
      t("Tiek veikti būvdarbi un būvuzraudzība.", "Construction is carried out under supervision."),
      t("Pēc darbu pabeigšanas ALTUM izmaksā kapitāla atlaidi.", "After completion ALTUM pays the capital rebate."),
    ],
    legalBasis: [
      law("Dzīvokļa īpašuma likums", "Law on Residential Properties"),
      law("Ēku energoefektivitātes likums", "Law on the Energy Performance of Buildings"),
    ],
    municipalities: [],
    contactPoint: { email: "altum@altum.lv", phone: "+371 67774010", address: "Doma laukums 4, Rīga, LV-1050" },
  },
  {
    identifier: "buvspecialista-sertifikata-registracija",
    title: t(
      "Būvspeciālistu reģistra informācija un būvkomersanta reģistrācija",
      "Construction specialists register and registration of construction companies",
    ),
    description: t(
      "Būvniecības informācijas sistēmā (BIS) ikviens bez maksas var pārbaudīt, vai arhitektam, būvdarbu vadītājam, projektētājam vai būvuzraugam ir derīgs būvspeciālista sertifikāts un vai būvuzņēmums ir reģistrēts būvkomersantu reģistrā. Komersantiem, kas strādā būvniecībā, arhitektūrā vai elektroenerģētikā, pirms darba sākšanas jāreģistrējas būvkomersantu reģistrā, ko uztur Būvniecības valsts kontroles birojs. Reģistrēties un samaksāt valsts nodevu var tiešsaistē BIS; katru gadu līdz 31. augustam būvkomersants iesniedz ikgadējo informāciju.",
      "In the Construction Information System (BIS) anyone can check free of charge whether an architect, site manager, designer or building supervisor holds a valid construction specialist certificate and whether a company is in the register of construction companies. Businesses working in construction, architecture or power engineering must register there before they start; the register is kept by the State Construction Control Bureau. Registration and the state fee are handled online in BIS; each year by 31 August the company submits its annual information.",
    ),
    institution: "BVKB",
    audience: ["businesses", "residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "business",
    keywords: {
      lv: ["būvkomersants", "būvspeciālists", "būvniecības sertifikāts", "BIS", "būvuzņēmums", "būvkomersantu reģistrs"],
      en: ["construction company register", "construction specialist", "builder certificate", "check a builder", "BIS"],
    },
    channels: [
      {
        type: "online",
        url: "https://bis.gov.lv",
        note: t(
          "Būvniecības informācijas sistēma – reģistri un e-pakalpojumi",
          "Construction Information System – registers and e-services",
        ),
      },
      {
        type: "post",
        note: t(
          "Iesniegumu var sūtīt pa pastu vai ar e-parakstu uz pasts@bvkb.gov.lv",
          "The application can be sent by post, or e-signed to pasts@bvkb.gov.lv",
        ),
      },
    ],
    processingTime: t(
      "Reģistra dati – uzreiz; reģistrācija – dažu darbdienu laikā",
      "Register data – immediately; registration – within a few working days",
    ),
    costs: [
      eur(
        70,
        "Valsts nodeva par reģistrāciju būvkomersantu reģistrā",
        "State fee for registration in the register of construction companies",
      ),
      eur(
        355,
        "Valsts nodeva par atkārtotu reģistrāciju, ja komersants izslēgts par pārkāpumiem",
        "State fee for re-registration after exclusion for breaches",
      ),
    ],
    requirements: [
      req("Komersanta reģistrācija", "Company registration", [
        ev(
          "Komersants reģistrēts Uzņēmumu reģistrā vai mītnes valstī",
          "The company is registered in the Register of Enterprises or its home country",
        ),
      ]),
      req("Būvspeciālists", "Construction specialist", [
        ev(
          "Vismaz viens sertificēts būvspeciālists, kas apliecina nodarbinātību BIS",
          "At least one certified specialist confirming employment in BIS",
        ),
      ]),
    ],
    outputs: [
      { title: t("Ieraksts būvkomersantu reģistrā", "Entry in the register of construction companies") },
      {
        title: t(
          "Publiski pieejama informācija par būvspeciālistiem un būvkomersantiem",
          "Public information on construction specialists and companies",
        ),
      },
    ],
    steps: [
      t(
        "Lai pārbaudītu būvspeciālistu vai uzņēmumu, atveriet BIS reģistru sadaļu.",
        "To check a specialist or company, open the BIS registers.",
      ),
      t("Reģistrācijai pieslēdzieties BIS kā komersanta pārstāvis.", "To register, sign in to BIS as the company's representative."),
      t("Aizpildiet iesniegumu un būvspeciālists apliecina nodarbinātību.", "Fill in the application; the specialist confirms employment."),
      t("Samaksājiet valsts nodevu un saņemiet BVKB lēmumu.", "Pay the state fee and receive the BVKB decision."),
      t("Katru gadu līdz 31. augustam iesniedziet ikgadējo informāciju.", "Submit the annual information every year by 31 August."),
    ],
    legalBasis: [
      law("Būvniecības likums", "Construction Law"),
      law(
        "Ministru kabineta 2014. gada 25. februāra noteikumi Nr. 116 “Būvkomersantu reģistrācijas noteikumi”",
        "Cabinet Regulation No. 116 of 25 February 2014 “Regulations on the registration of construction companies”",
        "https://likumi.lv/ta/id/264822",
      ),
    ],
    municipalities: [],
    contactPoint: { email: "pasts@bvkb.gov.lv" },
  },
];
