export { explainUnmet } from './explainUnmet';
export { computeKpis } from './kpis';
export { ExplainReferenceError } from './scenarioIndex';
