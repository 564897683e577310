// The import table of docs/ARCHITECTURE.md, enforced on every source file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, parseImportRules, ruleFor, violation } from './import-rules';

const ROOT = path.resolve(__dirname, '../../..');
const SOURCE_FOLDERS = ['shared', 'db', 'electron', 'renderer/src'];
const rules = parseImportRules(fs.readFileSync(path.join(ROOT, 'docs/ARCHITECTURE.md'), 'utf8'));

function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, folder), { withFileTypes: true })) {
    const rel = `${folder}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sourceFiles(rel));
    else if (/\.(ts|tsx|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

describe('the import table of docs/ARCHITECTURE.md', () => {
  it('has a row for each source folder', () => {
    expect(rules.length).toBeGreaterThanOrEqual(5);
    const files = SOURCE_FOLDERS.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => !ruleFor(rules, f))).toEqual([]);
  });

  it('is kept by every source file', () => {
    const broken: string[] = [];
    for (const file of SOURCE_FOLDERS.flatMap(sourceFiles)) {
      const rule = ruleFor(rules, file);
      if (!rule) continue; // reported by the test above
      for (const specifier of importsOf(fs.readFileSync(path.join(ROOT, file), 'utf8'))) {
        const hit = violation(rule, file, specifier);
        if (hit) broken.push(`${file} imports '${specifier}' (${hit} is forbidden there)`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('the checker', () => {
  // A table shaped like the real one, so the checker is seen to fail on each kind of forbidden import.
  const table = [
    '## Who may import what',
    '',
    '| Folder | May import | Must not import |',
    '| --- | --- | --- |',
    '| `shared/` | zod | Node built-ins, electron, react, `db/`, `renderer/` |',
    '| `electron/handlers`, `api` | `db/` | electron, `renderer/` |',
    '| `electron/desktop/main.ts`, `preload.ts` | electron | `renderer/` |',
  ].join('\n');
  const sample = parseImportRules(table);

  it('reads folders, files and forbidden targets from the table', () => {
    expect(sample).toEqual([
      { paths: ['shared/'], forbidden: ['node', 'electron', 'react', 'db/', 'renderer/'] },
      { paths: ['electron/handlers/', 'electron/api/'], forbidden: ['electron', 'renderer/'] },
      { paths: ['electron/desktop/main.ts', 'electron/desktop/preload.ts'], forbidden: ['renderer/'] },
    ]);
  });

  it('names a forbidden relative, package or Node import and lets allowed ones pass', () => {
    const shared = ruleFor(sample, 'shared/domain/x.ts')!;
    expect(violation(shared, 'shared/domain/x.ts', '../../db/queries/tasks')).toBe('db/');
    expect(violation(shared, 'shared/domain/x.ts', 'node:fs')).toBe('Node built-ins');
    expect(violation(shared, 'shared/domain/x.ts', 'path')).toBe('Node built-ins');
    expect(violation(shared, 'shared/domain/x.ts', 'react')).toBe('react');
    expect(violation(shared, 'shared/domain/x.ts', 'react-dom/client')).toBeNull();
    expect(violation(shared, 'shared/domain/x.ts', '../dates/iso-date')).toBeNull();
    const handler = ruleFor(sample, 'electron/api/dispatch.ts')!;
    expect(violation(handler, 'electron/api/dispatch.ts', 'electron')).toBe('electron');
    expect(violation(ruleFor(sample, 'electron/desktop/main.ts')!, 'electron/desktop/main.ts', 'electron')).toBeNull();
    expect(ruleFor(sample, 'electron/desktop/security.ts')).toBeUndefined();
  });

  it('finds static, re-exported, dynamic and type imports, not those in comments', () => {
    const source = [
      "import fs from 'node:fs';",
      "import type { A } from '../a';",
      "export { b } from './b';",
      "import './side-effect';",
      "const m = await import('../../db/x');",
      "// import x from 'electron';",
      "/* import y from 'react'; */",
      "import {\n  c,\n  d,\n} from 'kysely';",
    ].join('\n');
    expect(importsOf(source).sort()).toEqual(['../../db/x', '../a', './b', './side-effect', 'kysely', 'node:fs'].sort());
  });
});
