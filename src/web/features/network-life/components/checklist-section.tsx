// "Checklist voor deze fase": the phase's checklist as work — progress, each item with owner, due date and state, the
// evidence of items that ticked themselves off, and the state editable for who may (network.update or governance.manage).
import { Badge, Progress, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateOnly } from '../../../shared/format.js';
import { notifySuccess } from '../../../shared/notify.js';
import { PageError, PageLoader } from '../../../shared/page-states.js';
import { ADVISOR_TEXTS } from '../../../../core/design/advisor-texts.js';
import type { ChecklistCode } from '../../../../core/design/network-design.js';
import type { RoleCode } from '../../../../core/design/task-catalogue.js';
import { useChecklist, useUpdateChecklistItem, type ChecklistItem, type ChecklistState } from '../api.js';
import { CHECKLIST_STATES as STATES } from '../../../../core/network-life/network-life.contract.js';

export function ChecklistSection({ networkId }: { networkId: string }) {
  const { t, i18n } = useTranslation();
  const texts = ADVISOR_TEXTS[i18n.language === 'en' ? 'en' : 'nl'];
  const checklist = useChecklist(networkId);
  const update = useUpdateChecklistItem(networkId);
  if (checklist.isPending) return <PageLoader />;
  if (checklist.isError) return <PageError error={checklist.error} onRetry={() => void checklist.refetch()} />;
  const { items, progress, mayEdit } = checklist.data;
  const title = (item: ChecklistItem) => texts.labels.checklist[item.code as ChecklistCode] ?? item.code;
  const owner = (item: ChecklistItem) =>
    item.ownerName ??
    (item.ownerRole
      ? (texts.labels.role[item.ownerRole as RoleCode] ?? item.ownerRole)
      : t('networkLife.checklist.noOwner'));
  const percent = progress.total === 0 ? 0 : Math.round((100 * progress.done) / progress.total);
  return (
    <section aria-labelledby="checklist-title" id="checklist">
      <Title order={2} size="h3" id="checklist-title" mb="sm">
        {t('networkLife.checklist.title')}
      </Title>
      <Stack gap="md">
        <Text>{t('networkLife.checklist.intro')}</Text>
        {items.length === 0 ? (
          <Text>{t('networkLife.checklist.none')}</Text>
        ) : (
          <>
            <Text data-testid="checklist-progress">
              {t('networkLife.checklist.progress', { done: progress.done, total: progress.total })}
            </Text>
            <Progress value={percent} aria-label={t('networkLife.checklist.progressLabel')} />
            <Table.ScrollContainer minWidth={640}>
              <Table data-testid="checklist-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('networkLife.checklist.item')}</Table.Th>
                    <Table.Th>{t('networkLife.checklist.owner')}</Table.Th>
                    <Table.Th>{t('networkLife.checklist.due')}</Table.Th>
                    <Table.Th>{t('networkLife.checklist.state')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((item) => (
                    <Table.Tr key={item.id} data-code={item.code}>
                      <Table.Td>
                        <Text size="sm">{title(item)}</Text>
                        {item.closedAutomatically && item.evidence && (
                          <Text size="sm" c="dimmed" data-testid="checklist-evidence">
                            {t('networkLife.checklist.evidence', { evidence: item.evidence })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{owner(item)}</Table.Td>
                      <Table.Td>{formatDateOnly(item.dueOn)}</Table.Td>
                      <Table.Td>
                        {mayEdit ? (
                          <Select
                            size="xs"
                            aria-label={t('networkLife.checklist.stateOf', { item: title(item) })}
                            data={STATES.map((s) => ({ value: s, label: t(`networkLife.checklist.states.${s}`) }))}
                            value={item.state}
                            allowDeselect={false}
                            onChange={(value) => {
                              if (!value || value === item.state) return;
                              update.mutate(
                                { id: item.id, version: item.version, state: value as ChecklistState },
                                { onSuccess: () => notifySuccess(t('networkLife.checklist.saved')) },
                              );
                            }}
                          />
                        ) : (
                          <Badge variant="light" color={item.state === 'done' ? 'green' : 'gray'}>
                            {t(`networkLife.checklist.states.${item.state}`)}
                          </Badge>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </Stack>
    </section>
  );
}
