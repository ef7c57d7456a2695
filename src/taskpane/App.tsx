import { Body1, Button, Caption1, Tab, TabList, Title3, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { DataView } from "./components/DataView";
import { useDataset } from "./hooks/useStore";
import { STRINGS, type Locale } from "./strings";

const useStyles = makeStyles({
  root: { padding: "8px 12px", fontFamily: "inherit" },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center" },
});

export function App() {
  const styles = useStyles();
  const [locale, setLocale] = useState<Locale>("zh-CN");
  const [tab, setTab] = useState("data");
  const strings = STRINGS[locale];
  const { index, source } = useDataset();
  return (
    <div className={styles.root}>
      <div className={styles.header}>
        <Title3>{strings.title}</Title3>
        <Button
          appearance="subtle"
          size="small"
          onClick={() => setLocale(locale === "zh-CN" ? "en-US" : "zh-CN")}
        >
          {strings.language}
        </Button>
      </div>
      {index ? (
        <Caption1>
          {source === "workbook" ? strings.datasetWorkbook : strings.datasetBundled} · {strings.version}{" "}
          {index.dataset.version} · {index.dataset.records.length} {strings.records} ·{" "}
          {index.dataset.documents.length} {strings.documents}
        </Caption1>
      ) : (
        <Body1>{strings.loading}</Body1>
      )}
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(String(d.value))} size="small">
        <Tab value="data">{strings.tabData}</Tab>
      </TabList>
      {index && tab === "data" && <DataView index={index} strings={strings} />}
    </div>
  );
}
