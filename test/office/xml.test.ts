import { attributesOf, escapeXml, isXmlText, unescapeXml } from "../../src/office/xml";

describe("escapeXml", () => {
  test("each markup and whitespace character has its own entity", () => {
    expect(escapeXml(`&<>"'\t\n\r`)).toBe("&amp;&lt;&gt;&quot;&apos;&#9;&#10;&#13;");
    expect(escapeXml("a<b>c")).toBe("a&lt;b&gt;c");
    expect(escapeXml("佛山 2026")).toBe("佛山 2026");
  });
  test("characters XML cannot hold become U+FFFD; a surrogate pair is kept", () => {
    expect(escapeXml("a\u0000b\u000Bc\uFFFEd\uFFFF")).toBe("a\uFFFDb\uFFFDc\uFFFDd\uFFFD");
    expect(escapeXml("\uD83D\uDE00")).toBe("\uD83D\uDE00");
    expect(escapeXml("x\uD83Dy\uDE00")).toBe("x\uFFFDy\uFFFD");
  });
});

describe("unescapeXml", () => {
  test("the five entities", () => {
    expect(unescapeXml("&lt;&gt;&quot;&apos;&amp;")).toBe(`<>"'&`);
    expect(unescapeXml("&amp;lt;")).toBe("&lt;");
  });
  test("decimal and hexadecimal references, any case of hex digits", () => {
    expect(unescapeXml("&#9;&#10;&#20315;")).toBe("\t\n佛");
    expect(unescapeXml("&#x4F5B;&#x4f5b;&#X4F5B;")).toBe("佛佛&#X4F5B;");
    expect(unescapeXml("&#x1F600;")).toBe("\u{1F600}");
    expect(unescapeXml("&#1114111;")).toBe("\u{10FFFF}");
  });
  test("what is not a reference stays as it is", () => {
    expect(unescapeXml("&#1114112;")).toBe("&#1114112;"); // beyond Unicode
    expect(unescapeXml("&#x110000;")).toBe("&#x110000;");
    expect(unescapeXml("&nbsp; &#; &#x; &lt")).toBe("&nbsp; &#; &#x; &lt");
    expect(unescapeXml("&#12345678;")).toBe("&#12345678;"); // more digits than a reference has
  });
  test("undoes escapeXml for text XML can hold", () => {
    const s = `规模 > 1万 & <超过> "目标" '2026'\t\n\r`;
    expect(unescapeXml(escapeXml(s))).toBe(s);
  });
});

describe("isXmlText", () => {
  test("true for text XML holds, false for what it cannot; the same answer each call", () => {
    expect(isXmlText("佛山\t\n\r")).toBe(true);
    for (let i = 0; i < 3; i++) expect(isXmlText("a\u0001")).toBe(false);
    expect(isXmlText("\uD83D\uDE00")).toBe(true);
    expect(isXmlText("\uDE00")).toBe(false);
  });
});

describe("attributesOf", () => {
  test("double and single quotes, spaces around =, names with . : - _, values unescaped", () => {
    const a = attributesOf(`<p a="1" b = '2' x:y.z-w_v="&lt;3&gt;" _u='&quot;' empty="">`);
    expect([...a]).toEqual([
      ["a", "1"],
      ["b", "2"],
      ["x:y.z-w_v", "<3>"],
      ["_u", '"'],
      ["empty", ""],
    ]);
  });
  test("a quote of the other kind inside a value is part of it", () => {
    const a = attributesOf(`<p t="it's" u='say "hi"'>`);
    expect(a.get("t")).toBe("it's");
    expect(a.get("u")).toBe('say "hi"');
  });
});
