// The project's ESLint configuration (eslint.config.js), run on small pieces of code as if they were
// files of the project: what `npm run lint` (part of `npm test`) refuses.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function findings(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('npm run lint', () => {
  it('refuses a disable comment without a reason and accepts one with a reason', async () => {
    const bare = await findings(
      'export const strip = (s: string) =>\n  // eslint-disable-next-line no-control-regex\n  s.replace(/[\\u0000-\\u001f]/g, "");\n',
      'shared/domain/example.ts',
    );
    expect(bare).toEqual(['local/disable-needs-reason: Disable comment without a reason: add "-- <why>".']);

    const reasoned = await findings(
      'export const strip = (s: string) =>\n  // eslint-disable-next-line no-control-regex -- control characters go\n  s.replace(/[\\u0000-\\u001f]/g, "");\n',
      'shared/domain/example.ts',
    );
    expect(reasoned).toEqual([]);
  });

  it('refuses a hook called conditionally and an effect missing a dependency in renderer/', async () => {
    const code = [
      "import { useEffect, useState } from 'react';",
      'export function Card({ open, id }: { open: boolean; id: number }) {',
      '  if (open) useState(0);',
      '  useEffect(() => console.log(id), []);',
      '  return null;',
      '}',
      '',
    ].join('\n');
    const found = await findings(code, 'renderer/src/components/Card.tsx');
    expect(found.map((f) => f.split(':')[0])).toEqual(['react-hooks/rules-of-hooks', 'react-hooks/exhaustive-deps']);
  });

  it('refuses an unused import and an explicit any outside the migrations', async () => {
    const found = await findings("import { join } from 'node:path';\nexport const x: any = 1;\n", 'db/queries/example.ts');
    expect(found.map((f) => f.split(':')[0]).sort()).toEqual(['@typescript-eslint/no-explicit-any', '@typescript-eslint/no-unused-vars']);
    const migration = await findings("import type { Kysely } from 'kysely';\nexport async function up(_db: Kysely<any>) {}\n", 'db/migrations/0099_example.ts');
    expect(migration).toEqual([]);
  });
});
