/* global Excel */
// The Excel calls behind the workbook's stored dataset: read every part of the add-in's namespaces, write and
// remove parts by id, recalculate, and hear when the workbook is activated. What to write is decided in
// src/state/workbook-data.ts; the format is document-part.ts, its namespaces part-namespaces.ts.
import { DOCUMENT_NAMESPACE, LEGACY_NAMESPACE } from "./part-namespaces";

/** A part as stored: its id in the workbook and its XML. */
export interface RawPart {
  id: string;
  xml: string;
}

/** Where the stored parts live and how the workbook is told its data changed (Excel, or memory in tests). */
export interface PartBackend {
  read(): Promise<RawPart[]>;
  /** Add the new parts, then remove the old ones, in one request: a failure leaves a duplicate, never a loss. */
  write(add: string[], remove: string[]): Promise<void>;
  /** Ask the host to recompute the cells that call the add-in's functions. */
  recalculate(): Promise<void>;
}

const NAMESPACES = [DOCUMENT_NAMESPACE, LEGACY_NAMESPACE];

export const excelParts: PartBackend = {
  read: () =>
    Excel.run(async (context) => {
      const collections = NAMESPACES.map((ns) => {
        const c = context.workbook.customXmlParts.getByNamespace(ns);
        c.load("items/id");
        return c;
      });
      await context.sync();
      const parts = collections.flatMap((c) => c.items.map((p) => ({ id: p.id, xml: p.getXml() })));
      await context.sync();
      return parts.map((p) => ({ id: p.id, xml: p.xml.value }));
    }),

  write: (add, remove) =>
    Excel.run(async (context) => {
      const parts = context.workbook.customXmlParts;
      const collections = NAMESPACES.map((ns) => {
        const c = parts.getByNamespace(ns);
        c.load("items/id");
        return c;
      });
      await context.sync();
      for (const xml of add) parts.add(xml);
      const gone = new Set(remove);
      for (const c of collections) for (const p of c.items) if (gone.has(p.id)) p.delete();
      await context.sync();
    }),

  recalculate: () =>
    Excel.run(async (context) => {
      // the add-in's functions are not volatile: only a full calculation makes them read the new dataset
      context.workbook.application.calculate(Excel.CalculationType.full);
      await context.sync();
    }),
};

/** Call `handler` whenever the workbook is activated (a co-author's parts may have arrived meanwhile). */
export async function onWorkbookActivated(handler: () => void): Promise<boolean> {
  return Excel.run(async (context) => {
    const wb = context.workbook as Excel.Workbook & { onActivated?: Excel.Workbook["onActivated"] };
    if (!wb.onActivated) return false; // hosts before ExcelApi 1.13
    wb.onActivated.add(async () => handler());
    await context.sync();
    return true;
  });
}
