// Long data tables (the assignment table of a plan of thousands of tasks) written without a docx object
// per row. The table is built with one sample row per row shape (kind, bold, italics, lines per cell)
// whose lines are markers. When `packDocx` writes the document, docx writes those samples; each
// sample's XML is cut at its markers into a template, and every real row is written from the template
// of its shape with its own escaped text. The XML is the one docx writes for the whole table, byte for
// byte (tests/unit/documents/long-table.test.ts); a document serialised any other way (Packer
// directly) gets the whole table built row by row as before.
import { type Document, type IContext, type IXmlableObject, Packer, Table } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { nfc } from '../text';
import { type DataColumn, type DataRow, type DataTableOptions, tableOptions } from './data-table';
import { type Compressor, type PartBytes, type StreamCompressor, utf8Chunks, zipStreamedParts } from './zip';
import { type ParagraphPieces, paragraphWriter, startParagraphTemplates, stopParagraphTemplates, wroteParagraphTemplates } from './templated-paragraph';

/** Documents being packed by `packDocx`: their long tables write their samples only. */
const packing = new WeakSet<object>();
/** The long tables written while packing a document, in the order docx wrote them. */
const written = new WeakMap<object, LongTable[]>();
let nextId = 1;

/** A marker no plan text holds (private-use characters around the table and line number). */
const marker = (id: number, slot: number) => `\uE000${id}.${slot}\uE001`;

/** The lines of a row, in the order docx writes them, as `dataTable` splits them. */
function linesOf(row: DataRow, columns: number): string[][] {
  const cells = 'cells' in row ? Array.from({ length: columns }, (_, i) => row.cells[i] ?? '') : [row.first, row.span];
  return cells.map((text) => nfc(text).split('\n'));
}

function shapeOf(row: DataRow, lines: string[][]): string {
  const kind = 'cells' in row ? 'c' : `g${row.italics ? 'i' : ''}`;
  return `${kind}${row.bold ? 'b' : ''}:${lines.map((l) => l.length).join(',')}`;
}

class LongTable extends Table {
  constructor(
    readonly longId: number,
    readonly longColumns: DataColumn[],
    readonly longRows: DataRow[],
    private readonly longPt: number,
    private readonly longOptions: DataTableOptions,
    samples: DataRow[],
    /** For each row, the index of its shape's sample. */
    readonly shapeIndex: Uint32Array,
  ) {
    super(tableOptions(longColumns, samples, longPt, longOptions));
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    if (!packing.has(context.file)) return new Table(tableOptions(this.longColumns, this.longRows, this.longPt, this.longOptions)).prepForXml(context);
    if (this.longRows.length === 0) return super.prepForXml(context);
    const list = written.get(context.file) ?? [];
    list.push(this);
    written.set(context.file, list);
    return super.prepForXml(context);
  }
}

