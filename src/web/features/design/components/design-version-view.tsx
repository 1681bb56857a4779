// One saved design version opened on screen, read-only: the choices it was made from (the ownership scale with both ends
// named), the matrix of who does what (R, A, C, I), and the reasons — the inputs said once above, not in every line.
import { Alert, Badge, Button, Group, List, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format.js';
import { PageError, PageLoader } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import type { AdvisorTexts } from '../../../../core/design/advisor-texts.js';
import type { DesignInput } from '../../../../core/design/design-input.js';
import type { RoleCode } from '../../../../core/design/task-catalogue.js';
import { useVersion, type VersionDetail } from '../api.js';

function choices(input: DesignInput, texts: AdvisorTexts, yesNo: (v: boolean) => string, ownership: string) {
  const labels = texts.summary.variableLabels;
  const rows: [string, string][] = [[labels.financing, texts.labels.financing[input.financing]]];
  if (input.funderType) rows.push([labels.funderType, texts.labels.funderType[input.funderType]]);
  rows.push(
    [labels.ownership, ownership],
    [labels.phase, texts.labels.phase[input.phase]],
    [labels.expectedMembers, String(input.expectedMembers)],
    [labels.coreGroupFormed, yesNo(input.existing.coreGroupFormed)],
    [labels.coordinatorAvailable, yesNo(input.existing.coordinatorAvailable)],
  );
  if (input.existing.coordinatorHoursPerWeek !== undefined)
    rows.push([labels.coordinatorHoursPerWeek, String(input.existing.coordinatorHoursPerWeek)]);
  rows.push(
    [labels.legalEntity, yesNo(input.existing.legalEntity)],
    [labels.annualPlanRequired, yesNo(input.existing.annualPlanRequired)],
  );
  return rows;
}

export function VersionView({
  networkId,
  versionId,
  texts,
  onClose,
}: {
  networkId: string;
  versionId: string;
  texts: AdvisorTexts;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 48em)');
  const version = useVersion(networkId, versionId);
  const title = version.data
    ? t('design.view.title', { number: version.data.versionNumber })
    : t('design.view.loading');
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size="xl"
      fullScreen={narrow}
      closeButtonProps={{ 'aria-label': t('design.view.close') }}
    >
      {version.isPending ? (
        <PageLoader />
      ) : version.isError ? (
        <PageError error={version.error} />
      ) : (
        <VersionBody version={version.data} texts={texts} onClose={onClose} />
      )}
    </Modal>
  );
}

