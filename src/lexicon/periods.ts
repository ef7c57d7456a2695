/** The number of a month, in digits or in words, before its 月: 10, 十, 十二, 三. */
export const MONTH_NUMBER = "(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])";

// Parts of a year a figure may be of: 一季度, 上半年, 1-6月, 前三季度, 10月份, 截至10月底, and amounts per period
// (每年). Read by the period refiner, which names a figure's period, and by the measure-name reader, which keeps
// a period out of a measure's name ("前三季度GDP增速" is the growth of GDP, of 前三季度).
// (截至10月底: the months up to then; 截止到3月15日: the days up to then; 6月末: that point in time; 10月份, 4月当月:
// that month alone; 首季: Hong Kong's 一季度)
export const PERIOD = new RegExp(
  `截至${MONTH_NUMBER}月(?:底|末)|截[至止]到?${MONTH_NUMBER}月\\d{1,2}日|(?<![-—–~至到\\d])${MONTH_NUMBER}月(?:底|末)|(?<![-—–~至到\\d])${MONTH_NUMBER}月(?:份|当月|单月)|每年|每季度|每月|第?[一二三四1-4]季度|首季度?|前三季度|[上下]半年|(?:1|一)(?:[-—–~至到])(?:1[0-2]|[2-9]|十[一二]|[二三四五六七八九十])月份?|前(?:[2-9]|1[01]|[二三四五六七八九十]|十[一二])个?月`,
);

/** The year a part of the year may be said of, before it: 今年上半年, 2024年一季度. */
export const YEAR_OF_PERIOD = "(?:今年|本年|去年|\\d{4}年)?";

/** A character a text with a part of the year must hold (季, 半年, 月, 每): a quick test before PERIOD is tried. */
export const MAY_NAME_PERIOD = /季|半年|月|每/;

/** What may open a clause of time words before its part of the year: "但在今年上半年,", "在2024年一季度,". */
export const TIME_CLAUSE_LEAD = "(?:但|而|但是)?在?";
