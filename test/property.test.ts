import fc from "fast-check";
import { extract } from "../src/extract";
import { validRecordSchema } from "../src/model/schema";
import { normaliseText } from "../src/text/normalise";

const pieces = [
  "到2026年,",
  "佛山市",
  "装备制造、泛家居",
  "2个",
  "产业集群",
  "产值规模",
  "突破",
  "5000亿元",
  "增长",
  "3.5%",
  "分别达到",
  "75%、50%",
  "一到两个",
  "万亿",
  "(一)",
  "1.",
  "\n",
  "。",
  "“",
  "”",
  "〔2020〕",
  "当(dāng)",
  "?。ㄒ唬",
  "<p>",
  "&nbsp;",
  "今年",
  "力争",
];
const policyish = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(""));

describe("the engine on arbitrary input", () => {
  test("never throws; records pass the schema; spans are in bounds and cover their quote", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 200 }), policyish),
        (s) => {
          const n = normaliseText(s);
          const x = extract("p", n.text);
          for (const r of x.records) {
            expect(validRecordSchema.safeParse(r).success).toBe(true);
            expect(r.span[0]).toBeGreaterThanOrEqual(0);
            expect(r.span[1]).toBeLessThanOrEqual(n.text.length);
          }
          expect(n.map.length).toBe(n.text.length + 1);
        },
      ),
      { numRuns: 400 },
    );
  });

  test.each([
    ["digits", "1".repeat(1_000_000)],
    ["万", "万".repeat(1_000_000)],
    ["nested brackets", "(（".repeat(250_000) + ")）".repeat(250_000)],
    ["quotes", "“".repeat(500_000) + "5000亿元"],
    // (a long run of what a clause's lead may end in — a byline's 讯, a source's 统计结果 — before a class of places
    // the lead is asked of)
    [
      "leads",
      (
        "2023年,佛山市" +
        "讯".repeat(44) +
        "甲大城市新增就业1万人。2023年,佛山市" +
        "据某某统计结果".repeat(20) +
        "甲大城市新增就业1万人。"
      ).repeat(4_000),
    ],
  ])("1 MB of %s finishes quickly (linear work)", (_name, input) => {
    const t0 = performance.now();
    const small = input.slice(0, input.length / 10);
    normaliseText(small);
    extract("p", small);
    const t1 = performance.now();
    const n = normaliseText(input);
    extract("p", n.text);
    const t2 = performance.now();
    // ten times the input may take well under a hundred times as long: no quadratic blow-up
    expect(t2 - t1).toBeLessThan(Math.max(40 * (t1 - t0), 3000));
  });
});

describe("long sentences full of figures", () => {
  // the shapes a run-on list of figures takes: growths, targets, shared figures, 分别, counts
  const shapes: ((i: number) => string)[] = [
    (i) => `第${(i % 9) + 1}产业增加值${100 + i}亿元,同比增长${i % 10}.5%`,
    (i) => `力争软件业务收入达到${100 + i}亿元`,
    (i) => `湖州、嘉兴的目标是“增长${(i % 9) + 1}%”`,
    (i) => `市级、区县整合率分别达到${(i % 90) + 1}%、${(i % 80) + 1}%`,
    (i) => `新建5G基站${i + 1}个`,
  ];
  const sentence = (n: number, seed: number) =>
    "2023年,嘉兴市" +
    Array.from({ length: n }, (_, i) => shapes[(i + seed) % shapes.length](i)).join(",") +
    "。";

  test("records stay valid and quotes short, whatever the sentence's length", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 4 }), (n, seed) => {
        const text = normaliseText(sentence(n, seed) + "\n2024年1月1日").text;
        const x = extract("p", text);
        for (const r of x.records) {
          expect(validRecordSchema.safeParse(r).success).toBe(true);
          expect(r.quote.length).toBeLessThanOrEqual(400);
          expect(r.quote).toContain(text.slice(r.span[0], r.span[1]));
        }
        for (const d of x.diagnostics) expect(d.quote.length).toBeLessThanOrEqual(400);
      }),
      { numRuns: 60 },
    );
  });

  test("four times the clauses take about four times as long (no work per figure over the sentence)", () => {
    const small = normaliseText(sentence(2500, 0) + "\n2024年1月1日").text;
    const large = normaliseText(sentence(10000, 0) + "\n2024年1月1日").text;
    extract("p", small); // warm up
    const t0 = performance.now();
    extract("p", small);
    const t1 = performance.now();
    const x = extract("p", large);
    const t2 = performance.now();
    expect(x.records.length).toBeGreaterThan(6000);
    // quadratic work would take 16 times as long; allow noise, not that
    expect(t2 - t1).toBeLessThan(Math.max(10 * (t1 - t0), 1500));
  });
});
