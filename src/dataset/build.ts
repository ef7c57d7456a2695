import type { Diagnostic, Dataset, PolicyDocument, PolicyRecord, TextWarning } from "../model/schema";
import { SCHEMA_VERSION } from "../model/schema";
import { extract } from "../extract";
import { normaliseBytes, normaliseText } from "../text/normalise";
import { fnv1a64 } from "./hash";

export interface SourceDocument {
  /** Base name of the file, or a label for pasted text. */
  file: string;
  bytes?: Uint8Array;
  text?: string;
}

export interface DocumentResult {
  document: PolicyDocument;
  records: PolicyRecord[];
  diagnostics: Diagnostic[];
}

/** Normalise and extract one document. Throws DecodeError for unreadable bytes. */
export function processDocument(src: SourceDocument): DocumentResult {
  const n = src.bytes ? normaliseBytes(src.bytes) : normaliseText(src.text ?? "");
  const id = "d" + fnv1a64(n.text).slice(0, 12);
  const x = extract(id, n.text);
  const warnings: TextWarning[] = [...n.warnings, ...x.warnings];
  if (n.text.trim() === "")
    warnings.push({ code: "empty_text", message: "no text left after normalisation", at: null });
  const document: PolicyDocument = {
    id,
    file: src.file,
    title: x.meta.title || src.file,
    issuer: x.meta.issuer,
    date: x.meta.date,
    regions: x.regions,
    text: n.text,
    warnings,
  };
  return { document, records: x.records, diagnostics: x.diagnostics };
}

/** Assemble a dataset from processed documents: drop repeated documents, compute the content version. */
export function assembleDataset(results: DocumentResult[]): Dataset {
  const documents: PolicyDocument[] = [];
  const records: PolicyRecord[] = [];
  const seen = new Set<string>();
  for (const r of results) {
    if (seen.has(r.document.id)) continue; // the same text twice (a copy under another name)
    seen.add(r.document.id);
    documents.push(r.document);
    records.push(...r.records);
  }
  return { schemaVersion: SCHEMA_VERSION, version: datasetVersion(documents, records), documents, records };
}

/** A content hash over documents and records: equal content, equal version. */
export function datasetVersion(documents: PolicyDocument[], records: PolicyRecord[]): string {
  const h = fnv1a64(
    JSON.stringify([
      documents.map((d) => [d.id, d.file, d.title, d.date]),
      records.map((r) => [
        r.id,
        r.kind,
        r.region,
        r.subject,
        r.indicator,
        r.value,
        r.valueMax,
        r.unit,
        r.comparator,
        r.year,
      ]),
    ]),
  );
  return `${SCHEMA_VERSION}.${h.slice(0, 12)}`;
}

/** Build a dataset from in-memory sources (used by the task pane import and by tests). */
export function buildDataset(sources: SourceDocument[]): { dataset: Dataset; diagnostics: Diagnostic[] } {
  const results = sources.map(processDocument);
  return { dataset: assembleDataset(results), diagnostics: results.flatMap((r) => r.diagnostics) };
}
