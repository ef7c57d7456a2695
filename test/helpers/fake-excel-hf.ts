import { DetailedCellError, HyperFormula } from "hyperformula";
import type { FakeWorkbookState, SheetState } from "./fake-excel";

/**
 * Let the strict Excel fake read formula cells by evaluating the sheet in a real formula engine. The sheet is
 * rebuilt from the fake's cells at each read, so what is evaluated is exactly what the adapters wrote.
 */
export function evaluateWithHyperFormula(state: FakeWorkbookState): void {
  state.evaluate = (_formula: string, sheet: SheetState, row: number, col: number) => {
    const grid: (string | number | boolean | null)[][] = [];
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(",").map(Number);
      grid[r] ??= [];
      grid[r][c] = cell.formula ?? cell.value ?? null;
    }
    for (let r = 0; r < grid.length; r++) grid[r] ??= [];
    const hf = HyperFormula.buildFromArray(grid as (string | number | boolean | null)[][], {
      licenseKey: "gpl-v3",
    });
    const v = hf.getCellValue({ sheet: 0, row, col });
    hf.destroy();
    if (v instanceof DetailedCellError) return v.value;
    return v === null ? "" : (v as string | number | boolean);
  };
}
