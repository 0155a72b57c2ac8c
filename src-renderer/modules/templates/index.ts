export { TemplatesPanel } from './components/TemplatesPanel.js';
export { CandidatePicker, type PickedCandidate } from './components/CandidatePicker.js';
