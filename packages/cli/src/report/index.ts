export { renderReport, type ReportInput } from './renderReport.js';
export { reportTables, type ReportTables } from './reportTables.js';
export { mapLayers } from './mapLayers.js';
