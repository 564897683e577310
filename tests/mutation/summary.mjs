// Prints the mutation score per folder from Stryker's JSON report (reports/mutation/mutation.json):
// killed (or timed out) mutants over all valid ones, as Stryker counts it. Exits 1 when shared/domain
// or shared/dates falls below 80%.
import { readFileSync } from 'node:fs';
import path from 'node:path';

// Other reports (runs of a part of the folders) can be given as arguments; they are read together.
const REPORTS = process.argv.length > 2 ? process.argv.slice(2) : ['reports/mutation/mutation.json'];
const THRESHOLD = { 'shared/domain': 80, 'shared/dates': 80 };

const files = Object.assign({}, ...REPORTS.map((r) => JSON.parse(readFileSync(r, 'utf8')).files));
const folders = new Map();
for (const [file, { mutants }] of Object.entries(files)) {
  const folder = path.posix.dirname(file.split(path.sep).join('/'));
  const f = folders.get(folder) ?? { killed: 0, survived: 0, noCoverage: 0, timeout: 0, total: 0 };
  for (const m of mutants) {
    if (m.status === 'Killed') f.killed += 1;
    else if (m.status === 'Timeout') f.timeout += 1;
    else if (m.status === 'Survived') f.survived += 1;
    else if (m.status === 'NoCoverage') f.noCoverage += 1;
    else continue; // CompileError, RuntimeError, Ignored: not counted, as in Stryker's score
    f.total += 1;
  }
  folders.set(folder, f);
}

let failed = false;
console.log('\nMutation score per folder (killed + timeout) / all');
for (const [folder, f] of [...folders].sort()) {
  const score = f.total ? ((f.killed + f.timeout) / f.total) * 100 : 100;
  const floor = THRESHOLD[folder];
  const mark = floor !== undefined && score < floor ? `  < ${floor}%` : '';
  if (mark) failed = true;
  console.log(
    `  ${folder.padEnd(28)} ${score.toFixed(1).padStart(5)}%  killed ${f.killed + f.timeout}, survived ${f.survived}, no coverage ${f.noCoverage}, of ${f.total}${mark}`,
  );
}
process.exit(failed ? 1 : 0);
