import type { Diagnostic, Dataset, PolicyDocument, TextWarning } from "../model/schema";
import { assembleDataset } from "./assemble";
import { extract } from "../extract";
import { normaliseBytes, normaliseText } from "../text/normalise";
import { fnv1a64 } from "./hash";

export interface SourceDocument {
  /** Base name of the file, or a label for pasted text. */
  file: string;
  bytes?: Uint8Array;
  text?: string;
}

export type { DocumentResult } from "./assemble";
export { assembleDataset, datasetVersion } from "./assemble";
import type { DocumentResult } from "./assemble";

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

/** Build a dataset from in-memory sources (used by the task pane import and by tests). */
export function buildDataset(sources: SourceDocument[]): { dataset: Dataset; diagnostics: Diagnostic[] } {
  const results = sources.map(processDocument);
  return { dataset: assembleDataset(results), diagnostics: results.flatMap((r) => r.diagnostics) };
}
