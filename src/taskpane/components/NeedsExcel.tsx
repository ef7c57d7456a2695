import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Strings } from "../strings";

/** 对比实际 outside Excel: the comparison reads tables in a workbook, and the on-page table does the same. */
export function NeedsExcel({ strings, onGoToTable }: { strings: Strings; onGoToTable(): void }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        {strings.compareNeedsExcel}{" "}
        <Button size="small" onClick={onGoToTable}>
          {strings.goToTable}
        </Button>
      </MessageBarBody>
    </MessageBar>
  );
}
