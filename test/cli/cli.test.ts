import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as iconv from "iconv-lite";
import { parseDataset } from "../../src/model/schema";

// The CLI is tested as a user runs it: the real binary (built by `npm test` before jest runs).
const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "policy-targets.js");
const run = (args: string[], cwd = ROOT) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", maxBuffer: 64 << 20 });

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "policy-cli-"));
const sentence =
  "到2026年,佛山市汽车及新能源、军民融合及电子信息2个产业集群产值规模突破5000亿元。\n佛山市人民政府\n2020年12月21日\n";

describe("policy-targets dataset", () => {
  test("builds the bundled dataset from seeds/ as the contract says, stable across runs", () => {
    const out1 = path.join(tmp, "a.json");
    const out2 = path.join(tmp, "b.json");
    const r1 = run(["dataset", "seeds", "--out", out1]);
    const r2 = run(["dataset", "--out", out2]);
    expect(r1.status).toBe(0);
    expect(r1.stdout).toMatch(/5 documents, \d+ records/);
    expect(r2.status).toBe(0);
    const a = parseDataset(JSON.parse(fs.readFileSync(out1, "utf8")));
    const b = parseDataset(JSON.parse(fs.readFileSync(out2, "utf8")));
    if (!a.ok || !b.ok) throw new Error("dataset does not parse");
    expect(a.dataset.version).toBe(b.dataset.version);
    expect(a.dataset.records.map((r) => r.id)).toEqual(b.dataset.records.map((r) => r.id));
    for (const r of a.dataset.records) {
      const doc = a.dataset.documents.find((d) => d.id === r.documentId)!;
      expect(r.quote).toContain(doc.text.slice(r.span[0], r.span[1]));
    }
    const foshan = a.dataset.records.filter((r) => r.region === "佛山市" && r.kind === "target");
    expect(foshan.map((r) => r.subject).sort()).toEqual(
      [
        "装备制造",
        "泛家居",
        "汽车及新能源",
        "军民融合及电子信息",
        "智能制造装备及机器人",
        "新材料",
        "食品饮料",
        "生物医药及大健康",
      ].sort(),
    );
  });
});

