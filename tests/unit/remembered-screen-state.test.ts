// What a screen was left with (renderer/src/hooks/useRemembered.ts): read back only when it is still a
// value the screen understands, per key (screen and plan), and losing it never breaks the screen.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readRemembered, remember } from '../../renderer/src/hooks/useRemembered';

const isSort = (v: unknown): v is 'plan' | 'deadline' => v === 'plan' || v === 'deadline';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

describe('remembered screen state', () => {
  beforeEach(() => vi.stubGlobal('sessionStorage', memoryStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it('gives back what was left under the same key, and nothing under another plan\'s key', () => {
    remember('nhiem-vu:1:sap-xep', 'deadline');
    expect(readRemembered('nhiem-vu:1:sap-xep', isSort)).toBe('deadline');
    expect(readRemembered('nhiem-vu:2:sap-xep', isSort)).toBeUndefined();
  });

  it('ignores a value the screen no longer understands (an old sort, a broken entry)', () => {
    remember('nhiem-vu:1:sap-xep', 'theo-mau-cu');
    expect(readRemembered('nhiem-vu:1:sap-xep', isSort)).toBeUndefined();
    sessionStorage.setItem('thuong-truc:man-hinh:nhiem-vu:1:sap-xep', '{không phải JSON');
    expect(readRemembered('nhiem-vu:1:sap-xep', isSort)).toBeUndefined();
  });

  it('keeps a filter with its search text and ticked statuses as they were', () => {
    const filter = { agencyId: 3, role: 'lead', groupId: null, statuses: ['open_overdue', 'due_soon'], query: 'cong an' };
    remember('nhiem-vu:1:loc', filter);
    expect(readRemembered('nhiem-vu:1:loc', (v): v is typeof filter => typeof v === 'object' && v !== null)).toEqual(filter);
  });

  it('a refused storage only loses the convenience', () => {
    vi.stubGlobal('sessionStorage', {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    expect(() => remember('bao-cao:1:the', 'urging')).not.toThrow();
    expect(readRemembered('bao-cao:1:the', (v): v is string => typeof v === 'string')).toBeUndefined();
  });
});
