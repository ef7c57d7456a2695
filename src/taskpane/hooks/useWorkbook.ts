import { useCallback, useEffect, useState } from "react";
import { assembleDataset, type DocumentResult } from "../../dataset/assemble";
import { mergeDatasets } from "../../dataset/merge";
import type { Dataset, PolicyRecord } from "../../model/schema";
import { convertToValues } from "../../office/convert-values";
import { insertTargetTable } from "../../office/target-table";
import { readTargetTables, refreshTargets, selectTableRow } from "../../office/tables";
import { loadWorkbookDataset, saveWorkbookDataset } from "../../office/workbook-dataset";
import { bundledDataset } from "../../state/bundled";
import { getStore } from "../../state/store";

/** Where the pane runs: Excel, or a plain browser (standalone). The entry (index.tsx) decides it. */
export type Host = "excel" | "standalone";

function requireExcel(host: Host): void {
  if (host !== "excel") throw new Error("此操作需要在 Excel 中使用 (this needs Excel)");
}

/** The workbook operations the views call, bound to the store; components never import office/ themselves. */
export function useWorkbook(host: Host) {
  const store = getStore();
  const [storedVersion, setStoredVersion] = useState<string | null>(null);
  const [damage, setDamage] = useState<string | null>(null);
  const [workbookDataset, setWorkbookDataset] = useState<Dataset | null>(null);

  // on opening in Excel: the workbook's own dataset, merged over the bundled one; damage is reported, not used
  useEffect(() => {
    if (host !== "excel") return;
    void loadWorkbookDataset().then(
      (stored) => {
        if (stored.status === "ok") {
          setWorkbookDataset(stored.dataset);
          setStoredVersion(stored.dataset.version);
          store.setDataset(mergeDatasets(bundledDataset(), stored.dataset), "workbook");
        } else if (stored.status === "damaged") setDamage(stored.error);
      },
      (e: Error) => setDamage(e.message),
    );
  }, [host, store]);

  const index = () => {
    const idx = store.index;
    if (!idx) throw new Error("数据集尚未加载 (the dataset is not loaded)");
    return idx;
  };

  return {
    storedVersion,
    damage,
    insert: useCallback(
      async (region: string, records: PolicyRecord[]) => {
        requireExcel(host);
        return insertTargetTable(region, records, (id) => store.index?.document(id));
      },
      [host, store],
    ),
    loadTables: useCallback(async () => (requireExcel(host), readTargetTables()), [host]),
    refresh: useCallback(async () => (requireExcel(host), refreshTargets(index())), [host]),
    jump: useCallback(
      (table: string, row: number) => void (host === "excel" && selectTableRow(table, row)),
      [host],
    ),
    save: useCallback(async () => {
      requireExcel(host);
      const ds = workbookDataset ?? { ...index().dataset, documents: [], records: [] };
      await saveWorkbookDataset(ds);
      setStoredVersion(ds.version);
    }, [host, workbookDataset]),
    convert: useCallback(async () => (requireExcel(host), convertToValues(index())), [host]),
    /** Accepted imports join the workbook's dataset (saved in the workbook when in Excel) and the store. */
    accept: useCallback(
      async (results: DocumentResult[]) => {
        const added = assembleDataset(results);
        const mine = workbookDataset ? mergeDatasets(workbookDataset, added) : added;
        if (host === "excel") {
          await saveWorkbookDataset(mine);
          setStoredVersion(mine.version);
        }
        setWorkbookDataset(mine);
        store.setDataset(mergeDatasets(bundledDataset(), mine), "workbook");
      },
      [host, store, workbookDataset],
    ),
  };
}
