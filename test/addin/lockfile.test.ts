import * as fs from "node:fs";
import * as path from "node:path";

// The lockfile names every platform's optional packages (esbuild, @parcel/watcher, the resolver bindings…), so
// `npm install` on Windows, macOS and Linux installs from the same file and leaves it unchanged.
interface LockEntry {
  optionalDependencies?: Record<string, string>;
  os?: string[];
}
const lock = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package-lock.json"), "utf8")) as {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
};

/** Where npm would find `name` from the package at `at`: its own node_modules, then each parent's. */
function resolves(at: string, name: string): boolean {
  let dir = at;
  for (;;) {
    if (lock.packages[`${dir ? `${dir}/` : ""}node_modules/${name}`]) return true;
    if (!dir) return false;
    const i = dir.lastIndexOf("/node_modules/");
    dir = i < 0 ? "" : dir.slice(0, i);
  }
}

test("every optional (platform) dependency of every package is in the lockfile", () => {
  expect(lock.lockfileVersion).toBe(3);
  const missing: string[] = [];
  let optional = 0;
  for (const [at, entry] of Object.entries(lock.packages))
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      optional++;
      if (!resolves(at, name)) missing.push(`${at || "(root)"} → ${name}`);
    }
  expect(optional).toBeGreaterThan(0);
  expect(missing).toEqual([]);
});

test("packages for Windows, macOS and Linux are all locked", () => {
  const systems = new Set(Object.values(lock.packages).flatMap((e) => e.os ?? []));
  for (const os of ["win32", "darwin", "linux"]) expect(systems).toContain(os);
});
