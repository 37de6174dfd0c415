export { EARTH_RADIUS_KM, DEFAULT_DETOUR_FACTOR, greatCircleKm, roadKm, travelMinutes } from './distance.js';
export { PointIndex, type Neighbour } from './spatialIndex.js';
export { AreaLookup } from './areaLookup.js';
export { areaPropertiesSchema, loadAreas, toAreaRecord, type AreaFeature } from './areas.js';
export { areaKindSchema, type AreaGeometry, type AreaKind, type AreaRecord } from './areaRecord.js';
export { POPULATION_MODEL, modelPopulation, type ModelledPopulation } from './modelledPopulation.js';
export {
  PopulationFileError,
  parsePopulationCsv,
  type MeasuredPopulation,
  type PopulationTable,
} from './populationTable.js';
export { peopleOfAreas, type AreaPeople } from './areaPeople.js';
export { PROVINCES, findProvince, provinceOfAreaCode, type Province } from './provinces.js';
export {
  UNDER_SERVED_MIN,
  UNDER_SERVED_MAX,
  UNDER_SERVED_WEIGHTS,
  UNSERVED_DISTANCE_KM,
  populationWeightedCenterKm,
  scoreOf,
  underServedScores,
  type ScoredArea,
  type UnderServedScore,
} from './underServed.js';
export { areasToGeoJSON, centersToGeoJSON, routesToGeoJSON, stopsToGeoJSON } from './geojson.js';
export { AreaFileError } from './errors.js';
