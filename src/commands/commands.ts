/* global Office */
// Ribbon commands. The one button opens the task pane (a ShowTaskpane action in manifest.xml), so this entry
// only tells Office the runtime is ready — when Office is there at all (the page also runs without office.js).
if (typeof Office !== "undefined") Office.onReady(() => undefined);
