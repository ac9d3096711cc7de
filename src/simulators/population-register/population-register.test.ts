import assert from "node:assert/strict";
import { test } from "node:test";
import { formatPersonalCode, isPersonalCode, parsePersonalCode } from "../../platform/identifiers/personal-code.ts";
import { ageOn, findPerson, type RegisterPerson, testPersons } from "./index.ts";
import { registerPersons } from "./persons.ts";

const TODAY = "2026-11-23";
const NEW_FORMAT_SINCE = "2017-07-01";

function relatives(person: RegisterPerson): string[] {
  return [...(person.spouse ? [person.spouse] : []), ...person.parents, ...person.children];
}

function byCode(code: string): RegisterPerson {
  const person = findPerson(code);
  assert.ok(person, `no one in the register has code ${code}`);
  return person;
}

test("every personal code is valid and belongs to one person only", () => {
  assert.ok(registerPersons.length >= 32);
  for (const person of registerPersons) assert.ok(isPersonalCode(person.personalCode), person.personalCode);
  assert.equal(new Set(registerPersons.map((person) => person.personalCode)).size, registerPersons.length);
});

test("old-format codes carry the person's birth date, and everyone born since July 2017 has a new-format code", () => {
  for (const person of registerPersons) {
    const parsed = parsePersonalCode(person.personalCode);
    assert.ok(parsed.ok);
    if (parsed.format === "old") assert.equal(parsed.birthDate, person.birthDate, person.givenName);
    if (person.birthDate >= NEW_FORMAT_SINCE) assert.equal(parsed.format, "new", person.givenName);
  }
});

test("spouses, parents and children point at each other", () => {
  for (const person of registerPersons) {
    if (person.spouse) assert.equal(byCode(person.spouse).spouse, person.personalCode, person.givenName);
    for (const parent of person.parents) {
      assert.ok(byCode(parent).children.includes(person.personalCode), person.givenName);
      assert.ok(byCode(parent).birthDate < person.birthDate, person.givenName);
    }
    for (const child of person.children) assert.ok(byCode(child).parents.includes(person.personalCode), person.givenName);
    assert.ok(!relatives(person).includes(person.personalCode), person.givenName);
  }
});

test("at least four married couples have one to three children together", () => {
  const couples = registerPersons.filter((person) => {
    if (person.sex !== "female" || !person.spouse) return false;
    const spouse = byCode(person.spouse);
    const together = person.children.filter((child) => spouse.children.includes(child));
    return together.length >= 1 && together.length <= 3;
  });
  assert.ok(couples.length >= 4, `${couples.length} couples`);
});

test("names are Latvian, with family names in the form that fits each one's sex", () => {
  const latvian = registerPersons.filter((person) => person.status !== "foreigner");
  for (const { givenName, familyName, sex } of latvian) {
    const ending = sex === "female" ? /[ae]$/ : /[sš]$/;
    assert.match(givenName, ending, givenName);
    assert.match(familyName, ending, familyName);
  }
  const root = (person: RegisterPerson) => (person.status === "foreigner" ? person.familyName : person.familyName.slice(0, -1));
  for (const person of registerPersons) {
    for (const relative of [...(person.spouse ? [person.spouse] : []), ...person.children]) {
      assert.equal(root(byCode(relative)), root(person), `${person.familyName} and ${byCode(relative).familyName}`);
    }
  }
});

test("the people a tester needs are all there", () => {
  const living = testPersons();
  const age = (person: RegisterPerson) => ageOn(person, TODAY);
  const hasNewCode = (person: RegisterPerson) => {
    const parsed = parsePersonalCode(person.personalCode);
    return parsed.ok && parsed.format === "new";
  };
  const needs: [string, (person: RegisterPerson) => boolean][] = [
    ["an infant", (person) => age(person) === 0],
    ["someone over 85", (person) => age(person) > 85],
    ["a pensioner", (person) => age(person) >= 65 && /pensioner/i.test(person.note.en)],
    ["a student", (person) => /student/i.test(person.note.en)],
    ["a non-citizen", (person) => person.status === "non-citizen" && person.citizenship === null],
    [
      "a foreigner with a temporary residence permit",
      (person) => person.status === "foreigner" && person.residencePermit?.kind === "temporary",
    ],
    ["an adult with a new-format code", (person) => age(person) >= 18 && hasNewCode(person)],
    ["a child with a new-format code", (person) => age(person) < 18 && hasNewCode(person)],
    ["someone without a declared address", (person) => person.declaredAddress === null],
  ];
  for (const [who, fits] of needs) assert.ok(living.some(fits), who);
  for (const person of living) {
    assert.equal(person.status === "foreigner", person.residencePermit !== null, person.givenName);
    assert.equal(person.status === "citizen", person.citizenship === "LV", person.givenName);
  }
});

test("the deceased are found by code but not offered to testers", () => {
  const deceased = registerPersons.filter((person) => person.deceasedOn !== null);
  assert.ok(deceased.length >= 1);
  for (const person of deceased) {
    assert.equal(findPerson(person.personalCode), person);
    assert.ok(!testPersons().includes(person));
  }
  assert.equal(testPersons().length, registerPersons.length - deceased.length);
});

test("the picker lists family by family, adults before children", () => {
  const living = testPersons();
  const position = new Map(living.map((person, index) => [person.personalCode, index]));
  const seen = new Set<string>();
  for (const first of living) {
    if (seen.has(first.personalCode)) continue;
    const family: RegisterPerson[] = [];
    const queue = [first];
    for (let person = queue.shift(); person; person = queue.shift()) {
      if (seen.has(person.personalCode)) continue;
      seen.add(person.personalCode);
      family.push(person);
      queue.push(...relatives(person).flatMap((code) => living.filter((other) => other.personalCode === code)));
    }
    const start = position.get(first.personalCode) ?? -1;
    const block = living.slice(start, start + family.length);
    assert.deepEqual(new Set(block), new Set(family), `the ${first.familyName} family sits together`);
    const minors = block.map((person) => ageOn(person, TODAY) < 18);
    assert.deepEqual(minors, [...minors].sort(), `the ${first.familyName} family lists adults first`);
  }
  assert.ok(ageOn(living[0] as RegisterPerson, TODAY) >= 18);
});

test("a person is found by their code in any form people type it", () => {
  const janis = byCode("15038413866");
  assert.equal(`${janis.givenName} ${janis.familyName}`, "Jānis Bērziņš");
  for (const person of registerPersons) {
    const formatted = formatPersonalCode(person.personalCode);
    assert.equal(findPerson(formatted), person);
    assert.equal(findPerson(` ${formatted.replace("-", " ")} `), person);
  }
  assert.equal(findPerson("010190-10001"), null, "a valid code of no one in the register");
  assert.equal(findPerson("150384-13867"), null, "an invalid code");
  assert.equal(findPerson(""), null);
});

test("age counts full years, a 29 February birthday falling on 1 March in common years", () => {
  const janis = byCode("150384-13866");
  assert.equal(ageOn(janis, "2026-03-14"), 41);
  assert.equal(ageOn(janis, "2026-03-15"), 42);
  const zane = byCode("290292-15224");
  assert.equal(ageOn(zane, "2027-02-28"), 34);
  assert.equal(ageOn(zane, "2027-03-01"), 35);
  assert.equal(ageOn(zane, "2028-02-29"), 36);
  assert.throws(() => ageOn(zane, "1.3.2027"), RangeError);
});
