import { useSyncExternalStore } from "react";
import type { DatasetIndex } from "../../dataset/query";
import { getStore, type DatasetSource } from "../../state/store";

/** The shared store's current index and source, re-rendering when a dataset is loaded. */
export function useDataset(): { index: DatasetIndex | null; source: DatasetSource } {
  const store = getStore();
  const index = useSyncExternalStore(store.subscribe, () => store.index);
  return { index, source: store.source };
}
