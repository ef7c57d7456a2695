import * as iconv from "iconv-lite";
import { decodeBytes, DecodeError } from "../../src/text/decode";
import { normaliseBytes, normaliseText, toOriginalSpan } from "../../src/text/normalise";

describe("normalisation", () => {
  test("pinyin glosses are removed, real parentheses survive", () => {
    const n = normaliseText(
      "當(dāng)前形勢。4萬(wàn)億元。重點支持IAB(I指新一代信息技術)。(責(zé)任單位:市科技局)",
    );
    expect(n.text).toBe("当前形势。4万亿元。重点支持IAB(I指新一代信息技术)。(责任单位:市科技局)");
  });

  test("a gloss with a space inside its brackets is removed too; a bracketed word with a space is kept", () =>
    expect(normaliseText("構建創(chuàng )新體系。支持( AI )應用。").text).toBe(
      "构建创新体系。支持( AI )应用。",
    ));

  test("a text glossed throughout without tone marks loses its glosses, repeated ones too", () =>
    expect(
      normaliseText(
        "湖南(nan)湘江新區,各(ge)區縣(市(shi))人(ren)民政府:全(quan)面(mian)(mian)貫徹(che),以(yi)(yi)(yi)新發展理念為指導。",
      ).text,
    ).toBe("湖南湘江新区,各区县(市)人民政府:全面贯彻,以新发展理念为指导。"));

  test("glosses in 【】 go too; a bracketed note of words stays", () =>
    expect(normaliseText("【资料图】全区规模以上工业增加【jiā】值同【tóng】比增【zēng】长8%。").text).toBe(
      "【资料图】全区规模以上工业增加值同比增长8%。",
    ));

  test("one toneless syllable in brackets is a real note, not a gloss", () =>
    expect(normaliseText("重点企业(ge)名单,详见附件(fu)。").text).toBe("重点企业(ge)名单,详见附件(fu)。"));

  test("traditional → simplified, full-width → half-width", () => {
    expect(normaliseText("發展目標：到２０２６年，產值突破５０００億元！").text).toBe(
      "发展目标:到2026年,产值突破5000亿元!",
    );
  });

  test("corner quotes of Taiwan and Hong Kong texts become the mainland's quotation marks", () =>
    expect(normaliseText("「十四五」時期,『專精特新』企業。").text).toBe("“十四五”时期,‘专精特新’企业。"));

  test("Hong Kong variants of traditional characters become simplified too", () => {
    expect(normaliseText("推進衞浴產業發展,峯會簽約項目12個。").text).toBe(
      "推进卫浴产业发展,峰会签约项目12个。",
    );
  });

  test("a line start decoded from GBK one byte off is repaired and reported", () => {
    const n = normaliseText("一、總體要求\n?。ㄒ唬┲笇?dǎo)思想。以新發(fā)展理念為指導(dǎo)。\n");
    expect(n.text.startsWith("一、总体要求\n(一)指思想。以新发展理念为指导。")).toBe(true);
    const w = n.warnings.find((x) => x.code === "mojibake_repaired");
    expect(w?.at).toBe(n.original.indexOf("?"));
  });

  test("sentences broken across blank lines are re-joined; headings are not", () => {
    const n = normaliseText(
      "聚焦高新\n工作成绩亮眼\n\n2020年,佛山高新区积极营造科技创新氛围,研究出台17份主导政\n\n策,支持企业奖补资金近2亿元。\n",
    );
    expect(n.text).toBe(
      "聚焦高新\n工作成绩亮眼\n\n2020年,佛山高新区积极营造科技创新氛围,研究出台17份主导政策,支持企业奖补资金近2亿元。",
    );
  });

  test("a paragraph of no punctuation after a blank line is an item of its own, not the rest of a sentence", () => {
    // a list of points one per paragraph, as digests of a work report set them out; and a heading after a goals line
    const n = normaliseText(
      "要点如下:\n\n财政赤字率按3%左右安排,新增债务规模比上年增加1800亿元\n\n全市一般公共预算支出规模首次达到900亿元\n\n■全市生产总值增长6%左右,城镇新增就业5万人以上,单位生产总值能耗进一步下降\n\n今年重点工作\n",
    );
    expect(n.text).toBe(
      "要点如下:\n\n财政赤字率按3%左右安排,新增债务规模比上年增加1800亿元\n\n全市一般公共预算支出规模首次达到900亿元\n\n■全市生产总值增长6%左右,城镇新增就业5万人以上,单位生产总值能耗进一步下降\n\n今年重点工作",
    );
    expect(n.warnings.some((w) => w.code === "lines_joined")).toBe(false);
  });

  test("a repost's line naming its original title stands alone, however long and however it ends", () => {
    const n = normaliseText(
      "转载\n\n原标题:1-6月浙江外贸同增12.5%,民企拉动进出口增长8.1个百分点\n\n记者报道,1-6月浙江省进出口2.1万亿元。\n",
    );
    expect(n.text).toBe(
      "转载\n\n原标题:1-6月浙江外贸同增12.5%,民企拉动进出口增长8.1个百分点\n\n记者报道,1-6月浙江省进出口2.1万亿元。",
    );
  });

  test("leading blank lines, menus and a related-articles tail are dropped", () => {
    const n = normaliseText(
      "\n\n\n当前位置:首页 > 新闻\n首页 | 新闻 | 园区\n- 政策解读\n- 园区规划\n正文第一句。\n相关文章推荐:\n广告文字。",
    );
    expect(n.text).toBe("正文第一句。");
  });

  test("a spam copy's run of random ASCII before a line's words goes; words of ASCII stay", () => {
    expect(
      normaliseText("Q8:+[;. 1-6月,嘉兴规上工业增加值增长7.0%。\n2H:ua7ZVX 1-6月,嘉兴工业投资增长9%。").text,
    ).toBe("1-6月,嘉兴规上工业增加值增长7.0%。\n1-6月,嘉兴工业投资增长9%。");
    for (const kept of ["R&D 经费投入强度达到3%。", "GDP 增长5%。", "https://x.cn 新闻", "| 地区 | 值 |"])
      expect(normaliseText(kept).text.replace(/\t/g, " | ")).toContain(kept.slice(0, 3));
  });

  test("a decimal point with a space on each side is closed up (6 . 5%)", () =>
    expect(normaliseText("经济增长6 . 5%左右,第一. 二是").text).toBe("经济增长6.5%左右,第一. 二是"));

  test("a dash item alone between paragraphs heads what follows; a run of them is a menu", () => {
    expect(normaliseText("各省两会召开。\n--河北省\n2024年全省生产总值增长5.5%。").text).toBe(
      "各省两会召开。\n--河北省\n2024年全省生产总值增长5.5%。",
    );
    expect(normaliseText("- 首页\n- 新闻\n- 政务\n正文第一句。").text).toBe("正文第一句。");
  });

  test("repeated paragraphs of a spam copy are dropped once", () => {
    const p = "到2025年,佛山市地区生产总值突破1.5万亿元,工业总产值超过3万亿元。";
    expect(normaliseText(`${p}\n${p}\n${p}`).text).toBe(p);
  });

  test("HTML: tags, entities, scripts", () => {
    const n = normaliseText(
      "<html><head><title>t</title><script>var a='5000亿元';</script></head><body><p>到2025年&nbsp;产值&ldquo;突破&rdquo;5000亿元&#x3002;</p><div>第二段</div></body></html>",
    );
    expect(n.text).toBe("t\n\n到2025年 产值“突破”5000亿元。\n\n第二段"); // the title stays, the script goes
  });

  test("list items that are only links (menus, other pages' headlines) are dropped; list text stays", () => {
    const n = normaliseText(
      '<html><body><ul><li><a href="/1">无锡GDP突破1.5万亿元</a></li><li> <a href="/2">首页</a> </li></ul><p>正文,产值320亿元。</p><ul><li>新建<a href="/x">5G基站</a>3万个</li></ul></body></html>',
    );
    expect(n.text).toBe("正文,产值320亿元。\n\n新建5G基站3万个");
  });

  test("the offset map points every character back into the original", () => {
    const original = "<p>當(dāng)前產值：５０００億元</p>";
    const n = normaliseText(original);
    const i = n.text.indexOf("5000");
    const [s, e] = toOriginalSpan(n, i, i + 4);
    expect(original.slice(s, e)).toBe("５０００");
    for (let k = 0; k < n.text.length; k++) expect(n.map[k]).toBeLessThan(original.length);
  });

  test.each([
    ["traditional only (繁→简 keeps every offset)", "總體要求：工業產值突破5000億元。", "产值", "產值"],
    [
      "mojibake, pinyin and traditional",
      "一、總體要求\n?。ㄒ唬┲笇?dǎo)思想。工業產值突破5000億元。",
      "产值",
      "產值",
    ],
    ["plain simplified text", "  到2026年，产值突破5000亿元。", "5000亿元", "5000亿元"],
  ])("the offset map points back into the original: %s", (_label, original, word, originalWord) => {
    const n = normaliseText(original);
    const i = n.text.indexOf(word);
    expect(i).toBeGreaterThanOrEqual(0);
    const [s, e] = toOriginalSpan(n, i, i + word.length);
    expect(original.slice(s, e)).toBe(originalWord);
    expect(n.map.length).toBe(n.text.length + 1);
  });
});

