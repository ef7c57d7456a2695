// The page's copy of t2s-table.ts (chosen by webpack.config.js): the character table is 12 KiB of gzip that the
// first screen does not need. src/state/bundled.ts loads it together with the bundled dataset, and no dataset
// index, and so no lookup, exists before both are in.
let pairs = "";

/** The table as a string of pairs (traditional, simplified, …); empty until loadT2sTable() has finished. */
export function t2sPairs(): string {
  return pairs;
}

/** Fetch the table (once). */
export async function loadT2sTable(): Promise<void> {
  if (!pairs) pairs = (await import(/* webpackChunkName: "t2s" */ "./t2s-chars.json")).default.pairs;
}
