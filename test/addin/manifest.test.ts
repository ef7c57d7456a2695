import * as fs from "node:fs";
import * as path from "node:path";
import { validateXML } from "xmllint-wasm";

const ROOT = path.join(__dirname, "..", "..");
const SCHEMAS = path.join(ROOT, "schemas");
const MAIN = "OfficeAppManifestV1_1.xsd";

async function validate(xml: string) {
  const xsd = (f: string) => ({ fileName: f, contents: fs.readFileSync(path.join(SCHEMAS, f), "utf8") });
  return validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [xsd(MAIN)],
    preload: fs
      .readdirSync(SCHEMAS)
      .filter((f) => f.endsWith(".xsd") && f !== MAIN)
      .map(xsd),
  });
}

const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

describe("manifest.xml", () => {
  test("validates against the Office add-in manifest schemas", async () => {
    const r = await validate(manifest);
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
  });

  test("the validation can fail: a manifest without <Id> or with a broader permission is rejected", async () => {
    expect((await validate(manifest.replace(/<Id>[^<]*<\/Id>/, ""))).valid).toBe(false);
    expect(
      (
        await validate(
          manifest.replace(
            "<Permissions>ReadWriteDocument</Permissions>",
            "<Permissions>Everything</Permissions>",
          ),
        )
      ).valid,
    ).toBe(false);
  });

  test("shared runtime, POLICY namespace, ReadWriteDocument only, zh-CN default with en-US overrides", () => {
    expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="POLICY"\/>/);
    expect(manifest.match(/<Permissions>([^<]*)<\/Permissions>/)?.[1]).toBe("ReadWriteDocument");
    expect(manifest).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
    expect(manifest.match(/Locale="en-US"/g)?.length).toBeGreaterThanOrEqual(6);
    // the page that hosts the functions is the task pane page (one runtime)
    expect(manifest).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/);
  });

  test("icons exist at the sizes the manifest names", () => {
    for (const size of [16, 32, 64, 80]) {
      const png = fs.readFileSync(path.join(ROOT, "assets", `icon-${size}.png`));
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
      expect(manifest).toContain(`assets/icon-${size}.png`);
    }
  });
});
