import { Tab, TabList, makeStyles } from "@fluentui/react-components";
import type { Strings } from "../strings";

export type TabId = "data" | "insert" | "compare" | "import" | "share";

const useStyles = makeStyles({
  // Office opens panes at 320 px (Windows) and 270 px (Mac): the tabs wrap rather than widen the page
  tabs: { flexWrap: "wrap", rowGap: "2px" },
});

/**
 * The pane's views. Loaded just after the first screen (with the keyboard navigation they bring), which shows
 * the data view without them.
 */
export function ViewTabs({
  value,
  onSelect,
  strings,
}: {
  value: TabId;
  onSelect(tab: TabId): void;
  strings: Strings;
}) {
  const styles = useStyles();
  return (
    <TabList
      className={styles.tabs}
      selectedValue={value}
      onTabSelect={(_, d) => onSelect(d.value as TabId)}
      size="small"
    >
      <Tab value="data">{strings.tabData}</Tab>
      <Tab value="insert">{strings.tabInsert}</Tab>
      <Tab value="compare">{strings.tabCompare}</Tab>
      <Tab value="import">{strings.tabImport}</Tab>
      <Tab value="share">{strings.tabShare}</Tab>
    </TabList>
  );
}
