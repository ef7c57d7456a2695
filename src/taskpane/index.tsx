/* global Office */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import "../state/bundled";
import { App } from "./App";

function render() {
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>,
  );
}

// Inside Office wait for office.js; in a plain browser (standalone) Office is absent or reports no host.
if (typeof Office !== "undefined" && typeof Office.onReady === "function")
  void Office.onReady(() => render());
else render();
