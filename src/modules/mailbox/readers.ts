// Who reads which e-address. A person reads their own. A company's is read by its board members
// with the right of representation, alone or jointly (reading is not acting for the company), as
// the enterprise register says at the time of asking. Register calls go over the bus, so none of
// this may run inside a transaction.
import { AppError } from "../../platform/errors.ts";
import type { AppServices } from "../../platform/module.ts";
import { busClient, EPAK_SYSTEMS, REGISTER_SERVICES } from "../exchange/index.ts";
import { type Company, ensurePerson, findPersonByPersonalCode, Registers } from "../identity/index.ts";
import type { Owner } from "./mailbox.repository.ts";

type Reader = { personId: string; personalCode: string };

type BoardMember = { personalCode: string; givenName: string; familyName: string; representation: "alone" | "jointly" };
type CompanyEntry = { registrationNumber: string; name: string; status: "active" | "liquidation" | "excluded"; board: BoardMember[] };
type PersonEntry = { personalCode: string; givenName: string; familyName: string; deceasedOn: string | null };

export class Readers {
  readonly #services: AppServices;
  readonly #registers: Registers;
  readonly #bus;

  constructor(services: AppServices) {
    this.#services = services;
    this.#registers = new Registers(services);
    this.#bus = busClient(services, EPAK_SYSTEMS.mailbox);
  }

  /** The companies whose e-address this person reads. */
  async companiesOf(reader: Reader): Promise<Company[]> {
    const { alone, jointly } = await this.#registers.representationsOf(reader.personalCode, `user:${reader.personId}`);
    return [...alone, ...jointly].sort((a, b) => a.name.localeCompare(b.name, "lv"));
  }

  async mayRead(reader: Reader, owner: Owner): Promise<boolean> {
    if (owner.kind === "person") return owner.personId === reader.personId;
    return (await this.companiesOf(reader)).some((c) => c.registrationNumber === owner.registrationNumber);
  }

  /** A company and the Epak persons who read its e-address (to be notified); null when the register has no such company. */
  async company(registrationNumber: string, askedBy: string): Promise<{ name: string; readerIds: string[] } | null> {
    const entry = await this.#bus.get<CompanyEntry>({
      service: REGISTER_SERVICES.companies,
      path: `/${registrationNumber}`,
      userId: askedBy,
    });
    if (!entry || entry.status === "excluded") return null;
    const readerIds: string[] = [];
    for (const member of entry.board) {
      const person = await findPersonByPersonalCode(this.#services.db, member.personalCode);
      if (person) readerIds.push(person.id);
    }
    return { name: entry.name, readerIds };
  }

  /**
   * The person a message is addressed to by personal code, made known to Epak if they have never
   * logged in (their e-address exists from the first message). Null when the register has no such
   * living person.
   */
  async person(personalCode: string, askedBy: string): Promise<{ personId: string; name: string } | null> {
    const entry = await this.#bus.get<PersonEntry>({ service: REGISTER_SERVICES.persons, path: `/${personalCode}`, userId: askedBy });
    if (!entry || entry.deceasedOn) return null;
    const person = await ensurePerson(this.#services.db, entry);
    return { personId: person.id, name: `${entry.givenName} ${entry.familyName}` };
  }
}

export function notFoundUnless(allowed: boolean): void {
  // Someone else's mailbox is answered as if it did not exist, so ids cannot be probed.
  if (!allowed) throw new AppError("not_found", 404);
}
