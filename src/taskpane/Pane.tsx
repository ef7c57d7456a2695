import {
  FluentProvider,
  RendererProvider,
  SSRProvider,
  webLightTheme,
  type GriffelRenderer,
} from "@fluentui/react-components";
import type { WorkbookData } from "../state/workbook-data";
import { App } from "./App";
import type { Host } from "./hooks/useWorkbook";

/**
 * The whole pane with its providers: one tree for the first screen drawn when the add-in is built
 * (prerender.tsx) and for the live pane (index.tsx), so that the live pane looks exactly like the first screen it
 * replaces.
 */
export function Pane({
  renderer,
  host,
  data,
  displayLanguage,
}: {
  renderer: GriffelRenderer;
  host: Host | null;
  data: WorkbookData;
  displayLanguage?: string;
}) {
  return (
    <RendererProvider renderer={renderer}>
      <SSRProvider>
        <FluentProvider theme={webLightTheme}>
          <App host={host} data={data} displayLanguage={displayLanguage} />
        </FluentProvider>
      </SSRProvider>
    </RendererProvider>
  );
}
