/**
 * A strict fake of the part of the Excel JavaScript API the adapters in src/office/ use. It is strict where
 * real Excel is: writes are queued until context.sync(), reading a property that was not loaded (and synced)
 * throws, values written must be rectangular and match the range, and it computes nothing it cannot — reading
 * the value of a formula cell needs an evaluator supplied by the test. sync() calls are counted.
 */

type Scalar = string | number | boolean;

export interface CellState {
  formula?: string;
  value?: Scalar;
  numberFormat?: string;
  fill?: string;
  fontColor?: string;
  /** Data validation as Excel.DataValidation sets it: the rule, the input prompt and the error alert. */
  validation?: { rule?: unknown; prompt?: unknown; errorAlert?: unknown };
}

export interface TableState {
  name: string;
  sheet: SheetState;
  row: number;
  col: number;
  rows: number; // including the header
  cols: number;
  style?: string;
}

export interface ChartState {
  type: string;
  title?: string;
  /** the addresses of the cells the chart spans, top left to bottom right */
  position?: [string, string];
  series: { name?: string; values?: string; xValues?: string }[];
}

export interface ConditionalFormatState {
  address: string;
  type: string;
  rule?: unknown;
  fill?: string;
  fontColor?: string;
  barDirection?: string;
}

export class SheetState {
  cells = new Map<string, CellState>();
  charts: ChartState[] = [];
  conditionalFormats: ConditionalFormatState[] = [];
  frozenRows = 0;
  hiddenColumns = new Set<number>();
  columnWidths = new Map<number, number>();
  constructor(public name: string) {}
  cell(r: number, c: number): CellState {
    const k = `${r},${c}`;
    let s = this.cells.get(k);
    if (!s) {
      s = {};
      this.cells.set(k, s);
    }
    return s;
  }
  peek(r: number, c: number): CellState | undefined {
    return this.cells.get(`${r},${c}`);
  }
  isEmpty(r: number, c: number): boolean {
    const s = this.peek(r, c);
    return !s || (s.formula === undefined && (s.value === undefined || s.value === ""));
  }
}

export class FakeWorkbookState {
  sheets: SheetState[] = [new SheetState("Sheet1")];
  tables: TableState[] = [];
  customXml: { id: string; xml: string }[] = [];
  partSeq = 0;
  /** Calculations the add-in asked for (Excel.CalculationType). */
  calculations: string[] = [];
  activationHandlers: (() => Promise<void>)[] = [];
  /** false: a host before ExcelApi 1.13, whose workbook has no onActivated event */
  activationEvent = true;
  active = 0;
  selection: string | null = null;
  /** How the test says a formula evaluates; the fake computes nothing by itself. */
  evaluate: ((formula: string, sheet: SheetState, row: number, col: number) => Scalar | undefined) | null =
    null;
  syncs = 0;
  sheet(name: string): SheetState {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new FakeExcelError("ItemNotFound", `no worksheet ${name}`);
    return s;
  }
}

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

class Context {
  queue: (() => void)[] = [];
  constructor(readonly state: FakeWorkbookState) {}
  workbook = new Workbook(this);
  enqueue(op: () => void): void {
    this.queue.push(op);
  }
  async sync(): Promise<void> {
    this.state.syncs++;
    const ops = this.queue;
    this.queue = [];
    for (const op of ops) op();
  }
}

/** Loaded-property bookkeeping shared by every proxy. */
class Proxy {
  protected loaded = new Map<string, unknown>();
  constructor(protected ctx: Context) {}
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop))
      throw new FakeExcelError(
        "PropertyNotLoaded",
        `${this.constructor.name}.${prop} was not loaded and synced`,
      );
    return this.loaded.get(prop) as T;
  }
  protected loader(_prop: string): () => unknown {
    throw new FakeExcelError("InvalidArgument", `${this.constructor.name} cannot load ${_prop}`);
  }
  load(spec: string | string[]): this {
    const props = (Array.isArray(spec) ? spec : spec.split(",")).map((p) => p.trim()).filter(Boolean);
    const getters = props.map((p) => [p, this.loader(p)] as const);
    this.ctx.enqueue(() => {
      for (const [p, get] of getters) this.loaded.set(p.startsWith("items/") ? "items" : p, get());
    });
    return this;
  }
}

