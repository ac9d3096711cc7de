// Finding an address in the state address data, through the bus like any register read, so a
// person chooses an address that exists (and the institution gets its code) instead of typing one.
// Addresses are not personal data: the register names no data subject for these calls.
import { type BusClient, REGISTER_SERVICES } from "../../exchange/index.ts";
import type { PrefillCall } from "./sources.ts";

export type FoundAddress = { addressCode: string; text: string; municipality: string };

/** What the register searches at most; a longer text is no address anyway. */
const MAX_QUERY = 100;
/** The register refuses shorter queries; asking it would read as the register being unavailable. */
const MIN_QUERY = 2;

/** Up to 10 addresses whose words start with the words typed, diacritics aside; none for a query under 2 characters. */
export async function searchAddresses(bus: BusClient, query: string, call: PrefillCall): Promise<FoundAddress[]> {
  const q = query.trim().slice(0, MAX_QUERY);
  if (q.length < MIN_QUERY) return [];
  const answer = await bus.get<{ addresses: FoundAddress[] }>({
    ...call,
    service: REGISTER_SERVICES.addresses,
    path: `?q=${encodeURIComponent(q)}&limit=10`,
  });
  return answer?.addresses ?? [];
}

/** The full text of an address by its 9-digit code; null for a code the address register does not know. */
export async function addressText(bus: BusClient, addressCode: string, call: PrefillCall): Promise<string | null> {
  const code = addressCode.replace(/\s/g, "");
  if (!/^\d{9}$/.test(code)) return null;
  const answer = await bus.get<FoundAddress>({ ...call, service: REGISTER_SERVICES.addresses, path: `/${code}` });
  return answer?.text ?? null;
}
