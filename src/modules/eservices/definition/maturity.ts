// The catalogue's maturity level of a service follows from what its e-service does, not from what
// an editor claims: a form submitted online is two-way (3); with the fee paid online (or no fee)
// and the decision delivered to the e-address it is a full transaction (4); when it also takes
// data from another institution's register instead of asking the person, it is inter-agency (5).
// A fee paid in Epak before submitting is paid online; one the institution asks for after its
// decision leaves the transaction open at submission, so that e-service stays two-way.
import type { EServiceDefinition } from "./model.ts";

export type EServiceMaturity = 3 | 4 | 5;

/** Which register institution each prefill source reads from, to tell another institution's data. */
const SOURCE_INSTITUTION = {
  person: "PMLP",
  relations: "PMLP",
  ownedProperties: "VZD",
  company: "UR",
  insurance: "VSAA",
  benefits: "VSAA",
} as const;

export function maturityOf(definition: EServiceDefinition): EServiceMaturity {
  const paidOnline = definition.fee === null || definition.fee.payment === "beforeSubmit";
  const transactional = paidOnline && definition.decisionDelivery.includes("eAddress");
  if (!transactional) return 3;
  const othersData = definition.prefill.some((source) => SOURCE_INSTITUTION[source] !== definition.institution);
  return othersData ? 5 : 4;
}
