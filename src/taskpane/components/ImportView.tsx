import {
  Button,
  Caption1,
  Card,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Textarea,
  makeStyles,
} from "@fluentui/react-components";
import { useState, type ReactElement } from "react";
import type { DocumentResult } from "../../dataset/assemble";
import type { SourceDocument } from "../../dataset/build";
import { validRecordSchema, type PolicyRecord } from "../../model/schema";
import { parseTypedNumber } from "../../compare/typed-number";
import { fmt, type Strings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px" },
  edit: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: "4px" },
  progress: { display: "flex", alignItems: "center", gap: "8px" },
});

/**
 * Runs the extraction engine on a document (the pane's runs it in a Web Worker; tests pass their own).
 * An aborted signal cancels it: the promise rejects with an error named AbortError.
 */
export type Extractor = (source: SourceDocument, signal?: AbortSignal) => Promise<DocumentResult>;

export interface ImportViewProps {
  strings: Strings;
  extractor: Extractor;
  onAccept(results: DocumentResult[]): Promise<void>;
}

/** A file's bytes (FileReader where Blob.arrayBuffer is missing). */
function readBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error(`${file.name}: 无法读取 (unreadable)`));
    reader.readAsArrayBuffer(file);
  });
}

type EditedField = "region" | "subject" | "value" | "unit" | "year";

/** What the contract says of an edited record, by field, in the planner's words; empty when it may be stored. */
export function draftProblems(record: PolicyRecord, strings: Strings): Partial<Record<EditedField, string>> {
  const parsed = validRecordSchema.safeParse(record);
  if (parsed.success) return {};
  const out: Partial<Record<EditedField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0]);
    const key: EditedField =
      field === "region" || field === "regionPath"
        ? "region"
        : field === "year" || field === "subject" || field === "unit"
          ? field
          : "value";
    out[key] ??= strings[`invalid_${key}`];
  }
  return out;
}

interface Draft {
  record: PolicyRecord;
  accepted: boolean;
  /** Value and year as typed, kept while they do not read as numbers. */
  typed?: Partial<Record<"value" | "year", string>>;
}

/** Problems of the typed value and year (the shared parser), beside the contract's. */
function typedProblems(d: Draft, strings: Strings): Partial<Record<EditedField, string>> {
  const out: Partial<Record<EditedField, string>> = {};
  const value = d.typed?.value;
  if (value !== undefined) {
    const r = parseTypedNumber(value, d.record.unit);
    if (!r.ok)
      out.value =
        r.reason === "unit" ? fmt(strings.numberUnit, { unit: d.record.unit }) : strings.numberUnreadable;
  }
  const year = d.typed?.year;
  if (year !== undefined && year.trim() !== "") {
    const r = parseTypedNumber(year, "");
    if (!r.ok || !Number.isInteger(r.value)) out.year = strings.numberYear;
  }
  return out;
}

function problemsOf(d: Draft, strings: Strings): Partial<Record<EditedField, string>> {
  return { ...draftProblems(d.record, strings), ...typedProblems(d, strings) };
}

