// Reports: the list (a funder sees released ones only), freezing a period, the narrative and releasing, downloads, and the
// figures of one report as the funder sees them (small counts suppressed, no names).
import { yearInAmsterdam } from '../../../../core/calendar.js';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api-client.js';
import { formatDateOnly } from '../../../shared/format.js';
import { notifySuccess } from '../../../shared/notify.js';
import { PageError, PageLoader } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import {
  reportFileUrl,
  useFreezeReport,
  useReleaseReport,
  useReport,
  useReports,
  useSaveNarrative,
  type ReportDetail,
} from '../api.js';
import { MissionFigures } from './mission-figures.js';
import { useSteeringT } from './measure-parts.js';

export function ReportsTab({ networkId, canManage }: { networkId: string; canManage: boolean }) {
  const { t } = useSteeringT();
  const reports = useReports(networkId);
  const [openId, setOpenId] = useState<string | null>(null);
  if (openId)
    return <ReportView networkId={networkId} reportId={openId} canManage={canManage} onBack={() => setOpenId(null)} />;
  return (
    <Stack gap="lg">
      {canManage && <Text c="gray.7">{t('reportsIntro')}</Text>}
      {canManage && <FreezeForm networkId={networkId} onFrozen={setOpenId} />}
      {reports.isPending && <PageLoader />}
      {reports.isError && <PageError error={reports.error} />}
      {reports.data &&
        (reports.data.items.length === 0 ? (
          <Text>{t('noReports')}</Text>
        ) : (
          <ScrollTable label={t('tabReports')}>
            <Table striped miw={480} data-testid="reports-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('label')}</Table.Th>
                  <Table.Th>{t('periodLabel')}</Table.Th>
                  <Table.Th>{t('status')}</Table.Th>
                  <Table.Th>
                    <span className="visually-hidden">{t('open')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {reports.data.items.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{r.label}</Table.Td>
                    <Table.Td>
                      {formatDateOnly(r.periodFrom)} – {formatDateOnly(r.periodTo)}
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        color={r.status === 'released' ? 'green.9' : 'gray.7'}
                        variant={r.status === 'released' ? 'light' : 'outline'}
                      >
                        {r.status === 'released' ? t('released') : t('frozen')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="light"
                        onClick={() => setOpenId(r.id)}
                        aria-label={`${t('open')} ${r.label}`}
                      >
                        {t('open')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        ))}
    </Stack>
  );
}

function FreezeForm({ networkId, onFrozen }: { networkId: string; onFrozen: (id: string) => void }) {
  const { t } = useSteeringT();
  const freeze = useFreezeReport(networkId);
  const thisYear = yearInAmsterdam(new Date());
  const [kind, setKind] = useState('quarter');
  const [year, setYear] = useState<number>(thisYear);
  const [index, setIndex] = useState('1');
  const [confirming, setConfirming] = useState(false);
  const max = kind === 'quarter' ? 4 : kind === 'half_year' ? 2 : 1;
  // The same label the server gives the report (Q3 2026, H1 2026, 2026).
  const period = kind === 'quarter' ? `Q${index} ${year}` : kind === 'half_year' ? `H${index} ${year}` : String(year);
  return (
    <Card withBorder>
      <Title order={2} size="h3">
        {t('freezeTitle')}
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          // Freezing cannot be taken back (a period is frozen once), so it is asked first.
          setConfirming(true);
        }}
      >
        <Group align="flex-end" mt="xs">
          <Select
            label={t('periodKind')}
            value={kind}
            onChange={(v) => {
              setKind(v ?? 'quarter');
              setIndex('1');
            }}
            allowDeselect={false}
            data={[
              { value: 'quarter', label: t('kindQuarter') },
              { value: 'half_year', label: t('kindHalf') },
              { value: 'year', label: t('kindYear') },
            ]}
          />
          <NumberInput
            label={t('year')}
            value={year}
            onChange={(v) => setYear(Number(v))}
            min={2000}
            max={2100}
            w={110}
          />
          {kind !== 'year' && (
            <Select
              label={kind === 'quarter' ? t('indexQuarter') : t('indexHalf')}
              value={index}
              onChange={(v) => setIndex(v ?? '1')}
              allowDeselect={false}
              data={Array.from({ length: max }, (_, i) => ({
                value: String(i + 1),
                label: kind === 'quarter' ? t('quarterOption', { n: i + 1 }) : t('halfOption', { n: i + 1 }),
              }))}
              w={150}
            />
          )}
          <Button type="submit" loading={freeze.isPending}>
            {t('freeze')}
          </Button>
        </Group>
        {freeze.error instanceof ApiError && (
          <Alert color="red" mt="sm" role="alert">
            {freeze.error.message}
          </Alert>
        )}
      </form>
      <ConfirmModal
        opened={confirming}
        title={t('freezeConfirmTitle', { period })}
        confirmLabel={t('freezeConfirmButton')}
        loading={freeze.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          freeze.mutate(
            { periodKind: kind, year, index: Number(index) },
            {
              onSuccess: (r) => {
                notifySuccess(t('frozen'));
                onFrozen(r.id);
              },
              onSettled: () => setConfirming(false),
            },
          )
        }
      >
        {t('freezeConfirmText', { period })}
      </ConfirmModal>
    </Card>
  );
}

/** Asks before a step that cannot be undone; the text says what happens. */
function ConfirmModal({
  opened,
  title,
  confirmLabel,
  loading,
  onCancel,
  onConfirm,
  children,
}: {
  opened: boolean;
  title: string;
  confirmLabel: string;
  loading: boolean;
  onCancel: () => void;
  onConfirm: () => void;
  children: ReactNode;
}) {
  const { t } = useSteeringT();
  const isPhone = useMediaQuery('(max-width: 48em)');
  return (
    <Modal
      opened={opened}
      onClose={onCancel}
      title={title}
      fullScreen={isPhone}
      closeButtonProps={{ 'aria-label': t('close') }}
    >
      <Stack gap="md">
        <Text>{children}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={loading}>
            {t('cancel')}
          </Button>
          <Button onClick={onConfirm} loading={loading} data-autofocus>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ReportView({
  networkId,
  reportId,
  canManage,
  onBack,
}: {
  networkId: string;
  reportId: string;
  canManage: boolean;
  onBack: () => void;
}) {
  const { t } = useSteeringT();
  const q = useReport(networkId, reportId);
  if (q.isPending) return <PageLoader />;
  if (q.isError) return <PageError error={q.error} />;
  return (
    <ReportBody
      key={q.data.version}
      networkId={networkId}
      report={q.data}
      canManage={canManage}
      onBack={onBack}
      backLabel={t('back')}
    />
  );
}

function ReportBody({
  networkId,
  report,
  canManage,
  onBack,
  backLabel,
}: {
  networkId: string;
  report: ReportDetail;
  canManage: boolean;
  onBack: () => void;
  backLabel: string;
}) {
  const { t } = useSteeringT();
  const { i18n } = useTranslation();
  const [narrative, setNarrative] = useState(report.narrative);
  const save = useSaveNarrative(networkId, report.id);
  const release = useReleaseReport(networkId, report.id);
  const [confirmingRelease, setConfirmingRelease] = useState(false);
  const editable = canManage && report.status === 'frozen';
  return (
    <Stack gap="md" data-testid="report-view">
      <Anchor component="button" type="button" onClick={onBack} size="sm" w="fit-content">
        ← {backLabel}
      </Anchor>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('label')} {report.label}
        </Title>
        <Badge
          color={report.status === 'released' ? 'green.9' : 'gray.7'}
          variant={report.status === 'released' ? 'light' : 'outline'}
          data-testid="report-status"
        >
          {report.status === 'released' ? t('released') : t('frozen')}
        </Badge>
      </Group>
      <Group>
        <Anchor href={reportFileUrl(networkId, report.id, 'pdf')}>{t('downloadPdf')}</Anchor>
        <Anchor href={reportFileUrl(networkId, report.id, 'csv')}>{t('downloadCsv')}</Anchor>
      </Group>
      {editable ? (
        <Stack gap="xs">
          <Textarea
            label={t('narrative')}
            autosize
            minRows={4}
            value={narrative}
            onChange={(e) => setNarrative(e.currentTarget.value)}
          />
          <Group>
            <Button
              variant="light"
              loading={save.isPending}
              onClick={() =>
                save.mutate({ narrative, version: report.version }, { onSuccess: () => notifySuccess(t('saved')) })
              }
            >
              {t('saveNarrative')}
            </Button>
            <Button
              loading={release.isPending}
              disabled={narrative !== report.narrative}
              onClick={() => setConfirmingRelease(true)}
            >
              {t('release')}
            </Button>
          </Group>
          <Text size="xs" c="gray.7">
            {t('releaseConfirm')}
          </Text>
          {(save.error ?? release.error) instanceof ApiError && (
            <Alert color="red" role="alert">
              {(save.error ?? release.error)?.message}
            </Alert>
          )}
          <ConfirmModal
            opened={confirmingRelease}
            title={t('releaseConfirmTitle', { period: report.label })}
            confirmLabel={t('releaseConfirmButton')}
            loading={release.isPending}
            onCancel={() => setConfirmingRelease(false)}
            onConfirm={() =>
              release.mutate(report.version, {
                onSuccess: () => notifySuccess(t('released')),
                onSettled: () => setConfirmingRelease(false),
              })
            }
          >
            {t('releaseConfirmText', { period: report.label })}
          </ConfirmModal>
        </Stack>
      ) : (
        <Card withBorder>
          <Text fw={600}>{t('narrative')}</Text>
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="report-narrative">
            {report.narrative || '—'}
          </Text>
        </Card>
      )}
      <MissionFigures data={report.funder} locale={i18n.language.startsWith('en') ? 'en-GB' : 'nl-NL'} />
    </Stack>
  );
}
