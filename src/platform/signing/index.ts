// Signed documents: ASiC-E (.edoc) containers with a XAdES-B-B signature by an institution's key,
// and their verification. See docs/signing.md.
export { type AsiceFile, createAsice, type VerifyFailureReason, type VerifyOptions, type VerifyResult, verifyAsice } from "./asice.ts";
export type { Signer } from "./certificate.ts";
export { type InstitutionRef, institutionCertificate, institutionSigner } from "./institution-signer.ts";
