import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Title3,
  makeStyles,
} from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import { DataView } from "./components/DataView";
import { OutcomeBar } from "./components/OutcomeBar";
import type { Extractor } from "./components/ImportView";
import { useDataset } from "./hooks/useStore";
import { useWorkbook, type Host } from "./hooks/useWorkbook";
import { STRINGS, fmt, type Locale } from "./strings";
import type { WorkbookData } from "../state/workbook-data";
import { initialLocale, rememberLocale } from "./locale";
import { TYPED_KEY } from "../standalone/storage";

// Only the data view is in the first load; the others come when their tab is first opened. The import view's
// engine (OpenCC, GBK, the gazetteer) is loaded only when a document is extracted.
const InsertView = lazy(() =>
  import(/* webpackChunkName: "insert" */ "./components/InsertView").then((m) => ({ default: m.InsertView })),
);
const CompareView = lazy(() =>
  import(/* webpackChunkName: "compare" */ "./components/CompareView").then((m) => ({
    default: m.CompareView,
  })),
);
const ShareView = lazy(() =>
  import(/* webpackChunkName: "share" */ "./components/ShareView").then((m) => ({ default: m.ShareView })),
);
const StandaloneTable = lazy(() =>
  import(/* webpackChunkName: "standalone" */ "../standalone/StandaloneTable").then((m) => ({
    default: m.StandaloneTable,
  })),
);
const downloadWorkbook: typeof import("../standalone/download").downloadWorkbook = async (...args) =>
  (await import(/* webpackChunkName: "standalone" */ "../standalone/download")).downloadWorkbook(...args);
const ImportView = lazy(() =>
  import(/* webpackChunkName: "import" */ "./components/ImportView").then((m) => ({ default: m.ImportView })),
);
// the engine runs in a Web Worker (src/taskpane/engine.worker.ts), loaded when a document is first extracted
const extractor: Extractor = async (source, signal) =>
  (await import(/* webpackChunkName: "engine-client" */ "./engine-client")).extractInWorker(source, signal);

const useStyles = makeStyles({
  root: { padding: "8px 12px", display: "flex", flexDirection: "column", gap: "6px" },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center" },
  // Office opens panes at 320 px (Windows) and 270 px (Mac): the tabs wrap rather than widen the page
  tabs: { flexWrap: "wrap", rowGap: "2px" },
});

type TabId = "data" | "insert" | "compare" | "import" | "share";

export function App({
  host,
  data,
  displayLanguage,
}: {
  host: Host;
  data: WorkbookData;
  /** Office's display language (or the browser's), the default until the planner chooses. */
  displayLanguage?: string;
}) {
  const styles = useStyles();
  const [locale, setLocale] = useState<Locale>(() => initialLocale(displayLanguage));
  const [tab, setTab] = useState<TabId>("data");
  const strings = STRINGS[locale];
  const { index, source } = useDataset();
  const wb = useWorkbook(host, data);
  // 清除 (standalone): the imported documents and the typed actuals kept in this browser
  const clearAll = async () => {
    for (const d of data.getState().documents) await data.remove(d.documentId);
    try {
      localStorage.removeItem(TYPED_KEY);
    } catch {
      // nothing stored
    }
  };
  return (
    <div className={styles.root}>
      <div className={styles.header}>
        <Title3>{strings.title}</Title3>
        <Button
          appearance="subtle"
          size="small"
          onClick={() => {
            const next = locale === "zh-CN" ? "en-US" : "zh-CN";
            rememberLocale(next);
            setLocale(next);
          }}
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
      {wb.stored.damaged.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{fmt(strings.damaged, { n: wb.stored.damaged.length })}</MessageBarBody>
        </MessageBar>
      )}
      {wb.stored.error && (
        <OutcomeBar
          outcome={{ ok: false, text: strings.loadFailedPlain, detail: wb.stored.error }}
          strings={strings}
        />
      )}

      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, d) => setTab(d.value as TabId)}
        size="small"
      >
        <Tab value="data">{strings.tabData}</Tab>
        <Tab value="insert">{strings.tabInsert}</Tab>
        <Tab value="compare">{strings.tabCompare}</Tab>
        <Tab value="import">{strings.tabImport}</Tab>
        <Tab value="share">{strings.tabShare}</Tab>
      </TabList>
      {index && tab === "data" && <DataView index={index} strings={strings} />}
      <Suspense fallback={<Spinner size="small" />}>
        {index && tab === "insert" && host === "excel" && (
          <InsertView index={index} strings={strings} onInsert={wb.insert} />
        )}
        {index && tab === "insert" && host === "standalone" && (
          <StandaloneTable
            index={index}
            strings={strings}
            onDownload={(region, records, actuals) => downloadWorkbook(index, region, records, actuals)}
          />
        )}
        {tab === "compare" && host === "standalone" && (
          // the comparison reads tables in a workbook: outside Excel the on-page table does the same
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              {strings.compareNeedsExcel}{" "}
              <Button size="small" onClick={() => setTab("insert")}>
                {strings.goToTable}
              </Button>
            </MessageBarBody>
          </MessageBar>
        )}
        {tab === "compare" && host === "excel" && (
          <CompareView
            strings={strings}
            onLoad={wb.loadTables}
            onPlanRefresh={wb.planRefresh}
            onApplyRefresh={wb.applyRefresh}
            onJump={wb.jump}
          />
        )}
        {tab === "import" && <ImportView strings={strings} extractor={extractor} onAccept={wb.accept} />}
        {tab === "share" && (
          <ShareView
            strings={strings}
            stored={wb.stored}
            onRemove={wb.remove}
            onRemoveDamaged={wb.removeDamaged}
            partXml={wb.partXml}
            onConvert={wb.convert}
            excel={host === "excel"}
            onGoToTable={() => setTab("insert")}
            onClearAll={host === "standalone" ? clearAll : undefined}
          />
        )}
      </Suspense>
    </div>
  );
}
