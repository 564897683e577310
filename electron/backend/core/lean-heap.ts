// The backend's heap kept small, in both hosts (browser host: browser-host/main.ts; desktop: the
// Electron main process, desktop/main.ts), set before the data is opened.
//
// Measured with `npm run bench` (the browser host as a child process, 10-year dataset): of the 231 MB
// RSS after three annual reports, the live objects were about 22 MB; the rest was V8's heap grown for
// garbage (heapTotal 119 MB, heapUsed 86 MB of mostly dead objects) that V8 collects only once the
// heap has grown that far. glibc's arenas (MALLOC_ARENA_MAX=2 saved 5-10 MB) were not where it went
// (SQLite's page cache is bounded in db/connection.ts). V8's --optimize-for-size grows the heap by smaller steps and
// collects sooner: 151-174 MB after the reports, 139-151 MB on the board (what it costs in time: below;
// the annual report takes 235-276 ms with it, about 150 without). Setting the flag at run time (v8.setFlagsFromString) is the
// one way that reaches both hosts: the Electron main process takes no V8 flags after it started, and
// the browser host is started by npm start, the tests and the benches alike.
//
// The young generation (V8's semi-spaces, up to 16 MB each) is left at V8's size. It is sized when the
// heap is made (a command-line flag only, which the Electron main process does not take). From
// November 2026 the browser host was started with --max-semi-space-size=1: the board's RSS was 133-137
// MB against 159-171, but a call allocating a megabyte or more (the task list, the register, target
// progress) had what it built moved to the old generation, whose full collections then fell on one
// call in fifteen: task list p95 13-15 ms, register 19-21, target progress 26-30 (4, 7-10 and 11 with
// V8's default). The RSS was SQLite's page cache more than V8's: bounded at 4 MB (db/connection.ts),
// idle / after the reports / on the board 126-127 / 127-148 / 119-135 MB with V8's young generation,
// task list p95 3.2-3.6 ms, register 5.6, target progress 11-18. Both hosts now run the same settings,
// and the bench times its calls with them. What they still cost: a plan ten times the size pays the
// full collections of what its calls build (task list, register, target progress 12.9-16.7x for 10x).
// Adding --heap-growing-percent=100 (old generation grown by steps twice as long) made those 11.7-12.8x
// and the annual report 168-180 ms instead of 235-276, but put the board's RSS at 139-151 MB in three runs
// (50: 136-164): the RSS target decided.
// The rest of the RSS on the board is native (SQLite, glibc, about 95-105 MB with the code): the
// statement cache of db/connection.ts (about 90 statements in a bench run) made no difference
// beyond the noise (0, 50, 100, 300 kept).
import v8 from 'node:v8';

export const LEAN_HEAP_FLAGS = '--optimize-for-size';

let set = false;

/** Sets LEAN_HEAP_FLAGS on this process's V8, once; called at start, before the data is opened. */
export function applyLeanHeapFlags(): void {
  if (set) return;
  set = true;
  v8.setFlagsFromString(LEAN_HEAP_FLAGS);
}
