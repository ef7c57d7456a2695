/* global Excel */
import { parseDataset, type Dataset } from "../model/schema";

/** The custom XML part that carries a workbook's own dataset. */
export const DATASET_NAMESPACE = "urn:policy-targets:dataset:1";

export type StoredDataset =
  { status: "none" } | { status: "ok"; dataset: Dataset } | { status: "damaged"; error: string };

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");
}

export function datasetToXml(dataset: Dataset): string {
  return `<?xml version="1.0" encoding="UTF-8"?><policyDataset xmlns="${DATASET_NAMESPACE}" schemaVersion="${dataset.schemaVersion}">${escapeXml(JSON.stringify(dataset))}</policyDataset>`;
}

/** Parse the part's XML; anything unexpected is reported as damage, never thrown. */
export function datasetFromXml(xml: string): StoredDataset {
  const m = /<policyDataset\b[^>]*>([\s\S]*)<\/policyDataset>\s*$/.exec(xml);
  if (!m)
    return {
      status: "damaged",
      error: "工作簿中的数据集格式不正确 (the stored part is not a policyDataset element)",
    };
  let json: unknown;
  try {
    json = JSON.parse(unescapeXml(m[1]));
  } catch (e) {
    return { status: "damaged", error: `工作簿中的数据集不是有效的 JSON (${(e as Error).message})` };
  }
  const parsed = parseDataset(json);
  return parsed.ok ? { status: "ok", dataset: parsed.dataset } : { status: "damaged", error: parsed.error };
}

/** Store the dataset in the workbook, replacing an earlier one (two syncs). */
export async function saveWorkbookDataset(dataset: Dataset): Promise<void> {
  await Excel.run(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(DATASET_NAMESPACE);
    parts.load("items");
    await context.sync();
    for (const p of parts.items) p.delete();
    context.workbook.customXmlParts.add(datasetToXml(dataset));
    await context.sync();
  });
}

/** Read the workbook's dataset, if it has one. */
export async function loadWorkbookDataset(): Promise<StoredDataset> {
  return Excel.run(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(DATASET_NAMESPACE);
    parts.load("items");
    await context.sync();
    if (parts.items.length === 0) return { status: "none" } as StoredDataset;
    const xml = parts.items[0].getXml();
    await context.sync();
    return datasetFromXml(xml.value);
  });
}
