import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { ReactElement } from "react";
import * as fs from "node:fs";
import * as path from "node:path";
import { processDocument, type DocumentResult } from "../../src/dataset/build";
import { DatasetIndex } from "../../src/dataset/query";
import { parseDataset } from "../../src/model/schema";
import { CompareView } from "../../src/taskpane/components/CompareView";
import { DataView } from "../../src/taskpane/components/DataView";
import { ImportView } from "../../src/taskpane/components/ImportView";
import { InsertView } from "../../src/taskpane/components/InsertView";
import type { WorkbookDataState } from "../../src/state/workbook-data";
import { ShareView } from "../../src/taskpane/components/ShareView";
import { STRINGS } from "../../src/taskpane/strings";
import { StandaloneTable } from "../../src/standalone/StandaloneTable";
import type { Actuals } from "../../src/export/workbook";
import { gap } from "../../src/compare/attainment";
import type { RefreshPlan, TableRow, TargetTableSnapshot } from "../../src/office/tables";

const zh = STRINGS["zh-CN"];
const dataset = (() => {
  const p = parseDataset(
    JSON.parse(
      fs.readFileSync(path.join(__dirname, "..", "..", "build", "generated", "policy-dataset.json"), "utf8"),
    ),
  );
  if (!p.ok) throw new Error(p.error);
  return p.dataset;
})();
const index = new DatasetIndex(dataset);
const ui = (el: ReactElement) => render(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>);

describe("数据", () => {
  test("lists the region's records with the mention highlighted and the document", () => {
    ui(<DataView index={index} strings={zh} />);
    const items = screen.getAllByRole("listitem");
    expect(items.length).toBe(8);
    const newMaterials = items.find((i) => /新材料 产值规模/.test(i.firstElementChild?.textContent ?? ""))!;
    expect(within(newMaterials).getByText("超3000亿").tagName).toBe("MARK");
    expect(newMaterials.textContent).toMatch(/佛山市人民政府关于培育发展.*2020-12-21/);
  });
  test("filters by kind, region and text; an empty result says so", () => {
    ui(<DataView index={index} strings={zh} />);
    // each filter has a label one can see, not only one a screen reader reads
    for (const label of [zh.region, zh.subject, zh.kind, zh.search])
      expect(screen.getByText(label, { selector: "label" })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(zh.region), { target: { value: "佛山高新区" } });
    fireEvent.change(screen.getByLabelText(zh.kind), { target: { value: "target" } });
    expect(screen.getAllByRole("listitem")).toHaveLength(1);
    fireEvent.change(screen.getByLabelText(zh.search), { target: { value: "不存在的词" } });
    expect(screen.getByText(zh.noRecords)).toBeTruthy();
  });
});

describe("插入目标表", () => {
  test("inserts the chosen clusters and reports the new sheet", async () => {
    const onInsert = jest.fn(async (_region: string, records: unknown[]) => ({
      sheetName: "佛山市目标",
      rows: records.length,
    }));
    ui(<InsertView index={index} strings={zh} onInsert={onInsert} />);
    fireEvent.click(screen.getByLabelText("新材料"));
    fireEvent.click(screen.getByLabelText("泛家居"));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: zh.insertButton })));
    expect(onInsert).toHaveBeenCalledTimes(1);
    expect(onInsert.mock.calls[0][0]).toBe("佛山市");
    expect((onInsert.mock.calls[0][1] as { subject: string }[]).map((r) => r.subject).sort()).toEqual(
      ["新材料", "泛家居"].sort(),
    );
    expect(await screen.findByText(/已在新工作表“佛山市目标”插入 2 行目标/)).toBeTruthy();
  });
  test("an error reaches the planner as a message", async () => {
    ui(
      <InsertView
        index={index}
        strings={zh}
        onInsert={() => Promise.reject(new Error("此操作需要在 Excel 中使用"))}
      />,
    );
    await act(async () => fireEvent.click(screen.getByRole("button", { name: zh.insertButton })));
    expect(await screen.findByText("此操作需要在 Excel 中使用")).toBeTruthy();
    expect(screen.queryByRole("button", { name: zh.details })).toBeNull();
  });
});

