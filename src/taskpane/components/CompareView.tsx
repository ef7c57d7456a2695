import { Button, Caption1, Card, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { failure, type Outcome } from "../outcome";
import { OutcomeBar } from "./OutcomeBar";
import {
  STATUS_ABOVE,
  STATUS_REACHED,
  explainStatus,
  requiredGrowth,
  status as statusOf,
  type TargetLike,
} from "../../compare/attainment";
import { HEADERS, columnIndex } from "../../compare/layout";
import { COMPARATOR_LABELS } from "../../lexicon/comparators";
import type { Comparator } from "../../model/schema";
import type {
  RefreshChange,
  RefreshPlan,
  RefreshReport,
  TableRow,
  TargetTableSnapshot,
} from "../../office/tables";
import { fmt, type Strings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px" },
  buttons: { display: "flex", gap: "6px" },
  row: {
    cursor: "pointer",
    padding: "2px 4px",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  reached: { color: tokens.colorPaletteGreenForeground1 },
  missed: { color: tokens.colorPaletteRedForeground1 },
});

export interface CompareViewProps {
  strings: Strings;
  onLoad(): Promise<TargetTableSnapshot[]>;
  /** What a refresh would change, read without writing. */
  onPlanRefresh(): Promise<RefreshPlan>;
  /** Write a plan the planner accepted. */
  onApplyRefresh(plan: RefreshPlan): Promise<RefreshReport>;
  onJump(tableName: string, row: number): void;
}

const LABEL_TO_COMPARATOR = Object.fromEntries(
  Object.entries(COMPARATOR_LABELS).map(([k, v]) => [v, k]),
) as Record<string, Comparator>;

interface RowVerdict {
  row: TableRow;
  state: "reached" | "missed" | "above" | "none";
  growth: number | null;
  /** Why an actual equal to a strict target is not reached (超过 is strict). */
  why: string | null;
}

/** The target a table row states, as the shared comparison reads it. */
function targetOf(row: TableRow): TargetLike | null {
  const value = row.cells.value;
  if (typeof value !== "number") return null;
  const comparator = LABEL_TO_COMPARATOR[String(row.cells.comparator)] ?? "eq";
  const max = row.cells.valueMax;
  return {
    value,
    valueMax: comparator === "range" && typeof max === "number" ? max : null,
    comparator,
    year: typeof row.cells.year === "number" ? row.cells.year : null,
    unit: String(row.cells.unit ?? ""),
  };
}

/** What a row says: reached, short of it or above a range (the shared comparison), and the growth still needed. */
export function judge(row: TableRow): RowVerdict {
  const actual = row.cells.actual;
  const target = targetOf(row);
  if (typeof actual !== "number" || !target) return { row, state: "none", growth: null, why: null };
  const s = statusOf(actual, target);
  const state = s === STATUS_REACHED ? "reached" : s === STATUS_ABOVE ? "above" : "missed";
  const actualYear = typeof row.cells.actualYear === "number" ? row.cells.actualYear : null;
  const g = state === "missed" && actualYear !== null ? requiredGrowth(actual, actualYear, target) : null;
  return { row, state, growth: g && g.ok ? g.rate : null, why: explainStatus(actual, target) };
}

/** The sheet's comparator in the pane's language; a word the add-in did not write is shown as the sheet has it. */
function comparatorWord(strings: Strings, row: TableRow): string {
  const text = String(row.cells.comparator);
  const c = LABEL_TO_COMPARATOR[text];
  return c ? strings[`cmp_${c}`] : text;
}

/** A target as a planner reads it: 2~4 for a range. */
function shownTarget(row: TableRow): string {
  const max = row.cells.valueMax;
  return typeof max === "number" && row.cells.comparator === COMPARATOR_LABELS.range
    ? `${String(row.cells.value)}~${max}`
    : String(row.cells.value);
}

/** 对比实际: every target table's attainment; a click jumps to the row; 刷新目标 updates targets only. */
export function CompareView({ strings, onLoad, onPlanRefresh, onApplyRefresh, onJump }: CompareViewProps) {
  const styles = useStyles();
  const [tables, setTables] = useState<TargetTableSnapshot[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [messages, setMessages] = useState<Outcome[]>([]);
  const [pending, setPending] = useState<RefreshPlan | null>(null);
  // row numbers as in the sheet: the header is row 1
  const where = (c: RefreshChange) => `${c.sheetName} 第${c.row + 2}行 ${HEADERS[columnIndex(c.column)]}`;

  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setMessages([]);
    try {
      await fn();
    } catch (e) {
      setMessages([failure(strings, e)]);
    } finally {
      setBusy(false);
    }
  };
  const load = () => run(async () => setTables(await onLoad()));
  const applyPlan = async (plan: RefreshPlan) => {
    setPending(null);
    const report = await onApplyRefresh(plan);
    setMessages([
      {
        ok: true,
        text: fmt(strings.refreshed, { changes: report.changes.length, missing: report.missing.length }),
      },
      // each change, so the planner sees what moved
      ...report.changes.map((c) => ({
        ok: true,
        text: `${where(c)}: ${String(c.from)} → ${String(c.to)}`,
      })),
      ...report.conflicts.map((c) => ({
        ok: false,
        text: fmt(strings.refreshConflict, {
          table: c.sheetName,
          row: c.row + 2,
          column: HEADERS[columnIndex(c.column)],
        }),
      })),
      ...report.missing.map((m) => ({
        ok: false,
        text: `${m.sheetName} 第${m.row + 2}行: ${strings.recordGone}`,
      })),
      ...(report.plannerRows > 0
        ? [{ ok: true, text: fmt(strings.refreshPlannerRows, { n: report.plannerRows }) }]
        : []),
      ...report.skipped.map((s) => ({
        ok: false,
        text: fmt(strings.tableSkipped, { table: s.tableName, problem: s.problem }),
      })),
    ]);
    setTables(await onLoad());
  };
  const apply = (plan: RefreshPlan) => run(() => applyPlan(plan));
  // a refresh that would change targets lists the changes and waits for the planner: a value may be one they edited
  const refresh = () =>
    run(async () => {
      const plan = await onPlanRefresh();
      if (plan.changes.length === 0) await applyPlan(plan);
      else setPending(plan);
    });

  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button onClick={() => void load()} disabled={busy}>
          {strings.compareLoad}
        </Button>
        <Button appearance="primary" onClick={() => void refresh()} disabled={busy}>
          {strings.refreshButton}
        </Button>
        {busy && <Spinner size="tiny" />}
      </div>
      {pending && (
        <Card size="small" role="group" aria-label={strings.refreshApply}>
          <Text>{fmt(strings.refreshPreview, { n: pending.changes.length })}</Text>
          <ul>
            {pending.changes.map((c, i) => (
              <li key={i}>
                {where(c)}: {String(c.from)} → {String(c.to)}
              </li>
            ))}
          </ul>
          <div className={styles.buttons}>
            <Button appearance="primary" disabled={busy} onClick={() => void apply(pending)}>
              {strings.refreshApply}
            </Button>
            <Button
              disabled={busy}
              onClick={() => {
                setPending(null);
                setMessages([{ ok: true, text: strings.refreshCancelled }]);
              }}
            >
              {strings.cancel}
            </Button>
          </div>
        </Card>
      )}
      {messages.map((m, i) => (
        <OutcomeBar key={i} outcome={m} strings={strings} failIntent="warning" />
      ))}
      {tables && tables.length === 0 && <Text>{strings.noTables}</Text>}
      {tables?.map((t) => {
        const verdicts = t.rows.map(judge);
        const count = (s: RowVerdict["state"]) => verdicts.filter((v) => v.state === s).length;
        return (
          <Card key={t.tableName} size="small" aria-label={`${t.sheetName} ${t.tableName}`}>
            <Text weight="semibold">
              {t.sheetName}: {strings.reached} {count("reached")} · {strings.missed} {count("missed")} ·{" "}
              {count("above") > 0 && `${strings.aboveRange} ${count("above")} · `}
              {strings.noActual} {count("none")}
            </Text>
            {t.problem && <Caption1>{t.problem}</Caption1>}
            {verdicts.map((v) => (
              <div
                key={v.row.row}
                role="button"
                tabIndex={0}
                className={styles.row}
                onClick={() => onJump(t.tableName, v.row.row)}
                onKeyDown={(e) => e.key === "Enter" && onJump(t.tableName, v.row.row)}
              >
                <Caption1
                  className={
                    v.state === "reached"
                      ? styles.reached
                      : v.state === "missed" || v.state === "above"
                        ? styles.missed
                        : undefined
                  }
                >
                  {String(v.row.cells.subject)} {comparatorWord(strings, v.row)} {shownTarget(v.row)}{" "}
                  {String(v.row.cells.unit)} —{" "}
                  {v.state === "none"
                    ? strings.noActual
                    : `${String(v.row.cells.actual)} ${
                        v.state === "reached"
                          ? strings.reached
                          : v.state === "above"
                            ? strings.aboveRange
                            : strings.missed
                      }`}
                  {v.growth !== null && ` · ${strings.growthNeeded} ${(v.growth * 100).toFixed(1)}%`}
                  {v.why && ` · ${v.why}`}
                </Caption1>
              </div>
            ))}
          </Card>
        );
      })}
    </div>
  );
}
