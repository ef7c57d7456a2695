import { InvalidPayloadError, PART_LIMIT, PartTooLargeError } from "../office/document-part";
import { fmt, type Strings } from "./strings";

/** What an action came to, as the pane shows it: a sentence for the planner, the technical detail behind 详情. */
export interface Outcome {
  ok: boolean;
  text: string;
  detail?: string;
}

/** Excel's error codes a planner can act on, by the sentence that says what to do. */
const OFFICE_CODES: Record<string, "office_busy" | "office_denied" | "office_large"> = {
  InvalidOperationInCellEditMode: "office_busy",
  EditModeCannotAcquireLock: "office_busy",
  AccessDenied: "office_denied",
  InsertDeleteConflict: "office_denied",
  ReadOnly: "office_denied",
  RequestPayloadSizeLimitExceeded: "office_large",
  ResponsePayloadSizeLimitExceeded: "office_large",
};

/** Why a file could not be read as text (the engine's DecodeError codes), by the sentence that says so. */
const DECODE_CODES: Record<string, "decode_empty" | "decode_binary" | "decode_undecodable"> = {
  empty: "decode_empty",
  binary: "decode_binary",
  undecodable: "decode_undecodable",
};

/** A message this project wrote for planners: it starts in Chinese (an English gloss may follow). */
const PLANNER_WORDED = /^[\u3000-\u303f\u4e00-\u9fff《“]/;

/**
 * A failed action in the planner's words. Errors the add-in raises for planners keep their sentence; Excel's
 * errors with a known code say what to do; anything else is a plain "did not complete" with the raw message
 * (a zod path, an Office debug string) only in the detail.
 */
export function failure(strings: Strings, e: unknown): Outcome {
  const err = e instanceof Error ? e : new Error(String(e));
  const maybe = (err as { code?: unknown }).code;
  const code = typeof maybe === "string" ? maybe : null;
  const raw = code ? `${code}: ${err.message}` : `${err.name}: ${err.message}`;
  if (err instanceof PartTooLargeError) {
    const mb = (n: number) => (n / 1e6).toFixed(1);
    return {
      ok: false,
      text: fmt(strings.tooLarge, { title: err.title, size: mb(err.size), limit: mb(PART_LIMIT) }),
      detail: raw,
    };
  }
  if (err instanceof InvalidPayloadError)
    return { ok: false, text: fmt(strings.invalidPayload, { title: err.title }), detail: err.reason };
  if (err.name === "DecodeError" && code && code in DECODE_CODES)
    return { ok: false, text: strings[DECODE_CODES[code]], detail: err.message };
  if (code && OFFICE_CODES[code]) return { ok: false, text: strings[OFFICE_CODES[code]], detail: raw };
  if (PLANNER_WORDED.test(err.message)) return { ok: false, text: err.message };
  return { ok: false, text: strings.failed, detail: raw };
}
