export { renderReport, type ReportInput } from './renderReport';
export { reportTables, type ReportTables } from './reportTables';
export { mapLayers } from './mapLayers';