/** 导入文档: paste text or open files → the engine runs here → review, edit, accept → the workbook's dataset. */
export function ImportView({ strings, extractor, onAccept }: ImportViewProps) {
  const styles = useStyles();
  const [text, setText] = useState("");
  const [progress, setProgress] = useState<number | null>(null);
  const [results, setResults] = useState<DocumentResult[]>([]);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const [running, setRunning] = useState<AbortController | null>(null);

  const run = async (sources: SourceDocument[]) => {
    setMessage(null);
    setProgress(0);
    const controller = new AbortController();
    setRunning(controller);
    const out: DocumentResult[] = [];
    const errors: string[] = [];
    for (let i = 0; i < sources.length && !controller.signal.aborted; i++) {
      try {
        out.push(await extractor(sources[i], controller.signal));
      } catch (e) {
        if ((e as Error).name !== "AbortError") errors.push(`${sources[i].file}: ${(e as Error).message}`);
      }
      setProgress((i + 1) / sources.length);
      await new Promise((r) => setTimeout(r, 0)); // let the progress bar paint
    }
    setRunning(null);
    setProgress(null);
    if (controller.signal.aborted) {
      // the pasted text and the earlier review stay as they were
      setMessage({ ok: false, text: strings.importCancelled });
      return;
    }
    setResults(out);
    const all = out.flatMap((r) => r.records.map((record) => ({ record, accepted: true })));
    setDrafts(all);
    if (errors.length > 0) setMessage({ ok: false, text: errors.join("；") });
    else if (all.length === 0) setMessage({ ok: false, text: strings.importNone });
  };

  const fromFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    try {
      const sources = await Promise.all(
        [...files].map(async (f) => ({ file: f.name, bytes: await readBytes(f) })),
      );
      await run(sources);
    } catch (e) {
      setMessage({ ok: false, text: fmt(strings.error, { error: (e as Error).message }) });
    }
  };

  const edit = (i: number, patch: Partial<PolicyRecord>) =>
    setDrafts(drafts.map((d, k) => (k === i ? { ...d, record: { ...d.record, ...patch } } : d)));
  // value and year are kept as typed; the record takes them when they read as numbers (the shared parser)
  const type = (i: number, key: "value" | "year", raw: string) =>
    setDrafts(
      drafts.map((d, k) => {
        if (k !== i) return d;
        const read = parseTypedNumber(raw, key === "value" ? d.record.unit : "");
        const patch: Partial<PolicyRecord> =
          key === "year"
            ? read.ok
              ? { year: read.value }
              : read.reason === "empty"
                ? { year: null }
                : {}
            : read.ok
              ? { value: read.value }
              : {};
        return { ...d, typed: { ...d.typed, [key]: raw }, record: { ...d.record, ...patch } };
      }),
    );

  // an accepted record the contract rejects cannot be stored: the review says which field, and waits
  const blocked = drafts.some((d) => d.accepted && Object.keys(problemsOf(d, strings)).length > 0);

  const accept = async () => {
    const chosen = new Map(drafts.filter((d) => d.accepted).map((d) => [d.record.id, d.record]));
    const kept = results.map((r) => ({
      ...r,
      records: r.records.filter((x) => chosen.has(x.id)).map((x) => chosen.get(x.id)!),
    }));
    try {
      await onAccept(kept);
      setMessage({ ok: true, text: fmt(strings.accepted, { n: chosen.size }) });
      setDrafts([]);
    } catch (e) {
      setMessage({ ok: false, text: fmt(strings.error, { error: (e as Error).message }) });
    }
  };

  return (
    <div className={styles.root}>
      <Field label={strings.importPaste}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" rows={5} />
      </Field>
      <Button
        disabled={!text.trim() || progress !== null}
        onClick={() => void run([{ file: "粘贴的文本", text }])}
      >
        {progress !== null ? strings.importRunning : strings.importRun}
      </Button>
      <Field label={strings.importFiles}>
        <input
          type="file"
          accept=".txt,.htm,.html,text/plain"
          multiple
          aria-label={strings.importFiles}
          onChange={(e) => void fromFiles(e.target.files)}
        />
      </Field>
      {progress !== null && (
        <div className={styles.progress}>
          <ProgressBar value={progress === 0 ? undefined : progress} aria-label={strings.importRunning} />
          <Button size="small" onClick={() => running?.abort()}>
            {strings.cancel}
          </Button>
        </div>
      )}
      {message && (
        <MessageBar intent={message.ok ? "success" : "warning"}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {drafts.map((d, i) => {
        const problems = problemsOf(d, strings);
        const field = (name: EditedField, input: ReactElement) => (
          <Field validationState={problems[name] ? "error" : "none"} validationMessage={problems[name]}>
            {input}
          </Field>
        );
        return (
          <Card key={d.record.id} size="small" role="listitem">
            <Checkbox
              checked={d.accepted}
              label={d.accepted ? strings.accept : strings.reject}
              onChange={(_, v) =>
                setDrafts(drafts.map((x, k) => (k === i ? { ...x, accepted: Boolean(v.checked) } : x)))
              }
            />
            <div className={styles.edit}>
              {field(
                "region",
                <Input
                  aria-label={strings.region}
                  value={d.record.region}
                  onChange={(_, v) => edit(i, { region: v.value, regionPath: [v.value] })}
                />,
              )}
              {field(
                "subject",
                <Input
                  aria-label={strings.subject}
                  value={d.record.subject ?? ""}
                  onChange={(_, v) => edit(i, { subject: v.value || null })}
                />,
              )}
              {field(
                "value",
                <Input
                  aria-label={strings.value}
                  inputMode="decimal"
                  value={d.typed?.value ?? String(d.record.value)}
                  onChange={(_, v) => type(i, "value", v.value)}
                />,
              )}
              {field(
                "unit",
                <Input
                  aria-label={strings.unit}
                  value={d.record.unit}
                  onChange={(_, v) => edit(i, { unit: v.value })}
                />,
              )}
              {field(
                "year",
                <Input
                  aria-label={strings.year}
                  inputMode="numeric"
                  value={d.typed?.year ?? (d.record.year === null ? "" : String(d.record.year))}
                  onChange={(_, v) => type(i, "year", v.value)}
                />,
              )}
            </div>
            <Caption1>{d.record.quote}</Caption1>
          </Card>
        );
      })}
      {drafts.length > 0 && (
        <Button appearance="primary" disabled={blocked} onClick={() => void accept()}>
          {strings.acceptSelected}
        </Button>
      )}
      {blocked && <Caption1>{strings.invalidBlocked}</Caption1>}
    </div>
  );
}
