// An incentive policy's grants and conditions are no targets: their figures become diagnostics with the reason.
import { expectNone, expectOne, run } from "../helpers/extract-case";
import { diagnosticReason } from "../../src/lexicon/diagnostics";

const D = "2024年1月1日";
const TITLE = "绍兴市促进制造业高质量发展若干政策\n";

describe("grants and conditions of an incentive policy", () => {
  test.each([
    ["对首次入选国家级专精特新“小巨人”的企业,给予一次性奖励50万元。"],
    ["对技术改造项目,按设备投资额的10%给予补助,最高不超过500万元。"],
    ["对新认定的省级研发中心,给予30万元奖补。"],
    ["申报条件:企业上年度营业收入不低于3000万元,研发投入占比不低于3%。"],
    ["入园项目须满足:固定资产投资不低于2亿元,亩均税收不低于40万元。"],
    ["招商要求具备专业园区开发资历,总投资不低于30亿元。"],
  ])("%s", (text) => {
    expectNone(TITLE + text, D);
    expect(run(TITLE + text, D).diagnostics.some((d) => /grant|condition/.test(d.message))).toBe(true);
  });

  test("a list under 申报条件 states conditions; the next section's goal is a target", () => {
    const r = run(
      `${TITLE}二、申报条件\n1.上年度营业收入不低于2000万元;\n2.研发费用占营业收入比重不低于3%。\n三、工作目标\n到2025年,全市培育专精特新企业300家。`,
      D,
    );
    expect(r.records.map((x) => `${x.kind}:${x.value}`)).toEqual(["target:300"]);
  });

  test("a budget the policy sets aside each year is still the plan's figure", () =>
    expectOne(
      `${TITLE}市财政每年安排专项资金不少于5亿元,支持制造业高质量发展。`,
      { value: 5, unit: "亿元" },
      D,
    ));
});

describe("a text of incentives and admission rules", () => {
  test("its floors are what an applicant must meet (入园信息)", () => {
    const r = run(
      "绍兴高新区入园信息\n主导产业企业数量和主导产业产值需达70%以上,入园企业以产值2000万元以上企业为主。",
      D,
    );
    expect(r.records).toEqual([]);
  });
  test("the same floor in a plan is a target", () =>
    expectOne(
      "绍兴高新区高质量发展行动方案\n到2027年,绍兴高新区主导产业产值占比需达到70%以上。",
      { kind: "target", value: 70, comparator: "gte", year: 2027 },
      D,
    ));
});

describe("the planner reads the particular reason", () => {
  test("a grant's and a condition's diagnostics say so in Chinese and English", () => {
    const r = run(`${TITLE}对新认定的省级研发中心,给予30万元奖补。申报条件:企业营业收入不低于2000万元。`, D);
    const reasons = r.diagnostics.map((d) => diagnosticReason(d, "zh"));
    expect(reasons).toContain("政策给予企业的奖励或补助金额,不是目标值");
    expect(reasons).toContain("申报或入园的条件(门槛),不是目标值");
    expect(r.diagnostics.map((d) => diagnosticReason(d, "en"))).toContain(
      "a grant a policy gives firms, not a target",
    );
  });
  test("other diagnostics keep their code's reason", () =>
    expect(diagnosticReason({ code: "kind_unclear", message: "cannot tell target from actual" }, "zh")).toBe(
      "分不清是目标还是实际完成值",
    ));
});

describe("a rule's cap or floor", () => {
  test("占比上限提高到30% is a rule's limit, not a result or a target of the place", () => {
    const r = run(
      "嘉兴市产业园区内的存量工业项目,配套设施用地面积占比上限由7%提高到15%,建筑面积占比上限相应提高到30%。",
      "2021年9月12日",
    );
    expect(r.records).toEqual([]);
  });
});
