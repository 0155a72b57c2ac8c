export { ComposeMessageButton, ComposeMessageDialog, type ComposeTarget } from './components/ComposeMessageDialog.js';
export { ChannelStatsPanel } from './components/ChannelStatsPanel.js';
export { OutreachScreen } from './components/OutreachScreen.js';
