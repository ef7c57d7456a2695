// The workbook's own dataset: read from every stored part, changed one document at a time, never lost.
// This module owns load, merge and save; the task pane's hook only calls it, and the entry starts it as soon as
// Office is ready, so the worksheet functions see the workbook's dataset with or without the pane open.
import type { DocumentResult } from "../dataset/assemble";
import { datasetVersion } from "../dataset/assemble";
import { mergeDatasets } from "../dataset/merge";
import type { Dataset, PolicyDocument, PolicyRecord } from "../model/schema";
import { SCHEMA_VERSION } from "../model/version";
import type { DamageCode, DocumentPayload } from "../office/document-part";
import type { PartBackend, RawPart } from "../office/workbook-dataset";
import type { PolicyStore } from "./store";

/** A document the workbook holds, and the parts it is stored in (two when co-authors stored it twice). */
export interface StoredDocument {
  documentId: string;
  title: string;
  file: string;
  records: number;
  savedAt: string;
  partIds: string[];
  /** Stored in a version 1 part (the whole dataset in one), rewritten as its own part on the next change. */
  legacy: boolean;
}

/** A part the add-in cannot use: kept as it is, reported, and removed only when the planner says so. */
export interface DamagedPart {
  partId: string;
  code: DamageCode;
  detail: string;
  documentId: string | null;
  title: string | null;
}

export interface WorkbookDataState {
  status: "idle" | "loading" | "ready" | "failed";
  documents: StoredDocument[];
  damaged: DamagedPart[];
  /** The content version of the workbook's own documents and records, null when it holds none. */
  version: string | null;
  /** Why the parts could not be read at all (Excel refused), in the host's words. */
  error: string | null;
}

// The part format, with the contract's validator and the compression it uses, is loaded with the first read of
// the parts, not with the pane's first screen.
const partFormat = () => import("../office/document-part");

function unreachable(): never {
  throw new Error("no part to decode");
}

interface Loaded {
  raw: RawPart[];
  payloads: Map<string, { payload: DocumentPayload; partIds: string[]; legacy: boolean }>;
  damaged: DamagedPart[];
}

function readAll(raw: RawPart[], decodePart: typeof import("../office/document-part").decodePart): Loaded {
  const payloads: Loaded["payloads"] = new Map();
  const damaged: DamagedPart[] = [];
  for (const part of raw) {
    const decoded = decodePart(part.xml);
    if (!decoded.ok) {
      damaged.push({
        partId: part.id,
        code: decoded.code,
        detail: decoded.detail,
        documentId: decoded.documentId,
        title: decoded.title,
      });
      continue;
    }
    const legacy = decoded.legacy;
    for (const payload of decoded.payloads) {
      const id = payload.document.id;
      const seen = payloads.get(id);
      if (!seen) payloads.set(id, { payload, partIds: [part.id], legacy });
      else {
        // one document in two parts (two co-authors imported it): the later one is used, both are replaced
        // together on the next change of that document
        const later = payload.savedAt > seen.payload.savedAt ? payload : seen.payload;
        payloads.set(id, {
          payload: later,
          partIds: [...seen.partIds, part.id],
          legacy: seen.legacy || legacy,
        });
      }
    }
  }
  return { raw, payloads, damaged };
}

/** The workbook's own documents and records as one dataset (the union of its parts). */
function datasetOf(loaded: Loaded): Dataset {
  const entries = [...loaded.payloads.values()].sort((a, b) =>
    a.payload.document.id < b.payload.document.id ? -1 : 1,
  );
  const documents: PolicyDocument[] = entries.map((e) => e.payload.document);
  const records: PolicyRecord[] = entries.flatMap((e) => e.payload.records);
  return { schemaVersion: SCHEMA_VERSION, version: datasetVersion(documents, records), documents, records };
}

