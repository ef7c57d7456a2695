import { Button, Checkbox, Label, Spinner, makeStyles } from "@fluentui/react-components";
import { defaultRegion } from "../default-region";
import { useMemo, useState } from "react";
import { RegionField } from "./RegionField";
import { failure, type Outcome } from "../outcome";
import { OutcomeBar } from "./OutcomeBar";
import type { DatasetIndex } from "../../dataset/query";
import type { PolicyRecord } from "../../model/schema";
import { fmt, type Strings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px" },
  subjects: { display: "flex", flexDirection: "column", maxHeight: "240px", overflowY: "auto" },
});

export interface InsertViewProps {
  index: DatasetIndex;
  strings: Strings;
  /** Inserts the table; resolves to the new sheet's name, rejects with a message. */
  onInsert(region: string, records: PolicyRecord[]): Promise<{ sheetName: string; rows: number }>;
}

/** 插入目标表: pick a region and, optionally, clusters; the table goes on a new sheet. */
export function InsertView({ index, strings, onInsert }: InsertViewProps) {
  const styles = useStyles();
  const regions = useMemo(
    () => index.regions().filter((r) => index.find({ region: r, kind: "target" }).length > 0),
    [index],
  );
  const [region, setRegion] = useState(defaultRegion(regions));
  const [picked, setPicked] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Outcome | null>(null);
  const targets = useMemo(() => index.find({ region, kind: "target" }), [index, region]);
  const subjects = useMemo(
    () => [...new Set(targets.map((r) => r.subject ?? r.indicator ?? ""))].filter(Boolean),
    [targets],
  );

  const insert = async () => {
    const chosen =
      picked.length === 0 ? targets : targets.filter((r) => picked.includes(r.subject ?? r.indicator ?? ""));
    setBusy(true);
    setResult(null);
    try {
      const r = await onInsert(region, chosen);
      setResult({ ok: true, text: fmt(strings.inserted, { sheet: r.sheetName, rows: r.rows }) });
    } catch (e) {
      setResult(failure(strings, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.root}>
      <RegionField
        label={strings.insertRegion}
        regions={regions}
        value={region}
        onChange={(r) => (setRegion(r), setPicked([]))}
      />
      {/* a group, not a Field: a Field gives every checkbox inside it the same id, which breaks their labels */}
      <div role="group" aria-label={strings.insertSubjects}>
        <Label>{strings.insertSubjects}</Label>
        <div className={styles.subjects}>
          {subjects.length === 0 && strings.noTargets}
          {subjects.map((s) => (
            <Checkbox
              key={s}
              label={s}
              checked={picked.includes(s)}
              onChange={(_, d) => setPicked(d.checked ? [...picked, s] : picked.filter((x) => x !== s))}
            />
          ))}
        </div>
      </div>
      <Button appearance="primary" disabled={busy || targets.length === 0} onClick={() => void insert()}>
        {busy ? <Spinner size="tiny" label={strings.inserting} /> : strings.insertButton}
      </Button>
      {result && <OutcomeBar outcome={result} strings={strings} />}
    </div>
  );
}
