// The decision as a document: the institution, number and date, to whom, what was decided and
// why, and how to contest it. Written in Latvian, the language of the administrative procedure,
// with a font that has every Latvian letter.
import PDFDocument from "pdfkit";
import { pdfBytes, useEpakFonts } from "../../../platform/documents/pdf-fonts.ts";

export type DecisionDocument = {
  institutionName: string;
  number: string;
  decidedOn: string;
  applicantName: string;
  serviceTitle: string;
  outcome: "granted" | "refused";
  reasoning: string;
  officerName: string;
};

const MARGIN = 60;
const MUTED = "#505a5f";

export async function decisionPdf(d: DecisionDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN },
    lang: "lv-LV",
    displayTitle: true,
    info: { Title: `Lēmums ${d.number}`, Author: d.institutionName, Creator: "Epak", Subject: d.serviceTitle },
  });
  const bytes = pdfBytes(doc);
  await useEpakFonts(doc);
  const width = doc.page.width - 2 * MARGIN;
  doc.font("bold").fontSize(13).text(d.institutionName, { width, align: "center" });
  doc.moveDown(1.5);
  doc.font("bold").fontSize(16).text("LĒMUMS", { width, align: "center" });
  doc
    .font("regular")
    .fontSize(10)
    .fillColor(MUTED)
    .text(`${d.decidedOn.split("-").reverse().join(".")}. Nr. ${d.number}`, { width, align: "center" });
  doc.fillColor("#0b0c0c").moveDown(1.5);
  doc.font("bold").fontSize(11).text("Adresāts: ", { continued: true }).font("regular").text(d.applicantName);
  doc.font("bold").text("Pakalpojums: ", { continued: true }).font("regular").text(d.serviceTitle);
  doc.moveDown();
  doc
    .font("bold")
    .fontSize(12)
    .text(d.outcome === "granted" ? "Iesniegums apmierināts." : "Iesniegums noraidīts.");
  doc.moveDown(0.5);
  doc.font("regular").fontSize(11);
  for (const paragraph of d.reasoning.split(/\n\s*\n/).filter((p) => p.trim() !== "")) {
    doc.text(paragraph.trim(), { width, align: "left" });
    doc.moveDown(0.6);
  }
  doc.moveDown();
  doc
    .fontSize(10)
    .text(
      "Lēmumu var apstrīdēt, iesniedzot iesniegumu iestādes vadītājam, viena mēneša laikā no tā spēkā stāšanās dienas (Administratīvā procesa likuma 76. un 79. pants). Lēmums stājas spēkā, kad tas paziņots.",
      { width },
    );
  doc.moveDown(2);
  doc.fontSize(11).text(d.officerName);
  doc.fontSize(9).fillColor(MUTED).text("Dokuments ir parakstīts ar iestādes elektronisko parakstu (eDoc konteinerā).", { width });
  doc.end();
  return bytes;
}
