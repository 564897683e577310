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

/**
 * URL fragment key of the one-time token the browser host puts in the address it asks the system
 * to open: the secret itself never appears on a command line, where other programs can read it.
 */
export const OPEN_TOKEN_FRAGMENT_KEY = 't';

/** Header carrying that token to OPEN_TOKEN_PATH, which answers the secret once. */
export const OPEN_TOKEN_HEADER = 'x-thuong-truc-open-token';

/** Path (under the host's root) where the page exchanges the one-time token for the secret. */
export const OPEN_TOKEN_PATH = 'auth/open';
