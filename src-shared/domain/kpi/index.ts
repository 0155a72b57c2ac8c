// KPI definitions and maths: pure functions over plain event records, shared by the core (dashboard, PDF)
// and the renderer (labels, formatting).
export * from './calculations.js';
export * from './dashboard.js';
export * from './definitions.js';
export * from './format.js';
export * from './records.js';
export * from './settings.js';
export * from './stats.js';
export * from './time.js';
