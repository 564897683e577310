// Reads the "Who may import what" table of docs/ARCHITECTURE.md and checks source files against it,
// so the table the newcomer reads is the rule the build enforces.
import { builtinModules } from 'node:module';
import path from 'node:path';

export interface ImportRule {
  /** Folders (ending in /) or files the row applies to, relative to the project root. */
  paths: string[];
  /** Forbidden targets: project folders (ending in /), package names, or 'node' for Node built-ins. */
  forbidden: string[];
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** The rows of the markdown table under the heading "Who may import what". */
export function parseImportRules(markdown: string): ImportRule[] {
  const section = markdown.split(/^## Who may import what\s*$/m)[1];
  if (!section) throw new Error('docs/ARCHITECTURE.md has no "## Who may import what" section');
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2); // header and separator
  return rows
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()))
    .filter((cells) => cells.length === 3)
    .map(([folders, , mustNot]) => ({ paths: expandPaths(folders!), forbidden: parseTargets(mustNot!) }));
}

/** "`electron/handlers`, `api`, `core`" → electron/handlers/, electron/api/, electron/core/. */
function expandPaths(cell: string): string[] {
  const names = [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
  const out: string[] = [];
  let base = '';
  for (const name of names) {
    const full = name.includes('/') ? name : `${base}${name}`;
    base = full.includes('/') ? full.slice(0, full.lastIndexOf('/', full.endsWith('/') ? full.length - 2 : undefined) + 1) : '';
    out.push(/\.[a-z]+$/.test(full) || full.endsWith('/') ? full : `${full}/`);
  }
  return out;
}

function parseTargets(cell: string): string[] {
  return cell
    .split(',')
    .map((t) => t.trim().replace(/`/g, ''))
    .filter(Boolean)
    .map((t) => (/^node built-ins$/i.test(t) ? 'node' : t));
}

/** The most specific row for a file (a file row beats a folder row; a longer folder beats a shorter). */
export function ruleFor(rules: ImportRule[], file: string): ImportRule | undefined {
  let best: { rule: ImportRule; weight: number } | undefined;
  for (const rule of rules) {
    for (const p of rule.paths) {
      const matches = p.endsWith('/') ? file.startsWith(p) : file === p;
      const weight = p.endsWith('/') ? p.length : 10_000;
      if (matches && (!best || weight > best.weight)) best = { rule, weight };
    }
  }
  return best?.rule;
}

/** Import specifiers of a TypeScript source: static, re-exports, dynamic and type imports. */
export function importsOf(source: string): string[] {
  const out: string[] = [];
  const patterns = [/\b(?:import|export)\s[^'"]*?\sfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g];
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  for (const re of patterns) for (const m of code.matchAll(re)) out.push(m[1]!);
  return out;
}

/** The forbidden target an import hits, or null. `file` and the result are relative to the root. */
export function violation(rule: ImportRule, file: string, specifier: string): string | null {
  const target = specifier.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)) : null;
  for (const forbidden of rule.forbidden) {
    if (forbidden === 'node') {
      if (!target && NODE_BUILTINS.has(specifier)) return 'Node built-ins';
    } else if (forbidden.endsWith('/')) {
      if (target && `${target}/`.startsWith(forbidden)) return forbidden;
    } else if (!target && (specifier === forbidden || specifier.startsWith(`${forbidden}/`))) {
      return forbidden;
    }
  }
  return null;
}
