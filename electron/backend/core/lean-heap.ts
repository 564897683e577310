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
import v8 from 'node:v8';

export const LEAN_HEAP_FLAGS = '--optimize-for-size';

let set = false;

export function useLeanHeap(): void {
  if (set) return;
  set = true;
  v8.setFlagsFromString(LEAN_HEAP_FLAGS);
}
