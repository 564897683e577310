// Names both hosts and the UI agree on.

/** The single IPC channel of the desktop host. */
export const IPC_CHANNEL = 'thuong-truc:api';

/** HTTP header carrying the browser host's per-start secret. */
export const SECRET_HEADER = 'x-thuong-truc-secret';

/** URL fragment key that hands the secret to the page (fragments never reach the server or logs). */
export const SECRET_FRAGMENT_KEY = 'k';

/** What the desktop preload exposes on window.api. */
export interface DesktopBridge {
  call(method: string, input: unknown): Promise<unknown>;
}
