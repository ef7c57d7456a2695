import * as fs from "node:fs";
import * as path from "node:path";
import { CORPUS, GOLDEN, SEEDS, key, markdown, runSeed, toGolden, type GoldenFile } from "./golden";

// Each seed has a reviewed expected file (<seed>.expected.json) and a markdown table of what the engine
// finds (<seed>.md) kept in sync for review. UPDATE_GOLDEN=1 rewrites the markdown, never the expected file.
const documents = [SEEDS, CORPUS].flatMap((dir) =>
  fs
    .readdirSync(dir)
    .filter((f) => /\.(txt|html?)$/.test(f))
    .map((file) => ({ dir, file })),
);

describe.each(documents)("golden: $file", ({ dir, file }) => {
  const base = file.replace(/\.(txt|html?)$/, "");
  const expectedPath = path.join(GOLDEN, `${base}.expected.json`);
  const result = runSeed(file, dir);
  const found = result.records.map((r) => toGolden(r, result.document.text));

  test("has a reviewed expected file", () => {
    if (!fs.existsSync(expectedPath)) {
      throw new Error(
        `no ${path.basename(expectedPath)}: review what the engine found and save it:\n${JSON.stringify(found, null, 2)}`,
      );
    }
  });
  if (!fs.existsSync(expectedPath)) return;
  const golden = JSON.parse(fs.readFileSync(expectedPath, "utf8")) as GoldenFile;

  test("document title, issuer and date", () => {
    expect({
      title: result.document.title,
      issuer: result.document.issuer,
      date: result.document.date,
    }).toEqual(golden.document);
  });

  test("every required record is found, and nothing unreviewed", () => {
    const foundKeys = found.map(key);
    const missing = golden.required.map(key).filter((k) => !foundKeys.includes(k));
    const allowed = new Set([...golden.required, ...golden.acceptable].map(key));
    const unexpected = foundKeys.filter((k) => !allowed.has(k));
    const dupes = foundKeys.filter((k, i) => foundKeys.indexOf(k) !== i);
    const report = [
      ...missing.map((k) => `- missing:    ${k}`),
      ...unexpected.map((k) => `+ unexpected: ${k}`),
      ...dupes.map((k) => `= duplicate:  ${k}`),
    ].join("\n");
    expect(report).toBe("");
  });

  test("the review table is in sync", () => {
    const mdPath = path.join(GOLDEN, `${base}.md`);
    const md = markdown(result);
    if (process.env.UPDATE_GOLDEN === "1") fs.writeFileSync(mdPath, md);
    expect(
      fs.existsSync(mdPath) ? fs.readFileSync(mdPath, "utf8") : "(missing: run with UPDATE_GOLDEN=1)",
    ).toBe(md);
  });

  test("spans point at the mention inside the quote", () => {
    for (const r of result.records) {
      const mention = result.document.text.slice(r.span[0], r.span[1]);
      expect(r.quote).toContain(mention);
    }
  });
});
