// The installation administrator's screen for the design advisor's numbers: each number with its name, the value in use
// (money in euros with a decimal comma), the guide's default and where that default comes from; save with the version read
// (a stale save is refused and explained), one number or all of them back to the default.
import { Alert, Anchor, Badge, Button, Group, List, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api-client.js';
import { formatDateTime } from '../../../shared/format.js';
import { notifySuccess } from '../../../shared/notify.js';
import { PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import {
  ADVISOR_SETTING_KEYS,
  ADVISOR_SETTING_LABELS,
  MONEY_SETTINGS,
  type AdvisorSettingKey,
} from '../../../../core/design/advisor-settings.js';
import { ADVISOR_DEFAULT_SOURCES, type AdvisorSettings } from '../../../../core/design/design-advisor.js';
import { useAdvisorSettingsAdmin, useSaveAdvisorSettings } from '../api.js';

type Value = number | { min: number; max: number };

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function formatOne(key: AdvisorSettingKey, value: number, locale: string): string {
  if (MONEY_SETTINGS.has(key))
    return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(value / 100);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

function formatValue(key: AdvisorSettingKey, value: Value, locale: string): string {
  if (typeof value === 'number') return formatOne(key, value, locale);
  return `${formatOne(key, value.min, locale)} – ${formatOne(key, value.max, locale)}`;
}

export function AdvisorSettingsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const numberLocale = lang === 'en' ? 'en-GB' : 'nl-NL';
  usePageTitle(t('advisorSettings.title'));
  const query = useAdvisorSettingsAdmin();
  const save = useSaveAdvisorSettings();
  const [values, setValues] = useState<AdvisorSettings | null>(null);
  const [version, setVersion] = useState(0);
  const [errors, setErrors] = useState<Partial<Record<AdvisorSettingKey, string>>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);

  // Take the server's numbers when they arrive (first load, after a save, after "reload").
  useEffect(() => {
    if (!query.data) return;
    setValues(query.data.values);
    setVersion(query.data.version);
  }, [query.data]);

  useEffect(() => {
    if (summary || stale) alertRef.current?.focus();
  }, [summary, stale]);

  if (query.isPending) return <PageLoader />;
  if (query.isError) return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  if (!values) return <PageLoader />;
  const data = query.data;
  const labels = ADVISOR_SETTING_LABELS[lang];
  const dirty = !same(values, data.values);

  function setValue(key: AdvisorSettingKey, value: Value) {
    setValues((current) => (current ? ({ ...current, [key]: value } as AdvisorSettings) : current));
    setErrors(({ [key]: _fixed, ...rest }) => rest);
  }

  async function submit() {
    if (!values) return;
    setSummary(null);
    setStale(false);
    setErrors({});
    try {
      await save.mutateAsync({ values, version });
      notifySuccess(t('advisorSettings.saved'));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'stale_version') {
        setStale(true);
        return;
      }
      const next: Partial<Record<AdvisorSettingKey, string>> = {};
      if (error instanceof ApiError)
        for (const issue of error.issues) {
          const key = issue.path.at(-1);
          if (typeof key === 'string' && (ADVISOR_SETTING_KEYS as string[]).includes(key))
            next[key as AdvisorSettingKey] = issue.message;
        }
      setErrors(next);
      setSummary(error instanceof Error ? error.message : t('form.unexpectedError'));
    }
  }

  async function reload() {
    setStale(false);
    const fresh = await query.refetch();
    if (fresh.data) {
      setValues(fresh.data.values);
      setVersion(fresh.data.version);
    }
  }

  const inputProps = (key: AdvisorSettingKey) =>
    MONEY_SETTINGS.has(key)
      ? {
          decimalSeparator: lang === 'nl' ? ',' : '.',
          thousandSeparator: lang === 'nl' ? '.' : ',',
          decimalScale: 2,
          fixedDecimalScale: true,
          prefix: '€ ',
        }
      : { decimalSeparator: lang === 'nl' ? ',' : '.', thousandSeparator: lang === 'nl' ? '.' : ',', decimalScale: 2 };
  const toShown = (key: AdvisorSettingKey, stored: number) => (MONEY_SETTINGS.has(key) ? stored / 100 : stored);
  const toStored = (key: AdvisorSettingKey, shown: number | string) => {
    const n = typeof shown === 'number' ? shown : Number.NaN;
    return MONEY_SETTINGS.has(key) ? Math.round(n * 100) : n;
  };
  const fieldId = (key: AdvisorSettingKey) => `advisor-setting-${key}`;

  return (
    <Stack gap="lg" maw={1300}>
      <Stack gap={4}>
        <Title order={1}>{t('advisorSettings.title')}</Title>
        <Text maw={900}>{t('advisorSettings.intro')}</Text>
        <Text size="sm" c="gray.7">
          {data.updatedAt
            ? t('advisorSettings.lastChanged', { date: formatDateTime(data.updatedAt), version: data.version })
            : t('advisorSettings.neverChanged')}
        </Text>
      </Stack>

      {stale && (
        <Alert ref={alertRef} tabIndex={-1} color="orange" role="alert" title={t('advisorSettings.staleTitle')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('advisorSettings.staleText')}</Text>
            <Button size="xs" variant="white" color="orange" onClick={() => void reload()}>
              {t('advisorSettings.reload')}
            </Button>
          </Stack>
        </Alert>
      )}
      {summary && (
        <Alert
          ref={alertRef}
          tabIndex={-1}
          color="red"
          variant="light"
          role="alert"
          title={t('form.errorSummaryTitle')}
          data-testid="form-error-summary"
        >
          <Text size="sm">{summary}</Text>
          <List size="sm" mt={4}>
            {Object.entries(errors).map(([key, message]) => (
              <List.Item key={key}>
                <Anchor href={`#${fieldId(key as AdvisorSettingKey)}`} c="red.9" size="sm" underline="always">
                  {message}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}

      <ScrollTable label={t('advisorSettings.caption')}>
        <Table miw={880} verticalSpacing="sm" data-testid="advisor-settings-table">
          <Table.Caption>{t('advisorSettings.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('advisorSettings.col.setting')}</Table.Th>
              <Table.Th>{t('advisorSettings.col.value')}</Table.Th>
              <Table.Th>{t('advisorSettings.col.default')}</Table.Th>
              <Table.Th>{t('advisorSettings.col.source')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ADVISOR_SETTING_KEYS.map((key) => {
              const value = values[key] as Value;
              const fallback = data.defaults[key] as Value;
              const source = ADVISOR_DEFAULT_SOURCES[key];
              const label = labels[key];
              const error = errors[key];
              return (
                <Table.Tr key={key} data-testid={`advisor-setting-${key}`}>
                  <Table.Td w={220}>
                    <Text fw={600} size="sm" component="label" htmlFor={fieldId(key)}>
                      {label}
                    </Text>
                    {!same(value, fallback) && (
                      <Badge ml="xs" size="sm" color="blue" variant="light">
                        {t('advisorSettings.changed')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {typeof value === 'number' ? (
                      <NumberInput
                        id={fieldId(key)}
                        aria-label={label}
                        w={130}
                        value={toShown(key, value)}
                        onChange={(v) => setValue(key, toStored(key, v))}
                        error={error}
                        {...inputProps(key)}
                      />
                    ) : (
                      <Group gap="xs" align="flex-start" wrap="nowrap">
                        <NumberInput
                          id={fieldId(key)}
                          aria-label={t('advisorSettings.minOf', { label })}
                          label={t('advisorSettings.min')}
                          w={120}
                          value={toShown(key, value.min)}
                          onChange={(v) => setValue(key, { ...value, min: toStored(key, v) })}
                          error={error}
                          {...inputProps(key)}
                        />
                        <NumberInput
                          aria-label={t('advisorSettings.maxOf', { label })}
                          label={t('advisorSettings.max')}
                          w={120}
                          value={toShown(key, value.max)}
                          onChange={(v) => setValue(key, { ...value, max: toStored(key, v) })}
                          error={error ? ' ' : undefined}
                          {...inputProps(key)}
                        />
                      </Group>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {formatValue(key, fallback, numberLocale)}
                      </Text>
                      {!same(value, fallback) && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          aria-label={t('advisorSettings.resetOneLabel', { label })}
                          onClick={() => setValue(key, fallback)}
                        >
                          {t('advisorSettings.resetOne')}
                        </Button>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td miw={240}>
                    <Badge size="sm" variant="outline" color={source.kind === 'estimate' ? 'gray' : 'teal'}>
                      {t(`advisorSettings.kind.${source.kind}`)}
                    </Badge>
                    <Text size="sm" mt={4}>
                      {source[lang]}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>

      <Group>
        <Button onClick={() => void submit()} loading={save.isPending} disabled={!dirty}>
          {t('advisorSettings.save')}
        </Button>
        <Button variant="default" onClick={() => setValues(data.defaults)} disabled={same(values, data.defaults)}>
          {t('advisorSettings.resetAll')}
        </Button>
        {dirty && (
          <Text size="sm" c="gray.7">
            {t('advisorSettings.unsaved')}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