const snapshot: TargetTableSnapshot = {
  sheetName: "佛山市目标",
  tableName: "PolicyTargets",
  problem: null,
  rows: [
    {
      row: 0,
      id: "a",
      cells: {
        subject: "装备制造",
        indicator: "规模",
        comparator: "超过",
        value: 10000,
        valueMax: "",
        unit: "亿元",
        year: 2026,
        actual: 8000,
        actualYear: 2022,
        progress: 0.8,
        gap: -2000,
        status: "未达标",
        source: "",
        id: "a",
      },
    },
    {
      row: 1,
      id: "b",
      cells: {
        subject: "泛家居",
        indicator: "规模",
        comparator: "不低于",
        value: 10000,
        valueMax: "",
        unit: "亿元",
        year: 2020,
        actual: 10000,
        actualYear: 2020,
        progress: 1,
        gap: 0,
        status: "已达标",
        source: "",
        id: "b",
      },
    },
    {
      row: 2,
      id: "c",
      cells: {
        subject: "新材料",
        indicator: "产值规模",
        comparator: "超过",
        value: 3000,
        valueMax: "",
        unit: "亿元",
        year: 2026,
        actual: "",
        actualYear: "",
        progress: "",
        gap: "",
        status: "",
        source: "",
        id: "c",
      },
    },
  ],
};

