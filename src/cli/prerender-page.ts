// `tsx src/cli/prerender-page.ts DATASET.json`: the task pane's first screen (src/taskpane/prerender.tsx) as JSON on
// standard output, for webpack.config.js to write into taskpane.html. Run by tsx at build time, not part of the CLI
// build (tsconfig.build.json leaves it out: it draws the pane's React components).
import * as fs from "node:fs";
import type { Dataset } from "../model/schema";
import { prerenderFirstScreen } from "../taskpane/prerender";

const dataset = JSON.parse(fs.readFileSync(process.argv[2], "utf8")) as Dataset;
void prerenderFirstScreen(dataset).then((screen) => process.stdout.write(JSON.stringify(screen)));
