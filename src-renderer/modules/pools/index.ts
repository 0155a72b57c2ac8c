export { AddToPoolDialog, PoolPicker } from './components/AddToPoolDialog.js';
export { PoolsScreen } from './components/PoolsScreen.js';
export { RejectToPoolOption } from './components/RejectToPoolOption.js';
