import {
  Button,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { defaultRegion } from "../taskpane/default-region";
import { useMemo, useState } from "react";
import { gap, progress, status } from "../compare/attainment";
import { HEADERS, columnIndex } from "../compare/layout";
import type { DatasetIndex } from "../dataset/query";
import type { Actuals } from "../export/workbook";
import { COMPARATOR_LABELS } from "../lexicon/comparators";
import type { PolicyRecord } from "../model/schema";
import { fmt, type Strings } from "../taskpane/strings";

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
  const [actuals, setActuals] = useState<Actuals>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const records = useMemo(() => index.find({ region, kind: "target" }), [index, region]);
  const setField = (id: string, key: "actual" | "actualYear", raw: string) => {
    const v = raw.trim() === "" ? null : Number(raw);
    if (v !== null && !Number.isFinite(v)) return;
    setActuals({ ...actuals, [id]: { ...actuals[id], [key]: v } });
  };
  const download = async () => {
    try {
      await onDownload(region, records, actuals);
      setMessage(null);
    } catch (e) {
      setMessage({ ok: false, text: fmt(strings.error, { error: (e as Error).message }) });
    }
  };
  return (
    <div className={styles.root}>
      <Select aria-label={strings.insertRegion} value={region} onChange={(_, d) => setRegion(d.value)}>
        {regions.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </Select>
      <div className={styles.wrap}>
        <table className={styles.table} aria-label={`${region} 目标表`}>
          <thead>
            <tr>
              {HEADERS.slice(0, columnIndex("status") + 1).map((h) => (
                <th key={h}>{h}</th>
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
                  <td>{COMPARATOR_LABELS[r.comparator]}</td>
                  <td>{r.value}</td>
                  <td>{r.unit}</td>
                  <td>{r.year ?? ""}</td>
                  <td>
                    <Input
                      className={styles.input}
                      size="small"
                      aria-label={`${r.subject ?? r.region} 实际值`}
                      inputMode="decimal"
                      value={has ? String(a) : ""}
                      onChange={(_, d) => setField(r.id, "actual", d.value)}
                    />
                  </td>
                  <td>
                    <Input
                      className={styles.input}
                      size="small"
                      aria-label={`${r.subject ?? r.region} 实际年份`}
                      inputMode="numeric"
                      value={actuals[r.id]?.actualYear != null ? String(actuals[r.id]?.actualYear) : ""}
                      onChange={(_, d) => setField(r.id, "actualYear", d.value)}
                    />
                  </td>
                  <td>{p === null ? "" : `${(p * 100).toFixed(1)}%`}</td>
                  <td>{has ? gap(a, r) : ""}</td>
                  <td className={s === "已达标" ? styles.reached : s ? styles.missed : undefined}>{s}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Button appearance="primary" onClick={() => void download()} disabled={records.length === 0}>
        下载工作簿 (.xlsx)
      </Button>
      {message && (
        <MessageBar intent="error">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