function rect(grid: unknown, rows: number, cols: number, what: string): Scalar[][] {
  if (
    !Array.isArray(grid) ||
    grid.length !== rows ||
    grid.some((r) => !Array.isArray(r) || r.length !== cols)
  ) {
    throw new FakeExcelError("InvalidArgument", `${what} must be a ${rows}×${cols} array`);
  }
  return grid as Scalar[][];
}

function a1(col: number, row: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${row + 1}`;
}

class Range extends Proxy {
  constructor(
    ctx: Context,
    readonly sheetName: string,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
    private readonly nullObject = false,
  ) {
    super(ctx);
  }
  private get sheet(): SheetState {
    return this.ctx.state.sheet(this.sheetName);
  }
  get isNullObject(): boolean {
    return this.nullObject;
  }
  get address(): string {
    return `${this.sheetName}!${a1(this.col, this.row)}:${a1(this.col + this.cols - 1, this.row + this.rows - 1)}`;
  }
  private each<T>(f: (s: SheetState, r: number, c: number) => T): T[][] {
    const s = this.sheet;
    return Array.from({ length: this.rows }, (_, i) =>
      Array.from({ length: this.cols }, (_, j) => f(s, this.row + i, this.col + j)),
    );
  }
  protected override loader(prop: string): () => unknown {
    const ctx = this.ctx;
    switch (prop) {
      case "values":
        return () =>
          this.each((s, r, c) => {
            const cell = s.peek(r, c);
            if (cell?.formula !== undefined) {
              const v = ctx.state.evaluate?.(cell.formula, s, r, c);
              if (v === undefined)
                throw new FakeExcelError("NotImplemented", `the fake cannot evaluate ${cell.formula}`);
              return v;
            }
            return cell?.value ?? "";
          });
      case "formulas":
        return () => this.each((s, r, c) => s.peek(r, c)?.formula ?? s.peek(r, c)?.value ?? "");
      case "numberFormat":
        return () => this.each((s, r, c) => s.peek(r, c)?.numberFormat ?? "General");
      case "rowIndex":
        return () => this.row;
      case "columnIndex":
        return () => this.col;
      case "rowCount":
        return () => this.rows;
      case "columnCount":
        return () => this.cols;
      case "address":
        return () => this.address;
      default:
        return super.loader(prop);
    }
  }
  get values(): Scalar[][] {
    return this.read("values");
  }
  set values(grid: Scalar[][]) {
    this.write(grid, "values");
  }
  get formulas(): Scalar[][] {
    return this.read("formulas");
  }
  set formulas(grid: Scalar[][]) {
    this.write(grid, "formulas");
  }
  /** values and formulas are written alike: like Excel, "=…" becomes a formula unless the cell is text (@) or
   * starts with an apostrophe (kept as text, the apostrophe not shown). */
  private write(grid: Scalar[][], what: string): void {
    const g = rect(grid, this.rows, this.cols, what);
    this.ctx.enqueue(() =>
      this.each((s, r, c) => {
        const v = g[r - this.row][c - this.col];
        const cell = s.cell(r, c);
        // like typing: "=…", and "+…", "-…", "@…" that are not numbers, become formulas unless the cell is text
        if (typeof v === "string" && /^(?:=|[+\-@](?![\d.]+$))/.test(v) && cell.numberFormat !== "@") {
          cell.formula = v;
          delete cell.value;
        } else {
          delete cell.formula;
          cell.value = typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
        }
      }),
    );
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(grid: string[][]) {
    const g = rect(grid, this.rows, this.cols, "numberFormat");
    this.ctx.enqueue(() =>
      this.each((s, r, c) => {
        s.cell(r, c).numberFormat = String(g[r - this.row][c - this.col]);
      }),
    );
  }
  set columnHidden(v: boolean) {
    this.ctx.enqueue(() => {
      for (let c = this.col; c < this.col + this.cols; c++) {
        if (v) this.sheet.hiddenColumns.add(c);
        else this.sheet.hiddenColumns.delete(c);
      }
    });
  }
  get format() {
    // the format object's setters are plain accessors, which cannot see the range through `this`
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    return {
      fill: {
        set color(color: string) {
          self.ctx.enqueue(() => self.each((s, r, c) => (s.cell(r, c).fill = color)));
        },
        clear() {
          self.ctx.enqueue(() => self.each((s, r, c) => delete s.cell(r, c).fill));
        },
      },
      font: {
        set color(color: string) {
          self.ctx.enqueue(() => self.each((s, r, c) => (s.cell(r, c).fontColor = color)));
        },
      },
      set columnWidth(w: number) {
        self.ctx.enqueue(() => {
          for (let c = self.col; c < self.col + self.cols; c++) self.sheet.columnWidths.set(c, w);
        });
      },
    };
  }
  get dataValidation() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    const set = (key: "rule" | "prompt" | "errorAlert", v: unknown) =>
      self.ctx.enqueue(() =>
        self.each((s, r, c) => {
          const cell = s.cell(r, c);
          cell.validation = { ...cell.validation, [key]: v };
        }),
      );
    return {
      set rule(v: unknown) {
        set("rule", v);
      },
      set prompt(v: unknown) {
        set("prompt", v);
      },
      set errorAlert(v: unknown) {
        set("errorAlert", v);
      },
    };
  }
  get conditionalFormats() {
    return {
      add: (type: string) => {
        const entry: ConditionalFormatState = { address: this.address, type };
        this.ctx.enqueue(() => this.sheet.conditionalFormats.push(entry));
        const fmt = {
          fill: {
            set color(c: string) {
              entry.fill = c;
            },
          },
          font: {
            set color(c: string) {
              entry.fontColor = c;
            },
          },
        };
        return {
          dataBar: {
            set barDirection(d: string) {
              entry.barDirection = d;
            },
          },
          textComparison: {
            format: fmt,
            set rule(r: unknown) {
              entry.rule = r;
            },
          },
        };
      },
    };
  }
  getCell(r: number, c: number): Range {
    if (r >= this.rows || c >= this.cols)
      throw new FakeExcelError("InvalidArgument", `cell ${r},${c} outside ${this.address}`);
    return new Range(this.ctx, this.sheetName, this.row + r, this.col + c, 1, 1);
  }
  getRow(r: number): Range {
    return new Range(this.ctx, this.sheetName, this.row + r, this.col, 1, this.cols);
  }
  getEntireColumn(): Range {
    return new Range(this.ctx, this.sheetName, 0, this.col, 1_048_576, this.cols);
  }
  select(): void {
    this.ctx.enqueue(() => (this.ctx.state.selection = this.address));
  }
}

class Worksheet extends Proxy {
  constructor(
    ctx: Context,
    private readonly sheetName: string,
  ) {
    super(ctx);
  }
  protected override loader(prop: string): () => unknown {
    if (prop === "name") return () => this.sheetName;
    return super.loader(prop);
  }
  get name(): string {
    return this.read("name");
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): Range {
    if (rows < 1 || cols < 1) throw new FakeExcelError("InvalidArgument", "empty range");
    return new Range(this.ctx, this.sheetName, row, col, rows, cols);
  }
  getUsedRangeOrNullObject(): Range {
    const s = this.ctx.state.sheet(this.sheetName);
    const keys = [...s.cells.entries()]
      .filter(([, v]) => v.formula !== undefined || (v.value !== undefined && v.value !== ""))
      .map(([k]) => k.split(",").map(Number));
    if (keys.length === 0) return new Range(this.ctx, this.sheetName, 0, 0, 1, 1, true);
    const r0 = Math.min(...keys.map((k) => k[0]));
    const c0 = Math.min(...keys.map((k) => k[1]));
    const r1 = Math.max(...keys.map((k) => k[0]));
    const c1 = Math.max(...keys.map((k) => k[1]));
    return new Range(this.ctx, this.sheetName, r0, c0, r1 - r0 + 1, c1 - c0 + 1);
  }
  activate(): void {
    this.ctx.enqueue(
      () => (this.ctx.state.active = this.ctx.state.sheets.findIndex((s) => s.name === this.sheetName)),
    );
  }
  get freezePanes() {
    return {
      freezeRows: (n: number) =>
        this.ctx.enqueue(() => (this.ctx.state.sheet(this.sheetName).frozenRows = n)),
    };
  }
  get tables() {
    return {
      add: (range: Range, hasHeaders: boolean) => {
        if (!hasHeaders) throw new FakeExcelError("InvalidArgument", "tables here always have headers");
        let t: TableState | null = null;
        this.ctx.enqueue(() => {
          const sheet = this.ctx.state.sheet(this.sheetName);
          const next: TableState = {
            name: `Table${this.ctx.state.tables.length + 1}`,
            sheet,
            row: range.row,
            col: range.col,
            rows: range.rows,
            cols: range.cols,
          };
          if (
            this.ctx.state.tables.some(
              (x) =>
                x.sheet === sheet &&
                x.row < next.row + next.rows &&
                next.row < x.row + x.rows &&
                x.col < next.col + next.cols &&
                next.col < x.col + x.cols,
            )
          ) {
            throw new FakeExcelError("InvalidOperation", "tables overlap");
          }
          this.ctx.state.tables.push(next);
          t = next;
        });
        return new Table(this.ctx, () => {
          if (!t) throw new FakeExcelError("InvalidOperation", "table used before it was created");
          return t;
        });
      },
    };
  }
  get charts() {
    return {
      add: (type: string, range: Range, _by: string) => {
        const chart: ChartState = { type, series: [{ values: range.address }] };
        this.ctx.enqueue(() => this.ctx.state.sheet(this.sheetName).charts.push(chart));
        const series = (s: ChartState["series"][number]) => ({
          set name(n: string) {
            s.name = n;
          },
          setValues: (r: Range) => (s.values = r.address),
          setXAxisValues: (r: Range) => (s.xValues = r.address),
        });
        return {
          title: {
            set text(t: string) {
              chart.title = t;
            },
          },
          series: {
            getItemAt: (i: number) => series(chart.series[i]),
            add: (name: string) => {
              const s = { name };
              chart.series.push(s);
              return series(s);
            },
          },
          setPosition: (from: Range, to: Range) => (chart.position = [from.address, to.address]),
        };
      },
    };
  }
}

class Table extends Proxy {
  constructor(
    ctx: Context,
    private readonly state: () => TableState,
  ) {
    super(ctx);
  }
  protected override loader(prop: string): () => unknown {
    if (prop === "name") return () => this.state().name;
    return super.loader(prop);
  }
  get name(): string {
    return this.read("name");
  }
  set name(n: string) {
    this.ctx.enqueue(() => {
      if (this.ctx.state.tables.some((t) => t.name === n && t !== this.state()))
        throw new FakeExcelError("InvalidArgument", `table name ${n} taken`);
      this.state().name = n;
    });
  }
  set style(s: string) {
    this.ctx.enqueue(() => (this.state().style = s));
  }
  get worksheet(): Worksheet {
    return new Worksheet(this.ctx, this.state().sheet.name);
  }
  getHeaderRowRange(): Range {
    const t = this.state();
    return new Range(this.ctx, t.sheet.name, t.row, t.col, 1, t.cols);
  }
  getDataBodyRange(): Range {
    const t = this.state();
    return new Range(this.ctx, t.sheet.name, t.row + 1, t.col, t.rows - 1, t.cols);
  }
  getRange(): Range {
    const t = this.state();
    return new Range(this.ctx, t.sheet.name, t.row, t.col, t.rows, t.cols);
  }
}

class Collection<T> extends Proxy {
  constructor(
    ctx: Context,
    private readonly list: () => T[],
  ) {
    super(ctx);
  }
  protected override loader(prop: string): () => unknown {
    if (prop === "items" || prop.startsWith("items/")) {
      return () => {
        const items = this.list();
        // the items' own properties named after items/ are loaded with them
        const sub = prop.startsWith("items/") ? prop.slice(6) : null;
        if (sub) for (const it of items) (it as unknown as { forceLoad(p: string): void }).forceLoad(sub);
        return items;
      };
    }
    return super.loader(prop);
  }
  get items(): T[] {
    return this.read("items");
  }
}

// allow collections to mark their items' properties loaded
for (const C of [Worksheet, Table] as unknown as {
  prototype: { forceLoad(p: string): void; loader(p: string): () => unknown; loaded: Map<string, unknown> };
}[]) {
  C.prototype.forceLoad = function (p: string) {
    this.loaded.set(p, this.loader(p)());
  };
}

class Workbook {
  // navigation properties return the same proxy on every access, as in Office.js
  private cache = new Map<string, unknown>();
  constructor(private readonly ctx: Context) {}
  private once<T>(key: string, make: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key) as T;
  }
  get worksheets() {
    return this.once("worksheets", () => this.makeWorksheets());
  }
  private makeWorksheets() {
    const ctx = this.ctx;
    const coll = new Collection<Worksheet>(ctx, () =>
      ctx.state.sheets.map((s) => new Worksheet(ctx, s.name)),
    );
    return Object.assign(coll, {
      add: (name: string) => {
        if (name.length > 31 || /[:\\/?*[\]]/.test(name))
          throw new FakeExcelError("InvalidArgument", `invalid sheet name ${name}`);
        ctx.enqueue(() => {
          if (ctx.state.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
            throw new FakeExcelError("ItemAlreadyExists", name);
          ctx.state.sheets.push(new SheetState(name));
        });
        return new Worksheet(ctx, name);
      },
      getActiveWorksheet: () => new Worksheet(ctx, ctx.state.sheets[ctx.state.active].name),
      getItem: (name: string) => new Worksheet(ctx, name),
    });
  }
  get tables() {
    return this.once("tables", () => this.makeTables());
  }
  private makeTables() {
    const ctx = this.ctx;
    const coll = new Collection<Table>(ctx, () => ctx.state.tables.map((t) => new Table(ctx, () => t)));
    return Object.assign(coll, {
      getItem: (name: string) =>
        new Table(ctx, () => {
          const t = ctx.state.tables.find((x) => x.name === name);
          if (!t) throw new FakeExcelError("ItemNotFound", `no table ${name}`);
          return t;
        }),
    });
  }
  get customXmlParts() {
    const ctx = this.ctx;
    return this.once("customXmlParts", () => ({
      add: (xml: string) => {
        if (!/^<\?xml[^>]*\?>\s*<[A-Za-z]/.test(xml))
          throw new FakeExcelError("InvalidArgument", "not an XML document");
        // Excel refuses a request over its limit; the fake refuses one part over 5 MB
        if (xml.length > 5_000_000)
          throw new FakeExcelError("RequestPayloadSizeLimitExceeded", "part too large");
        ctx.enqueue(() => ctx.state.customXml.push({ id: `{part-${++ctx.state.partSeq}}`, xml }));
      },
      getByNamespace: (ns: string) =>
        new Collection(ctx, () =>
          ctx.state.customXml
            .filter((p) => new RegExp(`xmlns="${ns.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"`).test(p.xml))
            .map((p) => new CustomXmlPart(ctx, p)),
        ),
    }));
  }
  get application() {
    const ctx = this.ctx;
    return this.once("application", () => ({
      calculate: (type: string) => ctx.enqueue(() => ctx.state.calculations.push(type)),
    }));
  }
  get onActivated() {
    const ctx = this.ctx;
    if (!ctx.state.activationEvent) return undefined;
    return this.once("onActivated", () => ({
      add: (handler: () => Promise<void>) => {
        ctx.enqueue(() => ctx.state.activationHandlers.push(handler));
        return { remove: () => undefined };
      },
    }));
  }
}

class CustomXmlPart extends Proxy {
  constructor(
    ctx: Context,
    private readonly part: { id: string; xml: string },
  ) {
    super(ctx);
  }
  protected override loader(prop: string): () => unknown {
    if (prop === "id") return () => this.part.id;
    return super.loader(prop);
  }
  forceLoad(p: string) {
    this.loaded.set(p, this.loader(p)());
  }
  get id(): string {
    return this.read("id");
  }
  delete() {
    const p = this.part;
    this.ctx.enqueue(() => {
      if (!this.ctx.state.customXml.includes(p)) throw new FakeExcelError("ItemNotFound", `no part ${p.id}`);
      this.ctx.state.customXml = this.ctx.state.customXml.filter((x) => x !== p);
    });
  }
  getXml() {
    const p = this.part;
    const result: { value: string; loaded?: boolean } = {
      get value(): string {
        if (!this.loaded) throw new FakeExcelError("PropertyNotLoaded", "ClientResult.value before sync");
        return p.xml;
      },
    };
    this.ctx.enqueue(() => (result.loaded = true));
    return result;
  }
}

/** Install the fake as the global `Excel` and return the workbook state for assertions. */
export function installFakeExcel(state = new FakeWorkbookState()): FakeWorkbookState {
  (globalThis as unknown as { Excel: unknown }).Excel = {
    CalculationType: { full: "Full", fullRebuild: "FullRebuild", recalculate: "Recalculate" },
    run: async <T>(batch: (context: Context) => Promise<T>): Promise<T> => {
      const ctx = new Context(state);
      const result = await batch(ctx);
      if (ctx.queue.length > 0) await ctx.sync(); // Excel.run syncs what is left when the batch returns
      return result;
    },
  };
  return state;
}
