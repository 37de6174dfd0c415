import type { MilpModel } from './model.js';

/**
 * The model as CPLEX LP text (readable by HiGHS, CPLEX, Gurobi, glpk): for inspecting a model
 * by hand or solving it with another tool. Names are sanitised to the LP format's alphabet.
 */
export function toLpText(model: MilpModel): string {
  const name = (j: number) => lpName(model.variables[j].name, j);
  const lines: string[] = [
    'Maximize',
    ` obj: ${
      terms(
        model.variables.map((v, j) => [j, v.cost] as const),
        name,
      ) || '0'
    }`,
    'Subject To',
  ];
  model.rows.forEach((row, i) => {
    const lhs = terms(
      row.indices.map((j, k) => [j, row.values[k]] as const),
      name,
    );
    const label = lpName(row.name, i, 'r');
    if (row.lower === row.upper) lines.push(` ${label}: ${lhs} = ${row.upper}`);
    else {
      if (Number.isFinite(row.upper)) lines.push(` ${label}_u: ${lhs} <= ${row.upper}`);
      if (Number.isFinite(row.lower)) lines.push(` ${label}_l: ${lhs} >= ${row.lower}`);
    }
  });
  lines.push('Bounds');
  model.variables.forEach((v, j) => {
    const lower = Number.isFinite(v.lower) ? String(v.lower) : '-inf';
    const upper = Number.isFinite(v.upper) ? String(v.upper) : '+inf';
    lines.push(` ${lower} <= ${name(j)} <= ${upper}`);
  });
  const ints = model.variables.flatMap((v, j) => (v.integer ? [name(j)] : []));
  if (ints.length > 0) lines.push('Generals', ` ${ints.join(' ')}`);
  lines.push('End');
  return lines.join('\n');
}

function terms(pairs: ReadonlyArray<readonly [number, number]>, name: (j: number) => string): string {
  return pairs
    .filter(([, c]) => c !== 0)
    .map(([j, c], k) => `${c < 0 ? '-' : k === 0 ? '' : '+'} ${Math.abs(c)} ${name(j)}`)
    .join(' ');
}

function lpName(raw: string, index: number, prefix = 'v'): string {
  const clean = raw.replace(/[^A-Za-z0-9_.]/g, '_');
  return `${prefix}${index}_${clean}`.slice(0, 250);
}
