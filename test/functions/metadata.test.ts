import * as fs from "node:fs";
import * as path from "node:path";
import { functionsMetadata } from "../helpers/formula-engine";

const DIST = path.join(__dirname, "..", "..", "dist", "functions.json");

describe("functions.json", () => {
  test("every function of the design, with its optional arguments and result shape", async () => {
    const { functions, associate } = await functionsMetadata();
    const byId = Object.fromEntries(functions.map((f) => [f.id, f]));
    expect(Object.keys(byId).sort()).toEqual(
      [
        "COMPARATOR",
        "GAP",
        "PROGRESS",
        "REGIONS",
        "REQUIREDGROWTH",
        "SOURCE",
        "STATUS",
        "SUBJECTS",
        "TARGET",
        "TARGETS",
        "TARGETYEAR",
        "UNIT",
        "VERSION",
      ].sort(),
    );
    const sig = (id: string) => byId[id].parameters.map((p) => p.name + (p.optional ? "?" : "")).join(",");
    expect(sig("TARGET")).toBe("region,subject,indicator?,year?");
    expect(sig("GAP")).toBe("actual,region,subject,indicator?,year?");
    expect(sig("REQUIREDGROWTH")).toBe("actual,actualYear,region,subject,indicator?,year?");
    expect(sig("TARGETS")).toBe("region,subject?,kind?");
    expect(sig("REGIONS")).toBe("");
    for (const id of ["TARGETS", "REGIONS", "SUBJECTS"])
      expect(byId[id].result.dimensionality).toBe("matrix");
    for (const id of ["TARGET", "GAP", "PROGRESS", "TARGETYEAR", "REQUIREDGROWTH"])
      expect(byId[id].result).toEqual({ type: "number" });
    // optional arguments come last
    for (const f of functions) {
      const firstOptional = f.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(f.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
    // nothing is volatile or streaming: answers come from memory
    expect(JSON.stringify(functions)).not.toMatch(/volatile|stream/);
    expect(associate.map((a) => a.functionName).sort()).toEqual(
      [
        "comparator",
        "gap",
        "progress",
        "regions",
        "requiredGrowth",
        "source",
        "status",
        "subjects",
        "target",
        "targetYear",
        "targets",
        "unit",
        "version",
      ].sort(),
    );
    // bilingual descriptions
    for (const f of functions)
      expect((f as unknown as { description: string }).description).toMatch(/[\u4e00-\u9fff].*[A-Za-z]{3}/);
  });

  test("the built add-in ships the same metadata", async () => {
    if (!fs.existsSync(DIST))
      throw new Error("dist/functions.json missing: npm test builds the add-in before jest runs");
    const built = JSON.parse(fs.readFileSync(DIST, "utf8"));
    const { functions } = await functionsMetadata();
    expect(built.functions).toEqual(functions);
  });
});
