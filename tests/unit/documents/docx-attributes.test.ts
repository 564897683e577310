import { describe, expect, it } from 'vitest';
import { NextAttributeComponent, Paragraph, Document, LineRuleType } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { packDocx } from '../../../shared/documents/pack';
import { docxAttributesPrep, onePassAttributesPrep } from '../../../shared/documents/layout/docx-attributes';

describe("docx's element attributes, written in one pass", () => {
  const cases: Record<string, { key: string; value: unknown }>[] = [
    { before: { key: 'w:before', value: 120 }, after: { key: 'w:after', value: 0 }, line: { key: 'w:line', value: 360 } },
    { a: { key: 'w:val', value: 'single' }, b: { key: 'w:sz', value: undefined }, c: { key: 'w:color', value: 'auto' } },
    // Two names for one attribute: the later value, at the earlier one's place.
    { first: { key: 'w:left', value: 1 }, middle: { key: 'w:right', value: 2 }, again: { key: 'w:left', value: 3 } },
    { 1: { key: 'w:x', value: 'one' }, z: { key: 'w:z', value: false }, 0: { key: 'w:y', value: 'zero' } },
    {},
  ];
  it.each(cases.map((c, i) => [i, c] as const))('case %i: the same object, keys in the same order, as docx builds', (_i, root) => {
    const component = new NextAttributeComponent(root as never);
    const ours = onePassAttributesPrep.call(component);
    const docx = docxAttributesPrep.call(component);
    expect(ours).toEqual(docx);
    expect(Object.keys(ours._attr)).toEqual(Object.keys(docx._attr));
  });

  it('is installed, and a paragraph packed by packDocx keeps its spacing', async () => {
    expect((NextAttributeComponent.prototype as unknown as { prepForXml: unknown }).prepForXml).toBe(onePassAttributesPrep);
    const doc = new Document({ sections: [{ children: [new Paragraph({ text: 'Thử', spacing: { before: 120, line: 360, lineRule: LineRuleType.AUTO } })] }] });
    const xml = strFromU8(unzipSync(await packDocx(doc))['word/document.xml']!);
    expect(xml).toContain('<w:spacing w:before="120" w:line="360" w:lineRule="auto"/>');
  });
});
