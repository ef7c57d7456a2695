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
  sheetName: string;
  row: number;
  column: ColumnKey;
  from: Cell;
  to: Cell;
}

/** What a refresh would do, read without writing anything: the planner sees it and decides. */
export interface RefreshPlan {
  changes: RefreshChange[];
  /** Rows whose record is no longer in the dataset (they will be marked in the sheet). */
  missing: { tableName: string; sheetName: string; row: number; id: string }[];
  skipped: { tableName: string; problem: string }[];
  /** Rows the planner added to a table (no record id): never touched. */
  plannerRows: number;
}

export interface RefreshReport extends RefreshPlan {
  /** Changes not made because the cell changed again after the plan was shown. */
  conflicts: RefreshChange[];
}

const MISSING_NOTE = "⚠ 记录已不在数据集中";
/** The ids the add-in writes (src/dataset/hash.ts stableId): a row without one is the planner's. */
const RECORD_ID = /^r[0-9a-f]{12}$/;

function plan(loaded: LoadedTable[], index: DatasetIndex): RefreshPlan {
  const out: RefreshPlan = { changes: [], missing: [], skipped: [], plannerRows: 0 };
  for (const t of loaded) {
    const snap = snapshot(t);
    if (snap.problem) {
      out.skipped.push({ tableName: t.name, problem: snap.problem });
      continue;
    }
    for (const row of snap.rows) {
      if (!RECORD_ID.test(row.id)) {
        out.plannerRows++;
        continue;
      }
      const rec = index.record(row.id);
      if (!rec) {
        out.missing.push({ tableName: t.name, sheetName: snap.sheetName, row: row.row, id: row.id });
        continue;
      }
      const fresh = targetCells(rec, index.document(rec.documentId));
      for (const key of TARGET_COLUMNS) {
        const now = row.cells[key] ?? "";
        const next = fresh[key] ?? "";
        if (String(now) === String(next).replace(/^'/, "")) continue;
        out.changes.push({
          tableName: t.name,
          sheetName: snap.sheetName,
          row: row.row,
          column: key,
          from: now,
          to: next,
        });
      }
    }
  }
  return out;
}

/**
 * What refreshing the target tables from the dataset would change, by record id, without writing anything.
 * Rows the planner added (no record id) and the planner's columns are never part of it. Two syncs.
 */
export async function planRefresh(index: DatasetIndex): Promise<RefreshPlan> {
  return Excel.run(async (context) => plan(await loadTargetTables(context), index));
}

/**
 * Make the changes of a plan the planner accepted. Each cell is written only if it still holds what the plan
 * showed; one changed since (typed meanwhile) is kept and reported as a conflict. Rows whose record is gone are
 * marked. Three syncs in all.
 */
export async function applyRefresh(accepted: RefreshPlan): Promise<RefreshReport> {
  return Excel.run(async (context) => {
    const loaded = await loadTargetTables(context);
    const byName = new Map(loaded.map((t) => [t.name, t]));
    const report: RefreshReport = { ...accepted, changes: [], conflicts: [] };
    for (const c of accepted.changes) {
      const t = byName.get(c.tableName);
      const now = t ? snapshot(t).rows[c.row]?.cells[c.column] : undefined;
      if (!t || String(now ?? "") !== String(c.from)) {
        report.conflicts.push(c);
        continue;
      }
      t.body.getCell(c.row, columnIndex(c.column)).values = [[c.to]];
      report.changes.push(c);
    }
    for (const m of accepted.missing) {
      const t = byName.get(m.tableName);
      const row = t ? snapshot(t).rows[m.row] : undefined;
      if (!t || row?.id !== m.id || row.cells.source === MISSING_NOTE) continue;
      const cell = t.body.getCell(m.row, columnIndex("source"));
      cell.values = [[MISSING_NOTE]];
      cell.format.fill.color = "#FFC7CE";
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
