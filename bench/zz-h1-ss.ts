import loadHighs from 'highs';
const highs = await loadHighs();
const hm = highs.createModel({ numCols: 2, numRows: 1, sense: highs.constants.objectiveSense.maximize, colCost: new Float64Array([1, 2]), colLower: new Float64Array([0, 0]), colUpper: new Float64Array([1, 1]),
  rowLower: new Float64Array([-highs.infinity]), rowUpper: new Float64Array([1]), matrix: { format: 'csr', numRows: 1, numCols: 2, starts: new Int32Array([0, 2]), indices: new Int32Array([0, 1]), values: new Float64Array([1, 1]) }, integrality: new Int32Array([1, 1]) } as any);
for (const start of [new Float64Array([1, 0]), Float64Array.from([1, 0])]) {
  try { console.log(hm.setSolution({ colValue: start })); } catch (e) { console.log('dense fail', (e as Error).message); }
  try { console.log(hm.setSolution({ indices: new Int32Array([0]), values: new Float64Array([1]) } as any)); } catch (e) { console.log('sparse fail', (e as Error).message); }
}
hm.run(); console.log(hm.getObjectiveValue());
