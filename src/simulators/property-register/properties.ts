// Synthetic properties: any likeness to real ones is chance. Owners are named in the comments so the
// data reads without looking codes up. Some people are declared at flats they rent, not own.
import { findAddress } from "../population-register/index.ts";
import { type Party, parseParty } from "../register-api.ts";
import type { Ownership, Property, PropertyKind } from "./index.ts";

// A typo here should stop the register from loading rather than hand out a wrong code.
function owner(id: string, share: string, since: string): Ownership {
  const party: Party | null = parseParty(id);
  if (!party) throw new Error(`Invalid owner ${id} in the demo property register`);
  if (!/^[1-9]\d*\/[1-9]\d*$/.test(share)) throw new Error(`Invalid share ${share} in the demo property register`);
  return { owner: party, share, since };
}

function property(cadastreNumber: string, kind: PropertyKind, addressCode: string, areaM2: number, owners: Ownership[]): Property {
  if (!/^\d{11}$/.test(cadastreNumber)) throw new Error(`Invalid cadastre number ${cadastreNumber} in the demo property register`);
  const address = findAddress(addressCode);
  if (!address) throw new Error(`Unknown address ${addressCode} of ${cadastreNumber} in the demo property register`);
  return { cadastreNumber, kind, address: { addressCode, text: address.text }, areaM2, owners };
}

export const registerProperties: readonly Property[] = [
  // Brīvības iela 101-5, Rīga: Jānis and Līga Bērziņi, their home.
  property("01009001234", "apartment", "105117328", 78.4, [
    owner("150384-13866", "1/2", "2013-06-14"),
    owner("220786-10560", "1/2", "2013-06-14"),
  ]),
  // Ozolu iela 4, Ogre: Velta Bērziņa's house; the land at Madliena she inherited from her husband Valdis.
  property("74010040512", "building", "104582109", 142.6, [owner("021052-18516", "1/1", "1984-09-03")]),
  property("74680030087", "land", "104902217", 48200, [owner("021052-18516", "1/1", "2024-09-10")]),
  // Liepājas iela 12, Kuldīga: Andris and Ilze Kalniņi; Baznīcas iela 3: his mother Austra.
  property("62010050233", "building", "103710548", 186.0, [
    owner("301175-15938", "1/2", "2004-09-21"),
    owner("140278-14803", "1/2", "2004-09-21"),
  ]),
  property("62010020417", "building", "103710891", 96.3, [owner("050837-16429", "1/1", "1994-02-08")]),
  // Liepājas iela 40, Kuldīga: the sawmill of SIA "Kurzemes Koks", where no one lives.
  property("62010071102", "land", "103711206", 12650, [owner("40003073400", "1/1", "1998-05-14")]),
  // Raunas iela 22, Cēsis: Inese Liepiņa's, inherited; her husband and grown-up son are declared there too.
  property("42010020318", "building", "102114367", 164.8, [owner("171270-19042", "1/1", "2003-04-02")]),
  // Lielā iela 27-8, Jelgava: Mārtiņš and Laura Ozoliņi.
  property("09009001105", "apartment", "100982455", 61.2, [
    owner("080190-15509", "1/2", "2020-08-18"),
    owner("301092-18327", "1/2", "2020-08-18"),
  ]),
  // Rīgas iela 40-7, Daugavpils: Tatjana Ivanova's; her husband Sergejs is declared there, not an owner.
  property("05009002207", "apartment", "100603712", 52.7, [owner("190758-17403", "1/1", "1996-10-15")]),
  // Dārza iela 5, Varakļāni: the Ivanovs' summer house, no one declared there.
  property("70170010094", "building", "104711853", 58.0, [
    owner("030255-11696", "1/2", "2002-06-27"),
    owner("190758-17403", "1/2", "2002-06-27"),
  ]),
  // Viestura iela 8-2, Daugavpils: Dmitrijs Ivanovs.
  property("05009003318", "apartment", "100604128", 44.9, [owner("051284-10336", "1/1", "2011-04-28")]),
  // Raimonds Vanags: his own flat on Elizabetes iela, and two he lets, to Olena Kovalenko's family and to Dace Liepiņa.
  property("01009004421", "apartment", "105119246", 112.5, [owner("030371-14620", "1/1", "2003-08-19")]),
  property("01009005532", "apartment", "105208834", 48.3, [owner("030371-14620", "1/1", "2017-03-02")]),
  property("01009006643", "apartment", "105121475", 39.6, [owner("030371-14620", "1/1", "2012-11-07")]),
  // Pēteris Grīnbergs: his own flat in Jūrmala, and one in Rīga he lets to the student Kristaps Kalniņš.
  property("13009001865", "apartment", "101205573", 57.1, [owner("170144-12446", "1/1", "1993-04-30")]),
  property("01009007754", "apartment", "105093361", 33.8, [owner("170144-12446", "1/1", "1998-12-10")]),
  // Krišjāņa Barona iela 56-9, Rīga: Rūta Zariņa.
  property("01009008876", "apartment", "105124590", 54.0, [owner("329571-75016", "1/1", "2022-02-15")]),
  // Lāčplēša iela 87-15, Rīga: Zane Eglīte.
  property("01009010098", "apartment", "105126017", 46.2, [owner("290292-15224", "1/1", "2019-10-22")]),
  // Valmiera: Aija Vītola's flat and Oskars Krūmiņš's house.
  property("96019001987", "apartment", "104401538", 64.5, [owner("140963-19814", "1/1", "2000-11-09")]),
  property("96010030145", "building", "104403712", 128.9, [owner("241287-12290", "1/1", "2016-08-25")]),
  // Gints Kļaviņš: his house in Ventspils and the farm at Ance where his bees are, no one declared there.
  property("27000140256", "building", "101877603", 118.0, [owner("270681-12894", "1/1", "2010-06-30")]),
  property("98420050078", "land", "101902734", 36400, [owner("270681-12894", "1/1", "2013-10-04")]),
  // Ģertrūdes iela 33-7, Rīga: Kārlis Siliņš, who lives abroad; no one declared there.
  property("01009009987", "apartment", "105110942", 71.3, [owner("010479-18471", "1/1", "2008-05-06")]),
  // Krasta iela 68, Rīga: the office building of SIA "Bērziņu Būve".
  property("01000320091", "building", "105301186", 640.0, [owner("40103587986", "1/1", "2015-07-01")]),
];
