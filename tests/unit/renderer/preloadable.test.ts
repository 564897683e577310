// Opening a screen whose code the idle prefetch has already brought (renderer/src/api/prefetch.ts,
// preloadable): React.lazy draws it in the same render, without "Đang tải…" in between; before the
// code has come, and after a failed load, the screen waits for it as before.
import { Suspense, createElement, lazy } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { preloadable } from '../../../renderer/src/api/prefetch';

const Screen = () => createElement('p', null, 'Danh sách nhiệm vụ');
const page = (load: () => Promise<{ Screen: typeof Screen }>) => {
  const Lazy = lazy(() => load().then((m) => ({ default: m.Screen })));
  return renderToString(createElement(Suspense, { fallback: createElement('p', null, 'Đang tải…') }, createElement(Lazy)));
};

describe('a screen opened after its code was prefetched', () => {
  it('shows the screen at once once the code has come, and "Đang tải…" while it has not', async () => {
    let loads = 0;
    const load = preloadable(async () => {
      loads++;
      return { Screen };
    });
    expect(page(load)).toContain('Đang tải…');
    await load();
    expect(page(load)).toContain('Danh sách nhiệm vụ');
    expect(page(load)).not.toContain('Đang tải…');
    expect(loads).toBe(1);
  });

  it('a failed load is tried again the next time, then kept', async () => {
    let fail = true;
    const load = preloadable(async () => {
      if (fail) throw new Error('mất kết nối');
      return { Screen };
    });
    await expect(load()).rejects.toThrow('mất kết nối');
    fail = false;
    await load();
    expect(page(load)).toContain('Danh sách nhiệm vụ');
  });
});
