import { initialLocale, rememberLocale } from "../../src/taskpane/locale";

beforeEach(() => localStorage.clear());

test("Office's display language by default, the planner's choice once made", () => {
  expect(initialLocale("zh-CN")).toBe("zh-CN");
  expect(initialLocale("zh-TW")).toBe("zh-CN");
  expect(initialLocale("en-GB")).toBe("en-US");
  expect(initialLocale("fr-FR")).toBe("en-US");
  expect(initialLocale(undefined)).toBe("zh-CN");
  rememberLocale("en-US");
  expect(initialLocale("zh-CN")).toBe("en-US");
  rememberLocale("zh-CN");
  expect(initialLocale("en-US")).toBe("zh-CN");
});
