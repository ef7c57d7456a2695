// The workbook's stored dataset against the strict fake of Excel: several people import into one workbook,
// parts get damaged, old workbooks hold version 1, and nothing stored is ever lost.
import { processDocument, type SourceDocument } from "../../src/dataset/build";
import type { DocumentResult } from "../../src/dataset/assemble";
import * as fn from "../../src/functions/functions";
import { parseDataset, type Dataset } from "../../src/model/schema";
import { DOCUMENT_NAMESPACE, LEGACY_NAMESPACE, decodePart, encodePart } from "../../src/office/document-part";
import { excelParts } from "../../src/office/workbook-dataset";
import { escapeXml } from "../../src/office/xml";
import { createStore, getStore, type PolicyStore } from "../../src/state/store";
import { WorkbookData, browserParts, laterParts, memoryParts } from "../../src/state/workbook-data";
import { installFakeExcel, type FakeWorkbookState } from "../helpers/fake-excel";
import { seedDataset } from "../functions/fixture";

const doc = (file: string, city: string, value: string): DocumentResult =>
  processDocument({
    file,
    text: `到2025年,${city}新材料产业集群规模超过${value}。\n${city}人民政府\n2021年1月1日`,
  } as SourceDocument);
const FOSHAN = doc("foshan.txt", "佛山市", "3000亿元");
const DONGGUAN = doc("dongguan.txt", "东莞市", "2000亿元");
const ZHUHAI = doc("zhuhai.txt", "珠海市", "800亿元");

let state: FakeWorkbookState;
beforeEach(() => {
  state = installFakeExcel();
});

let clock = 0;
const tick = () => new Date(Date.UTC(2026, 10, 29, 10, 0, clock++)).toISOString();
/** One planner's add-in on the shared workbook: its own store, the one workbook. */
function planner(store: PolicyStore = createStore()) {
  const data = new WorkbookData(excelParts, store, seedDataset, tick);
  return { data, store };
}
const stored = () => state.customXml.map((p) => ({ ...p }));
const documentsIn = (store: PolicyStore) =>
  store
    .index!.dataset.documents.map((d) => d.file)
    .filter((f) => !/^\d{3}_/.test(f))
    .sort();
const v1Part = (ds: Dataset) =>
  `<?xml version="1.0" encoding="UTF-8"?><policyDataset xmlns="${LEGACY_NAMESPACE}" schemaVersion="1">${escapeXml(
    JSON.stringify({ ...ds, schemaVersion: 1, records: ds.records.map(({ direction: _d, ...r }) => r) }),
  )}</policyDataset>`;
const datasetOf = (...results: DocumentResult[]): Dataset => {
  const parsed = parseDataset({
    schemaVersion: 2,
    version: "x",
    documents: results.map((r) => r.document),
    records: results.flatMap((r) => r.records),
  });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.dataset;
};

describe("each document in its own part", () => {
  test("two co-authors importing different documents both keep theirs", async () => {
    const a = planner();
    const b = planner();
    await Promise.all([a.data.load(), b.data.load()]);
    await a.data.accept([FOSHAN]);
    await b.data.accept([DONGGUAN]); // b never saw a's part before this
    expect(state.customXml).toHaveLength(2);
    expect(state.customXml.every((p) => p.xml.includes(`xmlns="${DOCUMENT_NAMESPACE}"`))).toBe(true);
    await a.data.load();
    expect(documentsIn(a.store)).toEqual(["dongguan.txt", "foshan.txt"]);
    expect(documentsIn(b.store)).toEqual(["dongguan.txt", "foshan.txt"]);
  });

  test("the same document imported twice is one part; a co-author's copy of it is replaced, not added", async () => {
    const a = planner();
    const b = planner();
    await a.data.accept([FOSHAN]);
    await a.data.accept([FOSHAN]);
    expect(state.customXml).toHaveLength(1);
    // a co-author who stored the same document meanwhile: two parts, the later one used, both replaced next
    state.customXml.push({
      id: "{coauthor}",
      xml: state.customXml[0].xml.replace(/savedAt="[^"]*"/, 'savedAt="1"'),
    });
    await b.data.load();
    expect(b.data.getState().documents[0].partIds).toHaveLength(2);
    await b.data.accept([FOSHAN]);
    expect(state.customXml).toHaveLength(1);
  });

  test("an import accepted before the stored parts were read joins them", async () => {
    state.customXml.push({ id: "{old}", xml: encodeFor(DONGGUAN) });
    const a = planner();
    const loading = a.data.load(); // not awaited: the planner is quick
    await a.data.accept([FOSHAN]);
    await loading;
    expect(documentsIn(a.store)).toEqual(["dongguan.txt", "foshan.txt"]);
    expect(state.customXml.map((p) => p.id)).toContain("{old}");
  });

  test("removing a document removes its part only", async () => {
    const a = planner();
    await a.data.accept([FOSHAN, DONGGUAN, ZHUHAI]);
    const before = stored();
    await a.data.remove(DONGGUAN.document.id);
    expect(stored()).toEqual(before.filter((p) => !p.xml.includes(`documentId="${DONGGUAN.document.id}"`)));
    expect(documentsIn(a.store)).toEqual(["foshan.txt", "zhuhai.txt"]);
  });
});

