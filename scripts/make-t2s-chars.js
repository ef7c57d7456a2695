#!/usr/bin/env node
"use strict";
// Writes src/lexicon/t2s-chars.json: every CJK character OpenCC converts from traditional to simplified on its
// own, as one string of pairs. The worksheet functions and the task pane resolve names with it, so they need
// not ship OpenCC's phrase dictionaries; the text engine keeps full OpenCC. Re-run when opencc-js changes.
const fs = require("node:fs");
const path = require("node:path");
const OpenCC = require("opencc-js/t2cn");

// from Hong Kong forms: OpenCC standard traditional and the Hong Kong variants (衞, 峯) both; `hk` lists the
// variants the standard conversion leaves as they are (a text with none of them needs only that one)
const convert = OpenCC.Converter({ from: "hk", to: "cn" });
const standard = OpenCC.Converter({ from: "t", to: "cn" });
let pairs = "";
let hk = "";
for (let c = 0x3400; c <= 0x9fff; c++) {
  const ch = String.fromCharCode(c);
  const out = convert(ch);
  if (out !== ch && out.length === 1) {
    pairs += ch + out;
    if (standard(ch) === ch) hk += ch;
  }
}
fs.writeFileSync(
  path.join(__dirname, "..", "src", "lexicon", "t2s-chars.json"),
  JSON.stringify({ pairs, hk }) + "\n",
);
console.log(`${pairs.length / 2} characters`);
