// Pieces every exported resource is built from: language maps and contact points. A nested
// resource's IRI is its owner's IRI with a fragment, and its dct:identifier the owner's identifier
// with the same fragment ("pases-izsniegsana#channel-1"), so both stay put from export to export.
import type { ContactPoint, Text, TextList } from "../model.ts";

export type JsonLdNode = Record<string, unknown>;

/** Both languages always, empty ones too, so an import gives back exactly the text it was given. */
export function texts(text: Text): JsonLdNode {
  return { lv: text.lv, en: text.en };
}

export function textLists(list: TextList): JsonLdNode | undefined {
  const map = { ...(list.lv.length ? { lv: list.lv } : {}), ...(list.en.length ? { en: list.en } : {}) };
  return Object.keys(map).length ? map : undefined;
}

/** The node of a part of `owner`: `#<fragment>` on both its IRI and its identifier. */
export function part(owner: { iri: string; identifier: string }, fragment: string, type: string): JsonLdNode {
  return { "@id": `${owner.iri}#${fragment}`, "@type": type, "dct:identifier": `${owner.identifier}#${fragment}` };
}

/** Opening hours are a time:TemporalEntity described in words, as CPSV-AP suggests for simple cases. */
export function hoursNode(iri: string, hours: Text): JsonLdNode {
  return { "@id": iri, "@type": "time:TemporalEntity", "dct:description": texts(hours) };
}

export function contactPointNode(ownerIri: string, contact: ContactPoint): JsonLdNode {
  const iri = `${ownerIri}#contact-point`;
  return {
    "@id": iri,
    "@type": "cv:ContactPoint",
    ...(contact.email !== undefined ? { "cv:email": contact.email } : {}),
    ...(contact.phone !== undefined ? { "cv:telephone": contact.phone } : {}),
    ...(contact.address !== undefined
      ? { "locn:address": { "@id": `${iri}-address`, "@type": "locn:Address", "locn:fullAddress": { lv: contact.address } } }
      : {}),
    ...(contact.hours ? { "cv:openingHours": hoursNode(`${iri}-hours`, contact.hours) } : {}),
  };
}
