// Links to other pages that a web page carries around its article: "相关推荐", "热门排行", "上一篇" lists and
// headlines followed by their date ("…签约项目56个 04-28"). Their figures are other articles' and come without
// their context; they are never facts of this document.
import type { Sentence } from "./types";

// a line that opens a block of links: a short heading such as 相关推荐, 相关新闻, 热门排行, 推荐阅读
const LINKS_HEADING =
  /^[\s【[]*(?:相关(?:推荐|新闻|阅读|文章|链接|报道)|热门(?:排行|文章|推荐|新闻)|热点(?:推荐|新闻)|推荐阅读|延伸阅读|猜你喜欢|往期回顾|更\s*多(?:新闻|阅读|资讯)?|上一篇|下一篇)[\s】\]:：>》]*/;
// a headline with its date at the end of the line, as link lists print them: "… 05-01", "…(2024-04-28)"
const DATED_LINK = /[\s(（]\d{1,2}-\d{1,2}[)）]?$|[\s(（]\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[)）]?$/;

// a headline listed with a link's dot: "- ·…", "·…" (a list of other articles under a text)
const LINK_BULLET = /^(?:[-*]\s*)?·\s*\S/;

/** Which lines of the text are links to other pages; lines are numbered as `segment` numbers them. */
export function pageLinksOf(text: string): (s: Sentence) => boolean {
  const links = new Set<number>();
  let inBlock = false;
  let lineNo = 0;
  for (let pos = 0; pos <= text.length; lineNo++) {
    let end = text.indexOf("\n", pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end).trim();
    if (LINKS_HEADING.test(line) && line.length <= 24) {
      inBlock = true;
      links.add(lineNo);
    } else if (line) {
      // a block of links ends at the first line that reads as a paragraph
      if (inBlock && (line.length > 60 || /。.+/.test(line))) inBlock = false;
      if (inBlock || (line.length <= 60 && DATED_LINK.test(line)) || LINK_BULLET.test(line))
        links.add(lineNo);
    }
    pos = end + 1;
  }
  return (s) => links.has(s.line);
}
