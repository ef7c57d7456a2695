/* global Office */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import "../state/bundled";
import { App } from "./App";
import type { Host } from "./hooks/useWorkbook";

function render(host: Host) {
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
}

// The entry is the pane's only contact with Office: inside Excel it waits for office.js; in a plain browser
// (standalone mode) Office is absent or reports no host.
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady((info) => render(info.host === Office.HostType.Excel ? "excel" : "standalone"));
} else render("standalone");
