import type { Dataset } from "../model/schema";
import { datasetVersion } from "./assemble";

/**
 * The dataset a workbook uses: the bundled one plus the workbook's own documents and records. A record or
 * document the workbook holds replaces the bundled one with the same id (the planner's edits win).
 */
export function mergeDatasets(bundled: Dataset, workbook: Dataset): Dataset {
  const docs = new Map(bundled.documents.map((d) => [d.id, d]));
  for (const d of workbook.documents) docs.set(d.id, d);
  const records = new Map(bundled.records.map((r) => [r.id, r]));
  for (const r of workbook.records) records.set(r.id, r);
  const documents = [...docs.values()];
  const all = [...records.values()];
  return {
    schemaVersion: bundled.schemaVersion,
    version: datasetVersion(documents, all),
    documents,
    records: all,
  };
}
