import {
  Button,
  Caption1,
  Card,
  Checkbox,
  Field,
  Input,
  ProgressBar,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState, type ReactElement } from "react";
import { failure, type Outcome } from "../outcome";
import { OutcomeBar } from "./OutcomeBar";
import type { DocumentResult } from "../../dataset/assemble";
import type { SourceDocument } from "../../dataset/build";
import { validRecordSchema, type PolicyRecord } from "../../model/schema";
import { parseTypedNumber, unitScale } from "../../compare/typed-number";
import { stableId } from "../../dataset/hash";
import { COMPARATOR_LABELS } from "../../lexicon/comparators";
import { DIAGNOSTIC_REASONS, diagnosticReason } from "../../lexicon/diagnostics";
import type { Comparator, Diagnostic } from "../../model/schema";
import { fmt, type Strings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px" },
  edit: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: "4px" },
  progress: { display: "flex", alignItems: "center", gap: "8px" },
  card: { minWidth: 0 },
  quote: { overflowWrap: "anywhere" },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, fontWeight: tokens.fontWeightSemibold },
  unused: {
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  unusedItem: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: "4px",
    overflowWrap: "anywhere",
  },
});

/** The sentence of a record or a figure, with the figure marked. */
function Quote({
  text,
  span,
  quote,
  className,
  mark,
}: {
  text: string;
  span: [number, number];
  quote: string;
  className: string;
  mark: string;
}) {
  const figure = text.slice(span[0], span[1]);
  const at = figure ? quote.indexOf(figure) : -1;
  if (at < 0) return <Caption1 className={className}>{quote}</Caption1>;
  return (
    <Caption1 className={className}>
      {quote.slice(0, at)}
      <mark className={mark}>{figure}</mark>
      {quote.slice(at + figure.length)}
    </Caption1>
  );
}

/**
 * A figure the engine did not use, as a record for the planner to complete: the value and unit read from the
 * figure, the document's region, the sentence; kind, measure and year left for the planner.
 */