/** A part as any copy of the add-in writes it. */
function encodeFor(r: DocumentResult): string {
  return encodePart({ document: r.document, records: r.records, savedAt: "2026-01-01T00:00:00.000Z" });
}

describe("a part that cannot be read is never lost", () => {
  const damaged = [
    [
      "not ours",
      `<?xml version="1.0"?><policyDocument xmlns="${DOCUMENT_NAMESPACE}">garbage</policyDocument>`,
    ],
    ["cut short", () => encodeFor(DONGGUAN).slice(0, 300)],
    ["edited by hand", () => encodeFor(DONGGUAN).replace(/(<policyDocument[^>]*>)[A-Za-z]/, "$1Z")],
    [
      "v1 with a bad record",
      () =>
        v1Part(datasetOf(DONGGUAN)).replace("&quot;value&quot;:2000", "&quot;value&quot;:&quot;很多&quot;"),
    ],
  ] as const;

  test.each(damaged)(
    "%s: reported with a reason, kept byte for byte through imports and removals",
    async (_, xml) => {
      const text = typeof xml === "function" ? xml() : xml;
      state.customXml.push({ id: "{damaged}", xml: text }, { id: "{good}", xml: encodeFor(ZHUHAI) });
      const a = planner();
      await a.data.load();
      const s = a.data.getState();
      expect(s.damaged).toHaveLength(1);
      expect(s.damaged[0]).toMatchObject({ partId: "{damaged}" });
      expect(s.damaged[0].detail.length).toBeGreaterThan(0);
      expect(documentsIn(a.store)).toEqual(["zhuhai.txt"]);
      await a.data.accept([FOSHAN]);
      await a.data.remove(ZHUHAI.document.id);
      expect(state.customXml.find((p) => p.id === "{damaged}")?.xml).toBe(text);
      expect(documentsIn(a.store)).toEqual(["foshan.txt"]);
      expect(a.data.partXml("{damaged}")).toBe(text);
      // only when the planner asks for it by name
      await a.data.removeDamaged("{damaged}");
      expect(state.customXml.some((p) => p.id === "{damaged}")).toBe(false);
    },
  );

  test("a damaged part naming a document is kept when that document is imported again", async () => {
    const broken = encodeFor(FOSHAN).replace(/hash="[^"]*"/, 'hash="0"');
    state.customXml.push({ id: "{broken}", xml: broken });
    const a = planner();
    await a.data.accept([FOSHAN]);
    expect(a.data.getState().damaged[0]).toMatchObject({ code: "changed", documentId: FOSHAN.document.id });
    expect(state.customXml.find((p) => p.id === "{broken}")?.xml).toBe(broken);
    expect(state.customXml).toHaveLength(2);
  });
});

describe("nothing is written that could not be read back", () => {
  test("an edited record the contract rejects (year 20255, empty region) writes nothing", async () => {
    const a = planner();
    await a.data.accept([DONGGUAN]);
    const before = stored();
    for (const patch of [{ year: 20255 }, { region: "" }]) {
      const edited = { ...FOSHAN, records: FOSHAN.records.map((r, i) => (i === 0 ? { ...r, ...patch } : r)) };
      await expect(a.data.accept([edited, ZHUHAI])).rejects.toThrow(/不符合数据格式/);
      expect(stored()).toEqual(before);
    }
    expect(documentsIn(a.store)).toEqual(["dongguan.txt"]);
  });

  test("a document too large for a part is refused before anything is written", async () => {
    const a = planner();
    await a.data.accept([DONGGUAN]);
    const before = stored();
    let seed = 11;
    const noise = Array.from({ length: 1_000_000 }, () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return String.fromCharCode(0x4e00 + ((seed >>> 0) % 20000));
    }).join("");
    const huge = { ...FOSHAN, document: { ...FOSHAN.document, text: FOSHAN.document.text + noise } };
    await expect(a.data.accept([ZHUHAI, huge])).rejects.toThrow(/MB/);
    expect(stored()).toEqual(before);
  });

  test("when the parts cannot be read at all, nothing is written and the reason is kept", async () => {
    const a = planner();
    const read = excelParts.read;
    excelParts.read = () => Promise.reject(new Error("GeneralException"));
    try {
      await expect(a.data.accept([FOSHAN])).rejects.toThrow(/GeneralException/);
      expect(state.customXml).toHaveLength(0);
      expect(a.data.getState()).toMatchObject({ status: "failed", error: "GeneralException" });
    } finally {
      excelParts.read = read;
    }
    await a.data.accept([FOSHAN]); // read again on the next try
    expect(documentsIn(a.store)).toEqual(["foshan.txt"]);
  });
});