describe("policy-targets extract", () => {
  test("GBK and UTF-16 files give the same records as UTF-8", () => {
    fs.writeFileSync(path.join(tmp, "gbk.txt"), iconv.encode(sentence, "gbk"));
    fs.writeFileSync(path.join(tmp, "utf16.txt"), iconv.encode(sentence, "utf16le", { addBOM: true }));
    fs.writeFileSync(path.join(tmp, "utf8.txt"), sentence);
    const values = ["gbk.txt", "utf16.txt", "utf8.txt"].map((f) => {
      const r = run(["extract", path.join(tmp, f), "--json"]);
      expect(r.status).toBe(0);
      return (JSON.parse(r.stdout) as { subject: string; value: number }[]).map(
        (x) => `${x.subject}:${x.value}`,
      );
    });
    expect(values[0]).toEqual(["汽车及新能源:5000", "军民融合及电子信息:5000"]);
    expect(values[1]).toEqual(values[0]);
    expect(values[2]).toEqual(values[0]);
  });

  test("bad files get one clear line each; the others are still processed; the exit code says so", () => {
    fs.writeFileSync(path.join(tmp, "empty.txt"), "");
    fs.writeFileSync(
      path.join(tmp, "image.txt"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    );
    const r = run([
      "extract",
      path.join(tmp, "empty.txt"),
      path.join(tmp, "image.txt"),
      path.join(tmp, "nope.txt"),
      path.join(tmp, "utf8.txt"),
      "--csv",
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/empty\.txt: the file is empty/);
    expect(r.stderr).toMatch(/image\.txt: the file is binary/);
    expect(r.stderr).toMatch(/nope\.txt: no such file or folder/);
    expect(r.stderr).toMatch(/3 of 4 file\(s\) could not be read/);
    const lines = r.stdout.split("\r\n");
    expect(lines[0]).toBe(
      "\uFEFFfile,kind,region,subject,indicator,comparator,value,unit,year,quote,id,documentId,span",
    );
    expect(r.stdout).toContain("汽车及新能源");
    expect(lines.slice(1, -1).every((l) => l.startsWith("utf8.txt,"))).toBe(true);
  });

  test("folders: subfolders are read, other files are named as skipped, a pipe is refused, the dataset is written", () => {
    const dir = path.join(tmp, "folder");
    fs.mkdirSync(path.join(dir, "2024", "deeper"), { recursive: true });
    fs.writeFileSync(path.join(dir, "a.txt"), sentence);
    fs.writeFileSync(path.join(dir, "2024", "deeper", "b.txt"), sentence.replace("佛山市", "东莞市"));
    fs.writeFileSync(path.join(dir, "scan.pdf"), "%PDF-1.4");
    spawnSync("mkfifo", [path.join(dir, "pipe.txt")]);
    const out = path.join(tmp, "folder.json");
    const r = run(["dataset", dir, "--out", out]);
    expect(r.stderr).toMatch(/skipped: .*scan\.pdf: not a \.txt or \.html document/);
    expect(r.stderr).toMatch(/error: .*pipe\.txt: not a regular file/);
    expect(r.status).toBe(1);
    const ds = JSON.parse(fs.readFileSync(out, "utf8")) as { documents: { file: string }[] };
    expect(ds.documents.map((d) => d.file).sort()).toEqual(["a.txt", "b.txt"]);
  });

  test("the version depends on content only, not on the order files are given", () => {
    const a = path.join(tmp, "order-a.txt");
    const b = path.join(tmp, "order-b.txt");
    fs.writeFileSync(a, sentence);
    fs.writeFileSync(b, sentence.replace("佛山市", "东莞市"));
    const v = (files: string[]) => {
      const out = path.join(tmp, "order.json");
      run(["dataset", ...files, "--out", out]);
      return (JSON.parse(fs.readFileSync(out, "utf8")) as { version: string }).version;
    };
    expect(v([a, b])).toBe(v([b, a]));
  });

  test("control and escape characters of a document or a file name never reach the terminal raw", () => {
    const evil = path.join(tmp, "\u001b[2Jevil.txt");
    fs.writeFileSync(evil, `\u001b[31m标题\u0007\n${sentence}`);
    for (const args of [
      ["extract", evil],
      ["summary", evil],
      ["extract", evil, "--diagnostics"],
    ]) {
      const r = run(args);
      expect(r.status).toBe(0);
      // eslint-disable-next-line no-control-regex -- control characters are what must not come out
      expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
    }
    const missing = run(["extract", path.join(tmp, "\u001b]0;title\u0007none.txt")]);
    // eslint-disable-next-line no-control-regex -- the escape and bell must not come out
    expect(missing.stderr).not.toMatch(/\u001b|\u0007/);
  });

  test("a 20 MB file is read and processed", () => {
    const seed = fs.readFileSync(path.join(ROOT, "seeds", "003_008e1b45380b03fe.txt"), "utf8");
    const big = path.join(tmp, "big.txt");
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 20 * 1024 * 1024; i++) {
      const p = seed.replace(/3万个/g, `${i}个`);
      parts.push(p);
      size += Buffer.byteLength(p);
    }
    fs.writeFileSync(big, parts.join("\n"));
    const r = run(["extract", big, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBeGreaterThan(100);
  });

  test("usage errors", () => {
    expect(run(["extract"]).status).toBe(2);
    expect(run(["frobnicate", "seeds"]).stderr).toMatch(/unknown command/);
    expect(run(["--help"]).stdout).toMatch(/policy-targets dataset/);
  });

  test("summary is readable per document", () => {
    const r = run(["summary"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/■ 001_deec86faa03a0ae6\.txt[\s\S]*佛山市人民政府关于培育发展/);
    expect(r.stdout).toMatch(/汽车及新能源.*产值规模.*超过.*5000.*亿元.*2026/);
  });
});

describe("figures that did not become records", () => {
  const text =
    "到2026年,佛山市汽车及新能源、军民融合及电子信息2个产业集群产值规模突破5000亿元。其中第三条涉及3个部门。\n佛山市人民政府\n2020年12月21日\n";
  const file = path.join(tmp, "unused.txt");
  beforeAll(() => fs.writeFileSync(file, text));

  test("extract --diagnostics lists each with its reason in Chinese", () => {
    const r = run(["extract", file, "--diagnostics"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/未采用的数字 \(2\)/);
    expect(r.stdout).toMatch(/unused\.txt\s+3个\s+不清楚这个数字衡量的是什么/);
  });

  test("--json --diagnostics gives records and diagnostics with reason, mention and quote", () => {
    const r = run(["extract", file, "--diagnostics", "--json"]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      records: unknown[];
      diagnostics: { code: string; reason: string; mention: string; quote: string; file: string }[];
    };
    expect(out.records).toHaveLength(2);
    expect(out.diagnostics.map((d) => [d.file, d.code, d.mention])).toEqual([
      ["unused.txt", "measure_missing", "2个"],
      ["unused.txt", "measure_missing", "3个"],
    ]);
    expect(out.diagnostics[1].quote).toBe("其中第三条涉及3个部门。");
    expect(out.diagnostics[1].reason).toBe("不清楚这个数字衡量的是什么");
  });

  test("summary shows them under each document", () => {
    const r = run(["summary", file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/未采用的数字:/);
    expect(r.stdout).toMatch(/3个\s+不清楚这个数字衡量的是什么/);
  });
});
