// The backend's heap kept small, in both hosts (browser host: browser-host/main.ts; desktop: the
// Electron main process, desktop/main.ts), set before the data is opened.
//
// Measured with `npm run bench` (the browser host as a child process, 10-year dataset): of the 231 MB
// RSS after three annual reports, the live objects were about 22 MB; the rest was V8's heap grown for
// garbage (heapTotal 119 MB, heapUsed 86 MB of mostly dead objects) that V8 collects only once the
// heap has grown that far. SQLite's page cache (2 MB a connection) and glibc's arenas (MALLOC_ARENA_MAX=2
// saved 5-10 MB) were not where it went. V8's --optimize-for-size grows the heap by smaller steps and
// collects sooner: 151-174 MB after the reports, 139-151 MB on the board, with no measurable cost in
// time on the board calls or the exports. Setting the flag at run time (v8.setFlagsFromString) is the
// one way that reaches both hosts: the Electron main process takes no V8 flags after it started, and
// the browser host is started by npm start, the tests and the benches alike.
//
// The young generation (V8's semi-spaces, up to 16 MB each) is sized when the heap is made, so its
// flag works only on the command line of the process: `v8.setFlagsFromString` afterwards changed
// nothing (measured, as did --semi-space-growth-factor). `npm run bench -- --only host` with
// --max-semi-space-size=1, alternating with and without, load average 9-11 on 2 cores: idle 130/131
// against 140-144 MB, after the reports 145-147 against 145-153, on the board 134-137 against
// 159-171 MB (V8's heapTotal on the board 36-39 against 54-63 MB); the 5000-task exports showed no
// difference beyond the noise of that load. The browser host is started with it by npm start
// (build/scripts/start.mjs) and the bench; the desktop main process is not (Electron would take it
// only as --js-flags on its own command line), and the end-to-end tests' host neither.
// The rest of the RSS on the board is native (SQLite, glibc, about 95-105 MB with the code): the
// statement cache of db/connection.ts (about 90 statements in a bench run) made no difference
// beyond the noise (0, 50, 100, 300 kept).
import v8 from 'node:v8';

export const LEAN_HEAP_FLAGS = '--optimize-for-size';

/** Node flags for the command line that starts the browser host (see above). */
export const LEAN_HEAP_NODE_ARGS = ['--max-semi-space-size=1'];

let set = false;

/** Sets LEAN_HEAP_FLAGS on this process's V8, once; called at start, before the data is opened. */
export function applyLeanHeapFlags(): void {
  if (set) return;
  set = true;
  v8.setFlagsFromString(LEAN_HEAP_FLAGS);
}
