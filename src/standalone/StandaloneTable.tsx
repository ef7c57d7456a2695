import { Button, Input, makeStyles, tokens } from "@fluentui/react-components";
import { defaultRegion } from "../taskpane/default-region";
import { useEffect, useMemo, useState } from "react";
import { RegionField } from "../taskpane/components/RegionField";
import { STATUS_REACHED, explainStatus, gap, gapUnit, isRate, progress, status } from "../compare/attainment";
import { COLUMNS, columnIndex } from "../compare/layout";
import type { DatasetIndex } from "../dataset/query";
import type { Actuals } from "../export/workbook";
import type { PolicyRecord } from "../model/schema";
import { fmt, type Strings } from "../taskpane/strings";
import { parseTypedNumber } from "../compare/typed-number";
import { TYPED_KEY } from "./storage";
import { failure, type Outcome } from "../taskpane/outcome";
import { OutcomeBar } from "../taskpane/components/OutcomeBar";

type Field = "actual" | "actualYear";

function loadTyped(): Typed {
  try {
    const v = JSON.parse(globalThis.localStorage?.getItem(TYPED_KEY) ?? "{}") as unknown;
    return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Typed) : {};
  } catch {
    return {};
  }
}

function saveTyped(typed: Typed): void {
  try {
    if (Object.keys(typed).length === 0) globalThis.localStorage?.removeItem(TYPED_KEY);
    else globalThis.localStorage?.setItem(TYPED_KEY, JSON.stringify(typed));
  } catch {
    // storage refused (full or blocked): the values stay on the page and go into the download
  }
}
/** What the planner typed, kept as typed; read with the shared parser. */
type Typed = Record<string, Partial<Record<Field, string>>>;

/** A typed field read as the row's value, or why it cannot be. */
export function readField(
  raw: string | undefined,
  field: Field,
  unit: string,
): { value: number | null } | { problem: "unreadable" | "unit" | "year" } {
  const r = parseTypedNumber(raw ?? "", field === "actualYear" ? "" : unit);
  if (!r.ok) return r.reason === "empty" ? { value: null } : { problem: r.reason };
  if (field === "actualYear" && !(Number.isInteger(r.value) && r.value >= 1949 && r.value <= 2100))
    return { problem: "year" };
  return { value: r.value };
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px" },
  wrap: { overflowX: "auto" },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& td, & th": {
      border: `1px solid ${tokens.colorNeutralStroke2}`,
      padding: "2px 4px",
      whiteSpace: "nowrap",
    },
  },
  input: { backgroundColor: "#FFF2CC", width: "84px" },
  problem: { color: tokens.colorPaletteRedForeground1, whiteSpace: "normal", maxWidth: "120px" },
  reached: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  missed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface StandaloneTableProps {
  index: DatasetIndex;
  strings: Strings;
  onDownload(region: string, records: PolicyRecord[], actuals: Actuals): Promise<void>;
}

/**
 * Standalone mode's target table: the same columns as the Excel table, on the page. Actuals typed here update
 * 完成率/差距/状态 live (src/compare/) and go into the downloaded workbook.
 */
