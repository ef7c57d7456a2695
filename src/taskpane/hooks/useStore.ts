import { useSyncExternalStore } from "react";
import type { DatasetIndex } from "../../dataset/query";
import { getStore, type DatasetSource } from "../../state/store";

/** The shared store's current index and source, re-rendering when a dataset is loaded or fails to load. */
export function useDataset(): { index: DatasetIndex | null; source: DatasetSource; error: string | null } {
  const store = getStore();
  // the same snapshot at build time (src/taskpane/prerender.tsx draws the first screen with the store as it is)
  const index = useSyncExternalStore(
    store.subscribe,
    () => store.index,
    () => store.index,
  );
  const error = useSyncExternalStore(
    store.subscribe,
    () => store.error,
    () => store.error,
  );
  return { index, source: store.source, error };
}