test("single spaces inside figures and between figures and words go; aligned columns stay", () => {
  expect(normaliseText("实现生产总值6835. 27亿元,城镇化率到达 67%,铁路总里程 1.4 万公里。").text).toBe(
    "实现生产总值6835.27亿元,城镇化率到达67%,铁路总里程1.4万公里。",
  );
  expect(normaliseText("Windows 10 and 5G").text).toBe("Windows 10 and 5G");
});

describe("running text copied from a PDF", () => {
  const page =
    "全年实现地区生产总值 650 亿元,按不变价 格计算,比上年增长 6.0%。全年人均地区生 产总值 98000 元,第二产 业增加值 260 亿元,对全区经 - 2 - 济的贡献率为 30%。";
  test("loses the spaces and page numbers where its lines wrapped, between Chinese characters", () =>
    expect(normaliseText(page).text).toBe(
      "全年实现地区生产总值650亿元,按不变价格计算,比上年增长6.0%。全年人均地区生产总值98000元,第二产业增加值260亿元,对全区经济的贡献率为30%。",
    ));
  test("the offsets still point at the original words", () => {
    const n = normaliseText(page);
    const i = n.text.indexOf("第二产业");
    const [s, e] = toOriginalSpan(n, i, i + 4);
    expect(page.slice(s, e)).toBe("第二产 业");
  });
  test("short lines keep theirs: titles, bylines, credits", () =>
    expect(normaliseText("浙江日报 数字报纸\n大会现场 张三 摄\n正文。").text).toBe(
      "浙江日报 数字报纸\n大会现场 张三 摄\n正文。",
    ));
});

