import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";

// The production build, loaded the way taskpane.html loads it: every script on one page, one global scope.
const DIST = path.join(__dirname, "..", "..", "dist");

function scriptsOfPage(): string[] {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1])
    .filter((s) => !/^https?:/.test(s));
}

describe("the built add-in page", () => {
  test("task pane, functions and commands share one store; the functions answer once the dataset is in", async () => {
    const associated = new Map<string, (...a: unknown[]) => unknown>();
    // what the page fetches (the bundled dataset) and the chunks webpack adds as <script> elements, from dist/
    const fetched: string[] = [];
    const fetchFromDist = async (url: string) => {
      fetched.push(url);
      const file = path.join(DIST, url);
      if (!fs.existsSync(file)) return { ok: false, status: 404, json: async () => null };
      return { ok: true, status: 200, json: async () => JSON.parse(fs.readFileSync(file, "utf8")) };
    };
    const sandbox: Record<string, unknown> = {
      console,
      setTimeout,
      clearTimeout,
      queueMicrotask,
      TextDecoder,
      TextEncoder,
      fetch: fetchFromDist,
      navigator: { userAgent: "node" },
      location: { href: "https://localhost:3000/taskpane.html", search: "" },
      Office: {
        onReady: (cb?: (info: { host: null }) => void) => (
          cb?.({ host: null }),
          Promise.resolve({ host: null })
        ),
        HostType: { Excel: "Excel" },
      },
      CustomFunctions: {
        associate: (id: string, fn: (...a: unknown[]) => unknown) => associated.set(id, fn),
      },
    };
    const ctx = vm.createContext(sandbox);
    type Script = {
      src?: string;
      style: object;
      onload?: () => void;
      onerror?: (e: unknown) => void;
      setAttribute(): void;
    };
    const appendScript = (el: Script) =>
      setTimeout(() => {
        vm.runInContext(fs.readFileSync(path.join(DIST, el.src!), "utf8"), ctx, { filename: el.src });
        el.onload?.();
      });
    sandbox.document = {
      getElementById: () => null,
      addEventListener: () => undefined,
      getElementsByTagName: () => [],
      createElement: (): Script => ({ style: {}, setAttribute: () => undefined }),
      head: { appendChild: appendScript },
    };
    sandbox.self = sandbox;
    sandbox.window = sandbox;
    const scripts = scriptsOfPage();
    expect(scripts).toEqual(
      expect.arrayContaining(["runtime.js", "taskpane.js", "functions.js", "commands.js"]),
    );
    for (const s of scripts)
      vm.runInContext(fs.readFileSync(path.join(DIST, s), "utf8"), ctx, { filename: s });

    expect(sandbox.__policyTargetsStoreModuleLoads__).toBe(1);
    expect([...associated.keys()].sort()).toContain("TARGET");
    expect(associated.size).toBe(13);
    // asked before the dataset is in: #N/A with why, and the store remembers to have the cell computed again
    expect(() => associated.get("TARGET")!("佛山", "装备制造")).toThrow(/数据集尚未加载/);
    const store = () => sandbox.__policyTargetsStore__ as { index: unknown; askedBeforeLoad: boolean };
    expect(store().askedBeforeLoad).toBe(true);
    for (let i = 0; i < 50 && !store().index; i++) await new Promise((r) => setTimeout(r, 10));
    expect(fetched).toEqual([expect.stringMatching(/^bundled-dataset\.[0-9a-f]+\.json$/)]);
    expect(associated.get("TARGET")!("佛山", "装备制造")).toBe(10000);
    // traditional characters typed into a lookup: the character table came with the dataset
    expect(associated.get("TARGET")!("佛山", "裝備製造")).toBe(10000);
    expect(associated.get("VERSION")!()).toMatch(/内置/);
  });

  test("the page's first JavaScript carries no dataset, and the functions' no React or Fluent UI", () => {
    const entries = JSON.parse(fs.readFileSync(path.join(DIST, "entrypoints.json"), "utf8")) as Record<
      string,
      { file: string }[]
    >;
    const files = entries.functions.map((f) => f.file);
    for (const f of files) {
      const js = fs.readFileSync(path.join(DIST, f), "utf8");
      expect(js).not.toMatch(/react\.transitional\.element|@fluentui|makeStyles/);
    }
    expect(entries.taskpane.map((f) => f.file)).toContain("ui.js");
    // the bundled dataset is a file the page fetches (preloaded), not part of any script it loads first
    const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    const preloaded = html.match(
      /<link rel="?preload"? as="?fetch"? href="?(bundled-dataset\.[0-9a-f]+\.json)/,
    );
    expect(preloaded).not.toBeNull();
    const dataset = JSON.parse(fs.readFileSync(path.join(DIST, preloaded![1]), "utf8")) as {
      documents: { title: string }[];
    };
    const title = dataset.documents[0].title;
    for (const f of new Set(
      Object.values(entries)
        .flat()
        .map((e) => e.file),
    ))
      expect(fs.readFileSync(path.join(DIST, f), "utf8")).not.toContain(title);
  });

  test("dist is deployable: manifest with its URLs, functions.json, icons, help", () => {
    for (const f of ["taskpane.html", "functions.json", "manifest.xml", "help.html", "assets/icon-80.png"])
      expect(fs.existsSync(path.join(DIST, f))).toBe(true);
    const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    expect(html).toMatch(/office\.js/);
  });
});

describe("what the page allows", () => {
  test("a Content-Security-Policy of the add-in's own origin and office.js's, no inline or eval scripts", () => {
    const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBeDefined();
    const directives = new Map(
      csp!.split(";").map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    for (const [name, values] of directives)
      for (const v of values)
        expect([name, v]).toEqual([
          name,
          expect.stringMatching(
            /^(?:'self'|'none'|'unsafe-inline'|data:|blob:|https:\/\/appsforoffice\.microsoft\.com|https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com)$/,
          ),
        ]);
    expect(directives.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    // every script the page loads is its own or office.js
    for (const m of html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)"?/g))
      expect(m[1]).toMatch(/^(?!https?:)|^https:\/\/appsforoffice\.microsoft\.com\//);
  });

  test("the dev server sends no Access-Control-Allow-Origin", async () => {
    type MakeConfig = (e: object, a: object) => Promise<{ devServer: { headers?: Record<string, string> } }>;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, untyped
    const makeConfig = require("../../webpack.config.js") as MakeConfig;
    const config = await makeConfig({}, { mode: "development" });
    expect(Object.keys(config.devServer.headers ?? {}).map((h) => h.toLowerCase())).not.toContain(
      "access-control-allow-origin",
    );
  });
});
