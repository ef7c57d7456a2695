import { InvalidPayloadError, PART_LIMIT, PartTooLargeError } from "../../src/office/document-part";
import { failure } from "../../src/taskpane/outcome";
import { STRINGS } from "../../src/taskpane/strings";

const zh = STRINGS["zh-CN"];
const en = STRINGS["en-US"];

function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

describe("a failed action in the planner's words", () => {
  test("a contract message stays behind 详情; the sentence names the document", () => {
    const e = new InvalidPayloadError(
      "某区行动方案",
      "records.0.year: Too big: expected number to be <=2100",
    );
    const f = failure(zh, e);
    expect(f.ok).toBe(false);
    expect(f.text).toBe("《某区行动方案》中有记录不符合数据格式，没有保存。请在审阅中改正或不采用这些记录。");
    expect(f.text).not.toMatch(/records|expected/);
    expect(f.detail).toBe("records.0.year: Too big: expected number to be <=2100");
    expect(failure(en, e).text).toMatch(/^Some records of “某区行动方案”/);
  });

  test("a document too large for the workbook: its size and the limit in MB", () => {
    const f = failure(zh, new PartTooLargeError("长文件", 2_600_000));
    expect(f.text).toContain("2.6 MB");
    expect(f.text).toContain(`${(PART_LIMIT / 1e6).toFixed(1)} MB`);
    expect(f.text).toContain("没有写入任何内容");
    expect(f.detail).toMatch(/^Error: /);
  });

  test("Excel's errors with a known code say what to do; the code is in the detail", () => {
    const busy = failure(zh, officeError("InvalidOperationInCellEditMode", "The operation is not allowed"));
    expect(busy.text).toBe(zh.office_busy);
    expect(busy.detail).toBe("InvalidOperationInCellEditMode: The operation is not allowed");
    expect(failure(en, officeError("AccessDenied", "x")).text).toBe(en.office_denied);
    expect(failure(zh, officeError("RequestPayloadSizeLimitExceeded", "x")).text).toBe(zh.office_large);
  });

  test("an unknown error: a plain sentence, the raw message only in the detail", () => {
    const f = failure(zh, new TypeError("Cannot read properties of undefined (reading 'values')"));
    expect(f.text).toBe(zh.failed);
    expect(f.detail).toBe("TypeError: Cannot read properties of undefined (reading 'values')");
    const coded = failure(en, officeError("GeneralException", "An internal error has occurred."));
    expect(coded.text).toBe(en.failed);
    expect(coded.detail).toBe("GeneralException: An internal error has occurred.");
    expect(failure(zh, "thrown text").detail).toBe("Error: thrown text");
  });

  test("messages the add-in words for planners are shown as they are", () => {
    const f = failure(zh, new Error("此操作需要在 Excel 中使用 (this needs Excel)"));
    expect(f).toEqual({ ok: false, text: "此操作需要在 Excel 中使用 (this needs Excel)" });
    expect(failure(zh, new Error("《甲》已存在")).detail).toBeUndefined();
  });
});