describe("version 1 workbooks", () => {
  test("read as they are, migrated to one part per document on the first change, nothing lost", async () => {
    state.customXml.push({ id: "{v1}", xml: v1Part(datasetOf(FOSHAN, DONGGUAN)) });
    const a = planner();
    await a.data.load();
    expect(documentsIn(a.store)).toEqual(["dongguan.txt", "foshan.txt"]);
    expect(a.data.getState().documents.every((d) => d.legacy)).toBe(true);
    expect(state.customXml.map((p) => p.id)).toEqual(["{v1}"]); // reading writes nothing
    await a.data.accept([ZHUHAI]);
    expect(state.customXml.some((p) => p.id === "{v1}")).toBe(false);
    const parts = state.customXml.map((p) => decodePart(p.xml));
    expect(parts.every((p) => p.ok && !p.legacy && p.payloads.length === 1)).toBe(true);
    expect(documentsIn(a.store)).toEqual(["dongguan.txt", "foshan.txt", "zhuhai.txt"]);
    const records = a.store.index!.dataset.records.filter((r) => r.documentId === FOSHAN.document.id);
    expect(records.map((r) => r.value)).toEqual(FOSHAN.records.map((r) => r.value));
  });
});

describe("the worksheet functions follow the workbook", () => {
  test("they answer from the stored dataset once it is read, and Excel recalculates after every change", async () => {
    const store = getStore();
    store.setDataset(seedDataset(), "bundled");
    state.customXml.push({ id: "{x}", xml: encodeFor(DONGGUAN) });
    const a = planner(store);
    expect(() => fn.target("东莞", "新材料")).toThrow();
    await a.data.load();
    expect(fn.target("东莞", "新材料")).toBe(2000);
    expect(state.calculations).toEqual(["Full"]);
    await a.data.load(); // nothing changed: no recalculation
    expect(state.calculations).toHaveLength(1);
    await a.data.accept([ZHUHAI]);
    expect(fn.target("珠海", "新材料")).toBe(800);
    expect(state.calculations).toHaveLength(2);
    await a.data.remove(DONGGUAN.document.id);
    expect(() => fn.target("东莞", "新材料")).toThrow();
    expect(state.calculations).toHaveLength(3);
  });

  test("a co-author's part arriving is read when the workbook is activated", async () => {
    const store = createStore();
    const a = new WorkbookData(excelParts, store, seedDataset, tick);
    await a.load();
    const { onWorkbookActivated } = await import("../../src/office/workbook-dataset");
    let reading: Promise<void> | null = null;
    expect(await onWorkbookActivated(() => void (reading = a.load()))).toBe(true);
    expect(state.activationHandlers).toHaveLength(1);
    state.customXml.push({ id: "{coauthor}", xml: encodeFor(DONGGUAN) });
    expect(store.index?.dataset.documents.map((d) => d.file) ?? []).not.toContain("dongguan.txt");
    for (const h of state.activationHandlers) await h();
    expect(reading).not.toBeNull();
    await reading;
    expect(documentsIn(store)).toEqual(["dongguan.txt"]);
  });

  test("a host without the activation event: no handler, no error, the pane's own reloads remain", async () => {
    state.activationEvent = false;
    const { onWorkbookActivated } = await import("../../src/office/workbook-dataset");
    expect(await onWorkbookActivated(() => undefined)).toBe(false);
    expect(state.activationHandlers).toEqual([]);
  });
});

describe("outside Excel: the browser keeps the imports", () => {
  class MemoryStorage {
    items = new Map<string, string>();
    quota = Infinity;
    get length() {
      return this.items.size;
    }
    key = (i: number) => [...this.items.keys()][i] ?? null;
    getItem = (k: string) => this.items.get(k) ?? null;
    setItem = (k: string, v: string) => {
      if (v.length > this.quota) throw new Error("QuotaExceededError");
      this.items.set(k, v);
    };
    removeItem = (k: string) => void this.items.delete(k);
    clear = () => this.items.clear();
  }

  test("imports survive a reload; removing the last one leaves nothing behind", async () => {
    const storage = new MemoryStorage();
    const first = new WorkbookData(
      browserParts(storage as unknown as Storage),
      createStore(),
      seedDataset,
      tick,
    );
    await first.accept([FOSHAN, DONGGUAN]);
    const store = createStore();
    const again = new WorkbookData(browserParts(storage as unknown as Storage), store, seedDataset, tick);
    await again.load();
    expect(documentsIn(store)).toEqual(["dongguan.txt", "foshan.txt"]);
    await again.remove(FOSHAN.document.id);
    await again.remove(DONGGUAN.document.id);
    expect(storage.length).toBe(0);
  });

  test("storage that cannot be read is a damaged part, kept; a full storage refuses the import", async () => {
    const storage = new MemoryStorage();
    storage.setItem("policyTargets.parts", "{not json");
    const data = new WorkbookData(
      browserParts(storage as unknown as Storage),
      createStore(),
      seedDataset,
      tick,
    );
    await data.load();
    expect(data.getState().damaged).toEqual([expect.objectContaining({ partId: "browser-storage" })]);
    storage.clear();
    storage.quota = 100;
    await expect(data.accept([FOSHAN])).rejects.toThrow(/存储已满/);
    expect(storage.length).toBe(0);
  });
});

