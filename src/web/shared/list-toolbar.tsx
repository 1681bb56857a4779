// The toolbar above a list: a labelled search field, the list's filters, a sort control and the CSV/Excel downloads, in
// the same place on every list page. Its sort choices come from the list definition the server exports from
// (src/core/<domain>/*-lists.ts), in the language on screen; both download links come from one URL function, so they carry
// the search, filters and sort the page shows. The pager stays below the table (src/web/shared/pager.tsx).
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EXPORT_FORMATS,
  sortOptionsOf,
  type ExportFormat,
  type Language,
  type ListDefinition,
} from '../../core/export-list.js';

export interface ListToolbarSort<Sort extends string> {
  /** The list definition whose columns name the sort keys (`sortKey`). */
  list: ListDefinition<never, Sort>;
  /** The keys the route accepts, in the order the control offers them. */
  keys: readonly Sort[];
  /** Words for keys that order by something no column shows, from the page's catalog. */
  extra?: Partial<Record<Sort, string>>;
  value: Sort;
  onChange: (value: Sort) => void;
  /** Defaults to "Sorteren op". */
  label?: string;
}

export interface ListToolbarProps<Sort extends string> {
  /** The search field's label: what one can search on. */
  searchLabel?: string;
  search: string;
  onSearchChange: (value: string) => void;
  /** Filter fields (selects, switches), placed between the search field and the sort control. */
  filters?: ReactNode;
  sort?: ListToolbarSort<Sort>;
  /** What follows the sort control on the same row: an order switch, the list's "new" button. */
  trailing?: ReactNode;
  /** The export address for a format, with the list's current search, filters and sort. */
  exportUrl?: (format: ExportFormat) => string;
  /** A line about the result (its count), shown left of the downloads. */
  summary?: ReactNode;
}

const EXPORT_LABEL_KEYS = { csv: 'listToolbar.exportCsv', xlsx: 'listToolbar.exportXlsx' } as const;

function languageOf(lng: string | undefined): Language {
  return lng === 'en' ? 'en' : 'nl';
}

export function ListToolbar<Sort extends string>({
  searchLabel,
  search,
  onSearchChange,
  filters,
  sort,
  trailing,
  exportUrl,
  summary,
}: ListToolbarProps<Sort>) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage ?? i18n.language);
  const sortOptions = sort ? sortOptionsOf(sort.list, language, sort.keys, sort.extra) : [];
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm">
        <TextInput
          type="search"
          label={searchLabel ?? t('listToolbar.search')}
          value={search}
          onChange={(e) => onSearchChange(e.currentTarget.value)}
          style={{ flex: '1 1 18rem' }}
        />
        {filters}
        {sort && (
          <Select
            label={sort.label ?? t('listToolbar.sortLabel')}
            data={sortOptions}
            value={sort.value}
            allowDeselect={false}
            onChange={(value) => {
              const chosen = sortOptions.find((o) => o.value === value);
              if (chosen) sort.onChange(chosen.value);
            }}
          />
        )}
        {trailing}
      </Group>
      {(summary !== undefined || exportUrl) && (
        <Group justify="space-between">
          <div>{summary}</div>
          {exportUrl && (
            <Group gap="xs" role="group" aria-label={t('listToolbar.exportGroup')}>
              {EXPORT_FORMATS.map((format) => (
                <Button key={format} component="a" variant="outline" size="xs" href={exportUrl(format)} download>
                  {t(EXPORT_LABEL_KEYS[format])}
                </Button>
              ))}
            </Group>
          )}
        </Group>
      )}
    </Stack>
  );
}
