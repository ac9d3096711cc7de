// The receipt a person gets for a submitted application: what was submitted, when, by whom and
// through which channel, with each attached file's checksum, so that later they can show what they
// sent. It is a PDF to keep or print, written with an embedded font that has the Latvian letters.
import PDFDocument from "pdfkit";
import { pdfBytes, useEpakFonts } from "../../../platform/documents/pdf-fonts.ts";
import { formatDateTime } from "../../../platform/i18n/format.ts";
import type { Translate } from "../../../platform/i18n/messages.ts";

export type ReceiptInput = {
  locale: "lv" | "en";
  number: string;
  serviceTitle: string;
  /** The institution that processes the application. */
  institutionName: string;
  submittedAt: Date;
  channel: "online" | "assisted" | "paper";
  /** Whose application it is. */
  applicantName: string;
  /** Who submitted it when that is not the applicant: a consultant, or a board member for a company. */
  submittedByName: string | null;
  /** Taken at a client service centre: its name, the consultant, the written authorisation's number. */
  assistance?: { centre: string; consultant: string; authorisation: string | null } | null;
  /** The answers as the person checked them before submitting. */
  sections: { title: string; rows: { label: string; value: string }[] }[];
  attachments: { fileName: string; sizeBytes: number; sha256: string }[];
  /** Already formatted with its currency (and an exemption's reason, when one applied). */
  fee: string | null;
  /** The fee paid online before submission, with the reference the bank statement shows. */
  payment?: { amount: string; reference: string; paidAt: Date } | null;
  /** The absolute address where the person follows the application. */
  followUrl: string;
};

type Doc = PDFKit.PDFDocument;

const MARGIN = 50;
const FOOTER_GAP = 24;
const LABEL_WIDTH = 170;
const COLUMN_GAP = 14;
const INK = "#0b0c0c";
const MUTED = "#505a5f";
const RULE = "#b1b4b6";
// The names useEpakFonts registers the two fonts under.
const REGULAR = "regular";
const BOLD = "bold";

export async function receiptPdf(input: ReceiptInput, t: Translate): Promise<Buffer> {
  const title = t("eservices.receipt.title");
  const doc = new PDFDocument({
    size: "A4",
    // The bottom margin leaves room for the footer written under it.
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_GAP },
    bufferPages: true,
    lang: input.locale === "lv" ? "lv-LV" : "en-GB",
    displayTitle: true,
    info: {
      Title: `${title} ${input.number}`,
      Author: "Epak",
      Creator: "Epak",
      Subject: input.serviceTitle,
      CreationDate: input.submittedAt,
    },
  });
  const bytes = pdfBytes(doc);
  await useEpakFonts(doc);

  header(doc, title, input, t);
  details(doc, input, t);
  answers(doc, input.sections, t);
  attachments(doc, input, t);
  closing(doc, input.followUrl, t);
  footers(doc, input.number, t);

  doc.end();
  return bytes;
}

function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function header(doc: Doc, title: string, input: ReceiptInput, t: Translate): void {
  const left = doc.page.margins.left;
  doc.font(BOLD).fontSize(12).fillColor(INK).text("Epak", left, doc.page.margins.top);
  doc.moveDown(0.3);
  rule(doc);
  doc.moveDown(1);
  doc
    .font(BOLD)
    .fontSize(18)
    .text(title, left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.8);
  doc.font(REGULAR).fontSize(10).fillColor(MUTED).text(t("eservices.receipt.number"));
  doc.font(BOLD).fontSize(22).fillColor(INK).text(input.number);
  doc.moveDown(0.8);
}

function details(doc: Doc, input: ReceiptInput, t: Translate): void {
  const rows: [string, string][] = [
    [t("eservices.receipt.service"), input.serviceTitle],
    [t("eservices.receipt.institution"), input.institutionName],
    [t("eservices.receipt.submitted_at"), formatDateTime(input.locale, input.submittedAt)],
    [t("eservices.receipt.channel"), t(`eservices.receipt.channel.${input.channel}`)],
    [t("eservices.receipt.applicant"), input.applicantName],
  ];
  if (input.assistance) {
    rows.push([t("eservices.receipt.centre"), input.assistance.centre]);
    rows.push([t("eservices.receipt.consultant"), input.assistance.consultant]);
    if (input.assistance.authorisation) rows.push([t("eservices.receipt.authorisation"), input.assistance.authorisation]);
  } else if (input.submittedByName !== null) rows.push([t("eservices.receipt.submitted_by"), input.submittedByName]);
  if (input.fee !== null) rows.push([t("eservices.receipt.fee"), input.fee]);
  if (input.payment) {
    const { amount, paidAt, reference } = input.payment;
    rows.push([t("eservices.receipt.paid"), t("eservices.receipt.paid_at", { amount, at: formatDateTime(input.locale, paidAt) })]);
    rows.push([t("eservices.receipt.payment_reference"), reference]);
  }
  for (const [label, value] of rows) row(doc, label, value);
}

