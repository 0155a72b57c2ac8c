export { SegmentIcon, PersonaIcon } from './components/icons.js';
export { SegmentsScreen } from './components/SegmentsScreen.js';
