import { extract } from "../../src/extract";
import { RULES } from "../../src/extract/rules";
import { normaliseText } from "../../src/text/normalise";

// Every rule's own examples: each gives a record with the stated fields, and it is this rule that gives it.
describe.each(RULES.map((r) => [r.id, r] as const))("rule %s", (_id, rule) => {
  test("has examples", () => expect(rule.examples.length).toBeGreaterThan(0));
  test.each(rule.examples.map((e) => [e.text, e] as const))("%s", (_text, example) => {
    const n = normaliseText(example.date ? `${example.text}\n${example.date}` : example.text);
    const x = extract("t", n.text);
    const fits = (r: (typeof x.records)[number]) =>
      Object.entries(example.gives).every(([k, v]) => (r as Record<string, unknown>)[k] === v);
    const hit = x.records.find(fits);
    const trace = x.records.map(
      (r) => `  [${x.trace.get(r.id)}] ${JSON.stringify({ ...r, quote: undefined })}`,
    );
    const diagnostics = x.diagnostics.map((d) => `  diagnostic ${d.code}: ${d.message}`);
    if (!hit || x.trace.get(hit.id) !== rule.id)
      throw new Error(
        `expected a record ${JSON.stringify(example.gives)} from ${rule.id}\n${[...trace, ...diagnostics].join("\n")}`,
      );
  });
});
