import fc from "fast-check";
import { buildDataset } from "../../src/dataset/build";
import { deflateSync, strToU8 } from "fflate";
import { fnv1a64 } from "../../src/dataset/hash";
import {
  DOCUMENT_NAMESPACE,
  LEGACY_NAMESPACE,
  PART_LIMIT,
  PartTooLargeError,
  InvalidPayloadError,
  decodePart,
  encodePart,
  type DocumentPayload,
} from "../../src/office/document-part";
import { attributesOf, escapeXml, isXmlText, unescapeXml } from "../../src/office/xml";

const payload = (
  text = "到2025年,佛山市工业总产值超过3万亿元。\n佛山市人民政府\n2021年1月1日",
): DocumentPayload => {
  const ds = buildDataset([{ file: "a.txt", text }]).dataset;
  return { document: ds.documents[0], records: ds.records, savedAt: "2026-11-29T10:00:00.000Z" };
};

// what XML 1.0 allows as a character: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
function xmlAllows(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const ok =
      c === 0x9 ||
      c === 0xa ||
      c === 0xd ||
      (c >= 0x20 && c <= 0xd7ff) ||
      (c >= 0xe000 && c <= 0xfffd) ||
      (c >= 0x10000 && c <= 0x10ffff);
    if (!ok) return false;
  }
  return true;
}

describe("XML text for any string", () => {
  test("escaped text holds only characters XML 1.0 allows, and no markup", () =>
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const e = escapeXml(s);
        expect(xmlAllows(e)).toBe(true);
        expect(/[<>"']|&(?!(?:amp|lt|gt|quot|apos|#\d+);)/.test(e)).toBe(false);
      }),
    ));

  test("text XML allows reads back exactly; what it does not becomes U+FFFD", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        fc.pre(xmlAllows(s));
        expect(unescapeXml(escapeXml(s))).toBe(s);
      }),
    );
    expect(unescapeXml(escapeXml("a\u0001b\uFFFEc\uD800d\uDC00e\u{1F600}"))).toBe(
      "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\u{1F600}",
    );
    expect(isXmlText("好\u0008")).toBe(false);
    expect(isXmlText("好\t\n")).toBe(true);
  });
});

