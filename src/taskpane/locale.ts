import type { Locale } from "./strings";

const KEY = "policyTargets.locale";

/** The planner's own choice if they made one, else Office's display language (or the browser's). */
export function initialLocale(displayLanguage: string | undefined): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(KEY);
    if (saved === "zh-CN" || saved === "en-US") return saved;
  } catch {
    // storage may be blocked (private windows, some Office hosts): fall back to the display language
  }
  if (!displayLanguage) return "zh-CN";
  return /^zh/i.test(displayLanguage) ? "zh-CN" : "en-US";
}

/** Remember the planner's choice for the next time the pane opens. */
export function rememberLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(KEY, locale);
  } catch {
    // not remembered where storage is blocked; the choice still holds for this session
  }
}
