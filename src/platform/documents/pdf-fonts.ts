// The fonts Epak's PDFs are written in: DejaVu Sans, which has every Latvian letter (the PDF
// standard fonts lack ā č ē ģ ī ķ ļ ņ ū). Read and parsed once per process and handed to pdfkit
// already parsed: parsing the font tables for each document cost more than writing it.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Font } from "fontkit";
import * as fontkit from "fontkit";

export type PdfFonts = { regular: Font; bold: Font };

let fonts: Promise<PdfFonts> | undefined;

function parsed(bytes: Buffer): Font {
  const font = fontkit.create(bytes);
  if (!("layout" in font)) throw new Error("DejaVu font file is a collection, not one font");
  return font;
}

export function loadPdfFonts(): Promise<PdfFonts> {
  if (!fonts) {
    const dir = join(dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");
    fonts = Promise.all([readFile(join(dir, "DejaVuSans.ttf")), readFile(join(dir, "DejaVuSans-Bold.ttf"))]).then(
      ([regular, bold]) => ({ regular: parsed(regular), bold: parsed(bold) }),
      (error: unknown) => {
        fonts = undefined;
        throw error;
      },
    );
  }
  return fonts;
}

/** Registers the two fonts on a document as "regular" and "bold". */
export async function useEpakFonts(doc: PDFKit.PDFDocument): Promise<void> {
  const { regular, bold } = await loadPdfFonts();
  // pdfkit takes an already parsed fontkit font as it is; its typings know only files and bytes.
  doc.registerFont("regular", regular as unknown as Buffer);
  doc.registerFont("bold", bold as unknown as Buffer);
}

/** The bytes of a finished document (call before doc.end()). */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}
