// Synthetic addresses as the state address register codes them. Both the people declared here and the
// property register's objects point at these codes, so every address is written once. Municipalities are
// those since the 2021 reform (Varakļāni part of Madonas novads since 2025).
import type { Address } from "./index.ts";

function address(addressCode: string, text: string, municipality: string): Address {
  if (!/^\d{9}$/.test(addressCode)) throw new Error(`Invalid address code ${addressCode} in the demo population register`);
  return { addressCode, text, municipality };
}

export const registerAddresses: readonly Address[] = [
  address("105117328", "Brīvības iela 101-5, Rīga, LV-1001", "Rīga"),
  address("104582109", "Ozolu iela 4, Ogre, Ogres nov., LV-5001", "Ogres novads"),
  address("104902217", "„Bērzkalni”, Madlienas pag., Ogres nov., LV-5045", "Ogres novads"),
  address("103710548", "Liepājas iela 12, Kuldīga, Kuldīgas nov., LV-3301", "Kuldīgas novads"),
  address("103710891", "Baznīcas iela 3, Kuldīga, Kuldīgas nov., LV-3301", "Kuldīgas novads"),
  address("103711206", "Liepājas iela 40, Kuldīga, Kuldīgas nov., LV-3301", "Kuldīgas novads"),
  address("102114367", "Raunas iela 22, Cēsis, Cēsu nov., LV-4101", "Cēsu novads"),
  address("100982455", "Lielā iela 27-8, Jelgava, LV-3001", "Jelgava"),
  address("100603712", "Rīgas iela 40-7, Daugavpils, LV-5401", "Daugavpils"),
  address("100604128", "Viestura iela 8-2, Daugavpils, LV-5401", "Daugavpils"),
  address("104711853", "Dārza iela 5, Varakļāni, Madonas nov., LV-4838", "Madonas novads"),
  address("105208834", "Maskavas iela 250-41, Rīga, LV-1063", "Rīga"),
  address("105093361", "Burtnieku iela 36-12, Rīga, LV-1006", "Rīga"),
  address("105121475", "Tērbatas iela 14-3, Rīga, LV-1011", "Rīga"),
  address("105124590", "Krišjāņa Barona iela 56-9, Rīga, LV-1011", "Rīga"),
  address("101877603", "Kuldīgas iela 18, Ventspils, LV-3601", "Ventspils"),
  address("101902734", "„Kļaviņas”, Ances pag., Ventspils nov., LV-3601", "Ventspils novads"),
  address("105119246", "Elizabetes iela 45-2, Rīga, LV-1010", "Rīga"),
  address("104401538", "Rīgas iela 30-4, Valmiera, Valmieras nov., LV-4201", "Valmieras novads"),
  address("104403712", "Beātes iela 15, Valmiera, Valmieras nov., LV-4201", "Valmieras novads"),
  address("105126017", "Lāčplēša iela 87-15, Rīga, LV-1011", "Rīga"),
  address("101551289", "Graudu iela 30-6, Liepāja, LV-3401", "Liepāja"),
  address("101205573", "Jomas iela 50-3, Jūrmala, LV-2015", "Jūrmala"),
  address("105110942", "Ģertrūdes iela 33-7, Rīga, LV-1011", "Rīga"),
  address("105301186", "Krasta iela 68, Rīga, LV-1019", "Rīga"),
];
