#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is compiled from src/cli by `npm run build:cli` (run by `npm install` via `prepare`).
require("../build/cli/main.js").main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`policy-targets: ${err && err.message ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