describe("decoding", () => {
  const text = "到2026年,汽车及新能源产业集群产值规模突破5000亿元。";
  test("GBK", () => {
    const d = decodeBytes(iconv.encode(text, "gbk"));
    expect(d).toMatchObject({ encoding: "gbk", text });
  });
  test("Big5 (traditional characters) is told from GBK, decoded and reported", () => {
    const trad =
      "到2026年,廣州市汽車及新能源產業集群產值規模突破5000億元,數字經濟核心產業增加值達到3000億元。";
    const d = decodeBytes(iconv.encode(trad, "big5"));
    expect(d).toMatchObject({ encoding: "big5", text: trad });
    expect(d.warnings.map((w) => w.code)).toEqual(["decoded_big5"]);
    // simplified text in GBK stays GBK
    expect(decodeBytes(iconv.encode(text + trad, "gbk")).encoding).toBe("gbk");
    const n = normaliseBytes(iconv.encode(trad, "big5"));
    expect(n.text).toContain("广州市汽车及新能源产业集群");
  });
  test("UTF-16 with and without BOM", () => {
    expect(decodeBytes(iconv.encode(text, "utf16le", { addBOM: true })).text).toBe(text);
    expect(decodeBytes(iconv.encode(text, "utf16be")).text).toBe(text);
  });
  test("UTF-16 without BOM and nearly no ASCII (a Chinese text) is told from binary by its byte pattern", () => {
    const chinese =
      "关于加快建设制造业强市的实施意见。到二〇二七年，全市规模以上工业增加值年均增长百分之八，先进制造业集群营业收入突破一万亿元。";
    for (const enc of ["utf16le", "utf16be"] as const) {
      const d = decodeBytes(iconv.encode(chinese.repeat(3), enc));
      expect(d.text).toBe(chinese.repeat(3));
    }
    // what is not UTF-16 is not read as UTF-16
    expect(decodeBytes(iconv.encode(chinese, "gbk")).encoding).toBe("gbk");
    expect(decodeBytes(Buffer.from(chinese)).encoding).toBe("utf-8");
  });
  test("a stray invalid byte or a UTF-8 file cut mid-character is decoded, with a warning", () => {
    const bytes = Buffer.from(text.repeat(4));
    const stray = Buffer.concat([bytes.subarray(0, 20), Buffer.from([0xff]), bytes.subarray(20)]);
    const cut = bytes.subarray(0, bytes.length - 1); // the last 。 is three bytes
    for (const b of [stray, cut]) {
      const d = decodeBytes(b);
      expect(d.encoding).toBe("utf-8");
      expect(d.text).toContain("汽车及新能源产业集群");
      expect(d.warnings.map((w) => w.code)).toEqual(["decode_replaced"]);
    }
  });
  test("random high bytes are not passed off as GBK text", () => {
    let seed = 3;
    const noise = Uint8Array.from({ length: 4000 }, () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return 0x81 + ((seed >>> 0) % 0x7e);
    });
    let verdict: string;
    try {
      verdict = decodeBytes(noise)
        .warnings.map((w) => w.code)
        .join(",");
    } catch (e) {
      verdict = (e as DecodeError).code;
    }
    expect(verdict).toMatch(/encoding_doubtful|undecodable/);
    // a real GBK text has no such warning
    expect(decodeBytes(iconv.encode(text, "gbk")).warnings).toEqual([]);
  });
  test("UTF-8 with BOM", () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])).text).toBe(text);
  });
  test("empty and binary files are refused with a clear reason", () => {
    expect(() => decodeBytes(new Uint8Array())).toThrow(/empty/);
    expect(() => decodeBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]))).toThrow(
      DecodeError,
    );
  });
  test("normaliseBytes keeps the decoder's verdict", () => {
    expect(normaliseBytes(iconv.encode("發展目標", "big5")).warnings.length).toBeGreaterThanOrEqual(0);
  });
});

