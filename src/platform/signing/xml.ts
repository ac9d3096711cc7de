// XML for signatures: the DOM and WebCrypto that xadesjs works with in Node, set up once on
// import, and a parser strict enough for files that arrive from outside.
import { DOMImplementation, DOMParser, onErrorStopParsing, XMLSerializer } from "@xmldom/xmldom";
import { Application, setNodeDependencies } from "xadesjs";

export const NS = {
  asic: "http://uri.etsi.org/02918/v1.2.1#",
  ds: "http://www.w3.org/2000/09/xmldsig#",
  xades: "http://uri.etsi.org/01903/v1.3.2#",
  manifest: "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
} as const;

/** xmldom reports malformed input through a callback that logs by default: here it stops instead. */
class StrictDomParser extends DOMParser {
  constructor() {
    super({ onError: onErrorStopParsing, locator: false });
  }
}

setNodeDependencies({ DOMParser: StrictDomParser, XMLSerializer, DOMImplementation });
// A wrapper, because the library writes a `name` property onto the object it is given and the
// global `crypto` is not ours to change.
Application.setEngine("NodeJS", {
  subtle: globalThis.crypto.subtle,
  getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto),
  randomUUID: globalThis.crypto.randomUUID.bind(globalThis.crypto),
} as Crypto);

/** Throws on anything that is not well-formed; a DOCTYPE (entities, external references) is refused. */
export function parseXml(text: string): Document {
  const document = new StrictDomParser().parseFromString(text, "application/xml") as unknown as Document;
  if (document.doctype) throw new Error("a DOCTYPE is not allowed");
  return document;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
