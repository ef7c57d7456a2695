// jsdom lacks what Fluent UI measures with; the engine's decoders need TextDecoder with GBK (Node's).
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as Record<string, unknown>;
g.ResizeObserver ??= ResizeObserverStub;
g.TextDecoder = NodeTextDecoder;
g.TextEncoder ??= NodeTextEncoder;
g.IS_REACT_ACT_ENVIRONMENT = true;
if (typeof window !== "undefined") {
  window.matchMedia ??= ((q: string) => ({
    matches: false,
    media: q,
    addEventListener() {},
    removeEventListener() {},
    addListener() {},
    removeListener() {},
    onchange: null,
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
}
