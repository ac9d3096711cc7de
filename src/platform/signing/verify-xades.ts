// Checks one signatures*.xml against a container's data files: every data file covered by exactly
// one reference and its digest right, the signed properties covered, the signing certificate the
// one the signed properties name, and the signature value made by that certificate's key.
import { SignedXml } from "xadesjs";
import type { Reference } from "xmldsigjs";
import { type CertificateInfo, readCertificate } from "./certificate.ts";
import { SIGNED_PROPERTIES_TYPE } from "./sign-xades.ts";
import { NS, parseXml } from "./xml.ts";

export type XadesFailureReason = "signature_invalid" | "digest_mismatch" | "unsigned_file" | "missing_file";

export type XadesResult =
  | { ok: true; certificate: Uint8Array; signer: CertificateInfo; signedAt: Date; mediaTypes: Map<string, string> }
  | { ok: false; reason: XadesFailureReason; detail: string };

const DIGESTS: Record<string, string> = {
  "http://www.w3.org/2001/04/xmlenc#sha256": "SHA-256",
  "http://www.w3.org/2001/04/xmldsig-more#sha384": "SHA-384",
  "http://www.w3.org/2001/04/xmlenc#sha512": "SHA-512",
};

const SIGNATURE_METHODS: Record<string, string> = {
  "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256": "SHA-256",
  "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384": "SHA-384",
  "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512": "SHA-512",
};

class Invalid extends Error {
  readonly reason: XadesFailureReason;
  constructor(reason: XadesFailureReason, detail: string) {
    super(detail);
    this.reason = reason;
  }
}

function invalid(detail: string): never {
  throw new Invalid("signature_invalid", detail);
}

async function digest(algorithmUri: string | undefined, bytes: Uint8Array<ArrayBuffer>): Promise<Buffer> {
  const algorithm = DIGESTS[algorithmUri ?? ""];
  if (!algorithm) invalid(`digest algorithm ${algorithmUri} is not accepted`);
  return Buffer.from(await crypto.subtle.digest(algorithm, bytes));
}

function onlySignature(document: Document): Element {
  const root = document.documentElement;
  if (!root || root.namespaceURI !== NS.asic || root.localName !== "XAdESSignatures") invalid("the root is not asic:XAdESSignatures");
  const signatures = Array.from(document.getElementsByTagNameNS(NS.ds, "Signature"));
  const [signature] = signatures;
  if (signatures.length !== 1 || !signature || signature.parentNode !== root) invalid("expected exactly one signature");
  if (document.getElementsByTagNameNS(NS.xades, "QualifyingProperties").length !== 1) invalid("expected one QualifyingProperties");
  return signature;
}

function loadSignature(document: Document, element: Element): SignedXml {
  try {
    const signed = new SignedXml(document);
    signed.LoadXml(element);
    return signed;
  } catch (error) {
    invalid(`unreadable signature: ${error instanceof Error ? error.message : error}`);
  }
}

/** The references to data files, by file name; checks the one to the signed properties. */
function fileReferences(signed: SignedXml): Map<string, Reference> {
  const properties = signed.Properties;
  if (!properties) invalid("no signed properties");
  const signedPropertiesUri = `#${properties.SignedProperties.Id}`;
  if (properties.Target !== `#${signed.XmlSignature.Id}`) invalid("the properties name another signature");
  const references = signed.XmlSignature.SignedInfo.References.GetIterator() as Reference[];
  const internal = references.filter((reference) => reference.Uri?.startsWith("#"));
  const [propertiesReference] = internal;
  if (internal.length !== 1 || propertiesReference?.Uri !== signedPropertiesUri || propertiesReference.Type !== SIGNED_PROPERTIES_TYPE) {
    invalid("the signed properties are not referenced exactly once");
  }
  const files = new Map<string, Reference>();
  for (const reference of references.filter((r) => !r.Uri?.startsWith("#"))) {
    if (!reference.Uri) invalid("a reference without a URI");
    if (reference.Transforms && reference.Transforms.Count > 0) invalid(`transforms on the reference to ${reference.Uri}`);
    let name: string;
    try {
      name = decodeURIComponent(reference.Uri);
    } catch {
      invalid(`malformed reference URI ${reference.Uri}`);
    }
    if (files.has(name)) invalid(`${name} is referenced twice`);
    files.set(name, reference);
  }
  return files;
}

function signedMediaTypes(signed: SignedXml, references: Map<string, Reference>): Map<string, string> {
  const byReference = new Map<string, string>();
  for (const format of signed.SignedProperties.SignedDataObjectProperties.DataObjectFormats.GetIterator()) {
    if (format.MimeType) byReference.set(format.ObjectReference, format.MimeType);
  }
  const types = new Map<string, string>();
  for (const [name, reference] of references) {
    const type = reference.Id ? byReference.get(`#${reference.Id}`) : undefined;
    if (!type) invalid(`no signed media type for ${name}`);
    types.set(name, type);
  }
  return types;
}

