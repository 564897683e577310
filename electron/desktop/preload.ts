// The narrow bridge between the sandboxed page and the main process: one method on one channel.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, type DesktopBridge } from '../../shared/api/transport';

const bridge: DesktopBridge = {
  call: (method, input) => ipcRenderer.invoke(IPC_CHANNEL, method, input),
};

contextBridge.exposeInMainWorld('api', bridge);
