// Which of a text's first lines is its title: not a byline or a page's furniture (breadcrumbs, notices, credit
// lines, captions, share buttons); a line that names a kind of document first, then a short line of words, then a
// date line when nothing else stands; a paragraph only when there is no other line.
import { BULLETS, CAPTION } from "../segment";

/** The names of plans a title ends with: 行动方案, 实施意见 … (what a plan's title and its genre are read by). */
export const PLAN_KINDS = "行动计划|行动方案|实施方案|工作方案|实施意见|指导意见|若干措施|若干政策";

const TITLE_WORDS = /(?:关于|意见|措施|方案|办法|通知|规划|计划|报告|公报|决定|纲要|要点|细则|政策)/;
// a title a page flattened onto its body's line ("2023年某县国民经济和社会发展统计公报 2023年,…", its space gone
// when the layout is cleaned): the name of a kind of document, then a space or the body's opening year
const GLUED_TITLE =
  /^([^\s。,，;；:：]{6,40}?(?:公报|报告|规划|方案|意见|计划|纲要|通知|办法))(?:\s+|(?=\d{4}年[,，]))(?=\S.{40})/;
/** A line that opens with a full date: "2024年2月1日", "2024年04月29日 星期一". */
export const DATE_LINE = /^\d{4}年\d{1,2}月\d{1,2}日/;
/** A line short enough for a title, with no sentence's punctuation. */
const shortLine = (l: string) => l.length >= 6 && l.length <= 40 && !/[。,，;；]/.test(l);

// a numbered section's heading: "二、农林牧渔业", "（三）工业和建筑业", "3.加快项目建设"
const SECTION = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、](?!\d))/;
// what may head a table of contents: "提纲:", "目录"
const CONTENTS_HEAD = /^(?:提纲|目\s*录|内容提要)[:：]?$/;

/**
 * How many of a text's first lines (trimmed, non-empty) are a table of contents it opens with: three numbered
 * headings or more in a row, each a short line of words, perhaps under "提纲:" — the title and the body follow.
 * 0 when the text opens otherwise.
 */
export function contentsLength(lines: readonly string[]): number {
  let k = lines.length > 0 && CONTENTS_HEAD.test(lines[0]) ? 1 : 0;
  const first = k;
  while (k < lines.length && SECTION.test(lines[k]) && lines[k].length <= 40 && !/[。,，;；]/.test(lines[k]))
    k++;
  return k - first >= 3 && k < lines.length ? k : 0;
}

