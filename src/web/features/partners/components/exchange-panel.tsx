// Exchange files: download job-seeker profiles and work opportunities in the open JSON format (docs/exchange), and read a
// file in. The file is read in the browser (not JSON → refused here, nothing sent), sent with upload progress, and checked
// whole by the server; when it is refused, nothing is saved and every problem is listed by item number, field and message.
import { Alert, Anchor, Button, FileInput, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type ApiIssue } from '../../../shared/api-client.js';
import { currentLanguage } from '../../../app/i18n/i18n.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { exchangeExportUrl, uploadExchangeFile, type ImportResult } from '../api.js';

type Phase = 'idle' | 'reading' | 'uploading' | 'checking';

/** `['items', 3, 'hoursPerWeek']` → item 4 (1-based, as a person counts), field `hoursPerWeek`. */
function placeOf(path: string[]): { row: number | null; field: string } {
  if (path[0] === 'items' && path.length >= 2 && /^\d+$/.test(path[1]!))
    return { row: Number(path[1]) + 1, field: path.slice(2).join('.') };
  return { row: null, field: path.join('.') };
}

export function ExchangePanel({ networkId }: { networkId: string }) {
  const { t } = useTranslation('translation', { keyPrefix: 'partners.exchange' });
  const [file, setFile] = useState<File | null>(null);
  const [summary, setSummary] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [progress, setProgress] = useState(0);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [issues, setIssues] = useState<ApiIssue[]>([]);

  async function submit() {
    if (!file) return;
    setResult(null);
    setError(null);
    setIssues([]);
    setPhase('reading');
    const text = await file.text();
    let items = 0;
    try {
      const parsed = JSON.parse(text) as { items?: unknown };
      items = Array.isArray(parsed?.items) ? parsed.items.length : 0;
    } catch (cause) {
      setPhase('idle');
      setError(t('notJson', { detail: cause instanceof Error ? cause.message : String(cause) }));
      return;
    }
    setSummary(t('fileSummary', { name: file.name, size: Math.max(1, Math.round(file.size / 1024)), items }));
    setProgress(0);
    setPhase('uploading');
    try {
      const done = await uploadExchangeFile(networkId, text, currentLanguage(), (fraction) => {
        setProgress(Math.round(fraction * 100));
        if (fraction >= 1) setPhase('checking');
      });
      setResult(done);
    } catch (cause) {
      if (cause instanceof ApiError) {
        setError(cause.message);
        setIssues(cause.issues);
      } else setError(String(cause));
    } finally {
      setPhase('idle');
    }
  }

  return (
    <Stack gap="lg">
      <Text>{t('intro')}</Text>
      <Stack gap="xs">
        <Title order={2}>{t('exportTitle')}</Title>
        <Anchor href={exchangeExportUrl(networkId, 'job-seekers')} download>
          {t('exportJobSeekers')}
        </Anchor>
        <Anchor href={exchangeExportUrl(networkId, 'vacancies')} download>
          {t('exportVacancies')}
        </Anchor>
      </Stack>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack maw={560}>
          <Title order={2}>{t('importTitle')}</Title>
          <FileInput
            required
            label={t('file')}
            placeholder={t('filePlaceholder')}
            accept=".json,application/json"
            value={file}
            onChange={(picked) => {
              setFile(picked);
              setResult(null);
              setError(null);
              setIssues([]);
              setSummary(null);
            }}
            data-testid="exchange-file"
          />
          {summary && <Text size="sm">{summary}</Text>}
          {phase !== 'idle' && (
            <Stack gap={4} role="status" aria-live="polite">
              <Text size="sm">
                {phase === 'reading'
                  ? t('reading')
                  : phase === 'uploading'
                    ? t('uploading', { percent: progress })
                    : t('checking')}
              </Text>
              <Progress
                value={phase === 'reading' ? 0 : phase === 'uploading' ? progress : 100}
                animated={phase === 'checking'}
                aria-label={t('uploading', { percent: progress })}
              />
            </Stack>
          )}
          <Button type="submit" disabled={!file} loading={phase !== 'idle'}>
            {t('submit')}
          </Button>
        </Stack>
      </form>
      {result && (
        <Alert color="green" role="status">
          {t(result.kind === 'vacancies' ? 'imported_vacancies' : 'imported_job_seekers', { count: result.imported })}
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {issues.length > 0 && (
        <ScrollTable label={t('reportCaption')}>
          <Table striped miw={560} data-testid="exchange-report">
            <Table.Caption>{t('reportCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('row')}</Table.Th>
                <Table.Th>{t('field')}</Table.Th>
                <Table.Th>{t('message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {issues.map((issue, i) => {
                const place = placeOf(issue.path);
                return (
                  <Table.Tr key={i}>
                    <Table.Td>{place.row ?? t('wholeFile')}</Table.Td>
                    <Table.Td>{place.field}</Table.Td>
                    <Table.Td>{issue.message}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
