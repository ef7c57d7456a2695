/// <reference lib="webworker" />
// The extraction engine off the page's main thread: a large document never freezes the pane or the worksheet
// functions that share its page. One message in (an id and a document), one message out.
import { processDocument, type SourceDocument } from "../dataset/build";
import { DecodeError } from "../text/decode";

export interface EngineRequest {
  id: number;
  source: SourceDocument;
}

export type EngineResponse =
  | { id: number; ok: true; result: ReturnType<typeof processDocument> }
  | { id: number; ok: false; error: string; decode: DecodeError["code"] | null };

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (e: MessageEvent<EngineRequest>) => {
  const { id, source } = e.data;
  let reply: EngineResponse;
  try {
    reply = { id, ok: true, result: processDocument(source) };
  } catch (err) {
    reply = {
      id,
      ok: false,
      error: (err as Error).message,
      decode: err instanceof DecodeError ? err.code : null,
    };
  }
  scope.postMessage(reply);
};
