export { PersonasScreen } from './components/PersonasScreen.js';
