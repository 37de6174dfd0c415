export { EARTH_RADIUS_KM, DEFAULT_DETOUR_FACTOR, greatCircleKm, roadKm, travelMinutes } from './distance';
export { PointIndex, type Neighbour } from './spatialIndex';
export { AreaLookup } from './areaLookup';
export {
  areaKindSchema,
  areaPropertiesSchema,
  loadAreas,
  toAreaRecord,
  type AreaFeature,
  type AreaGeometry,
  type AreaKind,
  type AreaRecord,
} from './areas';
export { POPULATION_MODEL, modelPopulation, type ModelledPopulation } from './population';
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
} from './underServed';
export { areasToGeoJSON, centersToGeoJSON, routesToGeoJSON, stopsToGeoJSON } from './geojson';
export { AreaFileError } from './errors';
