import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { expandInputs } from "../../src/cli/files";

// as root a mode of 000 does not stop reading: the refusal is made where the file system would make it
jest.mock("node:fs", () => {
  const actual = jest.requireActual<typeof import("node:fs")>("node:fs");
  return {
    ...actual,
    readdirSync: (p: fs.PathLike, o?: unknown) => {
      if (String(p).endsWith("locked"))
        throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
      return (actual.readdirSync as (p: fs.PathLike, o?: unknown) => unknown)(p, o);
    },
  };
});

test("a folder that cannot be read is one error; the folders and files beside it are still listed", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "walk-"));
  fs.mkdirSync(path.join(root, "locked"));
  fs.mkdirSync(path.join(root, "open"));
  fs.writeFileSync(path.join(root, "open", "a.txt"), "x");
  fs.writeFileSync(path.join(root, "b.txt"), "x");
  const list = expandInputs([root]);
  expect(list.map((f) => [path.relative(root, f.path), f.error ?? f.skipped ?? "ok"])).toEqual([
    ["b.txt", "ok"],
    ["locked", `${path.join(root, "locked")}: permission denied`],
    [path.join("open", "a.txt"), "ok"],
  ]);
});