async function checkDigests(references: Map<string, Reference>, files: ReadonlyMap<string, Uint8Array<ArrayBuffer>>): Promise<void> {
  for (const name of references.keys()) {
    if (!files.has(name)) throw new Invalid("missing_file", name);
  }
  for (const name of files.keys()) {
    if (!references.has(name)) throw new Invalid("unsigned_file", name);
  }
  for (const [name, reference] of references) {
    const bytes = files.get(name) ?? new Uint8Array();
    const actual = await digest(reference.DigestMethod.Algorithm, bytes);
    if (!actual.equals(Buffer.from(reference.DigestValue ?? []))) throw new Invalid("digest_mismatch", name);
  }
}

/** The certificate in KeyInfo whose digest the signed properties carry (SigningCertificateV2 or V1). */
async function signingCertificate(signed: SignedXml, signature: Element): Promise<Uint8Array> {
  const properties = signed.SignedProperties.SignedSignatureProperties;
  const named = [...properties.SigningCertificateV2.GetIterator(), ...properties.SigningCertificate.GetIterator()];
  const [cert] = named;
  if (named.length !== 1 || !cert) invalid("expected one signing certificate in the signed properties");
  const keyInfo = Array.from(signature.getElementsByTagNameNS(NS.ds, "KeyInfo")).find((element) => element.parentNode === signature);
  const candidates = Array.from(keyInfo?.getElementsByTagNameNS(NS.ds, "X509Certificate") ?? []);
  for (const candidate of candidates) {
    const der = new Uint8Array(Buffer.from(candidate.textContent ?? "", "base64"));
    const value = await digest(cert.CertDigest.DigestMethod.Algorithm, der);
    if (value.equals(Buffer.from(cert.CertDigest.DigestValue ?? []))) return der;
  }
  invalid("the signing certificate is not in the signature");
}

async function checkSignatureValue(signed: SignedXml, signer: CertificateInfo, files: ReadonlyMap<string, Uint8Array<ArrayBuffer>>) {
  const hash = SIGNATURE_METHODS[signed.XmlSignature.SignedInfo.SignatureMethod.Algorithm ?? ""];
  if (!hash) invalid(`signature method ${signed.XmlSignature.SignedInfo.SignatureMethod.Algorithm} is not accepted`);
  let key: CryptoKey;
  try {
    key = await signer.publicKey({ name: "RSASSA-PKCS1-v1_5", hash });
  } catch {
    invalid("the certificate's key is not an RSA key");
  }
  signed.contentHandler = async (reference) => files.get(decodeURIComponent(reference.Uri ?? "")) ?? null;
  let valid: boolean;
  try {
    valid = await signed.Verify(key);
  } catch (error) {
    invalid(error instanceof Error ? error.message : String(error));
  }
  if (!valid) invalid("the signature value does not match");
}

/**
 * Read from the document, not the library's object, which makes up the current time when the
 * element is missing; a time without a zone is refused rather than guessed.
 */
function signingTime(document: Document): Date {
  const elements = Array.from(document.getElementsByTagNameNS(NS.xades, "SigningTime"));
  const [element] = elements;
  const parent = element?.parentNode as Element | null | undefined;
  const grandparent = parent?.parentNode as Element | null | undefined;
  if (elements.length !== 1 || parent?.localName !== "SignedSignatureProperties" || grandparent?.localName !== "SignedProperties") {
    invalid("expected one signing time in the signed properties");
  }
  const text = element?.textContent?.trim() ?? "";
  const at = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text) || Number.isNaN(at.getTime())) {
    invalid(`signing time ${JSON.stringify(text)} is not a dateTime with a zone`);
  }
  return at;
}

async function verify(text: string, files: ReadonlyMap<string, Uint8Array<ArrayBuffer>>): Promise<XadesResult> {
  let document: Document;
  try {
    document = parseXml(text);
  } catch (error) {
    invalid(`not well-formed XML: ${error instanceof Error ? error.message : error}`);
  }
  const signature = onlySignature(document);
  const signed = loadSignature(document, signature);
  const references = fileReferences(signed);
  const mediaTypes = signedMediaTypes(signed, references);
  await checkDigests(references, files);
  const certificate = await signingCertificate(signed, signature);
  let signer: CertificateInfo;
  try {
    signer = readCertificate(certificate);
  } catch {
    invalid("the signing certificate is not a certificate");
  }
  await checkSignatureValue(signed, signer, files);
  const signedAt = signingTime(document);
  return { ok: true, certificate, signer, signedAt, mediaTypes };
}

/** Never throws: whatever is wrong with the signature comes back as a reason. */
export async function verifyXades(text: string, files: ReadonlyMap<string, Uint8Array<ArrayBuffer>>): Promise<XadesResult> {
  try {
    return await verify(text, files);
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.reason, detail: error.message };
    return { ok: false, reason: "signature_invalid", detail: error instanceof Error ? error.message : String(error) };
  }
}
