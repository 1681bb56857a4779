// Previous/next paging with a "page x of y" label; simpler for screen readers than a row of page numbers.
import { Button, Group, Text } from '@mantine/core';
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
