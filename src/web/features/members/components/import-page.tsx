// The import wizard: choose a file, map its columns, look at a trial run's report per row, then import all or only the
// valid rows. Steps are shown as a stepper so the user sees where they are.
import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ADMISSION_STATUS, IMPORT_MEMBERSHIP_STATUSES } from '../../../../core/members/membership-rules.js';
import {
  IMPORT_FIELDS,
  MAPPABLE_FIELDS,
  readImportValue,
  type MappableField,
} from '../../../../core/organisations/import-values.js';
import {
  LABOUR_MARKET_REGIONS,
  ORGANISATION_KINDS,
  SBI_SECTIONS,
  SIZE_CLASSES,
} from '../../../../core/organisations/reference-data.js';
import { ApiError } from '../../../shared/api-client.js';
import { currentLanguage } from '../../../app/i18n/i18n.js';
import { usePageTitle } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { useImportJob, usePreviewImport, useStartImportJob, type ImportJob, type ImportPreview } from '../api.js';
import { ImportHistory } from './import-history.js';
import { useMembersText } from './use-text.js';

/** The columns a file can have, in the order the screen shows them (labels: `members.importFields.*`). */
const FIELDS = IMPORT_FIELDS;

/** A report can name a thousand rows; the screen lists the first ones and says how many there are in all. */
const SHOWN_REPORT_ROWS = 200;

export function ImportPage() {
  const tx = useMembersText();
  usePageTitle(tx('importTitle'));
  const { networkId = '' } = useParams();
  const previewImport = usePreviewImport(networkId);
  const startImport = useStartImportJob(networkId);
  const [file, setFile] = useState<{ fileName: string; file: File } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Record<string, number | null>>({});
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useImportJob(networkId, jobId).data;
  const report = job?.status === 'done' ? job.report : null;
  const [values, setValues] = useState<Record<string, Record<string, string | null>>>({});
  const [membershipStatus, setMembershipStatus] = useState<string>(ADMISSION_STATUS);
  const [contributionYear, setContributionYear] = useState(() => new Date().getFullYear());
  const [error, setError] = useState<string | null>(null);
  const step = report ? 2 : preview ? 1 : 0;
  const onError = (err: unknown) =>
    setError(err instanceof ApiError ? [err.message, ...err.issues.map((i) => i.message)].join(' ') : String(err));
  const run = (mode: string) => {
    if (!file) return;
    setError(null);
    setJobId(null);
    // The job runs on the server; the screen polls its progress every second (useImportJob) until the report is there.
    startImport
      .mutateAsync({ ...file, mapping, mode, values, membershipStatus, contributionYear })
      .then(({ id }) => setJobId(id))
      .catch(onError);
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
          setJobId(null);
          setError(null);
          if (!picked) return;
          const next = { fileName: picked.name, file: picked };
          setFile(next);
          previewImport.mutate(next, {
            onSuccess: (p) => {
              setPreview(p);
              setMapping(p.mapping);
              setValues({});
            },
            onError,
          });
        }}
        data-testid="import-file"
      />
      {(previewImport.isPending || startImport.isPending) && <Text role="status">{tx('working')}</Text>}
      {preview && (
        <Stack gap="sm">
          <Text>{tx('rowCount', { count: preview.rowCount })}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            {FIELDS.map((field) => (
              <Select
                key={field}
                label={tx('columnFor', { field: tx(`importFields.${field}`) })}
                placeholder={tx('notInFile')}
                data={columnOptions}
                clearable
                value={mapping[field] === null || mapping[field] === undefined ? null : String(mapping[field])}
                onChange={(v) => setMapping((m) => ({ ...m, [field]: v === null ? null : Number(v) }))}
              />
            ))}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={tx('importStatusLabel')}
              description={tx('importStatusHint')}
              data={IMPORT_MEMBERSHIP_STATUSES.map((s) => ({ value: s, label: tx(`statuses.${s}`) }))}
              value={membershipStatus}
              onChange={(v) => setMembershipStatus(v ?? ADMISSION_STATUS)}
              allowDeselect={false}
              data-testid="import-status"
            />
            {mapping.contributionEuros !== null && mapping.contributionEuros !== undefined && (
              <NumberInput
                label={tx('importYearLabel')}
                min={2000}
                max={2100}
                allowDecimal={false}
                value={contributionYear}
                onChange={(v) => typeof v === 'number' && setContributionYear(v)}
              />
            )}
          </SimpleGrid>
          {MAPPABLE_FIELDS.map((field) => {
            const column = mapping[field];
            const columnValues = column === null || column === undefined ? null : preview.columnValues[column];
            if (column === null || column === undefined || !columnValues || columnValues.length === 0) return null;
            return (
              <ColumnValues
                key={field}
                field={field}
                column={preview.headers[column] || `#${column + 1}`}
                values={columnValues}
                chosen={values[field] ?? {}}
                onChoose={(value, to) => setValues((all) => ({ ...all, [field]: { ...all[field], [value]: to } }))}
                onSkip={() => setMapping((m) => ({ ...m, [field]: null }))}
              />
            );
          })}
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
      {jobId && job && job.status !== 'done' && <ImportProgress job={job} />}
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
      <ImportHistory networkId={networkId} />
    </Stack>
  );
}

