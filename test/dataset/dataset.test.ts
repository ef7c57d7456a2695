import { buildDataset } from "../../src/dataset/build";
import { mergeDatasets } from "../../src/dataset/merge";
import { DatasetIndex } from "../../src/dataset/query";
import { parseDataset } from "../../src/model/schema";

const doc = (extra = "") => ({
  file: "foshan.txt",
  text: `到2026年,佛山市汽车及新能源、军民融合及电子信息2个产业集群产值规模突破5000亿元。${extra}\n佛山市人民政府\n2020年12月21日`,
});

describe("dataset", () => {
  test("ids and version are stable for the same text and change with it", () => {
    const a = buildDataset([doc()]).dataset;
    const b = buildDataset([doc()]).dataset;
    const c = buildDataset([doc("到2025年,佛山市工业总产值超过3万亿元。")]).dataset;
    expect(a.records.map((r) => r.id)).toEqual(b.records.map((r) => r.id));
    expect(a.version).toBe(b.version);
    expect(c.version).not.toBe(a.version);
    expect(parseDataset(JSON.parse(JSON.stringify(c))).ok).toBe(true);
  });

  test("the same document twice is kept once", () => {
    expect(buildDataset([doc(), { ...doc(), file: "copy.txt" }]).dataset.documents).toHaveLength(1);
  });

  test("a damaged dataset is reported, not thrown", () => {
    const d = buildDataset([doc()]).dataset as unknown as { records: { value: unknown }[] };
    d.records[0].value = "5000";
    const res = parseDataset(d);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error).toMatch(/records\.0\.value/);
    expect(parseDataset(null).ok).toBe(false);
  });

  test("a version 1 dataset (stored in an older workbook) is migrated on read", () => {
    const v2 = buildDataset([doc("2019年,佛山市地区生产总值增长2%,工业投资下降3%。")]).dataset;
    expect(v2.records.map((r) => r.direction)).toEqual([null, null, "rise", "fall"]);
    // version 1 had no direction field and recorded no falls
    const v1 = {
      ...v2,
      schemaVersion: 1,
      records: v2.records.filter((r) => r.direction !== "fall").map(({ direction: _omitted, ...r }) => r),
    };
    const res = parseDataset(JSON.parse(JSON.stringify(v1)));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.dataset.schemaVersion).toBe(2);
    expect(res.dataset.records.map((r) => [r.indicator, r.direction])).toEqual([
      ["产值规模", null],
      ["产值规模", null],
      ["地区生产总值增速", "rise"],
    ]);
    // a version 1 record with a field of the wrong type is still reported, not migrated into shape
    const bad = JSON.parse(JSON.stringify(v1));
    bad.records[0].value = "5000";
    expect(parseDataset(bad).ok).toBe(false);
  });

  test("queries resolve names through the lexicon", () => {
    const idx = new DatasetIndex(buildDataset([doc()]).dataset);
    expect(idx.resolveRegion("佛山")).toEqual({ ok: true, name: "佛山市" });
    expect(idx.resolveRegion(" 佛山市人民政府 ")).toEqual({ ok: true, name: "佛山市" });
    expect(idx.resolveRegion("广东省").ok).toBe(false); // no record of its own
    const bad = idx.resolveRegion("佛三");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.suggestions).toContain("佛山市");
    expect(idx.resolveSubject("佛山市", "汽車及新能源")).toEqual({ ok: true, name: "汽车及新能源" });
    expect(idx.resolveSubject("佛山市", "汽车及新能源产业集群")).toEqual({ ok: true, name: "汽车及新能源" });
    expect(idx.find({ region: "佛山市", subject: "汽车及新能源" })[0]).toMatchObject({
      value: 5000,
      comparator: "gt",
      year: 2026,
    });
    expect(idx.subjects("佛山市")).toEqual(
      ["军民融合及电子信息", "汽车及新能源"].sort((a, b) => a.localeCompare(b, "zh-CN")),
    );
  });

  test("a workbook's dataset is merged over the bundled one, its edits winning", () => {
    const bundled = buildDataset([doc()]).dataset;
    const edited = {
      ...bundled,
      records: [{ ...bundled.records[0], value: 5200 }],
      documents: bundled.documents,
    };
    const merged = mergeDatasets(bundled, edited);
    expect(merged.records).toHaveLength(bundled.records.length);
    expect(merged.records.find((r) => r.id === bundled.records[0].id)?.value).toBe(5200);
    expect(merged.version).not.toBe(bundled.version);
  });
});
