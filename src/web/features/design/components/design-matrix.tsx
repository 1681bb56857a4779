// The responsibility matrix of the applied design: a printable grid of tasks × roles with R/A/C/I cells, and — for those
// who manage the design — edited in place. Every cell is a native select (keyboard and screen reader friendly); the pure
// RACI rules (one A and one R per task, a funder never R or A) are checked while typing and again by the server, which
// stores the edit as a new applied version (409 when someone else changed the design first).
import { Alert, Button, Group, List, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api-client.js';
import { notifySuccess } from '../../../shared/notify.js';
import { EmptyState, PageError, PageLoader } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { ADVISOR_TEXTS } from '../../../../core/design/advisor-texts.js';
import {
  MATRIX_CELL_VALUES,
  checkMatrixEdit,
  matrixProblemMessage,
  type MatrixRowEdit,
} from '../../../../core/design/matrix-edit.js';
import { toMatrix, type MatrixCell, type ResponsibilityMatrix } from '../../../../core/design/network-design.js';
import type { RoleCode, TaskCode } from '../../../../core/design/task-catalogue.js';
import { useCurrentDesign, useEditMatrix, type VersionDetail } from '../api.js';

type Cells = Record<string, Partial<Record<RoleCode, MatrixCell>>>;

function cellsOf(matrix: ResponsibilityMatrix): Cells {
  return Object.fromEntries(
    matrix.rows.map((row) => [row.task, Object.fromEntries(matrix.roles.map((code) => [code, row.cells[code]]))]),
  );
}

export function DesignMatrix({ networkId, canManage = false }: { networkId: string; canManage?: boolean }) {
  const { t } = useTranslation();
  const current = useCurrentDesign(networkId);
  const [editing, setEditing] = useState(false);
  // Kept here, not in the grid: a stale save reloads the design, which remounts the grid, and the message must survive it.
  const [serverError, setServerError] = useState<string[]>([]);
  if (current.isPending) return <PageLoader />;
  if (current.isError) return <PageError error={current.error} onRetry={() => void current.refetch()} />;
  const version = current.data.version;
  if (!version) return <EmptyState title={t('design.matrix.noDesign')} />;
  return (
    <MatrixGrid
      key={version.id}
      networkId={networkId}
      version={version}
      canManage={canManage}
      editing={editing}
      setEditing={setEditing}
      serverError={serverError}
      setServerError={setServerError}
    />
  );
}

function MatrixGrid({
  networkId,
  version,
  canManage,
  editing,
  setEditing,
  serverError,
  setServerError,
}: {
  networkId: string;
  version: VersionDetail;
  canManage: boolean;
  editing: boolean;
  setEditing: (on: boolean) => void;
  serverError: string[];
  setServerError: (messages: string[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'nl';
  const texts = ADVISOR_TEXTS[locale];
  const matrix = useMemo(() => toMatrix(version.output), [version]);
  const original = useMemo(() => cellsOf(matrix), [matrix]);
  const [cells, setCells] = useState<Cells>(original);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const save = useEditMatrix(networkId);

  const edits: MatrixRowEdit[] = matrix.rows
    .filter((row) =>
      matrix.roles.some((code) => (cells[row.task]?.[code] ?? null) !== (original[row.task]?.[code] ?? null)),
    )
    .map((row) => ({ task: row.task, cells: { ...cells[row.task] } }));
  const problems = checkMatrixEdit(version.output, edits);
  const badTasks = new Set(problems.map((p) => p.task));

  function setCell(task: TaskCode, role: RoleCode, value: string) {
    setServerError([]);
    setCells((prev) => ({ ...prev, [task]: { ...prev[task], [role]: value === '' ? null : (value as MatrixCell) } }));
  }

  function cancel() {
    setCells(original);
    setReason('');
    setReasonError(null);
    setServerError([]);
    setEditing(false);
  }

  function submit() {
    if (!reason.trim()) {
      setReasonError(t('design.matrix.reasonRequired'));
      return;
    }
    setReasonError(null);
    save.mutate(
      { versionId: version.id, reason: reason.trim(), rows: edits },
      {
        onSuccess: (result) => {
          notifySuccess(t('design.matrix.saved', { number: result.versionNumber }));
          setEditing(false);
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'stale_version') setServerError([t('design.matrix.stale')]);
          else if (error instanceof ApiError && error.issues.length > 0)
            setServerError(error.issues.map((issue) => issue.message));
          else setServerError([error.message]);
        },
      },
    );
  }

  const taskLabel = (code: TaskCode) => texts.labels.task[code];
  const options = [{ value: '', label: '–' }, ...MATRIX_CELL_VALUES.map((value) => ({ value, label: value }))];

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Text fw={600}>{t('design.matrix.version', { number: version.versionNumber })}</Text>
          <Text size="sm">{editing ? t('design.matrix.editIntro') : t('design.matrix.intro')}</Text>
          <Text size="sm">{t('design.matrix.legend')}</Text>
        </Stack>
        {!editing && (
          <Group gap="xs" className="no-print">
            {canManage && (
              <Button
                onClick={() => {
                  setServerError([]);
                  setEditing(true);
                }}
              >
                {t('design.matrix.edit')}
              </Button>
            )}
            <Button variant="outline" onClick={() => window.print()}>
              {t('design.matrix.print')}
            </Button>
          </Group>
        )}
      </Group>
      {editing && problems.length > 0 && (
        <Alert color="red" title={t('design.matrix.problems')} role="alert">
          <List size="sm">
            {problems.map((problem) => (
              <List.Item key={`${problem.task}-${problem.code}`}>{matrixProblemMessage(problem, locale)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <ScrollTable label={t('design.matrix.caption')}>
        <Table withTableBorder withColumnBorders miw={900} data-testid="matrix">
          <Table.Caption>{t('design.matrix.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('design.matrix.task')}</Table.Th>
              {matrix.roles.map((code) => (
                <Table.Th key={code} scope="col">
                  {texts.labels.role[code]}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {matrix.rows.map((row) => (
              <Table.Tr key={row.task}>
                <Table.Th scope="row" fw={500} c={editing && badTasks.has(row.task) ? 'red.9' : undefined}>
                  {taskLabel(row.task)}
                </Table.Th>
                {matrix.roles.map((code) => {
                  const value = cells[row.task]?.[code] ?? null;
                  return (
                    <Table.Td
                      key={code}
                      ta="center"
                      fw={value?.startsWith('R') ? 700 : 400}
                      p={editing ? 2 : undefined}
                    >
                      {editing ? (
                        <select
                          aria-label={t('design.matrix.cellLabel', {
                            task: taskLabel(row.task),
                            role: texts.labels.role[code],
                          })}
                          aria-invalid={badTasks.has(row.task) || undefined}
                          value={value ?? ''}
                          onChange={(event) => setCell(row.task, code, event.currentTarget.value)}
                          style={{ minWidth: 56, minHeight: 32, fontSize: 14 }}
                        >
                          {options.map((option) => (
                            <option key={option.value} value={option.value}>
                              {option.value === '' ? `– (${t('design.matrix.blank')})` : option.label}
                            </option>
                          ))}
                        </select>
                      ) : (
                        (value ?? '')
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {editing && (
        <Stack gap="sm" className="no-print" maw={720}>
          {serverError.length > 0 && (
            <Alert color="red" role="alert">
              {serverError.map((message) => (
                <Text key={message} size="sm">
                  {message}
                </Text>
              ))}
            </Alert>
          )}
          {edits.length === 0 && <Text size="sm">{t('design.matrix.noChanges')}</Text>}
          <TextInput
            label={t('design.matrix.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={reasonError}
            required
          />
          <Group>
            <Button onClick={submit} loading={save.isPending} disabled={problems.length > 0 || edits.length === 0}>
              {t('design.matrix.save')}
            </Button>
            <Button variant="default" onClick={cancel}>
              {t('design.matrix.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