export class WorkbookData {
  private loaded: Loaded | null = null;
  private state: WorkbookDataState = {
    status: "idle",
    documents: [],
    damaged: [],
    version: null,
    error: null,
  };
  private listeners = new Set<() => void>();
  // every operation runs after the one before it: two quick imports never interleave their reads and writes
  private queue: Promise<unknown> = Promise.resolve();
  private first: Promise<void> | null = null;

  constructor(
    private readonly backend: PartBackend,
    private readonly store: PolicyStore,
    /** The bundled dataset (fetched by the page, so it may still be on its way). */
    private readonly bundled: () => Dataset | Promise<Dataset>,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  getState(): WorkbookDataState {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Read the stored parts (again: a co-author's parts may have arrived). The first call starts it all. */
  load(): Promise<void> {
    const run = this.serial(() => this.reload());
    this.first ??= run;
    // a failed first read is tried again by the next caller; nothing is written meanwhile
    run.catch(() => {
      if (this.first === run) this.first = null;
    });
    return run;
  }

  /** Resolves once the stored parts have been read for the first time; nothing is written before. */
  ready(): Promise<void> {
    return this.first ?? this.load();
  }

  /**
   * Store accepted imports: each document in its own part, replacing only the parts of the same documents.
   * Every record is checked against the contract and every part's size before anything is written.
   */
  async accept(results: DocumentResult[]): Promise<void> {
    await this.ready();
    return this.serial(async () => {
      await this.reload();
      const loaded = this.loaded!;
      const savedAt = this.now();
      const changed = new Map<string, DocumentPayload>();
      for (const r of results)
        changed.set(r.document.id, { document: r.document, records: r.records, savedAt });
      await this.write(loaded, changed, new Set());
    });
  }

  /** Remove one document's parts (the planner confirmed it); other documents' parts are not touched. */
  async remove(documentId: string): Promise<void> {
    await this.ready();
    return this.serial(async () => {
      await this.reload();
      await this.write(this.loaded!, new Map(), new Set([documentId]));
    });
  }

  /** Remove a damaged part, only when the planner asks for it by name. */
  async removeDamaged(partId: string): Promise<void> {
    await this.ready();
    return this.serial(async () => {
      await this.reload();
      if (!this.state.damaged.some((d) => d.partId === partId)) return;
      await this.backend.write([], [partId]);
      await this.reload();
    });
  }

  /** The XML of a stored part as it is, for the planner to keep as a file. */
  partXml(partId: string): string | null {
    return this.loaded?.raw.find((p) => p.id === partId)?.xml ?? null;
  }

  private async write(loaded: Loaded, changed: Map<string, DocumentPayload>, removed: Set<string>) {
    const add: string[] = [];
    const remove = new Set<string>();
    // parts of the documents that change go; a version 1 part goes once all its documents have parts of their own
    for (const [id, entry] of loaded.payloads) {
      if (changed.has(id) || removed.has(id)) entry.partIds.forEach((p) => remove.add(p));
      else if (entry.legacy) {
        entry.partIds.forEach((p) => remove.add(p));
        changed.set(id, entry.payload);
      }
    }
    // a part that does not parse is never removed here, even if it names a document that changes
    for (const d of loaded.damaged) remove.delete(d.partId);
    const { encodePart } = await partFormat();
    for (const payload of changed.values()) add.push(encodePart(payload)); // throws before any write
    if (add.length === 0 && remove.size === 0) return;
    await this.backend.write(add, [...remove]);
    await this.reload();
  }

  private async reload(): Promise<void> {
    const before = this.state.version;
    if (this.state.status === "idle") this.set({ ...this.state, status: "loading" });
    let raw: RawPart[];
    try {
      raw = await this.backend.read();
    } catch (e) {
      this.set({ ...this.state, status: "failed", error: (e as Error).message });
      throw e;
    }
    // (a workbook or browser that holds no parts needs no decoder)
    const loaded = readAll(raw, raw.length > 0 ? (await partFormat()).decodePart : () => unreachable());
    this.loaded = loaded;
    const own = datasetOf(loaded);
    const documents: StoredDocument[] = [...loaded.payloads.values()].map((e) => ({
      documentId: e.payload.document.id,
      title: e.payload.document.title,
      file: e.payload.document.file,
      records: e.payload.records.length,
      savedAt: e.payload.savedAt,
      partIds: e.partIds,
      legacy: e.legacy,
    }));
    const version = own.documents.length > 0 ? own.version : null;
    // without the bundled dataset (its file could not be read: the store says why) the workbook's own is used
    const bundled = await Promise.resolve()
      .then(this.bundled)
      .catch(() => null);
    if (version !== null) this.store.setDataset(bundled ? mergeDatasets(bundled, own) : own, "workbook");
    else if (bundled && (before !== null || this.store.source === "workbook"))
      this.store.setDataset(bundled, "bundled");
    this.set({ status: "ready", documents, damaged: loaded.damaged, version, error: null });
    // cells that call the add-in's functions show the new values
    if (version !== before && (before !== null || version !== null)) await this.backend.recalculate();
  }

  private set(state: WorkbookDataState) {
    this.state = state;
    for (const l of this.listeners) l();
  }

  private serial<T>(op: () => Promise<T>): Promise<T> {
    const next = this.queue.then(op, op);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

/**
 * The parts of a host not known yet: the pane draws its first screen before Office says whether it runs in Excel,
 * so every read and write waits here for the backend of the host Office names; nothing is read or written before.
 */
export function laterParts(backend: Promise<PartBackend>): PartBackend {
  return {
    read: async () => (await backend).read(),
    write: async (add, remove) => (await backend).write(add, remove),
    recalculate: async () => (await backend).recalculate(),
  };
}

/** A backend that keeps parts in memory: the standalone page, and tests of this module. */
export function memoryParts(
  initial: RawPart[] = [],
): PartBackend & { parts: RawPart[]; recalculations: number } {
  let n = initial.length;
  const self = {
    parts: [...initial],
    recalculations: 0,
    read: async () => self.parts.map((p) => ({ ...p })),
    write: async (add: string[], remove: string[]) => {
      const gone = new Set(remove);
      self.parts = [...self.parts, ...add.map((xml) => ({ id: `part-${++n}`, xml }))].filter(
        (p) => !gone.has(p.id),
      );
    },
    recalculate: async () => void self.recalculations++,
  };
  return self;
}

/**
 * Parts kept in the browser's storage: the standalone page's imports survive a reload. Storage that cannot be
 * read is shown as a damaged part (kept, exportable, removable), never dropped; a full storage refuses the write.
 */
export function browserParts(storage: Storage, key = "policyTargets.parts"): PartBackend {
  const load = (): RawPart[] => {
    const raw = storage.getItem(key);
    if (raw === null) return [];
    try {
      const parts = JSON.parse(raw) as unknown;
      if (Array.isArray(parts) && parts.every((p) => typeof p?.id === "string" && typeof p?.xml === "string"))
        return parts as RawPart[];
    } catch {
      // reported below as one damaged part
    }
    return [{ id: "browser-storage", xml: raw }];
  };
  let n = 0;
  return {
    read: async () => load(),
    write: async (add, remove) => {
      const gone = new Set(remove);
      const stamp = Date.now().toString(36);
      const next = [...load(), ...add.map((xml) => ({ id: `local-${stamp}-${++n}`, xml }))].filter(
        (p) => !gone.has(p.id),
      );
      try {
        if (next.length === 0) storage.removeItem(key);
        else storage.setItem(key, JSON.stringify(next));
      } catch {
        throw new Error(
          "浏览器的本地存储已满，未保存任何内容 (the browser's storage is full; nothing was saved)",
        );
      }
    },
    recalculate: async () => undefined,
  };
}
