import bundledJson from "@policy/bundled-dataset";
import { parseDataset } from "../model/schema";
import { getStore } from "./store";

/** Load the dataset bundled with the add-in into the shared store, once per page. */
export function loadBundledDataset(): void {
  const store = getStore();
  if (store.index) return;
  const parsed = parseDataset(bundledJson);
  if (!parsed.ok) throw new Error(`bundled dataset is damaged: ${parsed.error}`);
  store.setDataset(parsed.dataset, "bundled");
}

loadBundledDataset();
