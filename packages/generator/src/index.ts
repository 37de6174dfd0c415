export { generateScenario, generateOptionsSchema, type GenerateOptions } from './generateScenario.js';
export { SCALES, SCALE_NAMES, isScale, type Scale, type ScaleProfile } from './scales.js';
