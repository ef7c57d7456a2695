/** @type {import('jest').Config} */
// The tests StrykerJS runs against each mutant of the engine's refiners (npm run mutate:engine): the rule tables,
// the refiners' own tests (kind, year, period, region of whole documents) and the seeds' golden files. All of
// them run for every mutant (the refiners sit behind extract(), where jest's related-test search does not follow).
const ts = ["ts-jest", { isolatedModules: true, diagnostics: false }];
module.exports = {
  testTimeout: 60000,
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: [
    "<rootDir>/test/rules/**/*.test.ts",
    "<rootDir>/test/refiners/**/*.test.ts",
    "<rootDir>/test/golden/**/*.test.ts",
  ],
  transform: { "^.+\\.tsx?$": ts },
};
