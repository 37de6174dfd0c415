import type { MilpModel } from './model.js';

/** Accumulates variables and rows of a MilpModel; returns indices so callers can link them. */
export class ModelBuilder {
  readonly model: MilpModel = { variables: [], rows: [] };

  addVariable(name: string, lower: number, upper: number, integer: boolean, cost = 0): number {
    this.model.variables.push({ name, lower, upper, integer, cost });
    return this.model.variables.length - 1;
  }

  addBinary(name: string, cost = 0): number {
    return this.addVariable(name, 0, 1, true, cost);
  }

  addCost(index: number, cost: number): void {
    this.model.variables[index].cost += cost;
  }

  addRow(name: string, terms: Array<[number, number]>, lower: number, upper: number): void {
    if (terms.length === 0) return;
    this.model.rows.push({ name, indices: terms.map((t) => t[0]), values: terms.map((t) => t[1]), lower, upper });
  }

  /** sum(terms) <= upper */
  addAtMost(name: string, terms: Array<[number, number]>, upper: number): void {
    this.addRow(name, terms, -Infinity, upper);
  }

  /** sum(terms) >= lower */
  addAtLeast(name: string, terms: Array<[number, number]>, lower: number): void {
    this.addRow(name, terms, lower, Infinity);
  }
}