export function recordFromFigure(result: DocumentResult, d: Diagnostic): PolicyRecord {
  const doc = result.document;
  const figure = doc.text.slice(d.span[0], d.span[1]);
  const m = /([-−]?[\d０-９][\d０-９.,，．]*)([^\d０-９]*)$/.exec(figure);
  const rest = (m?.[2] ?? "").replace(/(?:以上|左右|以下|多|余)$/, "");
  const scale = unitScale(rest);
  // money in 亿元 as the dataset keeps it; other units as written
  const unit = scale.base === "元" ? "亿元" : rest;
  const read = m ? parseTypedNumber(m[1] + rest, unit) : null;
  const region = doc.regions[0] ?? "";
  return {
    id: stableId(`${doc.id}\u0001${d.span[0]}\u0001${d.span[1]}\u0001planner`),
    documentId: doc.id,
    kind: "target",
    region,
    regionPath: [region],
    subject: null,
    indicator: null,
    value: read?.ok ? read.value : 0,
    valueMax: null,
    unit,
    comparator: "eq",
    direction: null,
    year: null,
    stated: { region: false, subject: false, year: false },
    quote: d.quote,
    span: d.span,
  };
}

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
  const [message, setMessage] = useState<Outcome | null>(null);

  const [running, setRunning] = useState<AbortController | null>(null);
  // what the planner tells about a pasted text the engine could not place: title, region, date
  const [meta, setMeta] = useState({ title: "", region: "", date: "" });
  const [lastPaste, setLastPaste] = useState<string | null>(null);

  const run = async (sources: SourceDocument[]) => {
    setMessage(null);
    setProgress(0);
    const controller = new AbortController();
    setRunning(controller);
    const out: DocumentResult[] = [];
    const errors: { text: string; detail?: string }[] = [];
    for (let i = 0; i < sources.length && !controller.signal.aborted; i++) {
      try {
        out.push(await extractor(sources[i], controller.signal));
      } catch (e) {
        if ((e as Error).name !== "AbortError") {
          const f = failure(strings, e);
          errors.push({
            text: `${sources[i].file}: ${f.text}`,
            detail: f.detail && `${sources[i].file}: ${f.detail}`,
          });
        }
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
    if (errors.length > 0) {
      const details = errors.flatMap((x) => (x.detail ? [x.detail] : []));
      setMessage({
        ok: false,
        text: errors.map((x) => x.text).join("；"),
        ...(details.length > 0 ? { detail: details.join("\n") } : {}),
      });
    } else if (all.length === 0) setMessage({ ok: false, text: strings.importNone });
  };

  const fromFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    try {
      const sources = await Promise.all(
        [...files].map(async (f) => ({ file: f.name, bytes: await readBytes(f) })),
      );
      await run(sources);
    } catch (e) {
      setMessage(failure(strings, e));
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

  const lang = strings.reasonLang === "en" ? "en" : "zh";
  // figures the engine did not use, listed with their reason; those already turned into records are left out
  const adopted = new Set(drafts.map((d) => `${d.record.documentId}:${d.record.span[0]}`));
  const unused = results.flatMap((result) =>
    result.diagnostics
      .filter((d) => d.code !== "non_fact" && !adopted.has(`${result.document.id}:${d.span[0]}`))
      .map((d) => ({ result, d })),
  );
  // the last extraction gave nothing (not: everything was added already)
  const noRecords =
    results.length > 0 &&
    progress === null &&
    results.every((r) => r.records.length === 0) &&
    drafts.length === 0;
  const reasons = Object.entries(
    results
      .flatMap((r) => r.diagnostics)
      .reduce<Record<string, number>>((n, d) => ((n[d.code] = (n[d.code] ?? 0) + 1), n), {}),
  ) as [Diagnostic["code"], number][];
  const adopt = (result: DocumentResult, d: Diagnostic) =>
    setDrafts([...drafts, { record: recordFromFigure(result, d), accepted: true }]);

  // a review not yet added is work the planner would lose: the browser asks before leaving the page
  const pending = drafts.length > 0;
  useEffect(() => {
    if (!pending) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [pending]);

  // an accepted record the contract rejects cannot be stored: the review says which field, and waits
  const blocked = drafts.some((d) => d.accepted && Object.keys(problemsOf(d, strings)).length > 0);

  const accept = async () => {
    const chosen = drafts.filter((d) => d.accepted).map((d) => d.record);
    const kept = results.map((r) => ({
      ...r,
      records: chosen.filter((x) => x.documentId === r.document.id),
    }));
    try {
      await onAccept(kept);
      setMessage({ ok: true, text: fmt(strings.accepted, { n: chosen.length }) });
      setDrafts([]);
      setResults([]);
    } catch (e) {
      setMessage(failure(strings, e));
    }
  };

  return (
    <div className={styles.root}>
      <Field label={strings.importPaste}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" rows={5} />
      </Field>
      <Button
        disabled={!text.trim() || progress !== null}
        onClick={() => (setLastPaste(text), void run([{ file: "粘贴的文本", text }]))}
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
      {message && <OutcomeBar outcome={message} strings={strings} failIntent="warning" />}
      {noRecords && lastPaste !== null && (
        <Card size="small" role="group" aria-label={strings.importHelp}>
          <Caption1>{strings.importHelp}</Caption1>
          {reasons.length > 0 && (
            <ul className={styles.unused}>
              {reasons.map(([code, n]) => (
                <li key={code}>
                  {DIAGNOSTIC_REASONS[code][lang]} ({n})
                </li>
              ))}
            </ul>
          )}
          <div className={styles.edit}>
            <Field label={strings.docTitle}>
              <Input value={meta.title} onChange={(_, v) => setMeta({ ...meta, title: v.value })} />
            </Field>
            <Field label={strings.region}>
              <Input value={meta.region} onChange={(_, v) => setMeta({ ...meta, region: v.value })} />
            </Field>
            <Field label={strings.docDate} hint="2024年1月15日">
              <Input value={meta.date} onChange={(_, v) => setMeta({ ...meta, date: v.value })} />
            </Field>
          </div>
          <Button
            disabled={!meta.title && !meta.region && !meta.date}
            onClick={() =>
              void run([
                {
                  file: "粘贴的文本",
                  // the planner's lines head the text, as a document's own title, issuer and date would
                  text: [meta.title, meta.region, meta.date].filter(Boolean).join("\n") + "\n" + lastPaste,
                },
              ])
            }
          >
            {strings.importAgain}
          </Button>
        </Card>
      )}
      {drafts.map((d, i) => {
        const problems = problemsOf(d, strings);
        const field = (name: EditedField, label: string, input: ReactElement) => (
          <Field
            label={label}
            size="small"
            validationState={problems[name] ? "error" : "none"}
            validationMessage={problems[name]}
          >
            {input}
          </Field>
        );
        const doc = results.find((r) => r.document.id === d.record.documentId)?.document;
        return (
          <Card key={d.record.id} size="small" role="listitem" className={styles.card}>
            <Checkbox
              checked={d.accepted}
              label={strings.accept}
              onChange={(_, v) =>
                setDrafts(drafts.map((x, k) => (k === i ? { ...x, accepted: Boolean(v.checked) } : x)))
              }
            />
            <div className={styles.edit}>
              <Field label={strings.kind} size="small">
                <Select
                  value={d.record.kind}
                  onChange={(_, v) => edit(i, { kind: v.value as PolicyRecord["kind"] })}
                >
                  <option value="target">{strings.target}</option>
                  <option value="actual">{strings.actual}</option>
                </Select>
              </Field>
              {field(
                "region",
                strings.region,
                <Input
                  value={d.record.region}
                  onChange={(_, v) => edit(i, { region: v.value, regionPath: [v.value] })}
                />,
              )}
              {field(
                "subject",
                strings.subject,
                <Input
                  value={d.record.subject ?? ""}
                  onChange={(_, v) => edit(i, { subject: v.value || null })}
                />,
              )}
              <Field label={strings.indicator} size="small">
                <Input
                  value={d.record.indicator ?? ""}
                  onChange={(_, v) => edit(i, { indicator: v.value || null })}
                />
              </Field>
              <Field label={strings.comparator} size="small">
                <Select
                  value={d.record.comparator}
                  onChange={(_, v) => {
                    const comparator = v.value as Comparator;
                    edit(i, {
                      comparator,
                      valueMax: comparator === "range" ? (d.record.valueMax ?? d.record.value) : null,
                    });
                  }}
                >
                  {(Object.keys(COMPARATOR_LABELS) as Comparator[]).map((c) => (
                    <option key={c} value={c}>
                      {strings[`cmp_${c}`]}
                    </option>
                  ))}
                </Select>
              </Field>
              {field(
                "value",
                strings.value,
                <Input
                  inputMode="decimal"
                  value={d.typed?.value ?? String(d.record.value)}
                  onChange={(_, v) => type(i, "value", v.value)}
                />,
              )}
              {field(
                "unit",
                strings.unit,
                <Input value={d.record.unit} onChange={(_, v) => edit(i, { unit: v.value })} />,
              )}
              {field(
                "year",
                strings.year,
                <Input
                  inputMode="numeric"
                  value={d.typed?.year ?? (d.record.year === null ? "" : String(d.record.year))}
                  onChange={(_, v) => type(i, "year", v.value)}
                />,
              )}
            </div>
            <Quote
              text={doc?.text ?? ""}
              span={d.record.span}
              quote={d.record.quote}
              className={styles.quote}
              mark={styles.mark}
            />
          </Card>
        );
      })}
      {unused.length > 0 && (
        <section aria-label={strings.unusedTitle}>
          <Caption1>{fmt(strings.unusedTitle, { n: unused.length })}</Caption1>
          <div className={styles.unused}>
            {unused.map(({ result, d }) => (
              <div key={`${result.document.id}:${d.span[0]}:${d.code}`} className={styles.unusedItem}>
                <Caption1 className={styles.quote}>
                  <mark className={styles.mark}>{result.document.text.slice(d.span[0], d.span[1])}</mark> ·{" "}
                  {diagnosticReason(d, lang)} · {d.quote}
                </Caption1>
                <Button size="small" onClick={() => adopt(result, d)}>
                  {strings.unusedAdopt}
                </Button>
              </div>
            ))}
          </div>
        </section>
      )}
      {drafts.length > 0 && (
        <Button appearance="primary" disabled={blocked} onClick={() => void accept()}>
          {strings.acceptSelected}
        </Button>
      )}
      {blocked && <Caption1>{strings.invalidBlocked}</Caption1>}
    </div>
  );
}
