/** @type {import('jest').Config} */
// The tests StrykerJS runs against each mutant (npm run mutate): the in-process ones that exercise src/compare,
// src/office and src/extract/refiners. The CLI, browser and LibreOffice tests run built code, not the mutant.
const ts = ["ts-jest", { isolatedModules: true, diagnostics: false }];
module.exports = {
  testTimeout: 60000,
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/test/e2e/", "/test/cli/", "/test/addin/", "/test/interop/"],
  transform: { "^.+\\.tsx?$": ts },
};