describe("a document's part", () => {
  test("round trip: the document, its records and when it was saved", () => {
    const p = payload();
    const xml = encodePart(p);
    expect(xml).toContain(`xmlns="${DOCUMENT_NAMESPACE}"`);
    expect(xml).toContain(`documentId="${p.document.id}"`);
    expect(decodePart(xml)).toEqual({ ok: true, legacy: false, payloads: [p] });
  });

  test("text XML cannot hold (controls, U+FFFE, lone surrogates) survives exactly, in a well-formed part", () => {
    const p = payload();
    const hostile = `"<&'>\u0000\u0001\u001F\uFFFE\uFFFF\uD800\uDFFF\uDC00${p.document.text}`;
    const odd = {
      ...p,
      document: { ...p.document, title: `标题\u0001\uD800<x>`, text: hostile },
      records: p.records.map((r) => ({ ...r, span: [r.span[0] + 13, r.span[1] + 13] as [number, number] })),
    };
    const xml = encodePart(odd);
    expect(xmlAllows(xml)).toBe(true);
    const back = decodePart(xml);
    expect(back.ok && back.payloads[0].document.text).toBe(hostile);
    expect(back.ok && back.payloads[0].document.title).toBe(odd.document.title);
  });

  test("a part changed outside the add-in, cut short, or of a newer version is reported, with its name", () => {
    const p = payload();
    const xml = encodePart(p);
    const body = /<policyDocument[^>]*>([^<]*)</.exec(xml)![1];
    const changed = xml.replace(body, Buffer.from("{}").toString("base64"));
    const cut = xml.slice(0, xml.length - 40);
    const newer = xml.replace('schemaVersion="2"', 'schemaVersion="9"');
    const re = (x: string) => decodePart(x);
    expect(re(changed)).toMatchObject({ ok: false, code: "unreadable", documentId: p.document.id });
    expect(re(cut)).toMatchObject({ ok: false, code: "not_a_part" });
    expect(re(newer)).toMatchObject({ ok: false, code: "newer", title: p.document.title });
    // valid compressed JSON, but not what the hash says
    const other = encodePart({ ...p, savedAt: "2027-01-01T00:00:00.000Z" });
    const otherBody = /<policyDocument[^>]*>([^<]*)</.exec(other)![1];
    expect(re(xml.replace(body, otherBody))).toMatchObject({ ok: false, code: "changed" });
  });

  test("a record the contract rejects is never encoded (year 20255, an empty region)", () => {
    const p = payload();
    const bad = (patch: object) => () =>
      encodePart({ ...p, records: [{ ...p.records[0], ...patch }, ...p.records.slice(1)] });
    expect(bad({ year: 20255 })).toThrow(InvalidPayloadError);
    expect(bad({ region: "" })).toThrow(/不符合数据格式/);
    expect(bad({ unit: "" })).toThrow(InvalidPayloadError);
  });

  test("the document's text is compressed; a part too large for Excel is refused with its size", () => {
    const long = `${"到2025年,佛山市工业总产值超过3万亿元。".repeat(20000)}\n佛山市人民政府\n2021年1月1日`;
    const xml = encodePart(payload(long));
    expect(xml.length).toBeLessThan(long.length / 10); // repetitive text compresses well
    // text that does not compress: random characters
    let seed = 7;
    const rnd = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return seed >>> 0;
    };
    const noise = Array.from({ length: PART_LIMIT / 2 }, () =>
      String.fromCharCode(0x4e00 + (rnd() % 20000)),
    ).join("");
    const big = payload();
    const huge = { ...big, document: { ...big.document, text: big.document.text + noise } };
    let error: unknown;
    try {
      encodePart(huge);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PartTooLargeError);
    expect((error as Error).message).toMatch(/压缩后仍有 \d+\.\d MB/);
  });

  test("a version 1 part (the whole dataset in one) is read, one payload per document", () => {
    const ds = buildDataset([
      { file: "a.txt", text: "到2025年,佛山市工业总产值超过3万亿元。\n佛山市人民政府\n2021年1月1日" },
      { file: "b.txt", text: "到2025年,东莞市工业总产值超过2万亿元。\n东莞市人民政府\n2021年1月1日" },
    ]).dataset;
    const v1 = {
      ...ds,
      schemaVersion: 1,
      records: ds.records.map(({ direction: _d, ...r }) => r),
    };
    const xml = `<?xml version="1.0" encoding="UTF-8"?><policyDataset xmlns="urn:policy-targets:dataset:1" schemaVersion="1">${escapeXml(JSON.stringify(v1))}</policyDataset>`;
    const back = decodePart(xml);
    expect(back.ok && back.legacy).toBe(true);
    expect(back.ok && back.payloads.map((p) => [p.document.file, p.records.length])).toEqual([
      ["a.txt", ds.records.filter((r) => r.documentId === ds.documents[0].id).length],
      ["b.txt", ds.records.filter((r) => r.documentId === ds.documents[1].id).length],
    ]);
  });
});

