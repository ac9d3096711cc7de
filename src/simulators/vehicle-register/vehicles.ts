// Synthetic vehicles: any likeness to real ones is chance. Owners and holders are named in the comments.
import { type Party, parseParty } from "../register-api.ts";
import type { Vehicle } from "./index.ts";

// A typo here should stop the register from loading rather than hand out a wrong plate, VIN or code.
function party(id: string): Party {
  const parsed = parseParty(id);
  if (!parsed) throw new Error(`Invalid owner or holder ${id} in the demo vehicle register`);
  return parsed;
}

type Given = Omit<Vehicle, "owner" | "holder" | "status"> & { owner: string; holder?: string; status?: Vehicle["status"] };

function vehicle({ owner, holder, status, ...fields }: Given): Vehicle {
  if (!/^[A-Z]{2}-\d{1,4}$/.test(fields.plate)) throw new Error(`Invalid plate ${fields.plate} in the demo vehicle register`);
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(fields.vin)) throw new Error(`Invalid VIN ${fields.vin} in the demo vehicle register`);
  return { ...fields, owner: party(owner), holder: holder ? party(holder) : null, status: status ?? "registered" };
}

export const registerVehicles: readonly Vehicle[] = [
  // Jānis Bērziņš: the family car, which Līga keeps, and his motorcycle.
  vehicle({
    plate: "HR-4512",
    vin: "TMBJG7NE1K0439563",
    make: "Škoda",
    model: "Octavia",
    year: 2019,
    category: "M1",
    firstRegistered: "2019-04-11",
    owner: "150384-13866",
    holder: "220786-10560",
    inspectionValidUntil: "2027-04-30",
  }),
  vehicle({
    plate: "EC-827",
    vin: "JH2RH0283MK258176",
    make: "Honda",
    model: "CB650R",
    year: 2021,
    category: "L3",
    firstRegistered: "2021-05-20",
    owner: "150384-13866",
    inspectionValidUntil: "2027-05-31",
  }),
  // SIA "Bērziņu Būve": the building firm's van.
  vehicle({
    plate: "KN-7301",
    vin: "NM0GXXTT2LA514002",
    make: "Ford",
    model: "Transit Custom",
    year: 2020,
    category: "N1",
    firstRegistered: "2020-03-02",
    owner: "40103587986",
    inspectionValidUntil: "2027-03-31",
  }),
  // Velta Bērziņa: her late husband Valdis's car, taken off the register when she stopped driving.
  vehicle({
    plate: "CP-6642",
    vin: "WVWZZZ3C99E961168",
    make: "Volkswagen",
    model: "Passat",
    year: 2009,
    category: "M1",
    firstRegistered: "2009-06-05",
    owner: "021052-18516",
    inspectionValidUntil: "2024-10-31",
    status: "deregistered",
  }),
  // Andris and Ilze Kalniņi, and their son Kristaps, whose inspection has run out.
  vehicle({
    plate: "JT-2288",
    vin: "YV1UZL1V7N1782554",
    make: "Volvo",
    model: "XC60",
    year: 2022,
    category: "M1",
    firstRegistered: "2022-09-14",
    owner: "301175-15938",
    inspectionValidUntil: "2027-09-30",
  }),
  vehicle({
    plate: "GE-5170",
    vin: "VNKKD3D3XEA150631",
    make: "Toyota",
    model: "Yaris",
    year: 2014,
    category: "M1",
    firstRegistered: "2014-07-22",
    owner: "140278-14803",
    inspectionValidUntil: "2027-02-28",
  }),
  vehicle({
    plate: "FK-903",
    vin: "WVWZZZ1K78W175954",
    make: "Volkswagen",
    model: "Golf",
    year: 2008,
    category: "M1",
    firstRegistered: "2008-05-16",
    owner: "200105-20340",
    inspectionValidUntil: "2026-06-30",
  }),
  // AS "Daugavas Enerģija": the chair Edgars Liepiņš's company car; Inese Liepiņa's own.
  vehicle({
    plate: "NB-4410",
    vin: "WBA21AH08PC661913",
    make: "BMW",
    model: "530e",
    year: 2023,
    category: "M1",
    firstRegistered: "2023-02-07",
    owner: "40003124336",
    holder: "090468-14431",
    inspectionValidUntil: "2027-02-28",
  }),
  vehicle({
    plate: "HA-7719",
    vin: "JF1SJEKC3HH198702",
    make: "Subaru",
    model: "Forester",
    year: 2017,
    category: "M1",
    firstRegistered: "2017-10-03",
    owner: "171270-19042",
    inspectionValidUntil: "2027-10-31",
  }),
  // Mārtiņš Ozoliņš: two cars, the older kept by Laura.
  vehicle({
    plate: "KO-3358",
    vin: "JTMRW3FV2MD483452",
    make: "Toyota",
    model: "RAV4",
    year: 2021,
    category: "M1",
    firstRegistered: "2021-08-26",
    owner: "080190-15509",
    inspectionValidUntil: "2027-08-31",
  }),
  vehicle({
    plate: "EF-1207",
    vin: "TMBEB65J3B3711097",
    make: "Škoda",
    model: "Fabia",
    year: 2011,
    category: "M1",
    firstRegistered: "2011-03-15",
    owner: "080190-15509",
    holder: "301092-18327",
    inspectionValidUntil: "2027-03-31",
  }),
  // SIA "Latgales Logi", in liquidation: its van, kept by Dmitrijs Ivanovs; and his own car.
  vehicle({
    plate: "LL-6021",
    vin: "VF1FW0ZBXG5160816",
    make: "Renault",
    model: "Kangoo",
    year: 2016,
    category: "N1",
    firstRegistered: "2016-04-19",
    owner: "41503088801",
    holder: "051284-10336",
    inspectionValidUntil: "2027-04-30",
  }),
  vehicle({
    plate: "DI-8453",
    vin: "WAUZZZ8K8CA632084",
    make: "Audi",
    model: "A4",
    year: 2012,
    category: "M1",
    firstRegistered: "2012-09-28",
    owner: "051284-10336",
    inspectionValidUntil: "2027-09-30",
  }),
  // Sergejs Ivanovs: the Niva he has driven since 1994.
  vehicle({
    plate: "AT-581",
    vin: "XTA212104R0325127",
    make: "Lada",
    model: "Niva 2121",
    year: 1994,
    category: "M1",
    firstRegistered: "1994-07-08",
    owner: "030255-11696",
    inspectionValidUntil: "2027-07-31",
  }),
  // IK "Kļaviņu Medus": the beekeeper's pick-up.
  vehicle({
    plate: "MH-4066",
    vin: "MR0FB8CD4F0139317",
    make: "Toyota",
    model: "Hilux",
    year: 2015,
    category: "N1",
    firstRegistered: "2015-05-12",
    owner: "40002076043",
    inspectionValidUntil: "2027-05-31",
  }),
  // Rūta Zariņa.
  vehicle({
    plate: "RZ-9900",
    vin: "LRW3E7FA7RC190122",
    make: "Tesla",
    model: "Model 3",
    year: 2024,
    category: "M1",
    firstRegistered: "2024-03-20",
    owner: "329571-75016",
    inspectionValidUntil: "2027-03-31",
  }),
  // Pēteris Grīnbergs.
  vehicle({
    plate: "GP-1944",
    vin: "SB1BR56E680554710",
    make: "Toyota",
    model: "Corolla",
    year: 2008,
    category: "M1",
    firstRegistered: "2008-02-01",
    owner: "170144-12446",
    inspectionValidUntil: "2027-01-31",
  }),
  // Oskars Krūmiņš: a motorcycle; SIA "Vidzemes Maiznīca": the bakery's delivery van.
  vehicle({
    plate: "OK-412",
    vin: "JH2SD0900KK538485",
    make: "Honda",
    model: "CRF1000L Africa Twin",
    year: 2019,
    category: "L3",
    firstRegistered: "2019-06-03",
    owner: "241287-12290",
    inspectionValidUntil: "2027-06-30",
  }),
  vehicle({
    plate: "VM-3075",
    vin: "WV1ZZZ2KXKX173248",
    make: "Volkswagen",
    model: "Caddy",
    year: 2019,
    category: "N1",
    firstRegistered: "2019-11-18",
    owner: "44103096980",
    inspectionValidUntil: "2027-11-30",
  }),
];