function answers(doc: Doc, sections: ReceiptInput["sections"], t: Translate): void {
  if (sections.length === 0) return;
  heading(doc, t("eservices.receipt.answers"));
  for (const section of sections) {
    // A section's title stays on the page of its first answer, or of that answer's start when it is longer than a page.
    const first = section.rows[0];
    const firstHeight = first ? rowHeight(doc, first.label, first.value) : 0;
    keepSpace(doc, sectionTitleHeight(doc, section.title) + (firstHeight > usableHeight(doc) ? STACKED_START : firstHeight));
    doc.moveDown(0.4);
    doc
      .font(BOLD)
      .fontSize(12)
      .fillColor(INK)
      .text(section.title, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
    doc.moveDown(0.3);
    for (const { label, value } of section.rows) row(doc, label, value);
  }
}

function attachments(doc: Doc, input: ReceiptInput, t: Translate): void {
  if (input.attachments.length === 0) return;
  heading(doc, t("eservices.receipt.attachments"));
  paragraph(doc, t("eservices.receipt.attachments_checksum"), MUTED);
  doc.moveDown(0.4);
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  for (const file of input.attachments) {
    const name = `${file.fileName} (${fileSize(file.sizeBytes, input.locale)})`;
    const hash = `SHA-256: ${file.sha256}`;
    doc.font(BOLD).fontSize(10);
    const nameHeight = doc.heightOfString(name, { width });
    doc.font(REGULAR).fontSize(8);
    keepSpace(doc, nameHeight + doc.heightOfString(hash, { width }));
    doc.font(BOLD).fontSize(10).fillColor(INK).text(name, left, doc.y, { width });
    doc.font(REGULAR).fontSize(8).fillColor(MUTED).text(hash, left, doc.y, { width });
    doc.moveDown(0.6);
  }
}

function closing(doc: Doc, followUrl: string, t: Translate): void {
  doc.moveDown(1);
  keepSpace(doc, 60);
  rule(doc);
  doc.moveDown(0.6);
  paragraph(doc, t("eservices.receipt.follow"), INK);
  doc
    .font(REGULAR)
    .fontSize(10)
    .fillColor(INK)
    .text(followUrl, doc.page.margins.left, doc.y, {
      width: contentWidth(doc),
      link: followUrl,
      underline: true,
    });
  doc.moveDown(0.6);
  paragraph(doc, t("eservices.receipt.keep"), MUTED);
}

/** Page numbers, and the application number so that a loose page can be matched to its receipt. */
function footers(doc: Doc, number: string, t: Translate): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const { margins } = doc.page;
    const bottom = margins.bottom;
    // Text below the bottom margin would start a new page; the footer is meant to be there.
    margins.bottom = 0;
    const y = doc.page.height - MARGIN - 10;
    const width = contentWidth(doc);
    doc.font(REGULAR).fontSize(8).fillColor(MUTED);
    doc.text(number, margins.left, y, { width, lineBreak: false });
    doc.text(t("eservices.receipt.page", { page: i - start + 1, pages: count }), margins.left, y, {
      width,
      align: "right",
      lineBreak: false,
    });
    margins.bottom = bottom;
  }
}

function heading(doc: Doc, text: string): void {
  doc.font(BOLD).fontSize(14);
  keepSpace(doc, doc.heightOfString(text) + 60);
  doc.moveDown(1);
  doc.fillColor(INK).text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.2);
}

function paragraph(doc: Doc, text: string, color: string): void {
  doc
    .font(REGULAR)
    .fontSize(10)
    .fillColor(color)
    .text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
}

function rule(doc: Doc): void {
  const left = doc.page.margins.left;
  doc
    .moveTo(left, doc.y)
    .lineTo(left + contentWidth(doc), doc.y)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
}

function sectionTitleHeight(doc: Doc, title: string): number {
  doc.font(BOLD).fontSize(12);
  return doc.heightOfString(title, { width: contentWidth(doc) }) + doc.currentLineHeight() * 0.7;
}

const ROW_GAP = 5;
/** Room for a label and the first lines of its value, when the value runs on over pages. */
const STACKED_START = 60;

function valueWidth(doc: Doc): number {
  return contentWidth(doc) - LABEL_WIDTH - COLUMN_GAP;
}

function rowHeight(doc: Doc, label: string, value: string): number {
  doc.font(BOLD).fontSize(10);
  const labelHeight = doc.heightOfString(label, { width: LABEL_WIDTH });
  doc.font(REGULAR).fontSize(10);
  const valueHeight = doc.heightOfString(value || " ", { width: valueWidth(doc) });
  return Math.max(labelHeight, valueHeight) + ROW_GAP;
}

/** A label beside its value; a row too tall for any page is written label above value and flows on. */
function row(doc: Doc, label: string, value: string): void {
  const left = doc.page.margins.left;
  const height = rowHeight(doc, label, value);
  if (height > usableHeight(doc)) {
    keepSpace(doc, STACKED_START);
    doc
      .font(BOLD)
      .fontSize(10)
      .fillColor(INK)
      .text(label, left, doc.y, { width: contentWidth(doc) });
    doc
      .font(REGULAR)
      .fontSize(10)
      .text(value, left, doc.y, { width: contentWidth(doc) });
    doc.y += ROW_GAP;
    return;
  }
  keepSpace(doc, height);
  const y = doc.y;
  doc.font(BOLD).fontSize(10).fillColor(INK).text(label, left, y, { width: LABEL_WIDTH });
  doc
    .font(REGULAR)
    .fontSize(10)
    .text(value, left + LABEL_WIDTH + COLUMN_GAP, y, { width: valueWidth(doc) });
  doc.x = left;
  doc.y = y + height;
}

function usableHeight(doc: Doc): number {
  return doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
}

/** Starts a new page unless `height` more fits on this one. */
function keepSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

const sizeFormats = new Map<string, Intl.NumberFormat>();

function fileSize(bytes: number, locale: ReceiptInput["locale"]): string {
  const unit = bytes >= 1_000_000 ? "megabyte" : "kilobyte";
  const key = `${locale}:${unit}`;
  let format = sizeFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === "lv" ? "lv-LV" : "en-GB", { style: "unit", unit, maximumFractionDigits: 1 });
    sizeFormats.set(key, format);
  }
  // A file of a few bytes still reads as a size, not as "0 kB".
  return format.format(Math.max(bytes / (unit === "megabyte" ? 1_000_000 : 1000), 0.1));
}
