// Registers the real POLICY.* implementations in HyperFormula (test-only: GPL, never bundled), driven by the
// metadata that custom-functions-metadata generates from the functions' JSDoc — the same functions.json Excel reads.
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as path from "node:path";
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import * as functions from "../../src/functions/functions";
import { PolicyFunctionError } from "../../src/functions/errors";

export interface CustomFunctionMetadata {
  id: string;
  name: string;
  parameters: { name: string; type?: string; optional?: boolean; dimensionality?: string }[];
  result: { type?: string; dimensionality?: string };
}

export interface GeneratedMetadata {
  functions: CustomFunctionMetadata[];
  /** id → exported function name, as CustomFunctions.associate is called. */
  associate: { id: string; functionName: string }[];
}

const SOURCE = path.join(__dirname, "..", "..", "src", "functions", "functions.ts");
let generated: Promise<GeneratedMetadata> | null = null;

export function functionsMetadata(): Promise<GeneratedMetadata> {
  generated ??= generateCustomFunctionsMetadata([SOURCE], true).then((r) => {
    if (r.errors.length > 0) throw new Error(r.errors.join("\n"));
    return { functions: JSON.parse(r.metadataJson).functions, associate: r.associate };
  });
  return generated;
}

type Impl = (...args: unknown[]) => unknown;

/** Excel hands a custom function plain values: empty cells and omitted arguments as null. */
function toExcelArg(v: unknown): unknown {
  if (v === EmptyValue || v === undefined) return null;
  if (v !== null && typeof v === "object" && "val" in v) return (v as { val: unknown }).val; // dates, percents
  return v;
}

function toCellError(e: unknown): CellError {
  if (e instanceof PolicyFunctionError) {
    const type =
      e.code === "NotAvailable" ? ErrorType.NA : e.code === "InvalidNumber" ? ErrorType.NUM : ErrorType.VALUE;
    return new CellError(type, e.message);
  }
  throw e; // a raw exception is a defect: let the test see it
}

let registered = false;

/** Register POLICY.* once; returns the metadata used. */
export async function registerPolicyFunctions(): Promise<GeneratedMetadata> {
  const meta = await functionsMetadata();
  if (registered) return meta;
  const implemented: ImplementedFunctions = {};
  const translations: Record<string, string> = {};
  class PolicyPlugin extends FunctionPlugin {}
  const proto = PolicyPlugin.prototype as unknown as Record<string, unknown>;
  for (const f of meta.functions) {
    const name = `POLICY.${f.name}`;
    const exportName = meta.associate.find((a) => a.id === f.id)?.functionName;
    const impl = (functions as unknown as Record<string, Impl>)[exportName ?? ""];
    if (!impl) throw new Error(`no implementation exported for ${f.id}`);
    const matrix = f.result.dimensionality === "matrix";
    const call = (args: unknown[]) => {
      const err = args.find((a) => a instanceof CellError);
      if (err) return err;
      const padded = f.parameters.map((_, i) => toExcelArg(args[i]));
      try {
        const out = impl(...padded);
        return matrix ? SimpleRangeValue.onlyValues(out as (string | number)[][]) : out;
      } catch (e) {
        return toCellError(e);
      }
    };
    implemented[name] = {
      method: `run_${f.id}`,
      parameters: f.parameters.map((p) => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: Boolean(p.optional),
      })),
      ...(matrix ? { sizeOfResultArrayMethod: `size_${f.id}`, vectorizationForbidden: true } : {}),
    };
    // runFunction and metadata are protected helpers of FunctionPlugin; the methods are attached at run time
    type Runner = { runFunction: (...a: unknown[]) => unknown; metadata: (n: string) => unknown };
    proto[`run_${f.id}`] = function (this: Runner, ast: { args: unknown[] }, state: unknown) {
      return this.runFunction(ast.args, state, this.metadata(name), (...args: unknown[]) => call(args));
    };
    // The spill size is known once the arguments are: literal arguments are evaluated here.
    proto[`size_${f.id}`] = function (ast: { args: { type: string; value?: unknown }[] }) {
      const args = ast.args.map((a) => (a.type === "STRING" || a.type === "NUMBER" ? a.value : undefined));
      if (ast.args.some((a, i) => args[i] === undefined && a.type !== "EMPTY")) return ArraySize.error();
      try {
        const out = impl(...f.parameters.map((_, i) => toExcelArg(args[i]))) as unknown[][];
        return new ArraySize(out[0]?.length ?? 1, out.length);
      } catch {
        return ArraySize.scalar();
      }
    };
    translations[name] = name;
  }
  (PolicyPlugin as unknown as { implementedFunctions: ImplementedFunctions }).implementedFunctions =
    implemented;
  HyperFormula.registerFunctionPlugin(PolicyPlugin, { enGB: translations });
  registered = true;
  return meta;
}

export function engine(sheet: (string | number | null)[][]): HyperFormula {
  return HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3" });
}
