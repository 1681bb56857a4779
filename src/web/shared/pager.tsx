// Previous/next paging with a "page x of y" label; simpler for screen readers than a row of page numbers.
import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { page: number; pageSize: number; total: number; onChange: (page: number) => void };

export function Pager({ page, pageSize, total, onChange }: Props) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <Group component="nav" aria-label={t('people.pagination')} gap="sm">
      <Button variant="outline" size="sm" disabled={page <= 1} onClick={() => onChange(page - 1)}>
        {t('pager.previous')}
      </Button>
      <Text size="sm" aria-live="polite">
        {t('pager.page', { page, pages })}
      </Text>
      <Button variant="outline" size="sm" disabled={page >= pages} onClick={() => onChange(page + 1)}>
        {t('pager.next')}
      </Button>
    </Group>
  );
}

/**
 * Page numbers over a keyset-paged list (the API gives `nextCursor`): remembers the cursor that starts each page seen, so
 * the Pager's previous/next work as on the other lists. Starts again at page 1 when `resetKey` (the filters) changes.
 */
export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; cursors: (string | undefined)[]; page: number }>({
    key: resetKey,
    cursors: [undefined],
    page: 1,
  });
  const current = state.key === resetKey ? state : { key: resetKey, cursors: [undefined], page: 1 };
  return {
    page: current.page,
    cursor: current.cursors[current.page - 1],
    /** Moves to `page` (one step at a time, as the Pager does); `nextCursor` is the one of the page shown now. */
    go(page: number, nextCursor: string | null | undefined) {
      const cursors = [...current.cursors];
      if (page > current.page) {
        if (!nextCursor) return;
        cursors[current.page] = nextCursor;
      }
      setState({ key: resetKey, cursors, page: Math.max(1, page) });
    },
  };
}
