// The sandboxed preload: exposes exactly `invoke` and `on` (RapportBridge) as window.rapport, nothing more.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../../../src-shared/ipc/bridge.js';
import { createBridge } from './preload-bridge.js';

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createBridge(ipcRenderer));
