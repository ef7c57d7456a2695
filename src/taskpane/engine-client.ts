// Runs the engine in a Web Worker, one document at a time; cancelling stops the worker (the engine is
// synchronous: stopping its thread is the only way) and the next document starts a fresh one. Where workers
// are not available the engine is loaded into the page instead.
import type { DocumentResult } from "../dataset/assemble";
import type { SourceDocument } from "../dataset/build";
import type { EngineRequest, EngineResponse } from "./engine.worker";

export class CancelledError extends Error {
  constructor() {
    super("已取消 (cancelled)");
    this.name = "AbortError";
  }
}

type Pending = { resolve(r: DocumentResult): void; reject(e: Error): void };

let worker: Worker | null = null;
let seq = 0;
const pending = new Map<number, Pending>();

function start(): Worker {
  // @ts-expect-error -- import.meta is compiled by webpack (module esnext); type-checking runs as commonjs
  const w = new Worker(new URL("./engine.worker.ts", import.meta.url), { name: "policy-engine" });
  w.onmessage = (e: MessageEvent<EngineResponse>) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    if (e.data.ok) p.resolve(e.data.result);
    else if (e.data.decode)
      // the page cannot receive the worker's DecodeError itself: the same name and code, so the pane words it
      p.reject(Object.assign(new Error(e.data.error), { name: "DecodeError", code: e.data.decode }));
    else p.reject(new Error(e.data.error));
  };
  w.onerror = (e) => {
    e.preventDefault();
    stop(new Error(`引擎出错 (the engine failed): ${e.message}`));
  };
  return w;
}

function stop(reason: Error): void {
  worker?.terminate();
  worker = null;
  for (const p of pending.values()) p.reject(reason);
  pending.clear();
}

/** Extract one document off the main thread; `signal` cancels it. */
export async function extractInWorker(source: SourceDocument, signal?: AbortSignal): Promise<DocumentResult> {
  if (signal?.aborted) throw new CancelledError();
  if (typeof Worker === "undefined")
    return (await import(/* webpackChunkName: "engine" */ "../dataset/build")).processDocument(source);
  worker ??= start();
  const id = ++seq;
  const w = worker;
  return new Promise<DocumentResult>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    signal?.addEventListener("abort", () => stop(new CancelledError()), { once: true });
    const request: EngineRequest = { id, source };
    w.postMessage(request);
  });
}