function VersionBody({
  version,
  texts,
  onClose,
}: {
  version: VersionDetail;
  texts: AdvisorTexts;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const d = version.output;
  const yesNo = (v: boolean) => (v ? t('design.wizard.yes') : t('design.wizard.no'));
  const ownership = t('design.wizard.ownershipOnScale', {
    value: version.input.ownership,
    label: texts.labels.ownership[version.input.ownership - 1],
  });
  const usedRoles = [
    ...new Set(d.tasks.flatMap((x) => [x.responsible, x.accountable, ...x.consulted, ...x.informed])),
  ] as RoleCode[];
  const roleOrder = d.roles.map((r) => r.code).filter((c) => usedRoles.includes(c));
  for (const c of usedRoles) if (!roleOrder.includes(c)) roleOrder.push(c);
  const cell = (task: VersionDetail['output']['tasks'][number], role: RoleCode) =>
    [
      task.responsible === role ? 'R' : '',
      task.accountable === role ? 'A' : '',
      task.consulted.includes(role) ? 'C' : '',
      task.informed.includes(role) ? 'I' : '',
    ].join('');
  return (
    <Stack gap="lg" data-testid="version-view">
      <Alert color="gray" variant="light" styles={{ message: { color: 'var(--mantine-color-dark-9)' } }}>
        {t('design.view.readOnly', {
          by: version.createdByName ?? '—',
          at: formatDateTime(version.createdAt),
        })}{' '}
        {version.appliedAt
          ? t('design.view.applied', { at: formatDateTime(version.appliedAt) })
          : t('design.view.notApplied')}
      </Alert>
      <Text>
        <strong>{t('design.versions.why')}:</strong> {version.reason}
      </Text>

      <section aria-labelledby="view-choices">
        <Title order={3} size="h4" id="view-choices" mb="xs">
          {t('design.view.choices')}
        </Title>
        <Text size="sm" mb="xs">
          {t('design.view.choicesHint')}
        </Text>
        <Table data-testid="version-choices">
          <Table.Tbody>
            {choices(version.input, texts, yesNo, ownership).map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th scope="row" w="40%">
                  {label}
                </Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>

      <section aria-labelledby="view-governance">
        <Title order={3} size="h4" id="view-governance" mb="xs">
          {t('design.view.governance')}
        </Title>
        <List size="sm" spacing="xs">
          <List.Item>
            <strong>{texts.summary.formalBoard}:</strong> {yesNo(d.governance.formalBoard)} —{' '}
            {d.governance.formalBoardReason}
          </List.Item>
          <List.Item>
            <strong>{texts.summary.funderMandate}:</strong>{' '}
            {d.governance.funderMandate === 'mission' ? texts.summary.funderMandateMission : t('design.wizard.none')} —{' '}
            {d.governance.funderMandateReason}
          </List.Item>
          <List.Item>
            <strong>{texts.summary.soundingBoard}:</strong>{' '}
            {d.governance.soundingBoard.composition.map((k) => texts.labels.soundingBoardMember[k]).join(', ') ||
              t('design.wizard.none')}{' '}
            — {d.governance.soundingBoard.reason}
          </List.Item>
        </List>
      </section>

      <section aria-labelledby="view-roles">
        <Title order={3} size="h4" id="view-roles" mb="xs">
          {t('design.view.roles')}
        </Title>
        <List size="sm" spacing="xs">
          {d.roles
            .filter((r) => r.needed)
            .map((r) => (
              <List.Item key={r.code}>
                <strong>
                  {texts.labels.role[r.code]}
                  {r.advisedCount
                    ? ` (${r.advisedCount.min === r.advisedCount.max ? r.advisedCount.min : `${r.advisedCount.min}–${r.advisedCount.max}`})`
                    : ''}
                </strong>
                : {r.reason}
              </List.Item>
            ))}
        </List>
      </section>

      <section aria-labelledby="view-matrix">
        <Title order={3} size="h4" id="view-matrix" mb="xs">
          {t('design.view.matrix')}
        </Title>
        <Text size="sm" mb="xs">
          {texts.summary.raciLegend}
        </Text>
        <ScrollTable label={t('design.view.matrix')}>
          <Table striped withTableBorder miw={760} data-testid="version-matrix">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{texts.summary.task}</Table.Th>
                {roleOrder.map((r) => (
                  <Table.Th key={r} title={texts.labels.role[r]}>
                    {texts.labels.roleShort[r]}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.tasks.map((x) => (
                <Table.Tr key={x.code}>
                  <Table.Th scope="row" fw={500}>
                    {texts.labels.task[x.code]}
                  </Table.Th>
                  {roleOrder.map((r) => (
                    <Table.Td key={r}>{cell(x, r)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </section>

      <section aria-labelledby="view-reasons">
        <Title order={3} size="h4" id="view-reasons" mb="xs">
          {t('design.view.reasons')}
        </Title>
        <List size="sm" spacing="xs" data-testid="version-reasons">
          {d.tasks.map((x) => (
            <List.Item key={x.code}>
              <strong>{texts.labels.task[x.code]}:</strong> {x.reason}
            </List.Item>
          ))}
        </List>
      </section>

      <section aria-labelledby="view-tensions">
        <Title order={3} size="h4" id="view-tensions" mb="xs">
          {t('design.wizard.tensions')}
        </Title>
        {d.tensions.length === 0 ? (
          <Text size="sm">{t('design.wizard.noTensions')}</Text>
        ) : (
          <List size="sm" spacing="xs">
            {d.tensions.map((x) => (
              <List.Item key={x.code}>
                <Badge variant="light" color="orange.9" mr={6}>
                  {texts.labels.severity[x.severity]}
                </Badge>
                <strong>{texts.labels.tension[x.code]}</strong>: {x.reason} {x.advice}
              </List.Item>
            ))}
          </List>
        )}
      </section>

      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} data-testid="version-view-close">
          {t('design.view.close')}
        </Button>
      </Group>
    </Stack>
  );
}
