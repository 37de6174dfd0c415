import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { createApp, STACK_NAME } from '../../infra/createApp.js';

export interface SynthesisedBaeum {
  template: Template;
  /** Violations of CDK's built-in CloudFormation validation (warnings and errors). */
  violations: unknown[];
  /** Construct warnings and errors (deprecated props, misconfigurations) as `path: text`. */
  warnings: string[];
}

/**
 * The real app synthesised once into a temp dir. Bundling is skipped (`aws:cdk:bundling-stacks`
 * empty): the construct tree, entries and template are the deployed ones, only esbuild does not
 * run (`npm run synth` does that).
 */
export function synthBaeum(): SynthesisedBaeum {
  const outdir = mkdtempSync(path.join(tmpdir(), 'baeum-cdk-'));
  const { app } = createApp({ outdir, context: { 'aws:cdk:bundling-stacks': [] } });
  const assembly = app.synth();
  const report = JSON.parse(readFileSync(path.join(assembly.directory, 'validation-report.json'), 'utf8')) as {
    pluginReports: { violations?: unknown[] }[];
  };
  const stack = assembly.getStackByName(STACK_NAME);
  const synthesised = {
    template: Template.fromJSON(stack.template),
    violations: report.pluginReports.flatMap((r) => r.violations ?? []),
    warnings: stack.messages.filter((m) => m.level !== 'info').map((m) => `${m.id}: ${String(m.entry.data)}`),
  };
  rmSync(outdir, { recursive: true, force: true });
  return synthesised;
}

type CfnValue = string | Record<string, unknown>;

/** A state machine's ASL with CloudFormation references replaced by `<Ref:Id>` / `<GetAtt:Id>`. */
export function definitionOf(resource: { Properties: { DefinitionString: unknown } }): StateMachineDefinition {
  const body = resource.Properties.DefinitionString as string | { 'Fn::Join': [string, CfnValue[]] };
  const text =
    typeof body === 'string'
      ? body
      : body['Fn::Join'][1].map((part) => (typeof part === 'string' ? part : referenceName(part))).join('');
  return JSON.parse(text) as StateMachineDefinition;
}

function referenceName(part: Record<string, unknown>): string {
  if ('Ref' in part) return `<Ref:${String(part.Ref)}>`;
  if ('Fn::GetAtt' in part) return `<GetAtt:${(part['Fn::GetAtt'] as string[])[0]}>`;
  return '<Token>';
}

export interface StateDefinition {
  Type: string;
  Resource?: string;
  Parameters?: Record<string, unknown>;
  [field: string]: unknown;
}

export interface StateMachineDefinition {
  StartAt: string;
  States: Record<string, StateDefinition>;
}

/** Every state, nested Map item processors included. */
export function allStates(definition: StateMachineDefinition): Record<string, StateDefinition> {
  const states: Record<string, StateDefinition> = {};
  for (const [name, state] of Object.entries(definition.States)) {
    states[name] = state;
    const processor = state.ItemProcessor as StateMachineDefinition | undefined;
    if (processor) Object.assign(states, allStates(processor));
  }
  return states;
}

/**
 * Fills a task's Parameters from a state input the way Step Functions does for the forms used
 * here: `key.$` with `$.field` or `States.Format('...{}...', $.a, $.b)`.
 */
export function fillParameters(parameters: unknown, input: Record<string, unknown>): unknown {
  if (Array.isArray(parameters)) return parameters.map((p) => fillParameters(p, input));
  if (parameters === null || typeof parameters !== 'object') return parameters;
  const filled: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parameters)) {
    if (key.endsWith('.$')) filled[key.slice(0, -2)] = evaluatePath(String(value), input);
    else filled[key] = fillParameters(value, input);
  }
  return filled;
}

function evaluatePath(expression: string, input: Record<string, unknown>): unknown {
  const format = /^States\.Format\('(.*)'(?:, (.*))?\)$/.exec(expression);
  if (format) {
    const args = (format[2] ?? '')
      .split(', ')
      .filter(Boolean)
      .map((arg) => String(evaluatePath(arg, input)));
    return format[1].replace(/\{\}/g, () => args.shift() ?? '');
  }
  const field = /^\$\.(\w+)$/.exec(expression);
  if (!field) throw new Error(`unsupported path expression in test: ${expression}`);
  return input[field[1]];
}

/** DynamoDB JSON (`{ S }` / `{ N }`, the only types the state machines write) to plain values. */
export function unmarshall(item: unknown): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(item as Record<string, { S?: string; N?: string }>).map(([name, value]) => {
      if (value.S !== undefined) return [name, value.S];
      if (value.N !== undefined) return [name, Number(value.N)];
      throw new Error(`unexpected attribute type of ${name}: ${JSON.stringify(value)}`);
    }),
  );
}
