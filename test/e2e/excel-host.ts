// Browser side of the Excel-mode tests, bundled by esbuild into the page's init script: the strict Excel fake,
// a CustomFunctions fake that records registrations (non-writable, so office.js cannot replace it), and an
// Office.onReady that reports Excel once office.js (from the npm package) has loaded.
import { rowFormulas, COLUMNS, columnIndex } from "../../src/compare/layout";
import { gap, progress, status } from "../../src/compare/attainment";
import { COMPARATOR_LABELS } from "../../src/lexicon/comparators";
import type { Comparator } from "../../src/model/schema";
import { FakeWorkbookState, installFakeExcel } from "../helpers/fake-excel";

const w = window as unknown as Record<string, unknown>;
const state = installFakeExcel(new FakeWorkbookState());
w.__fakeState = state;
Object.defineProperty(window, "Excel", { value: w.Excel, writable: false, configurable: false });

// The fake computes only the table's own formulas (proven equal to src/compare in a formula engine).
const byLabel = Object.fromEntries(Object.entries(COMPARATOR_LABELS).map(([k, v]) => [v, k])) as Record<
  string,
  Comparator
>;
state.evaluate = (formula, sheet, row, col) => {
  const f = rowFormulas(row + 1);
  const key = COLUMNS[col]?.key;
  if (key !== "progress" && key !== "gap" && key !== "status") return undefined;
  if (formula !== f[key]) return undefined;
  const actual = sheet.peek(row, columnIndex("actual"))?.value;
  const value = sheet.peek(row, columnIndex("value"))?.value;
  if (actual === undefined || actual === "" || typeof actual !== "number" || typeof value !== "number")
    return "";
  const max = sheet.peek(row, columnIndex("valueMax"))?.value;
  const t = {
    value,
    valueMax: typeof max === "number" ? max : null,
    comparator: byLabel[String(sheet.peek(row, columnIndex("comparator"))?.value)] ?? "eq",
    year: null,
    unit: String(sheet.peek(row, columnIndex("unit"))?.value ?? ""),
  };
  return key === "progress"
    ? (progress(actual, t) ?? "")
    : key === "gap"
      ? gap(actual, t)
      : status(actual, t);
};

class CfError {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}
const associated: Record<string, (...a: unknown[]) => unknown> = {};
w.__associated = associated;
// frozen as well: office.js would otherwise put its own associate on the object
Object.defineProperty(window, "CustomFunctions", {
  value: Object.freeze({
    associate: (id: string, fn: (...a: unknown[]) => unknown) => (associated[id] = fn),
    Error: CfError,
    ErrorCode: Object.freeze({ notAvailable: "#N/A", invalidValue: "#VALUE!", invalidNumber: "#NUM!" }),
  }),
  writable: false,
  configurable: false,
});

// office.js assigns window.Office, and may assign Office.onReady more than once while it loads: every Office
// object it sets gets an onReady accessor that always reports Excel and ignores later assignments.
const info = { host: "Excel", platform: "PC" };
const onReady = (cb?: (i: typeof info) => void) => {
  cb?.(info);
  return Promise.resolve(info);
};
let office: Record<string, unknown> | undefined;
const patched = new WeakSet<object>();
Object.defineProperty(window, "Office", {
  configurable: true,
  get: () => office,
  set: (v: Record<string, unknown>) => {
    office = v;
    if (v && typeof v === "object" && !patched.has(v)) {
      patched.add(v);
      Object.defineProperty(v, "onReady", { get: () => onReady, set: () => undefined, configurable: false });
    }
  },
});