/** A data table as `dataTable` makes it, for tables of many rows (written from templates by `packDocx`). */
export function longDataTable(columns: DataColumn[], rows: DataRow[], pt: number, o: DataTableOptions = {}): Table {
  const id = nextId++;
  const shapes = new Map<string, number>();
  const samples: DataRow[] = [];
  const shapeIndex = new Uint32Array(rows.length);
  rows.forEach((row, r) => {
    const lines = linesOf(row, columns.length);
    const key = shapeOf(row, lines);
    let index = shapes.get(key);
    if (index === undefined) {
      index = samples.length;
      shapes.set(key, index);
      let slot = 0;
      const texts = lines.map((l) => l.map(() => marker(id, slot++)).join('\n'));
      samples.push('cells' in row ? { ...row, cells: texts } : { ...row, first: texts[0]!, span: texts[1]! });
    }
    shapeIndex[r] = index;
  });
  return new LongTable(id, columns, rows, pt, o, samples, shapeIndex);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
/** Text as docx escapes it (quotes too; control characters Word refuses are dropped). */
// eslint-disable-next-line no-control-regex -- the control characters XML 1.0 forbids are what is dropped
const escapeText = (text: string) => text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');

const ROW_OPEN = '<w:tr>';
const ROW_CLOSE = '</w:tr>';

/** Where a long table's sample rows are in docx's XML, and the template of each of its row shapes. */
interface TableRegion {
  table: LongTable;
  start: number;
  end: number;
  /** Per shape: literal XML alternating with the row's lines, [xml, xml, …] around the slots in order. */
  templates: string[][];
}

function tableRegion(xml: string, table: LongTable): TableRegion {
  const prefix = `\uE000${table.longId}.`;
  const first = xml.indexOf(prefix);
  if (first < 0) throw new Error(`Bảng dài ${table.longId}: không tìm thấy các dòng mẫu.`);
  const start = xml.lastIndexOf(ROW_OPEN, first);
  const end = xml.indexOf(ROW_CLOSE, xml.lastIndexOf(prefix)) + ROW_CLOSE.length;
  const samples = xml.slice(start, end).split(ROW_CLOSE).slice(0, -1);
  const pattern = new RegExp(`\uE000${table.longId}\\.(\\d+)\uE001`);
  // A template alternates literal XML and line slots: [xml, 0, xml, 1, xml]; the slots are in order.
  const templates = samples.map((s) => {
    const parts = `${s}${ROW_CLOSE}`.split(pattern);
    for (let i = 1; i < parts.length; i += 2) {
      if (Number(parts[i]) !== (i - 1) / 2) throw new Error(`Bảng dài ${table.longId}: dòng mẫu không đúng thứ tự.`);
    }
    return parts.filter((_, i) => i % 2 === 0);
  });
  return { table, start, end, templates };
}

/** Every row of a long table, in pieces, written from the template of its shape with its own escaped text. */
function* tableRows({ table, templates }: TableRegion): Generator<string> {
  const columns = table.longColumns.length;
  for (let r = 0; r < table.longRows.length; r++) {
    const literal = templates[table.shapeIndex[r]!]!;
    const lines = linesOf(table.longRows[r]!, columns).flat();
    yield literal[0]!;
    for (let i = 0; i < lines.length; i++) {
      yield escapeText(lines[i]!);
      yield literal[i + 1]!;
    }
  }
}

/**
 * The document part in pieces: the XML docx wrote with each long table's sample rows replaced by all
 * its rows and each templated paragraph written in full, read in one pass over docx's XML.
 */
export function* documentPieces(xml: string, tables: LongTable[], paragraphs: ParagraphPieces): Generator<string> {
  const regions = tables.map((t) => tableRegion(xml, t)).sort((a, b) => a.start - b.start);
  let at = 0;
  for (const region of regions) {
    if (region.start < at) throw new Error(`Bảng dài ${region.table.longId}: các dòng mẫu chồng lên nhau.`);
    yield* paragraphs(at, region.start);
    yield* tableRows(region);
    at = region.end;
  }
  yield* paragraphs(at, xml.length);
}

/** The document XML written whole (tests; packDocx streams the pieces instead). */
export function writeLongTables(xml: string, tables: LongTable[], paragraphs: ParagraphPieces = function* (from, to) {
  if (to > from) yield xml.slice(from, to);
}): string {
  return [...documentPieces(xml, tables, paragraphs)].join('');
}

/** docx's own compiler: the package's parts as text or bytes, by path, in the order docx zips them. */
type PartCompiler = { compile(doc: Document, prettify?: undefined, overrides?: []): Map<string, string | Uint8Array> };
const partCompiler = (Packer as unknown as { compiler?: PartCompiler }).compiler;

/**
 * Packs a document to .docx bytes: docx's compiler writes its parts, the long tables and templated
 * paragraphs (layout/templated-paragraph.ts) as samples, then the package is zipped once (layout/zip.ts;
 * the parts in docx's order) with the document part written from its pieces as UTF-8 chunks of about a
 * megabyte, each deflated as it comes (`StreamCompressor`): the part of a plan of 5,000 tasks is some
 * 30 MB of XML, never held whole as a string nor as bytes. The parts are taken from docx's compiler
 * (Packer's own, a private field of docx 9) rather than from Packer.pack's zip: that deflated every part
 * in JavaScript for this to inflate them again, 40 ms of an annual report's 320 and much of its garbage.
 * Without that compiler (another docx), the zip is unpacked (tests/unit/documents/long-table.test.ts
 * fails then, so that the slower path is not taken unnoticed).
 */
export async function packWithLongTables(doc: Document, compress?: Compressor | StreamCompressor): Promise<Uint8Array> {
  packing.add(doc);
  written.delete(doc);
  startParagraphTemplates(doc);
  try {
    const files = await compiledParts(doc);
    const part = 'word/document.xml';
    const document = files.get(part)!;
    const xml = typeof document === 'string' ? document : strFromU8(document);
    const tables = written.get(doc) ?? [];
    const pieces = tables.length || wroteParagraphTemplates(doc) ? documentPieces(xml, tables, paragraphWriter(doc, xml)) : [xml];
    const encoder = new TextEncoder();
    return await zipStreamedParts(
      [...files].map(([name, data]): [string, PartBytes] => [name, name === part ? utf8Chunks(pieces) : typeof data === 'string' ? encoder.encode(data) : data]),
      compress,
    );
  } finally {
    packing.delete(doc);
    written.delete(doc);
    stopParagraphTemplates(doc);
  }
}

async function compiledParts(doc: Document): Promise<Map<string, string | Uint8Array>> {
  if (partCompiler) return partCompiler.compile(doc, undefined, []);
  return new Map(Object.entries(unzipSync(await Packer.pack(doc, 'uint8array'))));
}
