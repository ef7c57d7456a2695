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
