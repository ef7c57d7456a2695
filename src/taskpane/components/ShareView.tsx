import {
  Button,
  Caption1,
  Card,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import { useState } from "react";
import { failure, type Outcome } from "../outcome";
import { OutcomeBar } from "./OutcomeBar";
import type { DamagedPart, WorkbookDataState } from "../../state/workbook-data";
import { fmt, type Strings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px" },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "4px", overflowWrap: "anywhere" },
  grow: { flexGrow: 1, minWidth: 0 },
  detail: { fontFamily: "monospace", fontSize: "11px", overflowWrap: "anywhere" },
});

export interface ShareViewProps {
  strings: Strings;
  /** What the workbook stores: its documents and the parts that cannot be read. */
  stored: WorkbookDataState;
  onRemove(documentId: string): Promise<void>;
  onRemoveDamaged(partId: string): Promise<void>;
  /** The stored XML of a part, to be saved as a file. */
  partXml(partId: string): string | null;
  onConvert(): Promise<{ converted: number; sourceSheet: string | null }>;
  /** In Excel: 转为数值 works on the active sheet; outside it the pane offers the downloadable table instead. */
  excel?: boolean;
  onGoToTable?(): void;
  /** Outside Excel: remove everything this browser keeps (imports and typed actuals), after confirming. */
  onClearAll?(): Promise<void>;
}

/** A damaged part's reason in the planner's words. */
export function damageReason(strings: Strings, d: DamagedPart): string {
  return fmt(strings.damagedItem, {
    title: d.title ?? strings.damagedUnknown,
    reason: strings[`damage_${d.code}`],
  });
}

function downloadText(name: string, text: string): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([text], { type: "application/xml" }));
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/**
 * 共享: what this workbook stores (one part per document), removing a document after the planner confirms,
 * parts that cannot be read (kept; exported or removed only on request), and turning POLICY formulas into values.
 */
export function ShareView({
  strings,
  stored,
  onRemove,
  onRemoveDamaged,
  partXml,
  onConvert,
  excel = true,
  onGoToTable,
  onClearAll,
}: ShareViewProps) {
  const styles = useStyles();
  const [message, setMessage] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const act = async (fn: () => Promise<string>) => {
    setBusy(true);
    try {
      setMessage({ ok: true, text: await fn() });
    } catch (e) {
      setMessage(failure(strings, e));
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  };
  const confirmRow = (key: string, question: string, run: () => Promise<string>) =>
    confirming === key && (
      <div className={styles.row} role="group" aria-label={question}>
        <Text className={styles.grow}>{question}</Text>
        <Button size="small" appearance="primary" disabled={busy} onClick={() => void act(run)}>
          {strings.shareRemoveYes}
        </Button>
        <Button size="small" disabled={busy} onClick={() => setConfirming(null)}>
          {strings.shareCancel}
        </Button>
      </div>
    );
  return (
    <div className={styles.root}>
      <Caption1>
        {stored.version
          ? fmt(strings.shareStored, { n: stored.documents.length, version: stored.version })
          : strings.shareNotStored}
      </Caption1>
      {stored.documents.length > 0 && (
        <ul className={styles.list} aria-label={strings.documents}>
          {stored.documents.map((d) => (
            <li key={d.documentId}>
              <Card size="small">
                <div className={styles.row}>
                  <Text className={styles.grow}>
                    {d.title || d.file} · {d.records} {strings.records}
                    {d.legacy ? ` · ${strings.shareLegacy}` : ""}
                  </Text>
                  <Button
                    size="small"
                    disabled={busy}
                    aria-label={`${strings.shareRemove} ${d.title || d.file}`}
                    onClick={() => setConfirming(d.documentId)}
                  >
                    {strings.shareRemove}
                  </Button>
                </div>
                {confirmRow(
                  d.documentId,
                  fmt(strings.shareRemoveConfirm, { title: d.title || d.file, n: d.records }),
                  async () => (
                    await onRemove(d.documentId),
                    fmt(strings.shareRemoved, { title: d.title || d.file })
                  ),
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
      {stored.damaged.map((d) => (
        <MessageBar key={d.partId} intent="warning" layout="multiline">
          <MessageBarBody>
            <div className={styles.row}>
              <Text className={styles.grow}>{damageReason(strings, d)}</Text>
              <Button
                size="small"
                onClick={() => {
                  const xml = partXml(d.partId);
                  if (xml) downloadText(`${d.title ?? d.documentId ?? "policy-data"}.xml`, xml);
                }}
              >
                {strings.damagedExport}
              </Button>
              <Button size="small" disabled={busy} onClick={() => setConfirming(d.partId)}>
                {strings.damagedRemove}
              </Button>
              <Button
                size="small"
                appearance="subtle"
                aria-expanded={open === d.partId}
                onClick={() => setOpen(open === d.partId ? null : d.partId)}
              >
                {strings.details}
              </Button>
            </div>
            {open === d.partId && <div className={styles.detail}>{d.detail}</div>}
            {confirmRow(
              d.partId,
              strings.damagedRemoveConfirm,
              async () => (await onRemoveDamaged(d.partId), strings.damagedRemoved),
            )}
          </MessageBarBody>
        </MessageBar>
      ))}
      {excel ? (
        <Button
          disabled={busy}
          onClick={() =>
            void act(async () => {
              const r = await onConvert();
              return fmt(strings.shareConverted, {
                n: r.converted,
                source: r.sourceSheet ? ` · ${r.sourceSheet}` : "",
              });
            })
          }
        >
          {strings.shareConvert}
        </Button>
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {strings.convertNeedsExcel}{" "}
            {onGoToTable && (
              <Button size="small" onClick={onGoToTable}>
                {strings.goToTable}
              </Button>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {onClearAll && (
        <>
          <Button disabled={busy} onClick={() => setConfirming("all")}>
            {strings.clearAll}
          </Button>
          {confirmRow("all", strings.clearAllConfirm, async () => (await onClearAll(), strings.clearedAll))}
        </>
      )}
      {message && <OutcomeBar outcome={message} strings={strings} />}
    </div>
  );
}
