// How the preview words a document's signer, and where a builder's complaint belongs: the setting or
// input the clerk must fix.
import type { DocumentInputError } from './text';
import type { DocumentSettings } from './types';
import { signerPositionLines } from './layout/signature';

/** Which settings a document takes its issuer and its symbol from. */
export interface SettingsScope {
  profileKey: 'standing' | 'planIssuer';
  symbolKey: 'reportSymbol' | 'letterSymbol' | 'planSymbol';
}

/** Where a builder's complaint belongs: the setting or input the clerk must fix. */
export function fieldOf(p: SettingsScope, builderField: string): string {
  const map: Record<string, string> = {
    'settings.placeName': `${p.profileKey}.placeName`,
    'settings.archiveLine': `${p.profileKey}.archiveLine`,
    'settings.issuingBody': `${p.profileKey}.issuingBody`,
    'settings.signer.authorityOf': `${p.profileKey}.signerAuthorityOf`,
    'settings.signer.position': `${p.profileKey}.signerPosition`,
    'settings.signer.name': `${p.profileKey}.signerName`,
    'number.symbol': p.symbolKey,
    'number.number': 'number',
    'date.day': 'issuedOn',
    'date.month': 'issuedOn',
    'date.year': 'issuedOn',
    agencies: 'agencyIds',
    basis: 'opening',
  };
  return map[builderField] ?? builderField;
}

export function describeProblem(p: SettingsScope, err: DocumentInputError): { message: string; field: string } {
  const field = fieldOf(p, err.field);
  const inSettings = err.field.startsWith('settings.') || err.field === 'number.symbol';
  return { message: inSettings ? `${err.message} Hãy điền ở Cài đặt › Văn bản.` : err.message, field };
}

export function signerText(settings: DocumentSettings): string {
  try {
    const lines = signerPositionLines(settings.signer);
    const other = settings.signer.otherPosition?.trim();
    return [...lines, ...(other ? [other.toLocaleUpperCase('vi')] : []), settings.signer.name.trim() || '(chưa có họ tên)'].join(' / ');
  } catch {
    return settings.signer.name.trim() || '(chưa có)';
  }
}

export function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
