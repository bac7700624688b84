/**
 * Merged cells, resolved by us rather than by ExcelJS (see package.ts for why). A value merged over
 * several cells counts for every cell it covers: a 实施机关 merged down five rows belongs to each row.
 */
import { columnNumber } from './package';

export interface CellRef {
  row: number;
  col: number;
}

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const REF = /^([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?$/;
// Column numbers stay below this, so row * COLS + col is a unique cell key.
const COLS = 16_385;

export class MergeIndex {
  private readonly ranges: Range[] = [];
  /** Covered cell key → index into ranges (the master cell included). */
  private readonly owner = new Map<number, number>();

  /** The total covered area was bounded by vetPackage, so filling the map is safe. */
  constructor(refs: readonly string[]) {
    for (const ref of refs) {
      const m = REF.exec(ref);
      if (!m?.[3] || !m[4]) continue;
      const [r1, r2] = [Number(m[2]), Number(m[4])];
      const [c1, c2] = [columnNumber(m[1]!), columnNumber(m[3])];
      const range = {
        top: Math.min(r1, r2),
        bottom: Math.max(r1, r2),
        left: Math.min(c1, c2),
        right: Math.max(c1, c2),
      };
      if (range.top === range.bottom && range.left === range.right) continue;
      const index = this.ranges.push(range) - 1;
      for (let r = range.top; r <= range.bottom; r++) {
        for (let c = range.left; c <= range.right; c++) {
          // Overlapping merges are invalid in Excel; the first one wins rather than failing the file.
          if (!this.owner.has(r * COLS + c)) this.owner.set(r * COLS + c, index);
        }
      }
    }
  }

  /** The cell whose value shows at (row, col): the merge's top-left cell, or the cell itself. */
  source(row: number, col: number): CellRef {
    const range = this.rangeAt(row, col);
    return range ? { row: range.top, col: range.left } : { row, col };
  }

  /** True for a covered cell that is not the top-left one (it holds no value of its own). */
  isCovered(row: number, col: number): boolean {
    const range = this.rangeAt(row, col);
    return range !== undefined && (range.top !== row || range.left !== col);
  }

  /** True when both cells lie in one merge: e.g. a group title merged across a whole row. */
  sameMerge(row: number, colA: number, colB: number): boolean {
    const a = this.owner.get(row * COLS + colA);
    return a !== undefined && a === this.owner.get(row * COLS + colB);
  }

  private rangeAt(row: number, col: number): Range | undefined {
    const index = this.owner.get(row * COLS + col);
    return index === undefined ? undefined : this.ranges[index];
  }
}
