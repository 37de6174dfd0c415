import { SolomonParseError } from './errors.js';

/** One row of a Solomon file; customer 0 is the depot. */
export interface SolomonNode {
  customer: number;
  x: number;
  y: number;
  demand: number;
  ready: number;
  due: number;
  service: number;
}

export interface SolomonInstance {
  name: string;
  vehicles: number;
  capacity: number;
  /** nodes[0] is the depot, nodes[i] customer i. */
  nodes: SolomonNode[];
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Parses a Solomon VRPTW file: a name line, a VEHICLE section (count and capacity), a CUSTOMER
 * section with one row of seven numbers per node, node 0 being the depot.
 * @throws SolomonParseError naming the 1-based line at fault.
 */
export function parseSolomon(text: string): SolomonInstance {
  const lines = text.split(/\r?\n/);
  let i = nextContent(lines, 0);
  if (i < 0) throw new SolomonParseError(1, 'empty file');
  const name = lines[i].trim();
  i = expectHeader(lines, i + 1, 'VEHICLE');
  i = expectHeader(lines, i + 1, 'NUMBER');
  i = nextContent(lines, i + 1);
  if (i < 0) throw new SolomonParseError(lines.length, 'missing the vehicle count and capacity row');
  const [vehicles, capacity] = numbers(lines[i], i, 2);
  i = expectHeader(lines, i + 1, 'CUSTOMER');
  i = expectHeader(lines, i + 1, 'CUST');
  const nodes: SolomonNode[] = [];
  for (i = nextContent(lines, i + 1); i >= 0; i = nextContent(lines, i + 1)) {
    nodes.push(nodeRow(lines[i], i, nodes.length));
  }
  if (nodes.length < 2)
    throw new SolomonParseError(lines.length, 'missing rows: need the depot and at least one customer');
  if (!Number.isInteger(vehicles) || vehicles < 1)
    throw new SolomonParseError(lineOf(lines, 'NUMBER') + 1, 'vehicle count must be a positive integer');
  return { name, vehicles, capacity, nodes };
}

function nodeRow(line: string, index: number, expected: number): SolomonNode {
  const [customer, x, y, demand, ready, due, service] = numbers(line, index, 7);
  const lineNo = index + 1;
  if (customer !== expected) {
    throw new SolomonParseError(lineNo, `expected the row of customer ${expected}, found ${customer} (missing row?)`);
  }
  if (due < ready) throw new SolomonParseError(lineNo, `due date ${due} is before ready time ${ready}`);
  if (demand < 0 || service < 0) throw new SolomonParseError(lineNo, 'demand and service time must not be negative');
  return { customer, x, y, demand, ready, due, service };
}

function numbers(line: string, index: number, count: number): number[] {
  const fields = line.trim().split(/\s+/);
  if (fields.length !== count) {
    throw new SolomonParseError(index + 1, `expected ${count} numbers, found ${fields.length} fields`);
  }
  return fields.map((f) => {
    if (!NUMBER.test(f)) throw new SolomonParseError(index + 1, `"${f}" is not a number`);
    return Number(f);
  });
}

function expectHeader(lines: string[], from: number, word: string): number {
  const i = nextContent(lines, from);
  if (i < 0) throw new SolomonParseError(lines.length, `missing the ${word} header`);
  if (!lines[i].trim().toUpperCase().startsWith(word)) {
    throw new SolomonParseError(i + 1, `expected the ${word} header, found "${lines[i].trim()}"`);
  }
  return i;
}

function nextContent(lines: string[], from: number): number {
  for (let i = from; i < lines.length; i++) if (lines[i].trim() !== '') return i;
  return -1;
}

function lineOf(lines: string[], word: string): number {
  return lines.findIndex((l) => l.trim().toUpperCase().startsWith(word));
}
