/* eslint-disable */
// Builds the add-in: task pane, worksheet functions and ribbon commands as chunks of one page (the shared
// runtime), functions.json from the functions' JSDoc, and the dataset built from seeds/ by the engine.
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/** The dev server's port: 3000, or what `npm start -- --port N` (webpack serve --port N) asks for. */
function devPort() {
  const i = process.argv.findIndex((a) => a === "--port" || a.startsWith("--port="));
  if (i < 0) return 3000;
  const v = process.argv[i].includes("=") ? process.argv[i].split("=")[1] : process.argv[i + 1];
  const n = Number(v);
  return Number.isInteger(n) && n > 0 && n < 65536 ? n : 3000;
}
const PORT = devPort();
const DEV_URL = `https://localhost:${PORT}/`;
// the manifest in the repository names the default address; a dev build on another port rewrites it
const MANIFEST_URL = "https://localhost:3000/";
const DATASET = path.resolve(__dirname, "build", "generated", "policy-dataset.json");

/**
 * Run the engine over seeds/ (the CLI must be compiled: npm scripts run build:cli first) and check the result
 * against the contract: the page uses the file as it is, so a dataset that does not match fails the build.
 */
function buildDataset() {
  execFileSync(process.execPath, [path.join(__dirname, "bin", "policy-targets.js"), "dataset", path.join(__dirname, "seeds"), "--out", DATASET], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const raw = JSON.parse(fs.readFileSync(DATASET, "utf8"));
  const parsed = require("./build/model/schema.js").parseDataset(raw);
  if (!parsed.ok) throw new Error(`the bundled dataset does not match the contract: ${parsed.error}`);
  if (JSON.stringify(parsed.dataset) !== JSON.stringify(raw)) throw new Error("the bundled dataset is not in the contract's current form");
}

/**
 * The pane's first screen (the bundled dataset's data view) as static HTML and its CSS, drawn by the pane's own
 * components (src/taskpane/prerender.tsx) and written into taskpane.html: the records show as soon as the page
 * is parsed, and the live pane replaces them when it renders.
 */
function prerenderFirstScreen() {
  const out = execFileSync(process.execPath, [require.resolve("tsx/cli"), path.join(__dirname, "src", "cli", "prerender-page.ts"), DATASET], {
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out.toString("utf8"));
}

/**
 * HTTPS for the dev server. Office's dev certificates through office-addin-dev-certs; where installing its CA
 * fails (no sudo) it still leaves the files, which are read directly; without them, webpack-dev-server's own
 * self-signed certificate.
 */
async function httpsOptions() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = ["localhost.crt", "localhost.key", "ca.crt"].map((f) => path.join(dir, f));
  const fromFiles = () =>
    files.every((f) => fs.existsSync(f))
      ? { type: "https", options: { cert: fs.readFileSync(files[0]), key: fs.readFileSync(files[1]), ca: fs.readFileSync(files[2]) } }
      : null;
  const existing = fromFiles();
  if (existing) return existing;
  try {
    const options = await require("office-addin-dev-certs").getHttpsServerOptions();
    return { type: "https", options };
  } catch {
    return fromFiles() ?? { type: "https" };
  }
}

/** Writes entrypoints.json (entry → files, with sizes) for tests and the benchmark. */
class EntrypointsManifestPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("EntrypointsManifest", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "EntrypointsManifest", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const out = {};
        for (const [name, ep] of compilation.entrypoints) {
          out[name] = ep.getFiles().filter((f) => f.endsWith(".js")).map((f) => ({ file: f, bytes: compilation.getAsset(f).source.size() }));
        }
        compilation.emitAsset("entrypoints.json", new compiler.webpack.sources.RawSource(JSON.stringify(out, null, 1)));
      });
    });
  }
}

/**
 * Preload links in taskpane.html for what the page fetches as soon as it runs (src/state/bundled.ts,
 * src/taskpane/index.tsx): the bundled dataset, the character table and the tabs. They then arrive with the
 * page's scripts instead of after them.
 */
class PreloadStartPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("PreloadStart", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap("PreloadStart", (data) => {
        const link = (attributes) => HtmlWebpackPlugin.createHtmlTagObject("link", attributes);
        const dataset = compilation.getAssets().find((a) => /^bundled-dataset\.[0-9a-f]+\.json$/.test(a.name));
        if (dataset) data.headTags.push(link({ rel: "preload", as: "fetch", href: dataset.name, crossorigin: "anonymous" }));
        for (const name of ["t2s", "tabs"])
          for (const chunk of compilation.namedChunkGroups.get(name)?.chunks ?? [])
            for (const file of chunk.files) if (file.endsWith(".js")) data.headTags.push(link({ rel: "preload", as: "script", href: file }));
        return data;
      });
    });
  }
}

