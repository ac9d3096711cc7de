import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { contentDisposition, safeFileName } from "./file-name.ts";
import { FILE_TYPES } from "./file-type.ts";

test("a plain Latvian file name is kept as it is", () => {
  assert.equal(safeFileName("Izziņa par ģimenes stāvokli.pdf", "pdf"), "Izziņa par ģimenes stāvokli.pdf");
  assert.equal(safeFileName("Čeks Nr. 12 (šķūnis, ļoti žēl).jpeg", "jpeg"), "Čeks Nr. 12 (šķūnis, ļoti žēl).jpeg");
  assert.equal(safeFileName("Līgums.asice", "edoc"), "Līgums.asice");
});

test("only the file's own name is kept, not the folders it came from", () => {
  assert.equal(safeFileName("C:\\Users\\Jānis\\Documents\\pase.png", "png"), "pase.png");
  assert.equal(safeFileName("../../etc/passwd", "pdf"), "passwd.pdf");
  assert.equal(safeFileName("/home/anna/", "pdf"), "pielikums.pdf");
});

test("the extension follows what the file really is", () => {
  assert.equal(safeFileName("scan.exe", "pdf"), "scan.pdf");
  assert.equal(safeFileName("foto.PNG", "jpeg"), "foto.jpg");
  assert.equal(safeFileName("Foto.JPEG", "jpeg"), "Foto.jpeg");
  assert.equal(safeFileName("paraksts", "edoc"), "paraksts.edoc");
  assert.equal(safeFileName("invoice.pdf.exe", "pdf"), "invoice.pdf.pdf");
  // A number after a dot is part of the name, not an extension.
  assert.equal(safeFileName("Līgums v1.2", "pdf"), "Līgums v1.2.pdf");
});

test("characters that could break a header, a path or a page are removed", () => {
  assert.equal(safeFileName("a\"b;c<d>e:f*g?h|i%j'k`l.pdf", "pdf"), "abcdefghijkl.pdf");
  assert.equal(safeFileName("line\r\nbreak\u0000.pdf", "pdf"), "line break.pdf");
  // A right-to-left override would make "…fdp.exe" read as a PDF's name.
  assert.equal(safeFileName("rēķins\u202Efdp.exe", "pdf"), "rēķinsfdp.pdf");
  assert.equal(safeFileName("  many   \t spaces  .pdf", "pdf"), "many spaces.pdf");
  assert.equal(safeFileName(".hidden.png", "png"), "hidden.png");
  assert.equal(safeFileName("trailing... .pdf", "pdf"), "trailing.pdf");
});

test("letters written with combining marks become single letters", () => {
  const decomposed = "Bērziņš.pdf".normalize("NFD");
  assert.notEqual(decomposed, "Bērziņš.pdf");
  assert.equal(safeFileName(decomposed, "pdf"), "Bērziņš.pdf");
});

test("a name with nothing left gets a plain name of its type", () => {
  assert.equal(safeFileName("", "pdf"), "pielikums.pdf");
  assert.equal(safeFileName(".png", "png"), "pielikums.png");
  assert.equal(safeFileName('"<>"', "jpeg"), "pielikums.jpg");
  assert.equal(safeFileName("   .exe", "edoc"), "pielikums.edoc");
});

test("a long name is cut to 120 characters and keeps its extension", () => {
  const name = safeFileName(`${"ž".repeat(300)}.jpeg`, "jpeg");
  assert.equal([...name].length, 120);
  assert.ok(name.endsWith("ž.jpeg"));
  const emoji = safeFileName(`${"📄".repeat(200)}.pdf`, "pdf");
  assert.equal([...emoji].length, 120);
  assert.ok(emoji.isWellFormed(), "no surrogate pair is cut in half");
});

test("any name gives a short, safe name with the type's extension", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 400 }), fc.constantFrom(...FILE_TYPES), (input, type) => {
      const name = safeFileName(input, type);
      assert.ok([...name].length <= 120);
      assert.doesNotMatch(name, /[\p{Cc}\p{Cf}"'`;:<>*?|%\\/]/u);
      assert.match(name, /^[^.\s].*\.(pdf|png|jpe?g|edoc|asice)$/u);
      assert.equal(name, name.normalize("NFC"));
      assert.equal(safeFileName(name, type), name, "a safe name stays as it is");
    }),
  );
});

test("the download header names the file in ASCII and exactly in UTF-8", () => {
  assert.equal(
    contentDisposition("Izziņa par ģimenes stāvokli.pdf"),
    "attachment; filename=\"Izzina par gimenes stavokli.pdf\"; filename*=UTF-8''Izzi%C5%86a%20par%20%C4%A3imenes%20st%C4%81vokli.pdf",
  );
  assert.equal(contentDisposition("scan (1).pdf"), "attachment; filename=\"scan (1).pdf\"; filename*=UTF-8''scan%20%281%29.pdf");
  assert.equal(contentDisposition("Фото.jpg"), "attachment; filename=\"____.jpg\"; filename*=UTF-8''%D0%A4%D0%BE%D1%82%D0%BE.jpg");
});

test("the download header cannot be broken out of by the name", () => {
  const header = contentDisposition('evil"; filename=x.html\r\nSet-Cookie: a=b.pdf');
  assert.doesNotMatch(header, /[\r\n]/);
  assert.equal(header.match(/"/g)?.length, 2);
  assert.equal(header.match(/;/g)?.length, 2);
  assert.equal(decodeURIComponent(header.split("filename*=UTF-8''")[1] ?? ""), "evil filename=x.htmlSet-Cookie a=b.pdf");
});
