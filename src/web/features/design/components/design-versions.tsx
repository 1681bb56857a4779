// Saved versions: list (sort, search, export), documents (PDF, Markdown), apply with the diff shown and confirmed, and two
// versions side by side.
import {
  Alert,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  List,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format.js';
import { notifySuccess } from '../../../shared/notify.js';
import { EmptyState, PageError, PageLoader } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { ADVISOR_TEXTS, type AdvisorTexts } from '../../../../core/design/advisor-texts.js';
import type { ApplicationPlan } from '../../../../core/design/design-apply.js';
import { describeDesignDiff } from '../../../../core/design/design-diff-words.js';
import { VersionView } from './design-version-view.js';
import type { RoleCode, TaskCode } from '../../../../core/design/task-catalogue.js';
import {
  documentUrl,
  useApply,
  useCompare,
  useVersions,
  versionsExportUrl,
  type SortOrder,
  type VersionDetail,
  type VersionRow,
  type VersionSort,
} from '../api.js';

function roleLabel(texts: AdvisorTexts, code: string) {
  return texts.labels.role[code as RoleCode] ?? code;
}
function taskLabel(texts: AdvisorTexts, code: string) {
  return texts.labels.task[code as TaskCode] ?? code;
}

export function DesignVersions({ networkId, canManage }: { networkId: string; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const texts = ADVISOR_TEXTS[i18n.language === 'en' ? 'en' : 'nl'];
  const [sort, setSort] = useState<VersionSort>('versionNumber');
  const [order, setOrder] = useState<SortOrder>('desc');
  const [search, setSearch] = useState('');
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [applying, setApplying] = useState<VersionRow | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const versions = useVersions(networkId, sort, order);

  if (versions.isPending) return <PageLoader />;
  if (versions.isError) return <PageError error={versions.error} onRetry={() => void versions.refetch()} />;
  const all = versions.data.items;
  if (all.length === 0) return <EmptyState title={t('design.versions.empty')} />;
  const items = all.filter((v) => v.reason.toLowerCase().includes(search.trim().toLowerCase()));
  const options = all.map((v) => ({ value: v.id, label: `${t('design.versions.number')} ${v.versionNumber}` }));

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Group align="flex-end" gap="sm">
          <TextInput
            type="search"
            label={t('design.versions.search')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            style={{ flex: '1 1 14rem' }}
          />
          <Select
            label={t('design.versions.sort')}
            data={[
              { value: 'versionNumber', label: t('design.versions.sortNumber') },
              { value: 'createdAt', label: t('design.versions.sortCreated') },
            ]}
            value={sort}
            onChange={(v) => v && setSort(v as VersionSort)}
            allowDeselect={false}
            w={170}
          />
          <Select
            label={t('design.versions.order')}
            data={[
              { value: 'asc', label: t('design.versions.asc') },
              { value: 'desc', label: t('design.versions.desc') },
            ]}
            value={order}
            onChange={(v) => v && setOrder(v as SortOrder)}
            allowDeselect={false}
            w={150}
          />
          <Button
            component="a"
            variant="outline"
            size="xs"
            href={versionsExportUrl(networkId, sort, order, 'csv')}
            download
          >
            {t('design.versions.exportCsv')}
          </Button>
          <Button
            component="a"
            variant="outline"
            size="xs"
            href={versionsExportUrl(networkId, sort, order, 'xlsx')}
            download
          >
            {t('design.versions.exportXlsx')}
          </Button>
        </Group>
        <ScrollTable label={t('design.versions.tableLabel')}>
          <Table striped miw={760} data-testid="versions-table">
            <Table.Caption>{t('design.versions.tableLabel')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('design.versions.number')}</Table.Th>
                <Table.Th>{t('design.versions.why')}</Table.Th>
                <Table.Th>{t('design.versions.by')}</Table.Th>
                <Table.Th>{t('design.versions.at')}</Table.Th>
                <Table.Th>{t('design.versions.applied')}</Table.Th>
                <Table.Th>{t('design.versions.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((v) => (
                <Table.Tr key={v.id}>
                  <Table.Td>{v.versionNumber}</Table.Td>
                  <Table.Td>{v.reason}</Table.Td>
                  <Table.Td>{v.createdByName}</Table.Td>
                  <Table.Td>{formatDateTime(v.createdAt)}</Table.Td>
                  <Table.Td>{v.appliedAt ? formatDateTime(v.appliedAt) : t('design.versions.notApplied')}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => setViewing(v.id)}
                        aria-label={t('design.view.openLabel', { number: v.versionNumber })}
                        data-testid={`version-view-${v.versionNumber}`}
                      >
                        {t('design.view.open')}
                      </Button>
                      <Button
                        component="a"
                        size="xs"
                        variant="outline"
                        href={documentUrl(networkId, v.id, 'pdf')}
                        download
                        aria-label={t('design.versions.pdfLabel', { number: v.versionNumber })}
                      >
                        {t('design.versions.pdf')}
                      </Button>
                      <Button
                        component="a"
                        size="xs"
                        variant="outline"
                        href={documentUrl(networkId, v.id, 'md')}
                        download
                        aria-label={t('design.versions.markdownLabel', { number: v.versionNumber })}
                      >
                        {t('design.versions.markdown')}
                      </Button>
                      {canManage && (
                        <Button
                          size="xs"
                          onClick={() => setApplying(v)}
                          aria-label={t('design.versions.applyLabel', { number: v.versionNumber })}
                        >
                          {t('design.versions.apply')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </Stack>

      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('design.versions.compareTitle')}
        </Title>
        <Group align="flex-end">
          <Select
            label={t('design.versions.compareFrom')}
            data={options}
            value={from}
            onChange={setFrom}
            w={180}
            data-testid="compare-from"
          />
          <Select
            label={t('design.versions.compareTo')}
            data={options}
            value={to}
            onChange={setTo}
            w={180}
            data-testid="compare-to"
          />
        </Group>
        {from && to && <Comparison networkId={networkId} from={from} to={to} texts={texts} />}
      </Stack>

      {viewing && (
        <VersionView networkId={networkId} versionId={viewing} texts={texts} onClose={() => setViewing(null)} />
      )}

      {applying && (
        <ApplyModal networkId={networkId} version={applying} texts={texts} onClose={() => setApplying(null)} />
      )}
    </Stack>
  );
}

function VersionSummary({ version, texts }: { version: VersionDetail; texts: AdvisorTexts }) {
  const { t } = useTranslation();
  const d = version.output;
  return (
    <Card withBorder>
      <Stack gap={6}>
        <Title order={3} size="h4">
          {t('design.versions.number')} {version.versionNumber}
        </Title>
        <Text size="sm">{version.reason}</Text>
        <Text size="sm">
          {texts.labels.financing[version.input.financing]} · {texts.labels.phase[version.input.phase]} ·{' '}
          {t('design.wizard.ownershipOnScale', {
            value: version.input.ownership,
            label: texts.labels.ownership[version.input.ownership - 1],
          })}{' '}
          · {version.input.expectedMembers}
        </Text>
        <Text size="sm">
          {t('design.wizard.formalBoard')}: {d.governance.formalBoard ? t('design.wizard.yes') : t('design.wizard.no')}
        </Text>
        <Text size="sm">
          {t('design.wizard.tensions')}:{' '}
          {d.tensions.length === 0
            ? t('design.wizard.none')
            : d.tensions.map((x) => texts.labels.tension[x.code]).join(', ')}
        </Text>
      </Stack>
    </Card>
  );
}

function Comparison({
  networkId,
  from,
  to,
  texts,
}: {
  networkId: string;
  from: string;
  to: string;
  texts: AdvisorTexts;
}) {
  const { t, i18n } = useTranslation();
  const compare = useCompare(networkId, from, to);
  if (compare.isPending) return <PageLoader />;
  if (compare.isError) return <PageError error={compare.error} />;
  const { diff } = compare.data;
  const words = describeDesignDiff(diff, i18n.language === 'en' ? 'en' : 'nl');
  return (
    <Stack gap="md" data-testid="comparison">
      <Grid>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <VersionSummary version={compare.data.from} texts={texts} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <VersionSummary version={compare.data.to} texts={texts} />
        </Grid.Col>
      </Grid>
      {diff.same ? (
        <Alert color="gray">{t('design.versions.same')}</Alert>
      ) : (
        <Stack gap="sm" data-testid="comparison-words">
          {words.inputs.length > 0 && <DiffList title={t('design.versions.changedInputs')} items={words.inputs} />}
          {words.tensionsAdded.length > 0 && (
            <DiffList title={t('design.versions.tensionsAdded')} items={words.tensionsAdded} />
          )}
          {words.tensionsRemoved.length > 0 && (
            <DiffList title={t('design.versions.tensionsRemoved')} items={words.tensionsRemoved} />
          )}
          {words.governance.length > 0 && (
            <DiffList title={t('design.versions.changedGovernance')} items={words.governance} />
          )}
          {words.roles.length > 0 && <DiffList title={t('design.versions.changedRoles')} items={words.roles} />}
          {words.tasks.length > 0 && <DiffList title={t('design.versions.changedTasks')} items={words.tasks} />}
        </Stack>
      )}
    </Stack>
  );
}

function DiffList({ title, items }: { title: string; items: string[] }) {
  return (
    <div>
      <Title order={3} size="h5">
        {title}
      </Title>
      <List size="sm">
        {items.map((item) => (
          <List.Item key={item}>{item}</List.Item>
        ))}
      </List>
    </div>
  );
}

function ApplyModal({
  networkId,
  version,
  texts,
  onClose,
}: {
  networkId: string;
  version: VersionRow;
  texts: AdvisorTexts;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 48em)');
  const apply = useApply(networkId);
  const [plan, setPlan] = useState<ApplicationPlan | null>(null);
  const [withoutDoer, setWithoutDoer] = useState<{ task: string; role: string }[]>([]);
  const [rights, setRights] = useState({ granted: 0, revoked: 0 });
  useEffect(() => {
    // The diff is asked for once when the dialog opens; applying happens only on the confirm button.
    apply.mutate(
      { versionId: version.id, confirm: false },
      {
        onSuccess: (r) => {
          setPlan(r.plan);
          setWithoutDoer(r.withoutDoer);
          setRights({ granted: r.rights.granted.length, revoked: r.rights.revoked.length });
        },
      },
    );
  }, [version.id]);

  async function confirm() {
    await apply.mutateAsync({ versionId: version.id, confirm: true });
    notifySuccess(t('design.apply.done', { number: version.versionNumber }));
    onClose();
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('design.apply.title', { number: version.versionNumber })}
      size="lg"
      fullScreen={isPhone}
      closeButtonProps={{ 'aria-label': t('design.apply.cancel') }}
    >
      {!plan ? (
        apply.isError ? (
          <PageError error={apply.error} />
        ) : (
          <PageLoader />
        )
      ) : (
        <Stack gap="md" data-testid="apply-diff">
          <Text>{t('design.apply.intro')}</Text>
          {!plan.hasChanges && <Alert color="gray">{t('design.apply.noChanges')}</Alert>}
          <div>
            <Title order={3} size="h5">
              {t('design.apply.roles')}
            </Title>
            <List size="sm">
              {plan.roles.map((r) => (
                <List.Item key={r.code}>
                  {roleLabel(texts, r.code)}: {t('design.apply.holders', { count: r.holders })}
                  {r.advisedMin !== null
                    ? `, ${t('design.apply.advised', { range: r.advisedMin === r.advisedMax ? r.advisedMin : `${r.advisedMin}–${r.advisedMax}` })}`
                    : ''}{' '}
                  <Badge size="sm" variant="light" color={r.status === 'filled' ? 'green.9' : 'orange.9'}>
                    {t(`design.apply.${r.status}`)}
                  </Badge>
                </List.Item>
              ))}
            </List>
          </div>
          {plan.tasks.create.length > 0 && (
            <DiffList
              title={t('design.apply.tasksCreate', { count: plan.tasks.create.length })}
              items={plan.tasks.create.map(
                (x) => `${taskLabel(texts, x.code)} → ${roleLabel(texts, x.responsibleRole)}`,
              )}
            />
          )}
          {plan.tasks.update.length > 0 && (
            <DiffList
              title={t('design.apply.tasksUpdate', { count: plan.tasks.update.length })}
              items={plan.tasks.update.map(
                (x) =>
                  `${taskLabel(texts, x.code)}: ${x.from ? roleLabel(texts, x.from) : '—'} → ${roleLabel(texts, x.to)}`,
              )}
            />
          )}
          {plan.tasks.kept.length > 0 && (
            <DiffList title={t('design.apply.tasksKept')} items={plan.tasks.kept.map((c) => taskLabel(texts, c))} />
          )}
          {plan.bodies.create.length > 0 && (
            <DiffList
              title={t('design.apply.bodiesCreate')}
              items={plan.bodies.create.map((k) => roleLabel(texts, k))}
            />
          )}
          {plan.funderAccess && <Text size="sm">{t('design.apply.funderAccess')}</Text>}
          {withoutDoer.length > 0 && (
            <div data-testid="apply-without-doer">
              <DiffList
                title={t('design.apply.withoutDoer', { count: withoutDoer.length })}
                items={withoutDoer.map((w) => `${taskLabel(texts, w.task)}: ${roleLabel(texts, w.role)}`)}
              />
            </div>
          )}
          {(rights.granted > 0 || rights.revoked > 0) && (
            <Text size="sm">
              {t('design.apply.rightsChange', { granted: rights.granted, revoked: rights.revoked })}
            </Text>
          )}
          {apply.isError && <PageError error={apply.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('design.apply.cancel')}
            </Button>
            <Button
              onClick={() => void confirm()}
              loading={apply.isPending}
              disabled={!plan.hasChanges}
              data-testid="confirm-apply"
            >
              {t('design.apply.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
