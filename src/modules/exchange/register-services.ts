// The data services of the state registers that Epak's own modules call, by X-Road service id.
// The registers publish them (in development the demo registers do, at seeding).
export const REGISTER_SERVICES = {
  persons: "LV/GOV/PMLP/iedzivotaju-registrs/persons",
  addresses: "LV/GOV/PMLP/iedzivotaju-registrs/addresses",
  properties: "LV/GOV/VZD/kadastrs/properties",
  propertyOwners: "LV/GOV/VZD/kadastrs/owners",
  companies: "LV/GOV/UR/uznemumu-registrs/companies",
  officers: "LV/GOV/UR/uznemumu-registrs/officers",
  insurance: "LV/GOV/VSAA/socialas-apdrosinasanas-dati/insurance",
  benefits: "LV/GOV/VSAA/socialas-apdrosinasanas-dati/benefits",
  vehicles: "LV/GOV/CSDD/transportlidzeklu-registrs/vehicles",
  vehicleOwners: "LV/GOV/CSDD/transportlidzeklu-registrs/owners",
} as const;

/** Epak's own consumer systems. */
export const EPAK_SYSTEMS = {
  /** Identity: whom a person may represent, and the person's own register entry. */
  portal: "LV/GOV/VDAA/epak-portals",
  /** The informative e-services. */
  informative: "LV/GOV/VDAA/epak-informativie-pakalpojumi",
  /** The e-service forms: prefill from the registers and the address search. */
  eservices: "LV/GOV/VDAA/epak-e-pakalpojumi",
  /** The e-address: who an official message goes to, and who reads a company's mailbox. */
  mailbox: "LV/GOV/VDAA/epak-e-adrese",
  /** Case processing: the register checks of a process's automatic steps. */
  cases: "LV/GOV/VDAA/epak-lietvediba",
} as const;