const EMPTY = '__empty__';

/** The values of one list column (kind, sector, size, region) and how the import reads each: "10-49 → Klein (10–49)".
 *  An unknown value gets a choice of what it means (or leave empty); the whole column can be skipped. */
function ColumnValues({
  field,
  column,
  values,
  chosen,
  onChoose,
  onSkip,
}: {
  field: MappableField;
  column: string;
  values: { value: string; rows: number }[];
  chosen: Record<string, string | null>;
  onChoose: (value: string, to: string | null) => void;
  onSkip: () => void;
}) {
  const tx = useMembersText();
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  const label = (code: string): string => {
    if (field === 'sizeClass') return tx(`detail.sizes.${code}`);
    if (field === 'kind') return tx(`kinds.${code}`);
    if (field === 'sector') {
      const section = SBI_SECTIONS.find((s) => s.code === code);
      return section ? `${code} — ${en ? section.en : section.nl}` : code;
    }
    return code;
  };
  const codes: readonly string[] =
    field === 'sizeClass'
      ? SIZE_CLASSES
      : field === 'kind'
        ? ORGANISATION_KINDS
        : field === 'sector'
          ? SBI_SECTIONS.map((s) => s.code)
          : LABOUR_MARKET_REGIONS;
  const options = [{ value: EMPTY, label: tx('leaveEmpty') }, ...codes.map((c) => ({ value: c, label: label(c) }))];
  const read = values.map((v) => ({ ...v, reading: readImportValue(field, v.value) }));
  const unknown = read.filter((v) => v.reading === null && !(v.value in chosen)).length;
  const fieldLabel = tx(`importFields.${field}`);
  return (
    <Stack gap="xs" data-testid={`import-values-${field}`}>
      <Title order={2} size="h4">
        {tx('valuesTitle', { column, field: fieldLabel })}
      </Title>
      {unknown > 0 && (
        <Alert color="yellow" role="status">
          {tx('unknownValues', { count: unknown, column })}
        </Alert>
      )}
      <ScrollTable label={tx('valuesCaption', { column })}>
        <Table striped miw={500}>
          <Table.Caption>{tx('valuesCaption', { column })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{tx('colValue')}</Table.Th>
              <Table.Th>{tx('colRows')}</Table.Th>
              <Table.Th>{tx('colReadAs')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {read.map(({ value, rows, reading }) => (
              <Table.Tr key={value}>
                <Table.Td>{value}</Table.Td>
                <Table.Td>{rows}</Table.Td>
                <Table.Td>
                  {reading ? (
                    reading.how === 'lower_bound' ? (
                      tx('lowerBound', { label: label(reading.value) })
                    ) : (
                      label(reading.value)
                    )
                  ) : (
                    <Select
                      aria-label={tx('chooseFor', { value })}
                      placeholder={tx('unknownValue')}
                      data={options}
                      searchable={field !== 'sizeClass'}
                      value={value in chosen ? (chosen[value] ?? EMPTY) : null}
                      onChange={(v) => v !== null && onChoose(value, v === EMPTY ? null : v)}
                      allowDeselect={false}
                    />
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <Group>
        <Button variant="subtle" size="compact-sm" onClick={onSkip}>
          {tx('skipColumn', { column })}
        </Button>
      </Group>
    </Stack>
  );
}

/** The running job's progress: a progress bar with its label, "Gecontroleerd: 12.000 van 100.000 rijen · Opgeslagen: 10.000". */
function ImportProgress({ job }: { job: ImportJob }) {
  const tx = useMembersText();
  const number = (n: number) => new Intl.NumberFormat(currentLanguage() === 'en' ? 'en-GB' : 'nl-NL').format(n);
  if (job.status === 'failed')
    return (
      <Alert color="red" role="alert" data-testid="import-failed">
        {tx('importFailed')}
      </Alert>
    );
  const total = job.rowsTotal;
  const label =
    total === null
      ? tx('importQueued')
      : tx('importProgress', {
          checked: number(job.rowsChecked),
          total: number(total),
          written: number(job.rowsWritten),
        });
  return (
    <Stack gap={4} data-testid="import-progress">
      <Text id="import-progress-label" role="status">
        {label}
      </Text>
      <progress
        aria-labelledby="import-progress-label"
        max={total ?? 1}
        value={total === null ? undefined : job.rowsChecked}
        style={{ width: '100%' }}
      />
    </Stack>
  );
}
