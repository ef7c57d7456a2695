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
  test("task pane, functions and commands share one store; the functions are registered and answer", () => {
    const associated = new Map<string, (...a: unknown[]) => unknown>();
    const sandbox: Record<string, unknown> = {
      console,
      setTimeout,
      clearTimeout,
      queueMicrotask,
      TextDecoder,
      TextEncoder,
      navigator: { userAgent: "node" },
      document: { getElementById: () => null, addEventListener: () => undefined },
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
    sandbox.self = sandbox;
    sandbox.window = sandbox;
    const ctx = vm.createContext(sandbox);
    const scripts = scriptsOfPage();
    expect(scripts).toEqual(
      expect.arrayContaining(["runtime.js", "taskpane.js", "functions.js", "commands.js"]),
    );
    for (const s of scripts)
      vm.runInContext(fs.readFileSync(path.join(DIST, s), "utf8"), ctx, { filename: s });

    expect(sandbox.__policyTargetsStoreModuleLoads__).toBe(1);
    expect([...associated.keys()].sort()).toContain("TARGET");
    expect(associated.size).toBe(13);
    expect(associated.get("TARGET")!("佛山", "装备制造")).toBe(10000);
    expect(associated.get("VERSION")!()).toMatch(/内置/);
  });

  test("the functions' chunks carry no React or Fluent UI", () => {
    const entries = JSON.parse(fs.readFileSync(path.join(DIST, "entrypoints.json"), "utf8")) as Record<
      string,
      { file: string }[]
    >;
    const files = entries.functions.map((f) => f.file);
    expect(files).toContain("dataset.js");
    for (const f of files) {
      const js = fs.readFileSync(path.join(DIST, f), "utf8");
      expect(js).not.toMatch(/react\.transitional\.element|@fluentui|makeStyles/);
    }
    expect(entries.taskpane.map((f) => f.file)).toContain("ui.js");
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
