import * as fs from "node:fs";
import * as path from "node:path";

export const DOCUMENT_EXTENSIONS = [".txt", ".html", ".htm", ".text"];
/** Larger files are refused with a message rather than read into memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface InputFile {
  path: string;
  bytes?: Uint8Array;
  error?: string;
}

/** Expand files and folders (folders: their .txt/.html files, sorted) into a list of inputs. */
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
    if (stat.isDirectory()) {
      const names = fs
        .readdirSync(arg)
        .filter((n) => DOCUMENT_EXTENSIONS.includes(path.extname(n).toLowerCase()));
      names.sort();
      if (names.length === 0)
        out.push({ path: arg, error: `${arg}: no .txt or .html documents in this folder` });
      for (const n of names) out.push({ path: path.join(arg, n) });
    } else out.push({ path: arg });
  }
  return out;
}

/** Read one file; a problem becomes a one-line message instead of an exception. */
export function readInput(f: InputFile): InputFile {
  if (f.error) return f;
  try {
    const size = fs.statSync(f.path).size;
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
