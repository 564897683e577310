// Small helpers over @xmldom/xmldom for WordprocessingML (qualified names such as "w:p").
import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';

export type { Element, XmlDocument };

export function parseXml(text: string): XmlDocument {
  return new DOMParser().parseFromString(text, 'text/xml');
}

/** Element children, optionally only those with the qualified name `name`. */
export function children(el: Element, name?: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (!name || (n as Element).nodeName === name)) out.push(n as Element);
  }
  return out;
}

export function child(el: Element | null | undefined, name: string): Element | null {
  if (!el) return null;
  return children(el, name)[0] ?? null;
}

/** Follows a path of child names: path(tc, 'w:tcPr', 'w:tcW'). */
export function path(el: Element | null | undefined, ...names: string[]): Element | null {
  let cur: Element | null = el ?? null;
  for (const n of names) cur = child(cur, n);
  return cur;
}

/** All descendants with the qualified name, in document order. */
export function descendants(el: Element | XmlDocument, name: string): Element[] {
  return Array.from(el.getElementsByTagName(name) as unknown as ArrayLike<Element>);
}

export function attr(el: Element | null | undefined, name: string): string | null {
  if (!el || !el.hasAttribute(name)) return null;
  return el.getAttribute(name);
}

export function numAttr(el: Element | null | undefined, name: string): number | null {
  const v = attr(el, name);
  return v === null ? null : Number(v);
}

/** An OOXML on/off property: absent -> undefined; <w:b/> or val true/1/on -> true; false/0/off -> false. */
export function toggle(el: Element | null | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = attr(el, 'w:val');
  return v === null || !['false', '0', 'off'].includes(v);
}

/** True when `el` lies inside an element named `name`. */
export function hasAncestor(el: Element, name: string): boolean {
  for (let p = el.parentNode; p; p = p.parentNode) if (p.nodeName === name) return true;
  return false;
}
