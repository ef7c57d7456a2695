/* global Excel */
import {
  COLUMNS,
  HEADERS,
  TARGET_COLUMNS,
  columnIndex,
  targetCells,
  type Cell,
  type ColumnKey,
} from "../compare/layout";
import type { DatasetIndex } from "../dataset/query";
import { TABLE_PREFIX } from "./target-table";

export interface TableRow {
  /** 0-based row inside the table body. */
  row: number;
  id: string;
  cells: Record<ColumnKey, Cell>;
}

export interface TargetTableSnapshot {
  sheetName: string;
  tableName: string;
  /** The table's body rows, in sheet order. */
  rows: TableRow[];
  /** Set when the header no longer matches the layout (columns moved or renamed): left alone. */
  problem: string | null;
}

interface LoadedTable {
  name: string;
  sheet: Excel.Worksheet;
  body: Excel.Range;
  header: Excel.Range;
}

async function loadTargetTables(context: Excel.RequestContext): Promise<LoadedTable[]> {
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  const mine = tables.items.filter((t) => t.name.startsWith(TABLE_PREFIX));
  const loaded = mine.map((t) => {
    const header = t.getHeaderRowRange();
    header.load("values");
    const body = t.getDataBodyRange();
    body.load("values,rowIndex,columnIndex");
    const sheet = t.worksheet;
    sheet.load("name");
    return { name: t.name, sheet, body, header };
  });
  await context.sync();
  return loaded;
}

function snapshot(t: LoadedTable): TargetTableSnapshot {
  const header = t.header.values[0];
  const problem =
    header.length !== HEADERS.length || header.some((h, i) => h !== HEADERS[i])
      ? "表头已被修改，此表不做处理 (the header row was changed; the table is left alone)"
      : null;
  const rows: TableRow[] = problem
    ? []
    : t.body.values.map((values, row) => {
        const cells = Object.fromEntries(COLUMNS.map((c, i) => [c.key, values[i] as Cell])) as Record<
          ColumnKey,
          Cell
        >;
        return { row, id: String(cells.id ?? ""), cells };
      });
  return { sheetName: t.sheet.name, tableName: t.name, rows, problem };
}

/** Every target table in the workbook with its rows (two syncs). */
export async function readTargetTables(): Promise<TargetTableSnapshot[]> {
  return Excel.run(async (context) => (await loadTargetTables(context)).map(snapshot));
}

export interface RefreshChange {
  tableName: string;
  row: number;
  column: ColumnKey;
  from: Cell;
  to: Cell;
}

export interface RefreshReport {
  changes: RefreshChange[];
  /** Rows whose record is no longer in the dataset (marked in the sheet). */
  missing: { tableName: string; row: number; id: string }[];
  skipped: { tableName: string; problem: string }[];
}

const MISSING_NOTE = "⚠ 记录已不在数据集中";

/**
 * Re-read the dataset and update the target columns of every target table by record id. The planner's
 * columns (实际值, 实际年份) and the formulas are never written. Three syncs in all.
 */
export async function refreshTargets(index: DatasetIndex): Promise<RefreshReport> {
  return Excel.run(async (context) => {
    const loaded = await loadTargetTables(context);
    const report: RefreshReport = { changes: [], missing: [], skipped: [] };
    for (const t of loaded) {
      const snap = snapshot(t);
      if (snap.problem) {
        report.skipped.push({ tableName: t.name, problem: snap.problem });
        continue;
      }
      for (const row of snap.rows) {
        const rec = index.record(row.id);
        const sourceCell = t.body.getCell(row.row, columnIndex("source"));
        if (!rec) {
          if (row.cells.source !== MISSING_NOTE) {
            sourceCell.values = [[MISSING_NOTE]];
            sourceCell.format.fill.color = "#FFC7CE";
          }
          report.missing.push({ tableName: t.name, row: row.row, id: row.id });
          continue;
        }
        const fresh = targetCells(rec, index.document(rec.documentId));
        for (const key of TARGET_COLUMNS) {
          const now = row.cells[key] ?? "";
          const next = fresh[key] ?? "";
          if (String(now) === String(next).replace(/^'/, "")) continue;
          t.body.getCell(row.row, columnIndex(key)).values = [[next]];
          report.changes.push({ tableName: t.name, row: row.row, column: key, from: now, to: next });
        }
        if (row.cells.source === MISSING_NOTE) sourceCell.format.fill.clear();
      }
    }
    await context.sync();
    return report;
  });
}

/** Select one row of a target table (the compare view's jump). */
export async function selectTableRow(tableName: string, row: number): Promise<void> {
  await Excel.run(async (context) => {
    const table = context.workbook.tables.getItem(tableName);
    const target = table.getDataBodyRange().getRow(row);
    table.worksheet.activate();
    target.select();
    await context.sync();
  });
}
