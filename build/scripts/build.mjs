// Builds the app: the UI with Vite into dist/renderer, the hosts with esbuild into dist-electron.
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { pathToFileURL } from 'node:url';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

export async function buildApp({ quiet = false } = {}) {
  const started = Date.now();
  await viteBuild({ configFile: 'vite.config.ts', logLevel: quiet ? 'warn' : 'info' });
  await Promise.all([
    // Browser host: plain Node, dependencies loaded from node_modules.
    esbuild({ ...common, entryPoints: ['electron/backend/browser-host/main.ts'], outfile: 'dist-electron/browser-host.mjs', format: 'esm', packages: 'external' }),
    // Desktop main process. Modules loaded when first used (`await import('exceljs')`) become
    // require() calls, which read from app.asar like every other module of the main process.
    esbuild({
      ...common,
      entryPoints: ['electron/desktop/main.ts'],
      outfile: 'dist-electron/main.cjs',
      format: 'cjs',
      packages: 'external',
      supported: { 'dynamic-import': false },
    }),
    // Sandboxed preload: may only require electron, so everything else is bundled in.
    esbuild({ ...common, entryPoints: ['electron/desktop/preload.ts'], outfile: 'dist-electron/preload.cjs', format: 'cjs', external: ['electron'] }),
  ]);
  if (!quiet) console.log(`Đã dựng ứng dụng trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildApp().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
