#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is compiled from src/cli by `npm run build:cli` (run by `npm install` via `prepare`).
// exitCode, not process.exit(): piped stdout must drain before the process ends.
require("../build/cli/main.js").main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`policy-targets: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
