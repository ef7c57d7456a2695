import * as iconv from "iconv-lite";
import type { TextWarning } from "../model/schema";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gbk";

export class DecodeError extends Error {
  constructor(
    message: string,
    readonly code: "binary" | "empty" | "undecodable",
  ) {
    super(message);
  }
}

export interface Decoded {
  text: string;
  encoding: Encoding;
  warnings: TextWarning[];
}

/** Decode bytes from a policy document: BOMs, UTF-8, UTF-16 without BOM, then GBK (GB18030). */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeError("the file is empty", "empty");
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), "utf-16be");
  const sniffed = sniffUtf16(bytes);
  if (sniffed) return utf16(bytes, sniffed);
  if (looksBinary(bytes)) {
    throw new DecodeError("the file is binary, not text (it contains NUL or control bytes)", "binary");
  }
  try {
    return utf8(bytes, true);
  } catch {
    // not UTF-8: Chinese government sites still serve GBK
  }
  const text = iconv.decode(asBuffer(bytes), "gb18030");
  const bad = countChar(text, "\uFFFD");
  if (bad > Math.max(8, text.length * 0.02)) {
    throw new DecodeError(
      `the file is neither UTF-8, UTF-16 nor GBK (${bad} undecodable characters)`,
      "undecodable",
    );
  }
  const warnings: TextWarning[] =
    bad > 0
      ? [
          {
            code: "decode_replaced",
            message: `${bad} undecodable bytes replaced`,
            at: text.indexOf("\uFFFD"),
          },
        ]
      : [];
  return { text, encoding: "gbk", warnings };
}

function utf8(bytes: Uint8Array, fatal = false): Decoded {
  const text = new TextDecoder("utf-8", { fatal }).decode(bytes);
  return { text, encoding: "utf-8", warnings: [] };
}

function utf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): Decoded {
  const text = new TextDecoder(encoding).decode(bytes);
  return { text, encoding, warnings: [] };
}

/** UTF-16 without a BOM: most ASCII-range code units put a zero byte on one side. */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.2 && evenZeros < pairs * 0.02) return "utf-16le";
  if (evenZeros > pairs * 0.2 && oddZeros < pairs * 0.02) return "utf-16be";
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control > n * 0.05;
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
