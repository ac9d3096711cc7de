// META-INF/signatures0.xml: one detached XAdES-B-B signature over an ASiC-E container's data
// files, with the ids DigiDoc uses (S0, S0-RefId<n>, S0-SignedProperties).
import { SignedXml, xml as xades } from "xadesjs";
import { type Reference, type Signature, Transforms, XmlDsigExcC14NTransform } from "xmldsigjs";
import { SIGNING_ALGORITHM, type Signer } from "./certificate.ts";
import { NS, parseXml } from "./xml.ts";

export const SIGNED_PROPERTIES_TYPE = "http://uri.etsi.org/01903#SignedProperties";
export const EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";
const SIGNATURE_ID = "S0";

export type SignedFile = { name: string; mediaType: string; bytes: Uint8Array };

/** A file's reference URI: its path in the container, each segment percent-encoded. */
export function referenceUri(name: string): string {
  return name.split("/").map(encodeURIComponent).join("/");
}

/**
 * Exclusive canonicalisation for the signed properties too, so that their digest does not
 * depend on the namespaces declared around the signature in the finished file.
 */
class ContainerSignedXml extends SignedXml {
  protected override async ApplySignOptions(signature: Signature, algorithm: Algorithm, key: CryptoKey, options: object): Promise<void> {
    await super.ApplySignOptions(signature, algorithm, key, options);
    for (const reference of signature.SignedInfo.References.GetIterator() as Reference[]) {
      if (reference.Type !== SIGNED_PROPERTIES_TYPE) continue;
      const transforms = new Transforms();
      transforms.Add(new XmlDsigExcC14NTransform());
      reference.Transforms = transforms;
    }
  }
}

export async function signXades(files: readonly SignedFile[], signer: Signer, signedAt: Date): Promise<string> {
  const signed = new ContainerSignedXml();
  signed.XmlSignature.Id = SIGNATURE_ID;
  if (signed.Properties) signed.Properties.Target = `#${SIGNATURE_ID}`;
  signed.SignedProperties.Id = `${SIGNATURE_ID}-SignedProperties`;
  signed.XmlSignature.SignedInfo.CanonicalizationMethod.Algorithm = EXC_C14N;

  const contents = new Map(files.map((file) => [referenceUri(file.name), new Uint8Array(file.bytes)]));
  signed.contentHandler = async (reference) => contents.get(reference.Uri ?? "") ?? null;
  const referenceId = (i: number) => `${SIGNATURE_ID}-RefId${i}`;
  files.forEach((file, i) => {
    const format = new xades.DataObjectFormat();
    format.ObjectReference = `#${referenceId(i)}`;
    format.MimeType = file.mediaType;
    signed.SignedProperties.SignedDataObjectProperties.DataObjectFormats.Add(format);
  });

  const certificate = Buffer.from(signer.certificate).toString("base64");
  const root = parseXml(`<asic:XAdESSignatures xmlns:asic="${NS.asic}"/>`);
  await signed.Sign(SIGNING_ALGORITHM, signer.privateKey, root, {
    references: files.map((file, i) => ({ id: referenceId(i), uri: referenceUri(file.name), hash: "SHA-256" })),
    x509: [certificate],
    signingCertificateV2: certificate,
    // Whole seconds in UTC, "2026-05-04T09:08:07Z", as other signing software writes it.
    signingTime: { value: signedAt, format: "isoUtcDateTime" },
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<asic:XAdESSignatures xmlns:asic="${NS.asic}">${signed.toString()}</asic:XAdESSignatures>\n`;
}
