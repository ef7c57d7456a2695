import * as fs from "node:fs";
import * as path from "node:path";

export const DOCUMENT_EXTENSIONS = [".txt", ".html", ".htm", ".text"];
/** Larger files are refused with a message rather than read into memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface InputFile {
  path: string;
  bytes?: Uint8Array;
  error?: string;
  /** Not a document: named on stderr with why, not counted as a failure. */
  skipped?: string;
}

/**
 * Expand files and folders into a list of inputs. Folders are read with their subfolders, in name order; a
 * file that is not a document is listed as skipped, with why; a folder that cannot be read is one error.
 */
export function expandInputs(args: string[]): InputFile[] {
  const out: InputFile[] = [];
  for (const arg of args) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch (e) {
      out.push({ path: arg, error: describe(e, arg) });
      continue;
    }
    if (!stat.isDirectory()) {
      out.push({ path: arg });
      continue;
    }
    const before = out.length;
    walk(arg, out);
    if (!out.slice(before).some((f) => !f.skipped && !f.error))
      out.push({ path: arg, error: `${arg}: no .txt or .html documents in this folder` });
  }
  return out;
}

function walk(dir: string, out: InputFile[], depth = 0): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    out.push({ path: dir, error: describe(e, dir) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (depth >= 8) out.push({ path: p, skipped: "folder nested too deep (over 8 levels)" });
      else walk(p, out, depth + 1);
    } else if (!DOCUMENT_EXTENSIONS.includes(path.extname(e.name).toLowerCase()))
      out.push({ path: p, skipped: "not a .txt or .html document" });
    else out.push({ path: p });
  }
}

/** Read one file; a problem becomes a one-line message instead of an exception. */
export function readInput(f: InputFile): InputFile {
  if (f.error || f.skipped) return f;
  try {
    const stat = fs.statSync(f.path);
    // a pipe, socket or device named like a document would block or never end
    if (!stat.isFile()) return { ...f, error: `${f.path}: not a regular file` };
    const size = stat.size;
    if (size > MAX_FILE_BYTES) {
      return {
        ...f,
        error: `${f.path}: file is ${(size / 1048576).toFixed(0)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit`,
      };
    }
    return { ...f, bytes: fs.readFileSync(f.path) };
  } catch (e) {
    return { ...f, error: describe(e, f.path) };
  }
}

function describe(e: unknown, p: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return `${p}: no such file or folder`;
  if (code === "EACCES" || code === "EPERM") return `${p}: permission denied`;
  if (code === "EISDIR") return `${p}: is a folder`;
  return `${p}: ${(e as Error).message}`;
}