test("a note's mark between a measure and its figure goes; brackets of other kinds stay", () => {
  expect(normaliseText("全年地区生产总值(GDP)[2]731.1亿元,第三产业[3]增加值365.2亿元。").text).toBe(
    "全年地区生产总值(GDP)731.1亿元,第三产业增加值365.2亿元。",
  );
  expect(normaliseText("参见文献[12]。数组a[1]=2").text).toBe("参见文献[12]。数组a[1]=2");
});

test("a text's first line is its title, never the first half of the paragraph after it", () =>
  expect(
    normaliseText("地区生产总值增长5.6%以上,某区描绘2025年发展蓝图\n\n1月9日,某区人民代表大会开幕。").text,
  ).toBe("地区生产总值增长5.6%以上,某区描绘2025年发展蓝图\n\n1月9日,某区人民代表大会开幕。"));

test("a page's number alone on its line (- 1 -, 第2页 共18页) is dropped, and the sentence it broke is joined again", () => {
  const n = normaliseText(
    [
      "2023 年是全面贯彻党的二十大精神的开局之年,是三年新冠疫情",
      "防控转段后经济恢复发展的一年。这一年,在县委县政府的坚强领导",
      "下,全县上下坚持稳中求进工作总基调,着力推动高质量发展,全县",
      "经济呈现稳中有进、稳中向好的良好态势。初步核算,全年全县地区生",
      "产总值 702922 万元,按不变价格计算,比上年增长 1.6%。其中,第二产业",
      "- 1 -",
      "增加值 203760 万元,下降 7.2%;第三产业增加值 360554 万元,",
      "第2页 共18页",
      "增长 5.6%。",
    ].join("\n"),
  );
  expect(n.text).toContain("其中,第二产业增加值203760万元,下降7.2%;第三产业增加值360554万元,增长5.6%。");
  expect(n.text).not.toMatch(/- 1 -|第2页/);
});