describe("对比实际", () => {
  test("summarises each table, shows the growth still needed, jumps to a row", async () => {
    const onJump = jest.fn();
    ui(
      <CompareView
        strings={zh}
        onLoad={async () => [snapshot]}
        onPlanRefresh={async () => ({ changes: [], missing: [], skipped: [], plannerRows: 0 })}
        onApplyRefresh={async (p) => ({ ...p, conflicts: [] })}
        onJump={onJump}
      />,
    );
    await act(async () => fireEvent.click(screen.getByRole("button", { name: zh.compareLoad })));
    expect(await screen.findByText(/佛山市目标: 已达标 1 · 未达标 1 · 未填实际值 1/)).toBeTruthy();
    // (10000/8000)^(1/4) − 1 = 5.7%
    expect(screen.getByText(/装备制造.*还需年均增长 5\.7%/)).toBeTruthy();
    fireEvent.click(screen.getByText(/新材料/));
    expect(onJump).toHaveBeenCalledWith("PolicyTargets", 2);
  });
  test("a range shows as 2~4 and is judged by it; exactly the figure of 超过 says why it is not reached", async () => {
    const row = (id: string, cells: Partial<TableRow["cells"]>): TableRow => ({
      row: Number(id),
      id,
      cells: { ...snapshot.rows[2].cells, id, ...cells } as TableRow["cells"],
    });
    const table: TargetTableSnapshot = {
      ...snapshot,
      rows: [
        row("0", { subject: "增速", comparator: "区间", value: 6, valueMax: 6.5, unit: "%", actual: 7 }),
        row("1", { subject: "规模", comparator: "超过", value: 10000, unit: "亿元", actual: 10000 }),
      ],
    };
    ui(
      <CompareView
        strings={zh}
        onLoad={async () => [table]}
        onPlanRefresh={async () => ({ changes: [], missing: [], skipped: [], plannerRows: 0 })}
        onApplyRefresh={async (p) => ({ ...p, conflicts: [] })}
        onJump={() => undefined}
      />,
    );
    await act(async () => fireEvent.click(screen.getByRole("button", { name: zh.compareLoad })));
    expect(await screen.findByText(/增速 区间 6~6\.5 % — 7 高于区间/)).toBeTruthy();
    expect(screen.getByText(/已达标 0 · 未达标 1 · 高于区间 1/)).toBeTruthy();
    expect(screen.getByText(/规模 超过 10000 亿元 — 10000 未达标.*严格大于/)).toBeTruthy();
  });
  test("in English the sheet's comparator words are translated; a word the planner typed is kept", async () => {
    const en = STRINGS["en-US"];
    const table: TargetTableSnapshot = {
      ...snapshot,
      rows: [
        snapshot.rows[0],
        { ...snapshot.rows[1], cells: { ...snapshot.rows[1].cells, comparator: "力争" } },
      ],
    };
    ui(
      <CompareView
        strings={en}
        onLoad={async () => [table]}
        onPlanRefresh={async () => ({ changes: [], missing: [], skipped: [], plannerRows: 0 })}
        onApplyRefresh={async (p) => ({ ...p, conflicts: [] })}
        onJump={() => undefined}
      />,
    );
    await act(async () => fireEvent.click(screen.getByRole("button", { name: en.compareLoad })));
    expect(await screen.findByText(new RegExp(`装备制造 ${en.cmp_gt} 10000 亿元`))).toBeTruthy();
    expect(screen.getByText(/泛家居 力争 10000 亿元/)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/超过/);
  });
  test("a refresh that would change targets lists the changes and writes only when confirmed", async () => {
    const onLoad = jest.fn(async () => [] as TargetTableSnapshot[]);
    const plan: RefreshPlan = {
      changes: [
        { tableName: "T", sheetName: "佛山市目标", row: 0, column: "value", from: 1, to: 2 },
        { tableName: "T", sheetName: "佛山市目标", row: 4, column: "value", from: 7, to: 8 },
      ],
      missing: [{ tableName: "T", sheetName: "佛山市目标", row: 1, id: "r000000000001" }],
      skipped: [],
      plannerRows: 2,
    };
    const onApply = jest.fn(async (p: RefreshPlan) => ({
      ...p,
      changes: p.changes.slice(0, 1),
      conflicts: p.changes.slice(1),
    }));
    ui(
      <CompareView
        strings={zh}
        onLoad={onLoad}
        onPlanRefresh={async () => plan}
        onApplyRefresh={onApply}
        onJump={() => undefined}
      />,
    );
    await act(async () => fireEvent.click(screen.getByRole("button", { name: zh.compareLoad })));
    expect(await screen.findByText(zh.noTables)).toBeTruthy();
    // asked, then cancelled: nothing written
    await act(async () => fireEvent.click(screen.getByRole("button", { name: zh.refreshButton })));
    expect(screen.getByText(/刷新将修改 2 处目标/)).toBeTruthy();
    expect(screen.getByText("佛山市目标 第2行 目标值: 1 → 2")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: zh.cancel }));
    expect(onApply).not.toHaveBeenCalled();
    expect(screen.getByText(zh.refreshCancelled)).toBeTruthy();
    // asked, then applied: what was written, what changed again meanwhile, what is gone, what is the planner's
    await act(async () => fireEvent.click(screen.getByRole("button", { name: zh.refreshButton })));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: zh.refreshApply })));
    expect(onApply).toHaveBeenCalledWith(plan);
    expect(await screen.findByText(/1 处目标更新，1 行记录已不在数据集中/)).toBeTruthy();
    expect(screen.getByText("佛山市目标 第2行 目标值: 1 → 2")).toBeTruthy();
    expect(screen.getByText(/佛山市目标 第6行 目标值：显示后又被修改过，保留当前值/)).toBeTruthy();
    expect(screen.getByText(/佛山市目标 第3行: 该记录已不在数据集中/)).toBeTruthy();
    expect(screen.getByText(/2 行是手动添加的/)).toBeTruthy();
  });
  test("a refresh with nothing to change is applied at once (marking rows whose record is gone)", async () => {
    const onApply = jest.fn(async (p: RefreshPlan) => ({ ...p, conflicts: [] }));
    ui(
      <CompareView
        strings={zh}
        onLoad={async () => []}
        onPlanRefresh={async () => ({ changes: [], missing: [], skipped: [], plannerRows: 0 })}
        onApplyRefresh={onApply}
        onJump={() => undefined}
      />,
    );
    await act(async () => fireEvent.click(screen.getByRole("button", { name: zh.refreshButton })));
    expect(await screen.findByText(/0 处目标更新/)).toBeTruthy();
    expect(onApply).toHaveBeenCalledTimes(1);
  });
  test("a failing read shows an error", async () => {
    ui(
      <CompareView
        strings={zh}
        onLoad={() => Promise.reject(new Error("boom"))}
        onPlanRefresh={() => Promise.reject(new Error("x"))}
        onApplyRefresh={() => Promise.reject(new Error("y"))}
        onJump={() => undefined}
      />,
    );
    await act(async () => fireEvent.click(screen.getByRole("button", { name: zh.compareLoad })));
    expect(await screen.findByText(zh.failed)).toBeTruthy();
    expect(screen.queryByText(/boom/)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: zh.details }));
    expect(screen.getByText("Error: boom")).toBeTruthy();
  });
});

