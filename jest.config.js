/** @type {import('jest').Config} */
const ts = ["ts-jest", { isolatedModules: true, diagnostics: false }];
module.exports = {
  testTimeout: 60000,
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      transform: { "^.+\\.tsx?$": ts },
    },
    {
      // React components in jsdom
      displayName: "dom",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.tsx"],
      transform: { "^.+\\.tsx?$": ts },
      setupFiles: ["<rootDir>/test/helpers/dom-setup.ts"],
    },
  ],
};
