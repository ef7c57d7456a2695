import * as browser from "../../src/lexicon/t2s-table.browser";
import * as node from "../../src/lexicon/t2s-table";

// The page's copy of the character table arrives with the bundled dataset; until then it is empty, after it the
// same table the CLI and the functions' tests use.
describe("the character table in the page", () => {
  test("is empty until loaded, then the same pairs as in Node", async () => {
    expect(browser.t2sPairs()).toBe("");
    await browser.loadT2sTable();
    expect(browser.t2sPairs()).toBe(node.t2sPairs());
    expect(node.t2sPairs().length).toBeGreaterThan(1000);
    expect(node.t2sPairs()).toContain("裝装");
  });
});