describe("导入文档", () => {
  const extractor = async (s: Parameters<typeof processDocument>[0]) => processDocument(s);
  test("pasted text → the engine → review, edit, accept", async () => {
    const onAccept = jest.fn(async () => undefined);
    ui(<ImportView strings={zh} extractor={extractor} onAccept={onAccept} />);
    fireEvent.change(screen.getByRole("textbox"), {
      target: {
        value:
          "到2025年,佛山市工业总产值超过3万亿元,地区生产总值突破1.5万亿元。\n佛山市人民政府\n2021年1月1日",
      },
    });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: zh.importRun })));
    const cards = await screen.findAllByRole("listitem");
    expect(cards).toHaveLength(2);
    fireEvent.change(within(cards[0]).getByLabelText(zh.value), { target: { value: "31000" } });
    fireEvent.click(within(cards[1]).getByRole("checkbox"));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: zh.acceptSelected })));
    expect(onAccept).toHaveBeenCalledTimes(1);
    const accepted = (
      onAccept.mock.calls[0] as unknown as [{ records: { value: number; indicator: string }[] }[]]
    )[0];
    expect(accepted[0].records).toEqual([expect.objectContaining({ value: 31000, indicator: "工业总产值" })]);
    expect(await screen.findByText("已加入 1 条记录到本工作簿的数据集。")).toBeTruthy();
  });
  test("an edit the contract rejects is marked on its field and blocks accepting until fixed or rejected", async () => {
    const onAccept = jest.fn(async () => undefined);
    ui(<ImportView strings={zh} extractor={extractor} onAccept={onAccept} />);
    fireEvent.change(screen.getByRole("textbox"), {
      target: { value: "到2025年,佛山市工业总产值超过3万亿元。\n佛山市人民政府\n2021年1月1日" },
    });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: zh.importRun })));
    const [card] = await screen.findAllByRole("listitem");
    const accept = () => screen.getByRole("button", { name: zh.acceptSelected }) as HTMLButtonElement;
    fireEvent.change(within(card).getByLabelText(zh.year), { target: { value: "20255" } });
    expect(within(card).getByText(zh.invalid_year)).toBeTruthy();
    expect(accept().disabled).toBe(true);
    expect(screen.getByText(zh.invalidBlocked)).toBeTruthy();
    fireEvent.change(within(card).getByLabelText(zh.year), { target: { value: "2025" } });
    fireEvent.change(within(card).getByLabelText(zh.region), { target: { value: "" } });
    expect(within(card).getByText(zh.invalid_region)).toBeTruthy();
    expect(within(card).queryByText(zh.invalid_year)).toBeNull();
    expect(accept().disabled).toBe(true);
    fireEvent.change(within(card).getByLabelText(zh.region), { target: { value: "佛山市" } });
    expect(accept().disabled).toBe(false);
    await act(async () => fireEvent.click(accept()));
    expect(onAccept).toHaveBeenCalledTimes(1);
  });
  test("a value typed in the review is read by the shared parser and kept as typed", async () => {
    const onAccept = jest.fn(async (_r: DocumentResult[]) => undefined);
    ui(<ImportView strings={zh} extractor={extractor} onAccept={onAccept} />);
    fireEvent.change(screen.getByRole("textbox"), {
      target: { value: "到2025年,佛山市工业总产值超过3万亿元。\n佛山市人民政府\n2021年1月1日" },
    });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: zh.importRun })));
    const [card] = await screen.findAllByRole("listitem");
    const value = within(card).getByLabelText(zh.value) as HTMLInputElement;
    fireEvent.change(value, { target: { value: "约三万" } });
    expect(value.value).toBe("约三万");
    expect(within(card).getByText(zh.numberUnreadable)).toBeTruthy();
    fireEvent.change(value, { target: { value: "３.２万亿元" } });
    expect(within(card).queryByText(zh.numberUnreadable)).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: zh.acceptSelected })));
    expect(onAccept.mock.calls[0][0][0].records[0].value).toBe(32000);
  });
  test("a paste with no region says why and takes the title, region and date to extract again", async () => {
    ui(<ImportView strings={zh} extractor={extractor} onAccept={async () => undefined} />);
    fireEvent.change(screen.getByRole("textbox"), {
      target: { value: "园区经济运行情况\n全区规模以上工业总产值达到3000亿元,同比增长8%。" },
    });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: zh.importRun })));
    const help = await screen.findByRole("group", { name: zh.importHelp });
    expect(within(help).getByText(/找不到数字所属的地区 \(\d+\)/)).toBeTruthy();
    fireEvent.change(within(help).getByLabelText(zh.region), { target: { value: "绍兴市柯桥区" } });
    fireEvent.change(within(help).getByLabelText(zh.docDate), { target: { value: "2024年7月1日" } });
    await act(async () => fireEvent.click(within(help).getByRole("button", { name: zh.importAgain })));
    const cards = await screen.findAllByRole("listitem");
    expect(cards.length).toBeGreaterThan(0);
    expect((within(cards[0]).getByLabelText(zh.region) as HTMLInputElement).value).toBe("柯桥区");
    // the figure is marked in its sentence
    expect(cards[0].querySelector("mark")?.textContent).toMatch(/3000亿元/);
  });

  test("a figure the engine did not use can be turned into a record, prefilled, and completed", async () => {
    const onAccept = jest.fn(async (_r: DocumentResult[]) => undefined);
    ui(<ImportView strings={zh} extractor={extractor} onAccept={onAccept} />);
    fireEvent.change(screen.getByRole("textbox"), {
      target: {
        value:
          "到2025年,佛山市工业总产值超过3万亿元,培育各类市场主体的举措共52项。\n佛山市人民政府\n2021年1月1日",
      },
    });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: zh.importRun })));
    const section = await screen.findByRole("region", { name: zh.unusedTitle });
    const before = screen.getAllByRole("listitem").length;
    const adopt = within(section).getAllByRole("button", { name: zh.unusedAdopt });
    fireEvent.click(adopt[0]);
    const cards = screen.getAllByRole("listitem");
    expect(cards).toHaveLength(before + 1);
    const added = cards[cards.length - 1];
    expect((within(added).getByLabelText(zh.region) as HTMLInputElement).value).toBe("佛山市");
    expect(Number((within(added).getByLabelText(zh.value) as HTMLInputElement).value)).toBeGreaterThan(0);
    fireEvent.change(within(added).getByLabelText(zh.indicator), { target: { value: "举措数量" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: zh.acceptSelected })));
    const records = onAccept.mock.calls[0][0][0].records;
    expect(records.map((r) => r.indicator)).toContain("举措数量");
  });
  test("a GBK file and an unreadable one", async () => {
    const iconv = await import("iconv-lite");
    ui(<ImportView strings={zh} extractor={extractor} onAccept={async () => undefined} />);
    const gbk = new File(
      [
        new Uint8Array(
          iconv.encode(
            "到2026年,佛山市汽车及新能源、军民融合及电子信息2个产业集群产值规模突破5000亿。",
            "gbk",
          ),
        ),
      ],
      "a.txt",
    );
    const empty = new File([], "empty.txt");
    await act(async () =>
      fireEvent.change(screen.getByLabelText(zh.importFiles), { target: { files: [gbk, empty] } }),
    );
    await waitFor(() => expect(screen.getAllByRole("listitem")).toHaveLength(2));
    expect(screen.getByText("empty.txt: 文件是空的。")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: zh.details }));
    expect(screen.getByText("empty.txt: the file is empty")).toBeTruthy();
  });
  test("a Big5 file reads as simplified text; a file in no known encoding says so in the pane's language", async () => {
    const iconv = await import("iconv-lite");
    const en = STRINGS["en-US"];
    ui(<ImportView strings={en} extractor={extractor} onAccept={async () => undefined} />);
    const big5 = new File(
      [
        new Uint8Array(
          iconv.encode("東莞市製造業發展行動方案\n到2027年，東莞市裝備製造產業產值突破3000億元。", "big5"),
        ),
      ],
      "big5.txt",
    );
    const unknown = new File([new Uint8Array(400).fill(0xff)], "unknown.txt");
    await act(async () =>
      fireEvent.change(screen.getByLabelText(en.importFiles), { target: { files: [big5, unknown] } }),
    );
    await waitFor(() => expect(screen.getAllByRole("listitem").length).toBeGreaterThan(0));
    expect(screen.getAllByText(/装备制造/).length).toBeGreaterThan(0);
    expect(document.body.textContent).not.toMatch(/[\uFFFD]|裝備|製造/);
    expect(screen.getByText(`unknown.txt: ${en.decode_undecodable}`)).toBeTruthy();
  });
  test("nothing found says so", async () => {
    ui(<ImportView strings={zh} extractor={extractor} onAccept={async () => undefined} />);
    fireEvent.change(screen.getByRole("textbox"), { target: { value: "今天天气很好。" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: zh.importRun })));
    expect(await screen.findByText(zh.importNone)).toBeTruthy();
  });
});