describe("parts as Excel may hand them back, and parts damaged in every way", () => {
  /** A part written by hand: any JSON, its hash right (or not), any attributes. */
  function part(json: string, attrs: Record<string, string> = {}): string {
    const all: Record<string, string> = {
      xmlns: DOCUMENT_NAMESPACE,
      schemaVersion: "2",
      documentId: "d1",
      title: "某区方案",
      hash: fnv1a64(json),
      encoding: "deflate-base64",
      ...attrs,
    };
    const body = Buffer.from(deflateSync(strToU8(json))).toString("base64");
    const list = Object.entries(all).map(([k, v]) => `${k}="${escapeXml(v)}"`);
    return `<?xml version="1.0" encoding="UTF-8"?><policyDocument ${list.join(" ")}>${body}</policyDocument>`;
  }

  test("the namespaces stored workbooks carry do not change", () => {
    expect(DOCUMENT_NAMESPACE).toBe("urn:policy-targets:document:2");
    expect(LEGACY_NAMESPACE).toBe("urn:policy-targets:dataset:1");
  });

  test("the part's attributes: document, title (at most 200 characters), record count, time saved", () => {
    const p = payload();
    const long = { ...p, document: { ...p.document, title: "长".repeat(300) } };
    const attrs = attributesOf(/<policyDocument([^>]*)>/.exec(encodePart(long))![1]);
    expect(attrs.get("xmlns")).toBe(DOCUMENT_NAMESPACE);
    expect(attrs.get("schemaVersion")).toBe("2");
    expect(attrs.get("documentId")).toBe(p.document.id);
    expect(attrs.get("title")).toBe("长".repeat(200));
    expect(attrs.get("records")).toBe(String(p.records.length));
    expect(attrs.get("savedAt")).toBe(p.savedAt);
    expect(attrs.get("encoding")).toBe("deflate-base64");
    const back = decodePart(encodePart(long));
    expect(back.ok && back.payloads[0].savedAt).toBe(p.savedAt);
  });

  test("line breaks and spaces in the data, or after the element, do not damage a part", () => {
    const xml = encodePart(payload());
    const wrapped = xml.replace(
      />([A-Za-z0-9+/=]+)</,
      (_m, b64: string) => `>\n  ${b64.replace(/(.{76})/g, "$1\n  ")}\n<`,
    );
    expect(wrapped).not.toBe(xml);
    expect(decodePart(wrapped)).toEqual(decodePart(xml));
    expect(decodePart(`${xml}\n  `)).toEqual(decodePart(xml));
    expect(decodePart(xml).ok).toBe(true);
  });

  test("each kind of damage is reported with the document's id and title, never thrown", () => {
    const ok = JSON.stringify({ document: payload().document, records: payload().records, savedAt: "x" });
    const cases: [string, string, RegExp][] = [
      [part(ok, { encoding: "gzip" }), "unreadable", /^encoding gzip$/],
      [part(ok, { schemaVersion: "3" }), "newer", /^schema version 3; this add-in reads up to 2$/],
      [part("{not json"), "unreadable", /JSON|Unexpected|Expected/],
      [part("null"), "invalid", /no document/],
      [part("{}"), "invalid", /documents\.0/],
      [
        part(JSON.stringify({ document: payload().document, records: [{ id: "r" }] })),
        "invalid",
        /records\.0/,
      ],
    ];
    for (const [xml, code, detail] of cases) {
      const d = decodePart(xml);
      expect(d).toMatchObject({ ok: false, code, documentId: "d1", title: "某区方案" });
      expect(!d.ok && d.detail).toMatch(detail);
    }
    const noSavedAt = decodePart(part(JSON.stringify({ document: payload().document, records: [] })));
    expect(noSavedAt.ok && noSavedAt.payloads[0].savedAt).toBe("");
  });

  test("a version 1 part that is not JSON, or not a dataset, is damaged; its payloads have no time saved", () => {
    const v1 = (body: string) =>
      `<policyDataset xmlns="${LEGACY_NAMESPACE}" schemaVersion="1">${body}</policyDataset>`;
    expect(decodePart(v1("{oops"))).toMatchObject({ ok: false, code: "unreadable", documentId: null });
    const bad = decodePart(v1(escapeXml(JSON.stringify({ schemaVersion: 1, records: 3 }))));
    expect(bad).toMatchObject({ ok: false, code: "invalid" });
    expect(!bad.ok && bad.detail).toMatch(/schema version 2/);
    const ds = buildDataset([{ file: "a.txt", text: "到2025年,佛山市工业总产值超过3万亿元。" }]).dataset;
    const good = decodePart(v1(escapeXml(JSON.stringify(ds))));
    expect(good.ok && good.payloads.map((p) => p.savedAt)).toEqual([""]);
  });

  test("a part too large says its size and the limit in MB", () => {
    const e = new PartTooLargeError("甲", 2_560_000);
    expect(e.size).toBe(2_560_000);
    expect(e.message).toContain("压缩后仍有 2.6 MB");
    expect(e.message).toContain(`上限 ${(PART_LIMIT / 1e6).toFixed(1)} MB`);
  });
});
