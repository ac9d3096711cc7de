import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { isRegistrationNumber, makeRegistrationNumber, parseRegistrationNumber } from "./registration-number.ts";

const numbers = fc
  .stringMatching(/^[49]\d{9}$/)
  .map(makeRegistrationNumber)
  .filter((number) => number !== null);

test("numbers that satisfy the weighted sum are read with their kind", () => {
  // 4·9 + 0·1 + 0·4 + 0·8 + 3·3 + 2·10 + 4·2 + 5·5 + 7·7 + 5·6 + 2·1 = 179 = 16·11 + 3
  assert.deepEqual(parseRegistrationNumber("40003245752"), { ok: true, number: "40003245752", kind: "company" });
  // 9·9 + 1·2 + 8·1 = 91 = 8·11 + 3
  assert.deepEqual(parseRegistrationNumber("90000010008"), { ok: true, number: "90000010008", kind: "institution" });
  assert.equal(makeRegistrationNumber("4000324575"), "40003245752");
  assert.equal(makeRegistrationNumber("9000001000"), "90000010008");
});

test("numbers are read as people type or paste them", () => {
  for (const input of ["40003245752", " 40003245752 ", "LV40003245752", "lv40003245752", "LV 4000 324 5752", "4000 3245 752"]) {
    assert.deepEqual(parseRegistrationNumber(input), { ok: true, number: "40003245752", kind: "company" }, input);
  }
});

test("each kind of mistake is named", () => {
  const cases: [string, string][] = [
    ["", "format"],
    ["LV", "format"],
    ["4000324575", "format"],
    ["400032457520", "format"],
    ["50003245752", "format"],
    ["LVLV40003245752", "format"],
    ["40003-245752", "format"],
    ["40003245753", "check_digit"],
    ["90000010009", "check_digit"],
  ];
  for (const [input, problem] of cases) assert.deepEqual(parseRegistrationNumber(input), { ok: false, problem }, input);
});

test("only a valid number in its stored form passes as a RegistrationNumber", () => {
  assert.equal(isRegistrationNumber("40003245752"), true);
  assert.equal(isRegistrationNumber("LV40003245752"), false);
  assert.equal(isRegistrationNumber("4000 3245752"), false);
  assert.equal(isRegistrationNumber("40003245753"), false);
});

test("making a number from digits that cannot start one is a programming error", () => {
  for (const first10 of ["5000324575", "400032457", "40003245752", "4000a24575"]) {
    assert.throws(() => makeRegistrationNumber(first10), RangeError, first10);
  }
});

test("every number made reads back as itself, of the kind its first digit says", () => {
  fc.assert(
    fc.property(numbers, (number) => {
      assert.deepEqual(parseRegistrationNumber(number), { ok: true, number, kind: number.startsWith("4") ? "company" : "institution" });
      assert.deepEqual(parseRegistrationNumber(`LV ${number}`), parseRegistrationNumber(number));
    }),
  );
});

test("when no check digit fits, no last digit makes a valid number", () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[49]\d{9}$/), (first10) => {
      if (makeRegistrationNumber(first10) !== null) return;
      for (let digit = 0; digit <= 9; digit++) {
        assert.deepEqual(parseRegistrationNumber(`${first10}${digit}`), { ok: false, problem: "check_digit" });
      }
    }),
  );
});

test("a single mistyped digit is always caught", () => {
  // No weight is a multiple of 11 and no change of a digit (±1–9) is either, so the sum always moves off 3.
  fc.assert(
    fc.property(numbers, (number) => {
      for (let position = 0; position < 11; position++) {
        for (let digit = 0; digit <= 9; digit++) {
          if (String(digit) === number[position]) continue;
          const changed = `${number.slice(0, position)}${digit}${number.slice(position + 1)}`;
          assert.equal(parseRegistrationNumber(changed).ok, false, changed);
        }
      }
    }),
  );
});

test("reading never throws, and whatever it accepts is a stored-form number", () => {
  const inputs = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.stringMatching(/^(LV)?[0-9 ]{0,14}$/));
  fc.assert(
    fc.property(inputs, (input) => {
      const parsed = parseRegistrationNumber(input);
      if (parsed.ok) assert.equal(isRegistrationNumber(parsed.number), true);
    }),
    { numRuns: 1000 },
  );
});
