// The installer configuration: electron-builder accepts it (its own schema), it names what the app
// needs, and a real electron-builder run (Linux folder target, with a stand-in for the Electron
// runtime, which cannot be downloaded here) packs exactly what the main process loads: the entry
// named by package.json "main", the preload, the UI, and every production module the main bundle
// requires, with better-sqlite3's native module outside app.asar. The real installers are built
// by .github/workflows/installers.yml on machines with internet access.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const builderRequire = createRequire(require.resolve('app-builder-lib/package.json'));
const CONFIG = path.resolve('build/electron-builder.yml');
/** Marks the fuse wire inside an Electron binary (@electron/fuses). */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
  main?: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

interface Config {
  appId: string;
  productName: string;
  files: { filter: string[] }[] | string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  win: { target: { target: string }[]; icon: string };
  nsis: { oneClick: boolean; perMachine: boolean; allowElevation: boolean; deleteAppDataOnUninstall: boolean };
  linux: { target: { target: string }[] };
  publish: null;
  electronFuses?: Record<string, boolean>;
}

async function loadConfig(): Promise<Config> {
  const { getConfig, validateConfiguration } = builderRequire('./out/util/config/config.js');
  const { DebugLogger } = builderRequire('builder-util');
  const config = await getConfig(process.cwd(), CONFIG, null);
  await validateConfiguration(config, new DebugLogger(false)); // throws on an unknown or misplaced option
  return config as Config;
}

