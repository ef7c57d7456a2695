import { extract } from "../../src/extract";
import type { RecordFields } from "../../src/extract/rules/rule";
import { normaliseText } from "../../src/text/normalise";

export type Expected = RecordFields & {
  /** The text the record's span must cover exactly. */
  mention?: string;
};

/** Run the whole engine on a short text (normalised like a file), with an optional dateline. */
export function run(text: string, date?: string) {
  const doc = date ? `${text}\n${date}` : text;
  const n = normaliseText(doc);
  const x = extract("t", n.text);
  const debug = () =>
    [
      `text: ${n.text}`,
      ...x.records.map(
        (r) =>
          `record[${x.trace.get(r.id)}]: ${JSON.stringify({ ...r, quote: undefined, id: undefined, documentId: undefined })} mention=${n.text.slice(r.span[0], r.span[1])}`,
      ),
      ...x.diagnostics.map((d) => `diagnostic: ${d.code} ${d.message}`),
    ].join("\n");
  return { text: n.text, records: x.records, diagnostics: x.diagnostics, trace: x.trace, debug };
}

/** Exactly one record, with these fields and this mention; prints the engine's trace when it fails. */
export function expectOne(text: string, expected: Expected, date?: string): void {
  const r = run(text, date);
  const ok =
    r.records.length === 1 &&
    Object.entries(expected).every(([k, v]) =>
      k === "mention"
        ? r.text.slice(r.records[0].span[0], r.records[0].span[1]) === v
        : (r.records[0] as Record<string, unknown>)[k] === v,
    );
  if (!ok) throw new Error(`expected one record ${JSON.stringify(expected)}\n${r.debug()}`);
}

/** Records for each expected entry, in order, and nothing else. */
export function expectAll(text: string, expected: Expected[], date?: string): void {
  const r = run(text, date);
  const ok =
    r.records.length === expected.length &&
    expected.every((e, i) =>
      Object.entries(e).every(([k, v]) =>
        k === "mention"
          ? r.text.slice(r.records[i].span[0], r.records[i].span[1]) === v
          : (r.records[i] as Record<string, unknown>)[k] === v,
      ),
    );
  if (!ok) throw new Error(`expected ${expected.length} records ${JSON.stringify(expected)}\n${r.debug()}`);
}

/** No record at all. */
export function expectNone(text: string, date?: string): void {
  const r = run(text, date);
  if (r.records.length !== 0) throw new Error(`expected no record\n${r.debug()}`);
}
