// The preload runs sandboxed, where only `require('electron')` exists and ESM cannot load: this
// file is CommonJS and esbuild bundles ./bridge into it (scripts/buildMain.mjs).
import type { ContextBridge, IpcRenderer } from 'electron';
import type * as BridgeModule from './bridge';

const { contextBridge, ipcRenderer } = require('electron') as {
  contextBridge: ContextBridge;
  ipcRenderer: IpcRenderer;
};
const { createBridge } = require('./bridge') as typeof BridgeModule;

contextBridge.exposeInMainWorld('dialogrum', createBridge(ipcRenderer));
