// The first screen drawn when the add-in is built (src/taskpane/prerender.tsx): what the planner sees before any
// script runs must be the pane itself — its records, its tabs, its styles — and nothing that needs a script.
import { prerenderFirstScreen } from "../../src/taskpane/prerender";
import { DatasetIndex } from "../../src/dataset/query";
import { seedDataset } from "../functions/fixture";

const dataset = seedDataset();
let screen: Awaited<ReturnType<typeof prerenderFirstScreen>>;
beforeAll(async () => {
  screen = await prerenderFirstScreen(dataset);
});

describe("the first screen drawn at build time", () => {
  test("shows the showcase region's records with their quotes, and the tabs", () => {
    const records = new DatasetIndex(dataset).find({ region: "佛山市" });
    expect(records.length).toBeGreaterThan(0);
    expect(screen.html.match(/role="listitem"/g)).toHaveLength(records.length);
    for (const r of records) expect(screen.html).toContain(r.quote.slice(0, 12));
    for (const tab of ["数据", "插入目标表", "对比实际", "导入文档", "共享"])
      expect(screen.html).toContain(`>${tab}<`);
    expect(screen.html).toContain(`${dataset.records.length}<!-- --> <!-- -->条记录`);
  });

  test("is inert and needs no script: nothing waits to be moved in, nothing runs", () => {
    expect(screen.html).toMatch(/^<div inert data-first-screen="static">/);
    expect(screen.html).not.toMatch(/<script|<template|\son[a-z]+=/i);
  });

  test("every style class it uses has its rule in the styles that go with it", () => {
    const classes = new Set([...screen.html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/)));
    // Griffel's atomic classes (f…) and reset classes (r…); the others name components, not rules
    const atomic = [...classes].filter((c) => /^[fr][0-9a-z]{5,8}$/.test(c));
    expect(atomic.length).toBeGreaterThan(50);
    const missing = atomic.filter((c) => !screen.styles.includes(`.${c}`));
    expect(missing).toEqual([]);
    expect(screen.styles).toContain("data-make-styles-bucket");
  });

  test("the same dataset gives the same page", async () => {
    expect((await prerenderFirstScreen(dataset)).html).toBe(screen.html);
  });
});
