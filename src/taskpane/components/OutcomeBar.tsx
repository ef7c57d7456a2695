import { Button, MessageBar, MessageBarBody, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import type { Outcome } from "../outcome";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "baseline", gap: "4px", overflowWrap: "anywhere" },
  detail: { fontFamily: "monospace", fontSize: "11px", overflowWrap: "anywhere", marginTop: "4px" },
});

/** An action's outcome: the planner's sentence, and the technical detail behind a 详情 toggle when there is one. */
export function OutcomeBar({
  outcome,
  strings,
  failIntent = "error",
}: {
  outcome: Outcome;
  strings: Strings;
  failIntent?: "error" | "warning";
}) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  return (
    <MessageBar intent={outcome.ok ? "success" : failIntent} layout="multiline">
      <MessageBarBody>
        <div className={styles.row}>
          <span>{outcome.text}</span>
          {outcome.detail && (
            <Button size="small" appearance="subtle" aria-expanded={open} onClick={() => setOpen(!open)}>
              {strings.details}
            </Button>
          )}
        </div>
        {open && outcome.detail && <div className={styles.detail}>{outcome.detail}</div>}
      </MessageBarBody>
    </MessageBar>
  );
}
