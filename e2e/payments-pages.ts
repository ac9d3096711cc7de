// Paying in Chromium as a person does: the fee on "check your answers", the choice of bank link
// or card on Epak's payment page, and the development provider's bank and card pages. The words
// are written out here, not read from the message catalogues, so that a page in the wrong
// language fails.
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../test/harness/browser.ts";
import { FORM_TEXT, fillAndContinue, heading, pdfFile, press, question } from "./eservices-pages.ts";
import { DESKTOP, inLocale, type Locale, NARROW } from "./site-pages.ts";

export const PAY_TEXT = {
  lv: {
    payFee: (amount: string) => `Samaksāt ${amount}`,
    payTitle: "Samaksa",
    howToPay: "Kā vēlaties maksāt?",
    bank: "Internetbankā",
    card: "Ar maksājumu karti",
    pay: (amount: string) => `Maksāt ${amount}`,
    chooseHow: "Izvēlieties, kā maksāt",
    cancelled: "Maksājums tika atcelts, un nekas netika samaksāts.",
    failed: "Maksājums neizdevās: banka vai kartes izdevējs to noraidīja. Nekas netika samaksāts.",
    justPaid: "Maksājums saņemts. Tagad apliecinājiet sniegtās ziņas un iesniedziet pieteikumu.",
    pending: "Gaidām maksājuma apstiprinājumu",
    bankTitle: "Maksājums internetbankā",
    chooseBank: "Izvēlieties banku",
    chooseBankError: "Izvēlieties banku, ar kuru maksāt",
    confirm: (amount: string) => `Apstiprināt maksājumu ${amount}`,
    cancel: "Atcelt maksājumu",
    cardTitle: "Maksājums ar karti",
    cardNumber: "Kartes numurs",
    expiry: "Derīguma termiņš",
    cvc: "Drošības kods (CVC)",
    cardInvalid: "Kartes numurs nav derīgs. Pārbaudiet ciparus",
    paidLine: (amount: string, reference: string) => `Samaksāta valsts nodeva ${amount}, maksājuma atsauce ${reference}.`,
  },
  en: {
    payFee: (amount: string) => `Pay ${amount}`,
    payTitle: "Payment",
    howToPay: "How do you want to pay?",
    bank: "In your online bank",
    card: "With a payment card",
    pay: (amount: string) => `Pay ${amount}`,
    chooseHow: "Choose how to pay",
    cancelled: "The payment was cancelled and nothing was paid.",
    failed: "The payment did not go through: the bank or card issuer declined it. Nothing was paid.",
    justPaid: "Payment received. Now confirm the information you gave and submit the application.",
    pending: "Waiting for the payment to be confirmed",
    bankTitle: "Payment in your online bank",
    chooseBank: "Choose your bank",
    chooseBankError: "Choose the bank to pay with",
    confirm: (amount: string) => `Confirm the payment of ${amount}`,
    cancel: "Cancel the payment",
    cardTitle: "Payment by card",
    cardNumber: "Card number",
    expiry: "Expiry date",
    cvc: "Security code (CVC)",
    cardInvalid: "The card number is not valid. Check the digits",
    paidLine: (amount: string, reference: string) => `State fee of ${amount} paid, payment reference ${reference}.`,
  },
} as const;

export const FEE = { lv: "20,00 €", en: "€20.00" } as const;

/** Axe at 1280 and 320 px (no sideways scrolling there), then the same GET page in the other language. */
export async function expectAccessibleBoth(page: Page, locale: Locale, { otherLanguage = true } = {}): Promise<void> {
  const check = async () => {
    await expectNoAxeViolations(page);
    await page.setViewportSize(NARROW);
    try {
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page);
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  };
  await check();
  if (!otherLanguage) return;
  const here = new URL(page.url());
  const other = locale === "lv" ? inLocale("en", here.pathname) : here.pathname.replace(/^\/en(?=\/)/, "");
  await page.goto(`${here.origin}${other}${here.search}`);
  await check();
  await page.goto(here.toString());
}

/** Jānis's company's move to rented premises, from the first page of the draft to "check your answers". */
export async function fillAddressChange(page: Page): Promise<void> {
  const text = FORM_TEXT.lv;
  assert.equal(await heading(page), "Komersants");
  await press(page, text.continue);
  await press(page, text.continue);
  await fillAndContinue(page, "lv", { "Kāpēc mainās juridiskā adrese?": { choose: "Komersants pārceļas uz citām telpām" } });
  await fillAndContinue(page, "lv", {
    "Kāda ir komersanta jaunā juridiskā adrese?": { address: "Ieriķu 5", pick: "Ieriķu iela 5-14, Rīga, LV-1084" },
  });
  await fillAndContinue(page, "lv", { "Kam pieder telpas?": { choose: "Uzņēmumam, pašvaldībai vai citai organizācijai" } });
  await fillAndContinue(page, "lv", {
    "Īpašnieka vārds, uzvārds vai nosaukums": { text: 'SIA "Baltijas Datu Risinājumi"' },
    "Īpašnieka reģistrācijas numurs": { text: "40203558818" },
    "Pievienojiet īpašnieka rakstisku piekrišanu": { file: pdfFile("piekrisana-telpas.pdf") },
  });
  await fillAndContinue(page, "lv", {
    "Kad pieņemts lēmums mainīt juridisko adresi?": { date: "16 11 2026" },
    "Pievienojiet valdes vai dalībnieku lēmumu": { file: pdfFile("valdes-lemums.pdf") },
  });
  await fillAndContinue(page, "lv", {
    "E-pasta adrese saziņai": { text: "birojs@berzinubuve.lv" },
    "Kā komersants vēlas saņemt valsts notāra lēmumu?": { choose: "Komersanta e-adresē" },
  });
  assert.equal(await heading(page), text.check);
}

/** From the payment page: chooses how to pay and goes to the provider's page. */
export async function choosePayment(page: Page, locale: Locale, how: "bank" | "card"): Promise<void> {
  const words = PAY_TEXT[locale];
  await question(page, words.howToPay).getByRole("radio", { name: words[how], exact: true }).check();
  await press(page, words.pay(FEE[locale]));
}

/** On the provider's card page: types a card and pays. */
export async function payWithCard(page: Page, locale: Locale, number = "4111 1111 1111 1111"): Promise<void> {
  const words = PAY_TEXT[locale];
  await page.getByLabel(words.cardNumber, { exact: true }).fill(number);
  await page.getByLabel(words.expiry, { exact: true }).fill("12/30");
  await page.getByLabel(words.cvc, { exact: true }).fill("123");
  await press(page, words.pay(FEE[locale]));
}

/** From "check your answers" with the fee unpaid: the whole payment by card, back to the check. */
export async function payFeeByCard(page: Page, locale: Locale): Promise<void> {
  await Promise.all([
    page.waitForNavigation(),
    page.getByRole("link", { name: PAY_TEXT[locale].payFee(FEE[locale]), exact: true }).click(),
  ]);
  await choosePayment(page, locale, "card");
  await payWithCard(page, locale);
  assert.equal(await heading(page), FORM_TEXT[locale].check);
}
