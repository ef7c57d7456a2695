import type { Dataset, Diagnostic, PolicyDocument, PolicyRecord } from "../model/schema";
import { SCHEMA_VERSION } from "../model/version";
import { fnv1a64 } from "./hash";

// Assembling a dataset needs none of the text engine, so the task pane can do it without loading the engine.

export interface DocumentResult {
  document: PolicyDocument;
  records: PolicyRecord[];
  diagnostics: Diagnostic[];
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

/** A content hash over documents and records: equal content, equal version, in whatever order. */
export function datasetVersion(documents: PolicyDocument[], records: PolicyRecord[]): string {
  // by id, so that the order files were given in does not change the version
  const byId = <T extends { id: string }>(xs: T[]) =>
    [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const h = fnv1a64(
    JSON.stringify([
      byId(documents).map((d) => [d.id, d.file, d.title, d.date]),
      byId(records).map((r) => [
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