describe("a page's body copied as a JSON string (markup escaped: \\u003cp\\u003e)", () => {
  const body =
    '\\u003cdiv class=\\"content\\"\\u003e\\u003cp\\u003e一季度,嘉兴市地区生产总值增长6.0%。\\u003c/p\\u003e\\u003cp\\u003e规上工业增加值增长8.9%。\\u003c/p\\u003e';
  test("is unescaped and its markup stripped, each paragraph a line of its own", () => {
    const n = normaliseText(body);
    expect(n.text).not.toMatch(/u003|\\|</);
    expect(n.text).toContain("一季度,嘉兴市地区生产总值增长6.0%。\n");
    expect(n.warnings.map((w) => w.code)).toContain("html_stripped");
  });
  test("maps back to the escaped original", () => {
    const n = normaliseText(body);
    const at = n.text.indexOf("嘉兴市");
    expect(n.original.slice(n.map[at], n.map[at] + 3)).toBe("嘉兴市");
  });
  test("a text with a stray escape or two is left as it is", () =>
    expect(normaliseText("路径写作 C:\\u003c 与 \\u003c 两处。").text).toContain("\\u003c"));
});

describe("a figure a PDF copy put on a line of its own", () => {
  test("is joined to the words before it and its unit after it", () =>
    expect(normaliseText("全区\n服务业税收超\n5\n亿元,占比过半。\n第二段。").text).toContain(
      "服务业税收超5亿元,占比过半。",
    ));
  test("a number alone after a sentence's end, or before no unit, stays on its line", () => {
    expect(normaliseText("全区经济平稳。\n5\n亿元以上项目开工。").text).toContain("平稳。\n5\n");
    expect(normaliseText("一、总体要求\n2\n主要目标").text).toContain("\n2\n");
  });
});

describe("BBCode of a forum post", () => {
  const post =
    "[align=center][font=宋体][size=3][b]20[/b][b]24[/b][b]年[/b][b]青石县[/b][b]统计公报[/b][/size][/font][/align]" +
    "[align=left][size=3]  2024年,全县地区生产总值完成[b]120.5亿元[/b],同比增长5.2%。[/size][/align]";
  test("its tags go, a block's end ends the paragraph, and every offset maps back to the post", () => {
    const n = normaliseText(post);
    expect(n.text).toBe("2024年青石县统计公报\n2024年,全县地区生产总值完成120.5亿元,同比增长5.2%。");
    const at = n.text.indexOf("120.5亿元");
    expect(n.original.slice(n.map[at], n.map[at + "120.5亿元".length - 1] + 1)).toBe("120.5亿元");
    expect(n.warnings.map((w) => w.code)).toContain("html_stripped");
  });
  test("brackets of notes and plans' tables are no BBCode", () => {
    const text = "全县地区生产总值增长5.2%[1]。\n单位地区生产总值能耗降低[14]。\n[b]说明[/b]";
    expect(normaliseText(text).text).toBe(text);
  });
});

describe("GBK or Big5 read as Latin-1 and saved again as UTF-8", () => {
  // (our own sentences, garbled as a browser that took the bytes for Windows-1252 garbles them)
  const garble = (text: string, encoding: "gbk" | "big5") =>
    Buffer.from(iconv.decode(iconv.encode(text, encoding), "windows-1252"), "utf8");
  test.each([
    ["gbk", "2024年,湖州市地区生产总值达到4120亿元,同比增长5.5%。全市力争2025年增长6%左右。"],
    ["big5", "2024年,台中市觀光收入達到300億元,較上年增加5.2%。市府目標2025年再增加一成。"],
  ] as const)("%s is decoded again, with a warning", (encoding, text) => {
    const bytes = garble(text, encoding);
    expect(new TextDecoder().decode(bytes)).not.toContain("年"); // garbled: no Chinese at all
    const n = normaliseBytes(bytes);
    expect(n.original).toBe(text);
    expect(n.encoding).toBe(encoding);
    expect(n.warnings.map((w) => w.code)).toContain("mojibake_repaired");
  });
  test("a Chinese text with a few Latin-1 signs (°C, ±, é) is left as it is", () => {
    const text = "2024年,湖州市年平均气温18.5°C,误差±0.2°C;café 咖啡馆新增120家。";
    const n = normaliseBytes(Buffer.from(text, "utf8"));
    expect(n.original).toBe(text);
    expect(n.warnings.map((w) => w.code)).not.toContain("mojibake_repaired");
  });
  test("Latin letters that read as no Chinese either are said to be in doubt, not passed off", () => {
    const text =
      "Le développement économique de la région a été présenté à la réunion annuelle, où l'on a évoqué énormément de détails précis.";
    const n = normaliseBytes(Buffer.from(text, "utf8"));
    expect(n.original).toBe(text);
    expect(n.warnings.map((w) => w.code)).toContain("encoding_doubtful");
  });
});