describe("the bundled dataset arrives after the page starts", () => {
  test("the workbook's documents are merged with it once it is in", async () => {
    let arrive!: (d: Dataset) => void;
    const bundled = new Promise<Dataset>((r) => (arrive = r));
    await planner().data.accept([FOSHAN]);
    const store = createStore();
    const data = new WorkbookData(excelParts, store, () => bundled, tick);
    const loading = data.load();
    await new Promise((r) => setTimeout(r, 5));
    expect(store.index).toBeNull(); // nothing half-merged meanwhile
    arrive(seedDataset());
    await loading;
    expect(store.source).toBe("workbook");
    expect(documentsIn(store)).toEqual(["foshan.txt"]);
    expect(store.index!.dataset.documents.length).toBe(seedDataset().documents.length + 1);
  });

  test("without it (its file could not be read) the workbook's own documents are still used", async () => {
    await planner().data.accept([FOSHAN]);
    const store = createStore();
    const data = new WorkbookData(excelParts, store, () => Promise.reject(new Error("HTTP 404")), tick);
    await data.load();
    expect(store.index!.dataset.documents.map((d) => d.file)).toEqual(["foshan.txt"]);
    expect(data.getState().status).toBe("ready");
  });

  test("a workbook with no documents leaves the store to the bundled dataset's loader", async () => {
    const store = createStore();
    const data = new WorkbookData(excelParts, store, () => Promise.reject(new Error("HTTP 404")), tick);
    await data.load();
    expect(store.index).toBeNull();
    store.fail("内置数据集无法读取");
    expect(store.error).toBe("内置数据集无法读取");
  });
});

describe("worksheet functions asked before any dataset is loaded", () => {
  // (the functions' side, in the built page: test/addin/bundle.test.ts)
  test("are remembered by the store, so that their cells are computed again", () => {
    const fresh = createStore();
    expect(fresh.askedBeforeLoad).toBe(false);
    fresh.noteAskedBeforeLoad();
    expect(fresh.askedBeforeLoad).toBe(true);
    const loaded = createStore();
    loaded.setDataset(seedDataset(), "bundled");
    loaded.noteAskedBeforeLoad(); // a dataset is there: nothing to compute again
    expect(loaded.askedBeforeLoad).toBe(false);
  });
});

describe("the pane draws before Office has said which host this is", () => {
  test("an import accepted meanwhile waits, then is added to the parts the workbook already had", async () => {
    const earlier = memoryParts();
    await new WorkbookData(earlier, createStore(), seedDataset, tick).accept([FOSHAN]);
    const before = earlier.parts.map((p) => p.xml);
    let say!: (b: typeof earlier) => void;
    const store = createStore();
    const data = new WorkbookData(laterParts(new Promise((r) => (say = r))), store, seedDataset, tick);
    void data.load();
    const accepted = data.accept([DONGGUAN]);
    await new Promise((r) => setTimeout(r, 20));
    expect(earlier.parts.map((p) => p.xml)).toEqual(before); // nothing read or written yet
    expect(data.getState().documents).toEqual([]);
    say(earlier);
    await accepted;
    expect(documentsIn(store)).toEqual(["dongguan.txt", "foshan.txt"]);
    expect(earlier.parts).toHaveLength(2);
    await data.load();
    expect(earlier.recalculations).toBeGreaterThan(0); // the functions were asked to recompute through it
  });

  test("a host whose parts cannot be read leaves the pane's state failed, not empty-and-writable", async () => {
    const store = createStore();
    const data = new WorkbookData(
      laterParts(
        Promise.resolve({ ...memoryParts(), read: () => Promise.reject(new Error("GeneralException")) }),
      ),
      store,
      seedDataset,
      tick,
    );
    await expect(data.load()).rejects.toThrow("GeneralException");
    expect(data.getState().status).toBe("failed");
    await expect(data.accept([ZHUHAI])).rejects.toThrow();
  });
});