describe('installer configuration', () => {
  it('is valid for electron-builder and names the product, the targets and the native module', async () => {
    const config = await loadConfig();
    expect(config.productName).toBe('Thường trực');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z0-9-]+)+$/);
    expect(config.win.target.map((t) => t.target).sort()).toEqual(['nsis', 'portable']);
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, allowElevation: false, deleteAppDataOnUninstall: false });
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage']);
    expect(config.npmRebuild).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**/*.node');
    expect(config.publish).toBeNull();
  });

  it('flips Electron\'s fuses: no running as Node, no NODE_OPTIONS or inspect arguments, app only from a checked app.asar, encrypted cookies, no extra privileges for file:// pages', async () => {
    const config = await loadConfig();
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('is what package.json points at: the main entry and the dist scripts', () => {
    expect(pkg.main).toBe('dist-electron/main.cjs');
    for (const [script, flag] of [['dist:win', '--win'], ['dist:linux', '--linux']] as const) {
      expect(pkg.scripts[script]).toContain('npm run build');
      expect(pkg.scripts[script]).toContain('build/scripts/make-icon.mjs');
      expect(pkg.scripts[script]).toContain(`electron-builder ${flag} --config build/electron-builder.yml`);
    }
  });

  it('is built by a CI workflow on Windows and Linux, with the installers kept as artifacts', () => {
    const yaml = builderRequire('js-yaml') as { load(text: string): unknown };
    const workflow = yaml.load(fs.readFileSync('.github/workflows/installers.yml', 'utf8')) as {
      jobs: Record<string, { strategy: { matrix: { include: { os: string; script: string }[] } }; steps: { run?: string; uses?: string; with?: Record<string, string> }[] }>;
    };
    const job = Object.values(workflow.jobs)[0]!;
    expect(job.strategy.matrix.include).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ os: 'windows-latest', script: 'dist:win' }),
        expect.objectContaining({ os: 'ubuntu-latest', script: 'dist:linux' }),
      ]),
    );
    const runs = job.steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('npm ci');
    expect(runs).toContain('npm run ${{ matrix.script }}');
    expect(job.steps.some((s) => s.uses?.startsWith('actions/upload-artifact'))).toBe(true);
  });
});

describe('packaged app (electron-builder run with a stand-in Electron runtime)', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'thuong-truc-pack-'));
  const out = path.join(work, 'release');
  let resources = '';
  let files: Set<string>;
  let readAsar: (file: string) => string;

  beforeAll(async () => {
    // What `npm run dist:*` runs before electron-builder.
    for (const script of ['build/scripts/build.mjs', 'build/scripts/make-icon.mjs']) {
      const step = spawnSync(process.execPath, [script], { encoding: 'utf8' });
      if (step.status !== 0) throw new Error(`${script} dừng với mã ${step.status}:\n${step.stdout}\n${step.stderr}`);
    }

    // What electron-builder copies from an Electron distribution; the real one comes from the network.
    const fakeElectron = path.join(work, 'electron-dist');
    fs.mkdirSync(path.join(fakeElectron, 'locales'), { recursive: true });
    fs.mkdirSync(path.join(fakeElectron, 'resources'));
    // With Electron's fuse wire as the real binary carries it (sentinel, version 1, 8 fuses, the
    // defaults: RunAsNode, NODE_OPTIONS, inspect and file:// privileges on), for electronFuses to flip.
    fs.writeFileSync(
      path.join(fakeElectron, 'electron'),
      Buffer.concat([Buffer.from('#!/bin/sh\n'), Buffer.from(FUSE_SENTINEL), Buffer.from([1, 8]), Buffer.from('10110001')]),
      { mode: 0o755 },
    );
    for (const f of ['LICENSE', 'LICENSES.chromium.html', 'version', 'locales/vi.pak', 'locales/en-US.pak', 'locales/fr.pak']) {
      fs.writeFileSync(path.join(fakeElectron, f), '');
    }
    const electronVersion = (require('electron/package.json') as { version: string }).version;
    const run = spawnSync(
      process.execPath,
      [
        require.resolve('electron-builder/cli.js'),
        '--linux', 'dir', '--x64',
        '--config', CONFIG,
        `-c.electronDist=${fakeElectron}`,
        `-c.electronVersion=${electronVersion}`,
        '-c.npmRebuild=false', // rebuilding for Electron needs its headers from the network
        `-c.directories.output=${out}`,
        '--publish', 'never',
      ],
      { encoding: 'utf8', env: { ...process.env, CI: '' } },
    );
    if (run.status !== 0) throw new Error(`electron-builder dừng với mã ${run.status}:\n${run.stdout}\n${run.stderr}`);
    resources = path.join(out, 'linux-unpacked', 'resources');
    const asar = builderRequire('@electron/asar') as {
      listPackage(archive: string): string[];
      extractFile(archive: string, file: string): Buffer;
    };
    const archive = path.join(resources, 'app.asar');
    files = new Set(asar.listPackage(archive).map((f) => f.replace(/\\/g, '/').replace(/^\//, '')));
    readAsar = (file) => asar.extractFile(archive, file).toString('utf8');
  }, 180_000);

  afterAll(() => {
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('holds the entry named by package.json "main", the preload and the UI', () => {
    const packedPkg = JSON.parse(readAsar('package.json')) as { main: string; productName: string };
    expect(packedPkg.main).toBe('dist-electron/main.cjs');
    expect(files.has('dist-electron/main.cjs')).toBe(true);
    expect(files.has('dist-electron/preload.cjs')).toBe(true);
    expect(files.has('dist/renderer/index.html')).toBe(true);
    // Every script and style the page loads is packed.
    const html = readAsar('dist/renderer/index.html');
    const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => `dist/renderer/${m[1]}`);
    expect(assets.length).toBeGreaterThan(0);
    for (const a of assets) expect(files.has(a), a).toBe(true);
  });

  it('holds every module the main process requires, with their dependencies, as production dependencies', () => {
    const main = readAsar('dist-electron/main.cjs');
    const required = [...new Set([...main.matchAll(/require\("([^"./][^"]*)"\)/g)].map((m) => m[1]!))]
      .filter((m) => m !== 'electron' && !m.startsWith('node:'))
      .map((m) => (m.startsWith('@') ? m.split('/').slice(0, 2).join('/') : m.split('/')[0]!));
    expect(required).toContain('better-sqlite3');
    for (const name of required) expect(Object.keys(pkg.dependencies), `${name} phải là dependency`).toContain(name);

    const missing: string[] = [];
    const seen = new Set<string>();
    const visit = (dir: string) => {
      if (seen.has(dir)) return;
      seen.add(dir);
      if (!files.has(`${dir}/package.json`)) {
        missing.push(dir);
        return;
      }
      const { dependencies = {} } = JSON.parse(readAsar(`${dir}/package.json`)) as { dependencies?: Record<string, string> };
      for (const dep of Object.keys(dependencies)) {
        // Node's lookup: nested node_modules first, then the top level.
        const nested = `${dir}/node_modules/${dep}`;
        visit(files.has(`${nested}/package.json`) ? nested : `node_modules/${dep}`);
      }
    };
    for (const name of required) visit(`node_modules/${name}`);
    expect(missing).toEqual([]);
  });

  it('has the fuses flipped in the packaged binary', () => {
    const binary = fs.readFileSync(path.join(out, 'linux-unpacked', 'ThuongTruc'));
    const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
    expect(binary[at]).toBe(1);
    // RunAsNode, cookie encryption, NODE_OPTIONS, inspect, asar integrity, only app.asar, V8 snapshot,
    // file:// privileges (off: the page is served from app://)
    expect(binary.subarray(at + 2, at + 10).toString('latin1')).toBe('01001100');
  });

  it('keeps better-sqlite3\'s native module outside app.asar, and leaves out what the app never loads', () => {
    expect(fs.existsSync(path.join(resources, 'app.asar.unpacked/node_modules/better-sqlite3/build/Release/better_sqlite3.node'))).toBe(true);
    const packed = [...files];
    expect(packed.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(packed.filter((f) => /^node_modules\/(react|react-dom|@mantine)\//.test(f))).toEqual([]);
    expect(packed.filter((f) => /^(tests|db|shared|electron|renderer|build)\//.test(f))).toEqual([]);
    expect(packed.filter((f) => f.endsWith('sqlite3.c'))).toEqual([]);
  });
});