export function StandaloneTable({ index, strings, onDownload }: StandaloneTableProps) {
  const styles = useStyles();
  const regions = useMemo(
    () => index.regions().filter((r) => index.find({ region: r, kind: "target" }).length > 0),
    [index],
  );
  const [region, setRegion] = useState(defaultRegion(regions));
  const [typed, setTyped] = useState<Typed>(loadTyped);
  // what the planner typed survives a reload of the page
  useEffect(() => saveTyped(typed), [typed]);
  const [left, setLeft] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<Outcome | null>(null);
  const records = useMemo(() => index.find({ region, kind: "target" }), [index, region]);
  const setField = (id: string, key: Field, raw: string) =>
    setTyped({ ...typed, [id]: { ...typed[id], [key]: raw } });
  // the values the table and the download use: what reads as a number; the rest stays as typed, flagged
  const actuals = useMemo(() => {
    const out: Actuals = {};
    for (const r of records) {
      const a = readField(typed[r.id]?.actual, "actual", r.unit);
      const y = readField(typed[r.id]?.actualYear, "actualYear", r.unit);
      out[r.id] = {
        actual: "value" in a ? a.value : null,
        actualYear: "value" in y ? y.value : null,
      };
    }
    return out;
  }, [records, typed]);
  const problemOf = (r: PolicyRecord, key: Field): string | null => {
    if (!left.has(`${r.id}:${key}`)) return null;
    const read = readField(typed[r.id]?.[key], key, r.unit);
    if (!("problem" in read)) return null;
    return read.problem === "unit"
      ? fmt(strings.numberUnit, { unit: r.unit })
      : read.problem === "year"
        ? strings.numberYear
        : strings.numberUnreadable;
  };
  const download = async () => {
    try {
      await onDownload(region, records, actuals);
      setMessage(null);
    } catch (e) {
      setMessage(failure(strings, e));
    }
  };
  return (
    <div className={styles.root}>
      <RegionField
        label={strings.insertRegion}
        size="small"
        regions={regions}
        value={region}
        onChange={setRegion}
      />
      <div className={styles.wrap}>
        <table className={styles.table} aria-label={`${region} 目标表`}>
          <thead>
            <tr>
              {/* a range shows as 2~4 in 目标值: no column of its own here */}
              {COLUMNS.slice(0, columnIndex("status") + 1)
                .filter((c) => c.key !== "valueMax")
                .map((c) => (
                  <th key={c.key}>
                    {strings[`col_${c.key as Exclude<typeof c.key, "valueMax" | "source" | "id">}`]}
                  </th>
                ))}
            </tr>
          </thead>
          <tbody>
            {records.map((r) => {
              const a = actuals[r.id]?.actual;
              const has = typeof a === "number";
              const p = has ? progress(a, r) : null;
              const s = has ? status(a, r) : "";
              return (
                <tr key={r.id} data-record={r.id}>
                  <td>{r.subject ?? r.region}</td>
                  <td>{r.indicator ?? ""}</td>
                  <td>{strings[`cmp_${r.comparator}`]}</td>
                  <td>{r.valueMax !== null ? `${r.value}~${r.valueMax}` : r.value}</td>
                  <td>{r.unit}</td>
                  <td>{r.year ?? ""}</td>
                  {(["actual", "actualYear"] as const).map((key) => {
                    const problem = problemOf(r, key);
                    const label = `${r.subject ?? r.region} ${key === "actual" ? "实际值" : "实际年份"}`;
                    return (
                      <td key={key}>
                        <Input
                          className={styles.input}
                          size="small"
                          aria-label={label}
                          aria-invalid={problem ? true : undefined}
                          inputMode={key === "actual" ? "decimal" : "numeric"}
                          value={typed[r.id]?.[key] ?? ""}
                          onChange={(_, d) => setField(r.id, key, d.value)}
                          onBlur={() => setLeft(new Set(left).add(`${r.id}:${key}`))}
                        />
                        {problem && (
                          <div role="alert" className={styles.problem}>
                            {problem}
                          </div>
                        )}
                      </td>
                    );
                  })}
                  <td>{p === null ? "" : `${(p * 100).toFixed(1)}%`}</td>
                  <td>{has ? `${gap(a, r)}${isRate(r.unit) ? ` ${gapUnit(r.unit)}` : ""}` : ""}</td>
                  <td className={s === STATUS_REACHED ? styles.reached : s ? styles.missed : undefined}>
                    {s}
                    {has && explainStatus(a, r) && (
                      <div className={styles.problem}>{explainStatus(a, r)}</div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Button appearance="primary" onClick={() => void download()} disabled={records.length === 0}>
        {strings.download}
      </Button>
      {message && <OutcomeBar outcome={message} strings={strings} />}
    </div>
  );
}
