// npm run bench: throughput of the whole pipeline against a baseline measured in the same run.
import * as fs from "node:fs";
import * as path from "node:path";
import { processDocument } from "../dataset/build";
import { decodeBytes } from "../text/decode";
import { toSimplifiedRaw } from "../text/t2s";

const MB = 1024 * 1024;

function corpus(targetBytes: number, batch = 0): Uint8Array[] {
  const dir = path.join(__dirname, "..", "..", "seeds");
  const seeds = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => fs.readFileSync(path.join(dir, f)));
  const docs: Uint8Array[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const s = seeds[i % seeds.length];
    // a distinct header keeps every copy a document of its own
    const doc = Buffer.concat([Buffer.from(`第${batch}-${i}号\n`), s]);
    docs.push(doc);
    size += doc.length;
  }
  return docs;
}

function bytes(docs: Uint8Array[]): number {
  return docs.reduce((n, d) => n + d.length, 0);
}

function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

const RUNS = 3;

/** Median of RUNS timings: one slow run on a shared machine does not decide the ratio. */
function median(fn: () => void): number {
  const times = Array.from({ length: RUNS }, () => time(fn)).sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)];
}

let peakRss = 0;
// process.memoryUsage.rss() is the cheap form (no heap statistics); sampled every 32 documents, as the timer
// below cannot fire while a run keeps the thread busy
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 20);
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage.rss()));

function pipeline(docs: Uint8Array[]): number {
  let records = 0;
  docs.forEach((d, i) => {
    records += processDocument({ file: "bench.txt", bytes: d }).records.length;
    if (i % 32 === 0) sample();
  });
  return records;
}

function baseline(docs: Uint8Array[]): void {
  for (const d of docs) toSimplifiedRaw(decodeBytes(d).text);
}

export function runBench(print: (s: string) => void = console.log): void {
  const docs = corpus(10 * MB);
  const size = bytes(docs);
  // warm up: one full pass of each, so that both are timed at steady state (compiled, caches filled)
  pipeline(docs);
  baseline(docs);
  const tBase = median(() => baseline(docs));
  let records = 0;
  const tFull = median(() => (records = pipeline(docs)));
  // 10× the corpus: ten batches of distinct documents, each built before its timing starts, so the input is not
  // all held in memory at once (the command reads and processes files one by one the same way)
  let t10 = 0;
  for (let batch = 1; batch <= 10; batch++) {
    const docsOfBatch = corpus(10 * MB, batch);
    t10 += time(() => pipeline(docsOfBatch));
  }
  sample();
  clearInterval(sampler);
  const mbs = (s: number) => (size / MB / s).toFixed(2);
  print(
    `corpus: ${(size / MB).toFixed(1)} MB in ${docs.length} documents (seeds repeated), ${records} records`,
  );
  print(
    `baseline (decode + 繁→简): ${tBase.toFixed(2)} s, ${mbs(tBase)} MB/s   (median of ${RUNS} runs, as below)`,
  );
  print(
    `pipeline (decode, normalise, extract, resolve): ${tFull.toFixed(2)} s, ${mbs(tFull)} MB/s   [goal ≥ 5 MB/s]`,
  );
  print(`pipeline / baseline time: ${(tFull / tBase).toFixed(2)}×   [goal ≤ 3×]`);
  print(
    `1× corpus ${tFull.toFixed(2)} s, 10× corpus (ten batches of new documents) ${t10.toFixed(2)} s: ${(t10 / tFull).toFixed(2)}× the time   [goal ≤ 11×]`,
  );
  print(`peak memory (RSS): ${(peakRss / MB).toFixed(0)} MB   [goal ≤ 300 MB]`);
  // one sentence of thousands of figures (a table flattened into one line, a run-on list)
  const long = (n: number) =>
    "2023年,嘉兴市" +
    Array.from({ length: n }, (_, i) => `第${(i % 9) + 1}产业增加值${100 + i}亿元,同比增长${i % 10}.5%`).join(
      ",",
    ) +
    "。\n2024年1月1日";
  const doc5k = Buffer.from(long(5000));
  const doc20k = Buffer.from(long(20000));
  pipeline([doc5k]);
  const t5k = median(() => pipeline([doc5k]));
  const t20k = median(() => pipeline([doc20k]));
  print(
    `one sentence of 5,000 clauses ${t5k.toFixed(2)} s, of 20,000 clauses ${t20k.toFixed(2)} s: ${(t20k / t5k).toFixed(2)}× the time for 4× the clauses   [goal ≤ 5×]`,
  );
}

if (require.main === module) runBench();
