import type { MilpModel } from './model.js';

/**
 * A model as the flat typed arrays HiGHS's `createModel` takes (rows in CSR, free sides as
 * +-Infinity, which is HiGHS's own infinity). Typed arrays cross to a worker thread without
 * copying, where thousands of row objects would be cloned one by one.
 */
export interface HighsArrays {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
  integrality: Int32Array;
}

export function highsArrays(model: MilpModel): HighsArrays {
  const starts = new Int32Array(model.rows.length + 1);
  let nnz = 0;
  model.rows.forEach((row, i) => {
    nnz += row.indices.length;
    starts[i + 1] = nnz;
  });
  const indices = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  let k = 0;
  for (const row of model.rows) {
    indices.set(row.indices, k);
    values.set(row.values, k);
    k += row.indices.length;
  }
  return {
    numCols: model.variables.length,
    numRows: model.rows.length,
    colCost: Float64Array.from(model.variables, (v) => v.cost),
    colLower: Float64Array.from(model.variables, (v) => v.lower),
    colUpper: Float64Array.from(model.variables, (v) => v.upper),
    rowLower: Float64Array.from(model.rows, (r) => r.lower),
    rowUpper: Float64Array.from(model.rows, (r) => r.upper),
    starts,
    indices,
    values,
    integrality: Int32Array.from(model.variables, (v) => (v.integer ? 1 : 0)),
  };
}

/** The arrays' buffers, to transfer (not copy) to a worker thread. */
export function arrayBuffers(a: HighsArrays): ArrayBuffer[] {
  return [a.colCost, a.colLower, a.colUpper, a.rowLower, a.rowUpper, a.starts, a.indices, a.values, a.integrality].map(
    (x) => x.buffer as ArrayBuffer,
  );
}
