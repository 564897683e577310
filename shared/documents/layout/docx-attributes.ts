// docx 9 writes the attributes of most elements (spacing, indents, borders, fonts…) through
// NextAttributeComponent, whose prepForXml copies the attributes object once per attribute (a reduce
// over object spreads): a fifth of the CPU of packing an annual report and much of its garbage. The
// same object is built here in one pass: the same keys in the same order, a later key of the same
// name overriding an earlier one, undefined values left out (tests/unit/documents/docx-attributes.test.ts
// compares the two). Installed once, when documents are first packed (pack.ts).
import { NextAttributeComponent } from 'docx';

type Attribute = { key: string; value: unknown };
type AttributesPrep = (this: unknown, context?: unknown) => { _attr: Record<string, unknown> };

const prototype = NextAttributeComponent.prototype as unknown as { prepForXml: AttributesPrep };

/** docx's own prepForXml of NextAttributeComponent (for the comparison test). */
export const docxAttributesPrep: AttributesPrep = prototype.prepForXml;

export const onePassAttributesPrep: AttributesPrep = function (this: unknown) {
  const attributes: Record<string, unknown> = {};
  const root = (this as unknown as { root: Record<string, Attribute> }).root;
  for (const name in root) {
    const { key, value } = root[name]!;
    if (value !== undefined) attributes[key] = value;
  }
  return { _attr: attributes };
};

prototype.prepForXml = onePassAttributesPrep;
