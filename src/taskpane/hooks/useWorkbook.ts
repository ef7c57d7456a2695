import { useCallback, useSyncExternalStore } from "react";
import type { DocumentResult } from "../../dataset/assemble";
import type { PolicyRecord } from "../../model/schema";
import type { RefreshPlan } from "../../office/tables";
import { getStore } from "../../state/store";
import type { WorkbookData } from "../../state/workbook-data";

/** Where the pane runs: Excel, or a plain browser (standalone). The entry (index.tsx) decides it. */
export type Host = "excel" | "standalone";

// The Excel calls that write tables are loaded with the first action that needs them, not with the first screen.
const tables = () => import(/* webpackChunkName: "office-tables" */ "../../office/tables");
const targetTable = () => import(/* webpackChunkName: "office-tables" */ "../../office/target-table");
const convertValues = () => import(/* webpackChunkName: "office-tables" */ "../../office/convert-values");

function requireExcel(host: Host | null): void {
  if (host !== "excel") throw new Error("此操作需要在 Excel 中使用 (this needs Excel)");
}

/**
 * The workbook operations the views call, bound to the store and to the workbook's stored dataset (owned by
 * src/state/workbook-data.ts); components never import office/ themselves.
 */
export function useWorkbook(host: Host | null, data: WorkbookData) {
  const store = getStore();
  const stored = useSyncExternalStore(
    useCallback((l: () => void) => data.subscribe(l), [data]),
    () => data.getState(),
    () => data.getState(),
  );

  const index = () => {
    const idx = store.index;
    if (!idx) throw new Error("数据集尚未加载 (the dataset is not loaded)");
    return idx;
  };

  return {
    stored,
    insert: useCallback(
      async (region: string, records: PolicyRecord[]) => {
        requireExcel(host);
        const { insertTargetTable } = await targetTable();
        return insertTargetTable(region, records, (id) => store.index?.document(id));
      },
      [host, store],
    ),
    loadTables: useCallback(async () => (requireExcel(host), (await tables()).readTargetTables()), [host]),
    planRefresh: useCallback(async () => (requireExcel(host), (await tables()).planRefresh(index())), [host]),
    applyRefresh: useCallback(
      async (plan: RefreshPlan) => (requireExcel(host), (await tables()).applyRefresh(plan)),
      [host],
    ),
    jump: useCallback(
      (table: string, row: number) =>
        void (host === "excel" && tables().then((t) => t.selectTableRow(table, row))),
      [host],
    ),
    convert: useCallback(
      async () => (requireExcel(host), (await convertValues()).convertToValues(index())),
      [host],
    ),
    /** Accepted imports: each document stored in its own part (in Excel), and the store updated. */
    accept: useCallback((results: DocumentResult[]) => data.accept(results), [data]),
    remove: useCallback((documentId: string) => data.remove(documentId), [data]),
    removeDamaged: useCallback((partId: string) => data.removeDamaged(partId), [data]),
    partXml: useCallback((partId: string) => data.partXml(partId), [data]),
    reload: useCallback(() => data.load(), [data]),
  };
}