describe("共享", () => {
  const stored = (over: Partial<WorkbookDataState> = {}): WorkbookDataState => ({
    status: "ready",
    documents: [
      {
        documentId: "d1",
        title: "佛山市行动方案",
        file: "a.txt",
        records: 8,
        savedAt: "2026-01-01",
        partIds: ["p1"],
        legacy: false,
      },
      {
        documentId: "d2",
        title: "东莞市行动方案",
        file: "b.txt",
        records: 3,
        savedAt: "",
        partIds: ["p0"],
        legacy: true,
      },
    ],
    damaged: [],
    version: "2.abc",
    error: null,
    ...over,
  });
  const noop = async () => undefined;

  test("what the workbook stores; removing one document asks first and removes that one only", async () => {
    const onRemove = jest.fn(async (_id: string) => undefined);
    ui(
      <ShareView
        strings={zh}
        stored={stored()}
        onRemove={onRemove}
        onRemoveDamaged={noop}
        partXml={() => null}
        onConvert={async () => ({ converted: 3, sourceSheet: "来源" })}
      />,
    );
    expect(screen.getByText(/保存了 2 份文件的数据（版本 2\.abc）/)).toBeTruthy();
    expect(screen.getByText(/东莞市行动方案 · 3 条记录 · 旧版格式/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "删除 东莞市行动方案" }));
    expect(onRemove).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: zh.shareCancel }));
    expect(screen.queryByText(/确认删除《东莞市行动方案》/)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "删除 东莞市行动方案" }));
    expect(screen.getByText(/确认删除《东莞市行动方案》及其 3 条记录/)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: zh.shareRemoveYes })));
    expect(onRemove.mock.calls).toEqual([["d2"]]);
    expect(await screen.findByText("已从本工作簿删除《东莞市行动方案》。")).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: zh.shareConvert })));
    expect(await screen.findByText(/已把 3 个 POLICY 公式转为数值 · 来源/)).toBeTruthy();
  });

  test("a damaged part: its reason in words, the detail behind 详情, removed only when confirmed", async () => {
    const onRemoveDamaged = jest.fn(async (_id: string) => undefined);
    ui(
      <ShareView
        strings={zh}
        stored={stored({
          documents: [],
          version: null,
          damaged: [
            {
              partId: "px",
              code: "changed",
              detail: "content hash does not match",
              documentId: "d9",
              title: "旧文件",
            },
          ],
        })}
        onRemove={noop}
        onRemoveDamaged={onRemoveDamaged}
        partXml={() => "<x/>"}
        onConvert={() => Promise.reject(new Error("只读工作簿"))}
      />,
    );
    expect(screen.getByText(zh.shareNotStored)).toBeTruthy();
    expect(screen.getByText("《旧文件》：内容在加载项之外被修改过（校验值不符）")).toBeTruthy();
    expect(screen.queryByText("content hash does not match")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: zh.details }));
    expect(screen.getByText("content hash does not match")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: zh.damagedRemove }));
    expect(onRemoveDamaged).not.toHaveBeenCalled();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: zh.shareRemoveYes })));
    expect(onRemoveDamaged.mock.calls).toEqual([["px"]]);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: zh.shareConvert })));
    expect(await screen.findByText("只读工作簿")).toBeTruthy();
  });
});

