import { DatasetIndex } from "../dataset/query";
import type { Dataset } from "../model/schema";

export type DatasetSource = "bundled" | "workbook";

/**
 * The one store shared by the task pane and the worksheet functions. In the shared runtime both run on one
 * page; the store lives on globalThis so that even two copies of this module (two bundles) find the same one.
 */
export interface PolicyStore {
  readonly index: DatasetIndex | null;
  readonly source: DatasetSource;
  /** Why no dataset could be loaded (the bundled one failed and the workbook holds none), in planner's words. */
  readonly error: string | null;
  /** A worksheet function was asked before any dataset was loaded: its cell needs computing again. */
  readonly askedBeforeLoad: boolean;
  /** Set by the entry point that bundles the dataset; a workbook's dataset replaces it (merged by the caller). */
  setDataset(dataset: Dataset, source: DatasetSource): void;
  /** No dataset could be loaded; the pane shows why. */
  fail(message: string): void;
  /** Said by a worksheet function that found no dataset loaded. */
  noteAskedBeforeLoad(): void;
  subscribe(listener: () => void): () => void;
  /** How many times a store was created in this global scope (1 in a correct build). */
  readonly instances: number;
}

const KEY = "__policyTargetsStore__";
const LOADS = "__policyTargetsStoreModuleLoads__";

// Counts evaluations of this module in the page: a build that gives each entry its own module registry shows 2.
(globalThis as Record<string, unknown>)[LOADS] =
  (((globalThis as Record<string, unknown>)[LOADS] as number) ?? 0) + 1;
type Holder = { [KEY]?: PolicyStore & { instances: number } };

export function createStore(): PolicyStore & { instances: number } {
  let index: DatasetIndex | null = null;
  let source: DatasetSource = "bundled";
  let error: string | null = null;
  let asked = false;
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const l of listeners) l();
  };
  return {
    instances: 1,
    get index() {
      return index;
    },
    get source() {
      return source;
    },
    get error() {
      return error;
    },
    get askedBeforeLoad() {
      return asked;
    },
    setDataset(dataset, src) {
      index = new DatasetIndex(dataset);
      source = src;
      error = null;
      changed();
    },
    fail(message) {
      error = message;
      changed();
    },
    noteAskedBeforeLoad() {
      if (!index) asked = true;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function getStore(): PolicyStore {
  const g = globalThis as Holder;
  if (!g[KEY]) g[KEY] = createStore();
  return g[KEY];
}
