import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import {
  formatPersonalCode,
  isPersonalCode,
  makeNewPersonalCode,
  makeOldPersonalCode,
  maskPersonalCode,
  type PersonalCode,
  parsePersonalCode,
  personalCodeCheckDigit,
} from "./personal-code.ts";

const birthDates = fc
  .date({ min: new Date("1800-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const serials = fc.integer({ min: 0, max: 999 });
const oldCodes = fc
  .tuple(birthDates, serials)
  .map(([birthDate, serial]) => makeOldPersonalCode(birthDate, serial))
  .filter((code) => code !== null);
const newCodes = fc.stringMatching(/^[2-9]\d{9}$/).map(makeNewPersonalCode);

function withDigit(code: string, position: number, digit: number): string {
  return `${code.slice(0, position)}${digit}${code.slice(position + 1)}`;
}

test("old-format codes are read with their birth date, the century taken from the seventh digit", () => {
  // 0·1 + 1·6 + 0·3 + 1·7 + 9·9 + 0·10 + 1·5 + 0·8 + 0·4 + 0·2 = 99; (1101 − 99) mod 11 = 1
  assert.deepEqual(parsePersonalCode("010190-10001"), { ok: true, code: "01019010001", format: "old", birthDate: "1990-01-01" });
  // 2 + 54 + 0 + 14 + 0 + 0 + 10 + 8 + 8 + 6 = 102; (1101 − 102) mod 11 = 9
  assert.deepEqual(parsePersonalCode("290200-21239"), { ok: true, code: "29020021239", format: "old", birthDate: "2000-02-29" });
  assert.equal(parsePersonalCode(makeOldPersonalCode("1875-12-31", 5) ?? "").ok, true);
  assert.equal(makeOldPersonalCode("1990-01-01", 0), "01019010001");
  assert.equal(makeOldPersonalCode("2000-02-29", 123), "29020021239");
});

test("new-format codes are read without a birth date", () => {
  assert.deepEqual(parsePersonalCode("321234-56789"), { ok: true, code: "32123456789", format: "new", birthDate: null });
  assert.deepEqual(parsePersonalCode("39999999999"), { ok: true, code: "39999999999", format: "new", birthDate: null });
  assert.equal(makeNewPersonalCode("2123456789"), "32123456789");
});

test("codes are read as people type them", () => {
  for (const input of ["01019010001", "010190-10001", "  010190-10001 ", "010190 - 10001", "0101 90 100 01", "\t010190-10001\n"]) {
    assert.deepEqual(parsePersonalCode(input), parsePersonalCode("01019010001"), input);
  }
});

test("each kind of mistake is named", () => {
  const cases: [string, string][] = [
    ["", "format"],
    ["0101901000", "format"],
    ["010190100011", "format"],
    ["0101901-0001", "format"],
    ["010190--10001", "format"],
    ["010190-1000a", "format"],
    ["０１０１９０１０００１", "format"],
    ["010190-10002", "check_digit"],
    ["310490-10003", "date"],
    ["290201-20000", "date"],
    ["290200-00000", "date"],
    ["290200-10000", "date"],
    ["000190-10000", "date"],
    ["011390-10000", "date"],
    ["010190-30000", "date"],
    ["311290-90000", "date"],
  ];
  for (const [input, problem] of cases) {
    assert.deepEqual(parsePersonalCode(input), { ok: false, problem }, input);
  }
});

test("only a valid code in its stored form passes as a PersonalCode", () => {
  assert.equal(isPersonalCode("01019010001"), true);
  assert.equal(isPersonalCode("32123456789"), true);
  assert.equal(isPersonalCode("010190-10001"), false);
  assert.equal(isPersonalCode(" 01019010001"), false);
  assert.equal(isPersonalCode("01019010002"), false);
});

test("codes are shown split after the sixth digit, and masked for staff lists", () => {
  assert.equal(formatPersonalCode("01019010001" as PersonalCode), "010190-10001");
  assert.equal(formatPersonalCode("32123456789" as PersonalCode), "321234-56789");
  assert.equal(maskPersonalCode("01019010001" as PersonalCode), "010190-*****");
  assert.equal(maskPersonalCode("32123456789" as PersonalCode), "321234-*****");
});

test("making a code from something that cannot be one is a programming error", () => {
  for (const date of ["1799-12-31", "2100-01-01", "2023-02-29", "1900-02-29", "1990-1-1", "01.01.1990", ""]) {
    assert.throws(() => makeOldPersonalCode(date, 1), RangeError, date);
  }
  for (const serial of [-1, 1000, 1.5, Number.NaN]) assert.throws(() => makeOldPersonalCode("1990-01-01", serial), RangeError);
  for (const rest of ["1234567890", "0123456789", "212345678", "21234567890", "2a23456789"]) {
    assert.throws(() => makeNewPersonalCode(rest), RangeError, rest);
  }
  assert.throws(() => personalCodeCheckDigit("123456789"), RangeError);
});

test("every old-format code made for a date reads back with that date", () => {
  fc.assert(
    fc.property(birthDates, serials, (birthDate, serial) => {
      const code = makeOldPersonalCode(birthDate, serial);
      if (code === null) return;
      assert.deepEqual(parsePersonalCode(code), { ok: true, code, format: "old", birthDate });
      assert.equal(isPersonalCode(code), true);
    }),
  );
});

test("a serial gets a code exactly when it has a check digit; otherwise no last digit makes a valid code", () => {
  fc.assert(
    fc.property(birthDates, serials, (birthDate, serial) => {
      const [year = "", month = "", day = ""] = birthDate.split("-");
      const first10 = `${day}${month}${year.slice(2)}${Number(year.slice(0, 2)) - 18}${String(serial).padStart(3, "0")}`;
      const check = personalCodeCheckDigit(first10);
      assert.equal(makeOldPersonalCode(birthDate, serial), check === null ? null : `${first10}${check}`);
      if (check !== null) return;
      for (let digit = 0; digit <= 9; digit++) {
        assert.deepEqual(parsePersonalCode(`${first10}${digit}`), { ok: false, problem: "check_digit" });
      }
    }),
  );
});

test("a single mistyped digit never gives another old-format code", () => {
  // Every weight is 1–10 and every change of a digit is ±1–9, so no change is a multiple of 11. The one
  // way to stay valid is to leave the old format: a day such as 25 or 30 turned into 35 or 38 reads as a
  // new-format code, which has no check digit to catch it.
  fc.assert(
    fc.property(oldCodes, (code) => {
      for (let position = 0; position < 11; position++) {
        for (let digit = 0; digit <= 9; digit++) {
          if (String(digit) === code[position]) continue;
          const parsed = parsePersonalCode(withDigit(code, position, digit));
          if (!parsed.ok) continue;
          assert.equal(parsed.format, "new");
          assert.ok(position < 2);
        }
      }
    }),
  );
  assert.equal(parsePersonalCode("250190-10008").ok, true);
  assert.deepEqual(parsePersonalCode("350190-10008"), { ok: true, code: "35019010008", format: "new", birthDate: null });
});

test("formatting and reading back gives the same code, in both formats", () => {
  fc.assert(
    fc.property(fc.oneof(oldCodes, newCodes), (code) => {
      const parsed = parsePersonalCode(formatPersonalCode(code));
      assert.equal(parsed.ok && parsed.code, code);
    }),
  );
});

test("new-format codes always read as valid and without a birth date", () => {
  fc.assert(
    fc.property(newCodes, (code) => {
      assert.deepEqual(parsePersonalCode(code), { ok: true, code, format: "new", birthDate: null });
    }),
  );
});

test("reading never throws, and whatever it accepts is a stored-form code", () => {
  const inputs = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.stringMatching(/^[0-9 \t-]{0,16}$/));
  fc.assert(
    fc.property(inputs, (input) => {
      const parsed = parsePersonalCode(input);
      if (parsed.ok) assert.equal(isPersonalCode(parsed.code), true);
    }),
    { numRuns: 1000 },
  );
});
