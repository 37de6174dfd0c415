export { generateScenario, generateOptionsSchema, type GenerateOptions } from './generateScenario.js';
export {
  PROGRAM_DENSITY,
  SCALES,
  SCALE_NAMES,
  isScale,
  provinceProfile,
  type Scale,
  type ScaleProfile,
} from './scales.js';
