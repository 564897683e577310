// A long list a page at a time: the page's slice of the rows and the page controls under them. The
// list's filters apply to all its rows before the slice; a list that shrinks back under the current
// page returns to the first.
import { useEffect, useMemo, useState } from 'react';
import { Group, Pagination, Text } from '@mantine/core';

export function usePaged<T>(items: readonly T[], pageSize: number): { page: number; pages: number; setPage: (page: number) => void; shown: T[] } {
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  useEffect(() => {
    if (page > pages) setPage(1);
  }, [page, pages]);
  const current = Math.min(page, pages);
  const shown = useMemo(() => items.slice((current - 1) * pageSize, current * pageSize), [items, current, pageSize]);
  return { page: current, pages, setPage, shown };
}

/** "Trang" controls, and what a page holds ("50 nhiệm vụ mỗi trang"); nothing for a single page. */
export function PageControls({ page, pages, onChange, perPage }: { page: number; pages: number; onChange: (page: number) => void; perPage: string }) {
  if (pages <= 1) return null;
  return (
    <Group justify="center" className="no-print">
      <Pagination total={pages} value={page} onChange={onChange} aria-label="Trang" />
      <Text size="sm" c="dimmed">
        {perPage} mỗi trang
      </Text>
    </Group>
  );
}