function sideloadHelp(url) {
  return [
    "",
    `政策目标助手 is served at ${url}`,
    `  task pane (also works in a plain browser, without Excel): ${url}taskpane.html`,
    "",
    "Load manifest.xml into Excel (sideloading):",
    "  Windows: put manifest.xml in a shared folder, add that folder under File > Options > Trust Center >",
    "           Trust Center Settings > Trusted Add-in Catalogs, restart Excel, then Home > Add-ins > Advanced >",
    "           SHARED FOLDER > 政策目标助手.",
    "  Mac:     copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel;",
    "           the add-in appears under Home > Add-ins > My Add-ins.",
    "  Web:     open a workbook in Excel on the web, Home > Add-ins > More Add-ins > My Add-ins >",
    "           Upload My Add-in, and choose manifest.xml.",
    "",
    "Certificate: Excel only loads add-ins over HTTPS it trusts. `npx office-addin-dev-certs install` creates a",
    "  local certificate authority and asks the system to trust it — it may ask for an administrator password",
    "  (Windows: a security prompt; Mac: the keychain; Linux: sudo). Without it, Excel shows the add-in as blank.",
    `  In a browser that does not trust the certificate, open ${url}taskpane.html, choose Advanced and proceed`,
    "  to localhost (Chrome, Edge) or Accept the Risk (Firefox); the page then works as in Excel, without Excel.",
    "",
    `  ▶ Task pane: ${url}taskpane.html`,
    "",
  ].join("\n");
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const baseUrl = process.env.ADDIN_BASE_URL || DEV_URL;
  buildDataset();
  const firstScreen = prerenderFirstScreen();
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: ["./src/state/bundled.ts", "./src/functions/runtime-guard.ts", "./src/functions/functions.ts"],
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      // chunks load relative to taskpane.html, which sits beside them
      publicPath: "",
      clean: { keep: /policy-dataset\.json$/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      alias: {
        "@policy/bundled-dataset-url": DATASET,
        // the page fetches the character table with the bundled dataset (src/lexicon/t2s-table.browser.ts)
        [path.resolve(__dirname, "src", "lexicon", "t2s-table")]: path.resolve(__dirname, "src", "lexicon", "t2s-table.browser.ts"),
      },
      // iconv-lite (GBK) needs Buffer in the browser; its streaming API, which needs stream, is not used
      fallback: { buffer: require.resolve("buffer/"), stream: false, string_decoder: false },
    },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json", compilerOptions: { module: "esnext", sourceMap: dev } } } },
        // the bundled dataset is data the page fetches (src/state/bundled.ts), not part of its JavaScript
        { test: (file) => file === DATASET, type: "asset/resource", generator: { filename: "bundled-dataset.[contenthash:8].json" } },
      ],
    },
    optimization: {
      // one webpack runtime for all entries on the page: one module registry, so one store
      runtimeChunk: "single",
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          // React and the Fluent UI the first view needs; what only lazily loaded views use stays with them
          ui: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc|stylis|rtl-css-js|@emotion)[\\/]/, name: "ui", chunks: "initial", priority: 20, enforce: true },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new (require("webpack").ProvidePlugin)({ Buffer: ["buffer", "Buffer"] }),
      new EntrypointsManifestPlugin(),
      new PreloadStartPlugin(),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", inject: false, templateParameters: { firstScreen }, chunks: ["runtime", "ui", "taskpane", "functions", "commands"], chunksSortMode: "manual" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => {
              const to = dev ? DEV_URL : baseUrl;
              return content.toString().split(MANIFEST_URL).join(to).split(MANIFEST_URL.slice(0, -1)).join(to.replace(/\/$/, ""));
            },
          },
        ],
      }),
    ],
    devServer: {
      port: PORT,
      server: argv.mode === "production" || !process.argv.includes("serve") ? { type: "https" } : await httpsOptions(),
      // no Access-Control-Allow-Origin: the pages are the add-in's own, and nothing else may read them
      static: false,
      client: false,
      hot: false,
      liveReload: false,
      // the address is printed last, after webpack's own output of the first build, so it stays on screen
      setupMiddlewares: (middlewares, devServer) => {
        let shown = false;
        devServer.compiler.hooks.done.tap("SideloadHelp", () => {
          if (shown) return;
          shown = true;
          setImmediate(() => process.stdout.write(sideloadHelp(DEV_URL)));
        });
        return middlewares;
      },
    },
  };
};