/** The title line among the first non-empty lines `head` (trimmed, in reading order); "" for an empty text. */
export function titleLineOf(head: readonly string[]): string {
  // (a row of a page's fields, "组配分类: | 计划总结 | 文件编号: |", is no title either)
  const META_LINE =
    /^(?:[a-z]+:|[a-z]+\s+\d{4}-\d{1,2}-\d{1,2}|发布时间|发布日期|发表于|来源|日期|时间[:：]|作者|点击|浏览|字号|编辑|责编|责任编辑|记者|采写|撰\s*稿|审\s*[核签]|通讯员|出品|▶|本报|[\u4e00-\u9fff]{2,6}[:：]\s*\|)/;
  // nor is a row of a page's fields, two or more of them: "体裁分类:  发布机构: 区统计局"
  const FIELD_ROW = /^\s*[\u4e00-\u9fff]{2,6}[:：].*\s[\u4e00-\u9fff]{2,6}[:：]/;
  // a page's breadcrumb is no title: "首页 -> 内地", "当前位置:首页 > 新闻中心 > 要闻"
  const BREADCRUMB = /^(?:首页|主页|当前位置|您的位置|您现在的位置)|\S\s*(?:->|>|»|›)\s*\S/;
  // nor is a site's notice ("稿件由…上传 · 文责自负", "版权所有") or a pointer to its other pages ("今日特推: …")
  // (nor a document-sharing site's furniture: "添加…到电脑桌面", "安装后可以在桌面快捷访问", "….docxVIP专享", "文本预览")
  const NOTICE =
    /文责自负|版权所有|不代表本(?:网|站)|免责声明|图片来源|图源|扫描|分享至|二维码|Copyright|售价|充值|下载阅读|订阅|欢迎关注|关注我们|客户端|APP$|电脑桌面|快捷访问|VIP|\.docx?\b|文本预览|下载文档|^(?:今日特推|今日推荐|热点推荐|热门推荐|推荐阅读|相关阅读|相关新闻|猜你喜欢)/i;
  // nor is an item of a page's list of links to other pages: "- 某市前三季度GDP增长5%2025-02-26", "· 标题 2024-11-02"
  const LINK_ITEM = /^[-*·•]\s*\S.*\d{4}-\d{1,2}-\d{1,2}$/;
  // nor is an item of a bulleted list below the text's first line: "●引进超亿元制造业项目个数、计划投资额分别增长46.2%"
  // (a first line of a bullet is the headline's point, which the body states again)
  const BULLET_ITEM = new RegExp(`^[${BULLETS}]`);
  // nor is a chart's or a table's caption (CAPTION)
  // nor is a photograph's or a report's credit: "大会现场 张某某 摄", "摄影:李某", "…报道组出品", "采写:…"
  const PHOTO = /\s摄$|^摄影[:：]|[(（]摄影[^)）]*[)）]$|出品$|^采写[:：]/;
  // nor is a byline led by its paper's name: "某某日报社全媒体记者: 某某/文", "早报记者 某某", "本报通讯员 某某"
  const BYLINE =
    /^[\u4e00-\u9fff]{0,14}(?:记者|通讯员|特约撰稿)(?:\s*[:：]|\s+[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*$)|\/文$/;
  // nor is a note in brackets alone: "(统计局投资处:某某)"
  const BRACKETED = /^[(（][^()（）]*[)）][\s|｜]*$/;
  // a numbered section's heading (SECTION) names its section, not the text, unless it names a kind of document
  // ("一、上半年国民经济和社会发展计划执行情况")
  // (a markdown heading's marks are no part of its words; a table's row, cells apart, is no title)
  const candidates = head
    .map((l) => l.replace(/^#{1,6}\s+/, ""))
    .map((l) => GLUED_TITLE.exec(l)?.[1] ?? l)
    .filter(
      (l) =>
        !META_LINE.test(l) &&
        !FIELD_ROW.test(l) &&
        !BREADCRUMB.test(l) &&
        !NOTICE.test(l) &&
        !CAPTION.test(l) &&
        !PHOTO.test(l) &&
        !BYLINE.test(l) &&
        !BRACKETED.test(l) &&
        !LINK_ITEM.test(l) &&
        !(BULLET_ITEM.test(l) && l !== head[0]) &&
        !l.includes("\t"),
    );
  // lines after the body's first numbered heading are the body's: a short line there is an item, no title
  // ("一、2023年工作回顾" then "国内生产总值增长5.2%"), unless the text opens with the heading
  const firstSection = candidates.findIndex((l) => SECTION.test(l));
  const beforeBody = firstSection > 0 ? candidates.slice(0, firstSection) : candidates;
  const titleLine =
    // (a long line of clauses is an opening sentence, not a title: "2024年,是实现“十四五”规划目标任务关键的一年,…")
    // (a numbered section's heading only when the text starts with it: "一、上半年…计划执行情况")
    candidates.find(
      (l, k) =>
        TITLE_WORDS.test(l) &&
        (k === 0 || !SECTION.test(l)) &&
        l.length <= 60 &&
        !/[。;；]|[:：]$/.test(l) &&
        !(/[,，]/.test(l) && l.length > 30),
    ) ??
    // (a title is words, not a stock code or a line of figures; a date line stands in for none)
    beforeBody.find(
      (l) =>
        shortLine(l) &&
        !DATE_LINE.test(l) &&
        !SECTION.test(l) &&
        (l.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 6,
    ) ??
    beforeBody.find((l) => shortLine(l) && DATE_LINE.test(l)) ??
    candidates.find((l) => !SECTION.test(l)) ??
    candidates[0] ??
    head[0] ??
    "";
  // a title broken over two lines, its kind of document on the second ("某市加快打造…产业集群" / "行动方案(2023—2027年)")
  const k = candidates.indexOf(titleLine);
  const before = k > 0 ? candidates[k - 1] : "";
  if (KIND_FIRST.test(titleLine) && shortLine(before) && !SECTION.test(before) && !DATE_LINE.test(before))
    return before + titleLine;
  return titleLine;
}
// a line that opens with the kind of document it is the title's end of
const KIND_FIRST = new RegExp(
  `^(?:${PLAN_KINDS}|管理办法|实施细则|发展规划)(?:[(（]\\d{4}\\s*[-—–~～至到]\\s*\\d{4}年?[)）])?$`,
);
