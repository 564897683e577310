// Vietnamese text helpers: NFC normalisation, diacritic-insensitive matching and alphabetical order.

/** Precomposed Unicode (dựng sẵn), the form every stored and exported string uses. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** An optional text field as stored: trimmed and in NFC, or null when nothing is left. */
export const cleanText = (t: string | null | undefined) => (t ? nfc(t.trim()) : '') || null;

/**
 * The one rule for removing Vietnamese diacritics: tone and vowel marks dropped, đ -> d, Đ -> D, case
 * kept ("Sở LĐ-TB&XH" -> "So LD-TB&XH"). Searching, agency codes and file names all build on it.
 */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/**
 * Folds text for searching: lower case, no diacritics, đ -> d, single spaces.
 * Clerks type "cong an" and must find "Công an tỉnh".
 */
export function foldVietnamese(text: string): string {
  return stripDiacritics(text)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query appears in the text, ignoring case and diacritics. */
export function matchesSearch(text: string, query: string): boolean {
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldVietnamese(text);
  return words.every((w) => haystack.includes(w));
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese alphabetical order (a ă â b c d đ e ê ...), numbers in numeric order. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
