import * as fs from "node:fs";
import * as path from "node:path";
import { buildDataset } from "../../src/dataset/build";
import type { Dataset } from "../../src/model/schema";
import { getStore } from "../../src/state/store";

let seeds: Dataset | null = null;

/** The dataset built from seeds/ by the engine, as the add-in bundles it. */
export function seedDataset(): Dataset {
  if (!seeds) {
    const dir = path.join(__dirname, "..", "..", "seeds");
    seeds = buildDataset(
      fs.readdirSync(dir).map((f) => ({ file: f, bytes: fs.readFileSync(path.join(dir, f)) })),
    ).dataset;
  }
  return seeds;
}

export function loadSeeds(): void {
  getStore().setDataset(seedDataset(), "bundled");
}
