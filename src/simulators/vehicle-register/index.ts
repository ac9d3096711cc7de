// The vehicle register of the Road Traffic Safety Directorate (CSDD) as an outside system: synthetic
// vehicles owned by population-register persons or enterprise-register companies.
import { type Party, parseParty, sameParty } from "../register-api.ts";
import { registerVehicles } from "./vehicles.ts";

/** EU vehicle categories: M1 passenger car, L3 motorcycle, N1 light goods vehicle (van, pick-up). */
export type VehicleCategory = "M1" | "L3" | "N1";
export type Vehicle = {
  /** "AB-1234": two letters, a hyphen and up to four digits. */
  plate: string;
  vin: string;
  make: string;
  model: string;
  year: number;
  category: VehicleCategory;
  /** YYYY-MM-DD of first registration in Latvia. */
  firstRegistered: string;
  owner: Party;
  /** Turētājs: who keeps and uses it when that is not the owner; null otherwise. */
  holder: Party | null;
  /** Last day the roadworthiness test is valid; past for a vehicle whose test has run out. */
  inspectionValidUntil: string | null;
  status: "registered" | "deregistered";
};

const byPlate = new Map(registerVehicles.map((vehicle) => [vehicle.plate, vehicle]));

/** A plate as people type it ("ka1234", "KA 1234") in the register's form "KA-1234"; null if it is not one. */
export function parsePlate(input: string): string | null {
  const match = /^([A-Z]{2})(\d{1,4})$/.exec(input.replace(/[\s-]/g, "").toUpperCase());
  return match ? `${match[1]}-${match[2]}` : null;
}

export function findVehicle(plate: string): Vehicle | null {
  const parsed = parsePlate(plate);
  return parsed ? (byPlate.get(parsed) ?? null) : null;
}

export function vehicles(): readonly Vehicle[] {
  return registerVehicles;
}

/** Vehicles the person or company owns, deregistered ones included; `owner` is a personal code or a registration number. */
export function vehiclesOf(owner: string): Vehicle[] {
  const party = parseParty(owner);
  return party ? registerVehicles.filter((vehicle) => sameParty(vehicle.owner, party)) : [];
}