describe("the standalone table: numbers as typed", () => {
  test("what is typed stays as typed; readable text counts, unreadable text is flagged on leaving and kept", async () => {
    const onDownload = jest.fn(async (_r: string, _recs: unknown, _a: Actuals) => undefined);
    ui(<StandaloneTable index={index} strings={zh} onDownload={onDownload} />);
    const row = index.find({ region: "佛山市", kind: "target" }).find((r) => r.subject === "装备制造")!;
    const input = () => screen.getByLabelText("装备制造 实际值") as HTMLInputElement;
    const headers = [...screen.getByRole("table").querySelectorAll("th")].map((th) => th.textContent);
    const cells = () => [...input().closest("tr")!.querySelectorAll("td")].map((td) => td.textContent);
    for (const [typed, value] of [
      ["9000.5", 9000.5],
      ["-12", -12],
      ["９０００", 9000],
      ["0.9万", 9000],
      ["1,050,000,000,000元", 10500],
    ] as const) {
      fireEvent.change(input(), { target: { value: typed } });
      expect(input().value).toBe(typed);
      expect(cells()[headers.indexOf("差距")]).toBe(String(gap(value, row)));
    }
    fireEvent.change(input(), { target: { value: "约九千" } });
    expect(screen.queryByRole("alert")).toBeNull(); // not while typing
    fireEvent.blur(input());
    expect(screen.getByRole("alert").textContent).toBe(zh.numberUnreadable);
    expect(input().value).toBe("约九千");
    fireEvent.change(input(), { target: { value: "5%" } });
    expect(screen.getByRole("alert").textContent).toBe("单位与本行（亿元）不符");
    fireEvent.change(input(), { target: { value: "10500" } });
    expect(screen.queryByRole("alert")).toBeNull();
    fireEvent.change(screen.getByLabelText("装备制造 实际年份"), { target: { value: "20222" } });
    fireEvent.blur(screen.getByLabelText("装备制造 实际年份"));
    expect(screen.getByRole("alert").textContent).toBe(zh.numberYear);
    fireEvent.change(screen.getByLabelText("装备制造 实际年份"), { target: { value: "２０２２" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: /下载工作簿/ })));
    expect(onDownload.mock.calls[0][2][row.id]).toEqual({ actual: 10500, actualYear: 2022 });
  });
});
