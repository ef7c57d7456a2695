// The format of what a workbook stores: one custom XML part per imported document (the document, its records,
// a content hash), so that co-authors importing different documents never overwrite each other, and a part the
// add-in cannot read is never the reason another is lost. Pure functions; the Excel calls are in
// workbook-dataset.ts.
import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import { fnv1a64 } from "../dataset/hash";
import { parseDataset, SCHEMA_VERSION, type PolicyDocument, type PolicyRecord } from "../model/schema";
import { DOCUMENT_NAMESPACE, LEGACY_NAMESPACE } from "./part-namespaces";
import { attributesOf, escapeXml, unescapeXml } from "./xml";

export { DOCUMENT_NAMESPACE, LEGACY_NAMESPACE };

/**
 * The largest part the add-in writes, in characters of XML. Excel on the web refuses requests over 5 MB; a part
 * well under that leaves room for the rest of the request.
 */
export const PART_LIMIT = 2_000_000;

/** What one part holds. */
export interface DocumentPayload {
  document: PolicyDocument;
  records: PolicyRecord[];
  /** When it was written (ISO time): of two parts for one document (two co-authors), the later wins. */
  savedAt: string;
}

/** Why a part cannot be used, as a code the pane words for the planner, and the technical detail. */
export type DamageCode = "not_a_part" | "unreadable" | "changed" | "invalid" | "newer";

export type DecodedPart =
  | {
      ok: true;
      payloads: DocumentPayload[];
      /** a version 1 part: the whole dataset in one */ legacy: boolean;
    }
  | { ok: false; code: DamageCode; detail: string; documentId: string | null; title: string | null };

export class PartTooLargeError extends Error {
  constructor(
    readonly title: string,
    readonly size: number,
  ) {
    super(
      `《${title}》压缩后仍有 ${(size / 1e6).toFixed(1)} MB，超过工作簿单个数据部件的上限 ${(PART_LIMIT / 1e6).toFixed(1)} MB，未保存任何内容 (the document is too large to store in the workbook; nothing was written)`,
    );
  }
}

export class InvalidPayloadError extends Error {
  constructor(
    readonly title: string,
    /** what the contract says is wrong, for the 详情 of a message */ readonly reason: string,
  ) {
    super(
      `《${title}》的记录不符合数据格式，未保存 (a record does not match the contract; nothing was written): ${reason}`,
    );
  }
}

function base64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text.replace(/\s+/g, ""));
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** The contract's check of one document and its records, as the stored dataset would be checked. */
function validate(
  document: unknown,
  records: unknown,
): { ok: true; document: PolicyDocument; records: PolicyRecord[] } | { ok: false; error: string } {
  // the version is the workbook's, computed over all its parts; one document is checked with a placeholder
  const parsed = parseDataset({
    schemaVersion: SCHEMA_VERSION,
    version: "-",
    documents: [document],
    records,
  });
  return parsed.ok
    ? { ok: true, document: parsed.dataset.documents[0], records: parsed.dataset.records }
    : { ok: false, error: parsed.error };
}

/**
 * The XML of a document's part. The payload is validated against the contract first (an invalid record is never
 * written) and compressed; a part over PART_LIMIT is refused — the caller writes nothing.
 */
export function encodePart(payload: DocumentPayload): string {
  const valid = validate(payload.document, payload.records);
  if (!valid.ok) throw new InvalidPayloadError(payload.document.title, valid.error);
  const json = JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...payload });
  const data = base64(deflateSync(strToU8(json), { level: 9 }));
  const attrs = [
    `xmlns="${DOCUMENT_NAMESPACE}"`,
    `schemaVersion="${SCHEMA_VERSION}"`,
    `documentId="${escapeXml(payload.document.id)}"`,
    `title="${escapeXml(payload.document.title.slice(0, 200))}"`,
    `records="${payload.records.length}"`,
    `savedAt="${escapeXml(payload.savedAt)}"`,
    `hash="${fnv1a64(json)}"`,
    `encoding="deflate-base64"`,
  ];
  const xml = `<?xml version="1.0" encoding="UTF-8"?><policyDocument ${attrs.join(" ")}>${data}</policyDocument>`;
  if (xml.length > PART_LIMIT) throw new PartTooLargeError(payload.document.title, xml.length);
  return xml;
}

/** Read a part of either format; anything unexpected is a damage report, never an exception. */
export function decodePart(xml: string): DecodedPart {
  const doc = /<policyDocument\b([^>]*)>([\s\S]*?)<\/policyDocument>\s*$/.exec(xml);
  if (doc) return decodeDocumentPart(attributesOf(doc[1]), doc[2]);
  const legacy = /<policyDataset\b[^>]*>([\s\S]*)<\/policyDataset>\s*$/.exec(xml);
  if (legacy) return decodeLegacyPart(legacy[1]);
  return {
    ok: false,
    code: "not_a_part",
    detail: "no policyDocument element",
    documentId: null,
    title: null,
  };
}

function decodeDocumentPart(attrs: Map<string, string>, body: string): DecodedPart {
  const documentId = attrs.get("documentId") ?? null;
  const title = attrs.get("title") ?? null;
  const damage = (code: DamageCode, detail: string): DecodedPart => ({
    ok: false,
    code,
    detail,
    documentId,
    title,
  });
  const version = Number(attrs.get("schemaVersion"));
  if (version > SCHEMA_VERSION)
    return damage("newer", `schema version ${version}; this add-in reads up to ${SCHEMA_VERSION}`);
  if (attrs.get("encoding") !== "deflate-base64")
    return damage("unreadable", `encoding ${attrs.get("encoding")}`);
  let json: string;
  try {
    json = strFromU8(inflateSync(fromBase64(body)));
  } catch (e) {
    return damage("unreadable", (e as Error).message);
  }
  if (fnv1a64(json) !== attrs.get("hash")) return damage("changed", "content hash does not match");
  let raw: { document?: unknown; records?: unknown; savedAt?: unknown };
  try {
    raw = JSON.parse(json) as typeof raw;
  } catch (e) {
    return damage("unreadable", (e as Error).message);
  }
  if (typeof raw !== "object" || raw === null) return damage("invalid", "the part holds no document");
  const valid = validate(raw.document, raw.records);
  if (!valid.ok) return damage("invalid", valid.error);
  return {
    ok: true,
    legacy: false,
    payloads: [
      {
        document: valid.document,
        records: valid.records,
        savedAt: typeof raw.savedAt === "string" ? raw.savedAt : "",
      },
    ],
  };
}

function decodeLegacyPart(body: string): DecodedPart {
  const damage = (code: DamageCode, detail: string): DecodedPart => ({
    ok: false,
    code,
    detail,
    documentId: null,
    title: null,
  });
  let json: unknown;
  try {
    json = JSON.parse(unescapeXml(body));
  } catch (e) {
    return damage("unreadable", (e as Error).message);
  }
  const parsed = parseDataset(json);
  if (!parsed.ok) return damage("invalid", parsed.error);
  const { documents, records } = parsed.dataset;
  return {
    ok: true,
    legacy: true,
    payloads: documents.map((document) => ({
      document,
      records: records.filter((r) => r.documentId === document.id),
      savedAt: "",
    })),
  };
}
