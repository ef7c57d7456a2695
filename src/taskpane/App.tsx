import { Body1, Button, Caption1, Title3, makeStyles } from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useState } from "react";
import { DataView } from "./components/DataView";
import type { Extractor } from "./components/ImportView";
import type { TabId } from "./components/ViewTabs";
import { useDataset } from "./hooks/useStore";
import { useWorkbook, type Host } from "./hooks/useWorkbook";
import { STRINGS, fmt, type Locale } from "./strings";
import type { WorkbookData } from "../state/workbook-data";
import { initialLocale, rememberLocale } from "./locale";
import { TYPED_KEY } from "../standalone/storage";

// Only the data view is in the first load; the tabs follow it at once, the other views come when their tab is
// first opened, and messages when there is one to show. The import view's engine (OpenCC, GBK, the gazetteer)
// is loaded only when a document is extracted.
// The tabs' code is fetched as the page starts (index.tsx, with a preload link in the page) so that the live pane
// has them on its first render, as the first screen drawn at build time does (prerender.tsx).
type Tabs = typeof import("./components/ViewTabs").ViewTabs;
let tabsLoaded: Tabs | null = null;
export const loadTabs = (): Promise<Tabs> =>
  import(/* webpackChunkName: "tabs" */ "./components/ViewTabs").then((m) => (tabsLoaded = m.ViewTabs));
const NeedsExcel = lazy(() =>
  import(/* webpackChunkName: "outcome" */ "./components/NeedsExcel").then((m) => ({
    default: m.NeedsExcel,
  })),
);
const OutcomeBar = lazy(() =>
  import(/* webpackChunkName: "outcome" */ "./components/OutcomeBar").then((m) => ({
    default: m.OutcomeBar,
  })),
);
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
  // the small tab list's height, kept while its code loads so that the view below does not move
  tabs: { minHeight: "32px" },
});

export function App({
  host,
  data,
  displayLanguage,
}: {
  /** null until office.js has said whether this is Excel: the views that need to know wait for it. */
  host: Host | null;
  data: WorkbookData;
  /** Office's display language (or the browser's), the default until the planner chooses. */
  displayLanguage?: string;
}) {
  const styles = useStyles();
  const [locale, setLocale] = useState<Locale>(() => initialLocale(displayLanguage));
  // Office's display language arrives after the first screen: it is followed unless the planner has chosen
  useEffect(() => setLocale(initialLocale(displayLanguage)), [displayLanguage]);
  const [tab, setTab] = useState<TabId>("data");
  const strings = STRINGS[locale];
  const { index, source, error } = useDataset();
  const wb = useWorkbook(host, data);
  const [ViewTabs, setViewTabs] = useState<Tabs | null>(() => tabsLoaded);
  useEffect(() => {
    // the state holds a component: the setter is given a function that returns it
    if (!ViewTabs)
      void loadTabs().then(
        (t) => setViewTabs(() => t),
        () => undefined,
      );
  }, [ViewTabs]);
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
      <Suspense fallback={null}>
        {index ? (
          <Caption1>
            {source === "workbook" ? strings.datasetWorkbook : strings.datasetBundled} · {strings.version}{" "}
            {index.dataset.version} · {index.dataset.records.length} {strings.records} ·{" "}
            {index.dataset.documents.length} {strings.documents}
          </Caption1>
        ) : error ? (
          <OutcomeBar outcome={{ ok: false, text: strings.bundledFailed, detail: error }} strings={strings} />
        ) : (
          <Body1>{strings.loading}</Body1>
        )}
        {wb.stored.damaged.length > 0 && (
          <OutcomeBar
            outcome={{ ok: false, text: fmt(strings.damaged, { n: wb.stored.damaged.length }) }}
            strings={strings}
            failIntent="warning"
          />
        )}
        {wb.stored.error && (
          <OutcomeBar
            outcome={{ ok: false, text: strings.loadFailedPlain, detail: wb.stored.error }}
            strings={strings}
          />
        )}
      </Suspense>

      <div className={styles.tabs}>
        {ViewTabs && <ViewTabs value={tab} onSelect={setTab} strings={strings} />}
      </div>
      {index && tab === "data" && <DataView index={index} strings={strings} />}
      <Suspense fallback={<Body1>{strings.loadingView}</Body1>}>
        {host === null && tab !== "data" && tab !== "import" && <Body1>{strings.loadingView}</Body1>}
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
          <NeedsExcel strings={strings} onGoToTable={() => setTab("insert")} />
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
