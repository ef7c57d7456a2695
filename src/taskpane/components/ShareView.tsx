import { Button, Caption1, MessageBar, MessageBarBody, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { fmt, type Strings } from "../strings";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: "8px" } });

export interface ShareViewProps {
  strings: Strings;
  /** The version of the dataset stored in this workbook, or null. */
  storedVersion: string | null;
  onSave(): Promise<void>;
  onConvert(): Promise<{ converted: number; sourceSheet: string | null }>;
}

/** 共享: keep the dataset in the workbook; turn POLICY formulas into values for recipients without the add-in. */
export function ShareView({ strings, storedVersion, onSave, onConvert }: ShareViewProps) {
  const styles = useStyles();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const act = async (fn: () => Promise<string>) => {
    setBusy(true);
    try {
      setMessage({ ok: true, text: await fn() });
    } catch (e) {
      setMessage({ ok: false, text: fmt(strings.error, { error: (e as Error).message }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.root}>
      <Caption1>
        {storedVersion ? fmt(strings.shareStored, { version: storedVersion }) : strings.shareNotStored}
      </Caption1>
      <Button
        appearance="primary"
        disabled={busy}
        onClick={() => void act(async () => (await onSave(), strings.shareSaved))}
      >
        {strings.shareSave}
      </Button>
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
      {message && (
        <MessageBar intent={message.ok ? "success" : "error"}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
