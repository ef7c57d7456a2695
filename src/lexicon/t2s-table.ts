import t2sChars from "./t2s-chars.json";

// The traditional → simplified character table that names.ts uses for typed lookups. Here (Node: the CLI and
// tests) it is read with the module; the task pane's page uses t2s-table.browser.ts instead (webpack.config.js),
// which fetches it with the bundled dataset rather than with the first screen.

/** The table as a string of pairs (traditional, simplified, …); empty while the page's copy is on its way. */
export function t2sPairs(): string {
  return t2sChars.pairs;
}

/** Make sure the table is there (nothing to wait for here). */
export async function loadT2sTable(): Promise<void> {}
