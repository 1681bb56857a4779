// The import wizard: choose a file, map its columns, look at a trial run's report per row, then import all or only the
// valid rows. Steps are shown as a stepper so the user sees where they are.
import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../app/api-client.js';
import { usePageTitle } from '../../../app/page-states.js';
import { ScrollTable } from '../../../app/scroll-table.js';
import { usePreviewImport, useRunImport, type ImportPreview, type ImportReport } from '../api.js';
import { useMembersText } from './use-text.js';

const FIELDS = [
  'name',
  'kind',
  'kvkNumber',
  'sector',
  'sizeClass',
  'street',
  'postcode',
  'city',
  'labourMarketRegion',
  'website',
  'contactName',
  'contactEmail',
  'contactPhone',
  'contactJobTitle',
  'memberSince',
  'contributionEuros',
];
const FIELD_LABELS_NL: Record<string, string> = {
  name: 'Naam',
  kind: 'Soort',
  kvkNumber: 'KvK-nummer',
  sector: 'Sector',
  sizeClass: 'Grootte',
  street: 'Adres',
  postcode: 'Postcode',
  city: 'Plaats',
  labourMarketRegion: 'Arbeidsmarktregio',
  website: 'Website',
  contactName: 'Contactpersoon',
  contactEmail: 'E-mail',
  contactPhone: 'Telefoon',
  contactJobTitle: 'Functie',
  memberSince: 'Lid sinds',
  contributionEuros: 'Bijdrage',
};

/** A report can name a thousand rows; the screen lists the first ones and says how many there are in all. */
const SHOWN_REPORT_ROWS = 200;

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function ImportPage() {
  const tx = useMembersText();
  usePageTitle(tx('importTitle'));
  const { networkId = '' } = useParams();
  const previewImport = usePreviewImport(networkId);
  const runImport = useRunImport(networkId);
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Record<string, number | null>>({});
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const step = report ? 2 : preview ? 1 : 0;
  const onError = (err: unknown) =>
    setError(err instanceof ApiError ? [err.message, ...err.issues.map((i) => i.message)].join(' ') : String(err));
  const run = (mode: string) => {
    if (!file) return;
    setError(null);
    runImport.mutate({ ...file, mapping, mode }, { onSuccess: setReport, onError });
  };
  const columnOptions = (preview?.headers ?? []).map((h, i) => ({ value: String(i), label: h || `#${i + 1}` }));

  return (
    <Stack gap="lg" maw={1000}>
      <Anchor component={Link} to={`/n/${networkId}/leden`}>
        {tx('back')}
      </Anchor>
      <Title order={1}>{tx('importTitle')}</Title>
      <Text>{tx('importIntro')}</Text>
      <Stepper active={step} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={tx('stepFile')} />
        <Stepper.Step label={tx('stepMapping')} />
        <Stepper.Step label={tx('stepReport')} />
      </Stepper>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <FileInput
        label={tx('fileLabel')}
        accept=".csv,.txt,.xlsx"
        onChange={async (picked) => {
          setPreview(null);
          setReport(null);
          setError(null);
          if (!picked) return;
          const next = { fileName: picked.name, contentBase64: await toBase64(picked) };
          setFile(next);
          previewImport.mutate(next, {
            onSuccess: (p) => {
              setPreview(p);
              setMapping(p.mapping);
            },
            onError,
          });
        }}
        data-testid="import-file"
      />
      {(previewImport.isPending || runImport.isPending) && <Text role="status">{tx('working')}</Text>}
      {preview && (
        <Stack gap="sm">
          <Text>{tx('rowCount', { count: preview.rowCount })}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            {FIELDS.map((field) => (
              <Select
                key={field}
                label={tx('columnFor', { field: FIELD_LABELS_NL[field] })}
                placeholder={tx('notInFile')}
                data={columnOptions}
                clearable
                value={mapping[field] === null || mapping[field] === undefined ? null : String(mapping[field])}
                onChange={(v) => setMapping((m) => ({ ...m, [field]: v === null ? null : Number(v) }))}
              />
            ))}
          </SimpleGrid>
          <ScrollTable label={tx('sampleCaption')}>
            <Table striped miw={600}>
              <Table.Caption>{tx('sampleCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {preview.headers.map((h, i) => (
                    <Table.Th key={i}>{h}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.sample.slice(0, 5).map((row, r) => (
                  <Table.Tr key={r}>
                    {preview.headers.map((_, i) => (
                      <Table.Td key={i}>{row[i] ?? ''}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <Group>
            <Button variant="outline" onClick={() => run('dry_run')} data-testid="import-dry-run">
              {tx('dryRun')}
            </Button>
            <Button onClick={() => run('all_or_nothing')} data-testid="import-all">
              {tx('importAll')}
            </Button>
            <Button variant="light" onClick={() => run('valid_only')} data-testid="import-valid">
              {tx('importValid')}
            </Button>
          </Group>
        </Stack>
      )}
      {report && (
        <Stack gap="sm">
          <Alert color={report.invalid > 0 ? 'yellow' : 'green'} role="status" data-testid="import-summary">
            {report.summary}
          </Alert>
          {report.invalid > SHOWN_REPORT_ROWS && (
            <Text>{tx('reportShown', { shown: SHOWN_REPORT_ROWS, count: report.invalid })}</Text>
          )}
          {report.rows.length > 0 && (
            <ScrollTable label={tx('reportCaption')}>
              <Table striped miw={500}>
                <Table.Caption>{tx('reportCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{tx('colRow')}</Table.Th>
                    <Table.Th>{tx('colProblems')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.rows.slice(0, SHOWN_REPORT_ROWS).map((r) => (
                    <Table.Tr key={r.rowNumber}>
                      <Table.Td>{r.rowNumber}</Table.Td>
                      <Table.Td>{r.messages.join('; ')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </Stack>
      )}
    </Stack>
  );
}
