// Outside Office (a browser that could not load office.js, or the standalone page) there is no CustomFunctions
// to register with: the functions' registrations then do nothing instead of stopping the page with an error.
const g = globalThis as { CustomFunctions?: unknown };
if (typeof g.CustomFunctions === "undefined") g.CustomFunctions = { associate: () => undefined };

export {};
