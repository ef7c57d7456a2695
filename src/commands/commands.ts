/* global Office */
// Ribbon commands. The one button opens the task pane (a ShowTaskpane action in manifest.xml), so this entry
// only tells Office the runtime is ready.
Office.onReady(() => undefined);
