export { explainUnmet } from './explainUnmet.js';
export { computeKpis } from './kpis.js';
export { ExplainReferenceError } from './scenarioIndex.js';
