import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { SingleBar, Presets } from "cli-progress";
import { assembleDataset, processDocument, type DocumentResult } from "../dataset/build";
import ExcelJS from "exceljs";
import { DatasetIndex } from "../dataset/query";
import { buildWorkbook } from "../export/workbook";
import { parseDataset, type Dataset, type PolicyRecord } from "../model/schema";
import { DecodeError } from "../text/decode";
import { expandInputs, readInput } from "./files";
import { formatCsv, formatDiagnostics, formatTable, printable, type UnusedFigure } from "./format";
import { diagnosticReason } from "../lexicon/diagnostics";

const USAGE = `policy-targets — policy documents → a dataset of targets and actuals

Usage:
  policy-targets dataset [files or folders…] [--out file.json]   build the dataset (default: seeds/ → dist/policy-dataset.json)
  policy-targets extract <files or folders…> [--json | --csv] [--diagnostics]
                                                                  print the records found (and the figures not used, with why)
  policy-targets summary [files or folders…]                      a readable summary per document (default: seeds/)
  policy-targets export --region 佛山 [--subject 装备制造 …] --out 佛山目标.xlsx [--dataset file.json] [files…]
                                                                  the region's target table as an .xlsx workbook
`;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stderr.isTTY),
};

/** Run the CLI; resolves to the exit code (0 ok, 1 some input failed, 2 usage). */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        json: { type: "boolean" },
        csv: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        region: { type: "string" },
        subject: { type: "string", multiple: true },
        dataset: { type: "string" },
        diagnostics: { type: "boolean" },
      },
    });
  } catch (e) {
    io.err(`policy-targets: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (!command || command === "help" || command === "--help" || command === "-h" || values.help) {
    io.out(USAGE);
    return command ? 0 : 2;
  }
  const inputs = positionals.length > 0 ? positionals : command === "extract" ? [] : [defaultSeeds()];
  if (inputs.length === 0) {
    io.err(`policy-targets ${command}: name at least one file or folder\n`);
    return 2;
  }
  if (command === "export") return exportCommand(values, positionals, io);
  if (command !== "dataset" && command !== "extract" && command !== "summary") {
    io.err(`policy-targets: unknown command "${command}"\n${USAGE}`);
    return 2;
  }
  const { results, failed } = processAll(inputs, io);
  const dataset = assembleDataset(results);

  if (command === "dataset") {
    const out = values.out ?? path.join("dist", "policy-dataset.json");
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    fs.writeFileSync(out, JSON.stringify(dataset, null, 1) + "\n");
    io.out(
      `wrote ${out}: ${dataset.documents.length} documents, ${dataset.records.length} records, version ${dataset.version}\n`,
    );
  } else if (command === "extract") {
    const records = dataset.records;
    const files = new Map(dataset.documents.map((d) => [d.id, d.file]));
    const fileOf = (id: string) => files.get(id) ?? "";
    const unused = values.diagnostics ? unusedFigures(results) : [];
    if (values.json)
      io.out(JSON.stringify(values.diagnostics ? { records, diagnostics: unused } : records, null, 2) + "\n");
    else if (values.csv) io.out(formatCsv(records, fileOf));
    else {
      io.out(formatTable(records, fileOf) + "\n");
      if (values.diagnostics) io.out(`\n未采用的数字 (${unused.length}):\n${formatDiagnostics(unused)}\n`);
    }
  } else {
    io.out(summary(results));
  }
  if (failed > 0) io.err(`${failed} of ${failed + results.length} file(s) could not be read\n`);
  return failed > 0 ? 1 : 0;
}

async function exportCommand(
  values: { out?: string; region?: string; subject?: string[]; dataset?: string },
  positionals: string[],
  io: Io,
): Promise<number> {
  if (!values.region || !values.out) {
    io.err("policy-targets export: --region and --out are required\n" + USAGE);
    return 2;
  }
  let dataset: Dataset;
  let failed = 0;
  if (values.dataset) {
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(values.dataset, "utf8"));
    } catch (e) {
      io.err(`error: ${values.dataset}: ${(e as Error).message}\n`);
      return 1;
    }
    const parsed = parseDataset(json);
    if (!parsed.ok) {
      io.err(`error: ${values.dataset}: ${parsed.error}\n`);
      return 1;
    }
    dataset = parsed.dataset;
  } else {
    const r = processAll(positionals.length > 0 ? positionals : [defaultSeeds()], io);
    dataset = assembleDataset(r.results);
    failed = r.failed;
  }
  const index = new DatasetIndex(dataset);
  const region = index.resolveRegion(values.region);
  if (!region.ok) {
    io.err(
      `error: ${region.message}${region.suggestions.length ? `; did you mean ${region.suggestions.join(", ")}` : ""}\n`,
    );
    return 1;
  }
  let records = index.find({ region: region.name, kind: "target" });
  if (values.subject && values.subject.length > 0) {
    const wanted: string[] = [];
    for (const s of values.subject) {
      const hit = index.resolveSubject(region.name, s);
      if (!hit.ok) {
        io.err(
          `error: ${hit.message}${hit.suggestions.length ? `; did you mean ${hit.suggestions.join(", ")}` : ""}\n`,
        );
        return 1;
      }
      wanted.push(hit.name);
    }
    records = records.filter((r) => r.subject !== null && wanted.includes(r.subject));
  }
  if (records.length === 0) {
    io.err(`error: ${region.name} has no targets to export\n`);
    return 1;
  }
  const wb = await buildWorkbook(ExcelJS, {
    region: region.name,
    records,
    docOf: (id) => index.document(id),
    dataset,
  });
  fs.mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
  await wb.xlsx.writeFile(values.out);
  io.out(`wrote ${values.out}: ${records.length} targets of ${region.name}, dataset ${dataset.version}\n`);
  return failed > 0 ? 1 : 0;
}

function defaultSeeds(): string {
  const local = path.resolve("seeds");
  return fs.existsSync(local) ? local : path.join(__dirname, "..", "..", "seeds");
}

function processAll(inputs: string[], io: Io): { results: DocumentResult[]; failed: number } {
  const files = expandInputs(inputs);
  const bar =
    io.isTTY && files.length > 1
      ? new SingleBar({ format: "{bar} {value}/{total} {file}", hideCursor: true }, Presets.shades_classic)
      : null;
  bar?.start(files.length, 0, { file: "" });
  const results: DocumentResult[] = [];
  let failed = 0;
  for (const f of files) {
    const read = readInput(f);
    bar?.increment(1, { file: printable(path.basename(f.path)) });
    if (read.skipped) {
      io.err(printable(`skipped: ${f.path}: ${read.skipped}`) + "\n");
      continue;
    }
    if (read.error || !read.bytes) {
      failed++;
      bar?.stop();
      io.err(printable(`error: ${read.error}`) + "\n");
      continue;
    }
    try {
      results.push(processDocument({ file: path.basename(f.path), bytes: read.bytes }));
    } catch (e) {
      failed++;
      const msg = e instanceof DecodeError ? e.message : `could not be processed (${(e as Error).message})`;
      io.err(printable(`error: ${f.path}: ${msg}`) + "\n");
    }
  }
  bar?.stop();
  return { results, failed };
}

function summary(results: DocumentResult[]): string {
  const parts: string[] = [];
  for (const r of results) {
    const d = r.document;
    const targets = r.records.filter((x) => x.kind === "target").length;
    parts.push(
      printable(`■ ${d.file}\n  标题 ${d.title}`) +
        `\n  发文 ${printable(d.issuer ?? "—")}   日期 ${d.date ?? "—"}   地区 ${d.regions.join("、") || "—"}\n` +
        `  ${r.records.length} 条记录 (目标 ${targets}, 实际 ${r.records.length - targets}), ${r.diagnostics.length} 条未采用 (诊断), ${d.warnings.length} 条文本警告\n`,
    );
    if (r.records.length > 0)
      parts.push(indent(formatTable(r.records as PolicyRecord[], () => d.file, 30)) + "\n");
    const unused = unusedFigures([r]);
    if (unused.length > 0) {
      const shown = unused.slice(0, SUMMARY_DIAGNOSTICS);
      const more = unused.length - shown.length;
      parts.push(
        `  未采用的数字:\n${indent(formatDiagnostics(shown))}\n` +
          (more > 0 ? `  …另有 ${more} 条 (policy-targets extract --diagnostics ${d.file})\n` : ""),
      );
    }
    parts.push("\n");
  }
  return parts.join("");
}

const SUMMARY_DIAGNOSTICS = 8;

/** The figures a document gave that did not become records, each with its reason, file and mention. */
function unusedFigures(results: DocumentResult[]): UnusedFigure[] {
  return results.flatMap((r) =>
    r.diagnostics.map((x) => ({
      file: r.document.file,
      code: x.code,
      reason: diagnosticReason(x, "zh"),
      mention: r.document.text.slice(x.span[0], x.span[1]),
      quote: x.quote,
      context: r.document.text.slice(Math.max(0, x.span[0] - 16), x.span[1] + 6).replace(/\s+/g, " "),
      detail: x.message,
      span: x.span,
    })),
  );
}

function indent(s: string): string {
  return s
    .split("\n")
    .map((l) => "  " + l)
    .join("\n");
}
