// Renders .docx files the way a reader sees them (LibreOffice -> PDF) and reads back word positions
// (pdftotext -bbox-layout), page sizes (pdfinfo) and fonts (pdffonts). For integration tests only.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { descendants, type Element, numAttr, parseXml } from './xml';

export const RENDER_PACKAGES = 'libreoffice-writer-nogui poppler-utils fonts-liberation2';

/** Throws with the packages to install when soffice or the poppler tools are missing. */
export function assertRenderTools(): void {
  const missing = ['soffice', 'pdftotext', 'pdfinfo', 'pdffonts'].filter(
    (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0,
  );
  if (missing.length > 0) {
    throw new Error(
      `Rendering Word files needs ${missing.join(', ')}, which is missing. Install: ` +
        `apt-get update && apt-get install -y ${RENDER_PACKAGES}`,
    );
  }
}

/** Converts every file to PDF in one LibreOffice run with a throw-away profile; returns the PDF paths. */
export function renderPdfs(docxPaths: string[], outDir: string, timeoutMs = 240_000): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    const result = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...docxPaths],
      { encoding: 'utf8', timeout: timeoutMs },
    );
    const pdfs = docxPaths.map((p) => join(outDir, basename(p).replace(/\.docx$/, '.pdf')));
    const absent = pdfs.filter((p) => !existsSync(p));
    if (absent.length > 0) {
      throw new Error(
        `LibreOffice produced no PDF for ${absent.map((p) => basename(p)).join(', ')} ` +
          `(status ${result.status}, signal ${result.signal}): ${result.stderr || result.stdout}`,
      );
    }
    return pdfs;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Line {
  words: Word[];
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Page {
  /** 1-based page number in the PDF. */
  index: number;
  width: number;
  height: number;
  lines: Line[];
  words: Word[];
  text: string;
}

const box = (el: Element) => ({
  xMin: numAttr(el, 'xMin')!,
  yMin: numAttr(el, 'yMin')!,
  xMax: numAttr(el, 'xMax')!,
  yMax: numAttr(el, 'yMax')!,
});

/** Pages with their lines and words, positions in points from the top-left corner. */
export function readLayout(pdf: string): Page[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const doc = parseXml(html);
  return descendants(doc, 'page').map((p, i) => {
    const lines = descendants(p, 'line').map((l) => {
      const words = descendants(l, 'word').map((w) => ({ text: (w.textContent ?? '').normalize('NFC'), ...box(w) }));
      return { words, text: words.map((w) => w.text).join(' '), ...box(l) };
    });
    const words = lines.flatMap((l) => l.words);
    return { index: i + 1, width: numAttr(p, 'width')!, height: numAttr(p, 'height')!, lines, words, text: lines.map((l) => l.text).join('\n') };
  });
}

/** Page sizes in points as pdfinfo reports them. */
export function pageSizes(pdf: string): { width: number; height: number }[] {
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** Names of the fonts embedded in the PDF. */
export function pdfFonts(pdf: string): string[] {
  const out = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .map((l) => l.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean)
    .map((name) => name.replace(/^[A-Z]{6}\+/, ''));
}

