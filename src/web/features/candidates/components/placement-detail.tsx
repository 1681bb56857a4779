// One placement, opened from the placements table: its facts, the check-ins after 3, 6 and 12 months (done ones with their
// answers, open ones with a button to record them) with the candidate's own answer beside them (issue 19), and ending it
// with a date and reason — optionally with the candidate leaving (uitgestroomd) or stopping (gestopt) at the same time,
// which needs its own reason. Names never show: the code does.
import { todayInAmsterdam } from '../../../../core/calendar.js';
import {
  Badge,
  Button,
  Modal,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
  Group,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findBsnLikeNumbers } from '../../../../core/candidates/bsn.js';
import { PLACEMENT_END_REASONS } from '../../../../core/candidates/codes.js';
import { formatDate, formatNumber } from '../../../shared/format.js';
import { FormErrorSummary, useFormErrors, type FieldErrors } from '../../../shared/form-errors.js';
import { notifySuccess } from '../../../shared/notify.js';
import { PageError, PageLoader } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import {
  useEndPlacement,
  useHandleCandidateCheckIn,
  usePlacement,
  type DueCheckIn,
  type PlacementDetail as Detail,
} from '../api.js';
import { CheckInForm } from './check-in-reminders.js';
import { useVersionAtOpen } from '../../../shared/edit-version.js';

export function PlacementDetail({
  networkId,
  placementId,
  canManage,
}: {
  networkId: string;
  placementId: string;
  canManage: boolean;
}) {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  const placement = usePlacement(networkId, placementId);
  const [recording, setRecording] = useState<DueCheckIn | null>(null);
  if (placement.isPending) return <PageLoader />;
  if (placement.isError) return <PageError error={placement.error} />;
  const p = placement.data;
  const none = t('placementDetail.none');
  const facts: [string, string][] = [
    [t('placements.startsOn'), formatDate(p.startsOn)],
    [t('placements.hours'), formatNumber(p.hoursPerWeek)],
    [t('placements.contract'), t(`placements.contracts.${p.contractKind}` as 'placements.contracts.permanent')],
    [t('placements.jobs'), formatNumber(p.jobs)],
    [
      t('placements.support'),
      [
        p.jobcoach && t('placements.jobcoach'),
        p.wageSubsidy && t('placements.wageSubsidy'),
        p.noRiskPolicy && t('placements.noRiskPolicy'),
      ]
        .filter(Boolean)
        .join(', ') || none,
    ],
    [
      t('placementDetail.attribution'),
      p.attributionKind
        ? t(`placements.attributions.${p.attributionKind}` as 'placements.attributions.activity')
        : none,
    ],
  ];
  return (
    <Stack data-testid="placement-detail">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" component="dl">
        {facts.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="sm" fw={700}>
              {label}
            </Text>
            <Text component="dd" m={0}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      {p.endsOn && (
        <Badge size="lg" variant="outline" color="gray.8" data-testid="placement-ended">
          {t('placementDetail.endedOn', {
            date: formatDate(p.endsOn),
            reason: p.endReason ? t(`placements.endReasons.${p.endReason}` as 'placements.endReasons.other') : none,
          })}
        </Badge>
      )}
      <Title order={3} size="h4">
        {t('placementDetail.checkInsTitle')}
      </Title>
      <ScrollTable label={t('placementDetail.checkInsTitle')}>
        <Table miw={800} data-testid="placement-check-ins">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('placementDetail.moment')}</Table.Th>
              <Table.Th>{t('placementDetail.dueOn')}</Table.Th>
              <Table.Th>{t('placementDetail.state')}</Table.Th>
              <Table.Th>{t('placementDetail.stillEmployed')}</Table.Th>
              <Table.Th>{t('placementDetail.hours')}</Table.Th>
              <Table.Th>{t('placementDetail.note')}</Table.Th>
              <Table.Th>{t('placementDetail.candidateSays')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.dueDates.map((d) => {
              const done = p.checkIns.find((c) => c.months === d.months);
              return (
                <Table.Tr key={d.months}>
                  <Table.Td>{t('checkIns.due', { months: d.months })}</Table.Td>
                  <Table.Td>{formatDate(d.dueOn)}</Table.Td>
                  <Table.Td>
                    {done ? (
                      t('placementDetail.done') + ` (${formatDate(done.heldOn)})`
                    ) : canManage && !p.endsOn ? (
                      <Button
                        size="compact-sm"
                        variant="outline"
                        aria-label={t('placementDetail.recordLabel', { months: d.months })}
                        onClick={() =>
                          setRecording({
                            placementId: p.id,
                            candidateCode: p.candidateCode,
                            organisationName: p.organisationName,
                            startsOn: p.startsOn,
                            months: d.months,
                            dueOn: d.dueOn,
                            overdue: false,
                          })
                        }
                      >
                        {t('placementDetail.record')}
                      </Button>
                    ) : (
                      t('placementDetail.open')
                    )}
                  </Table.Td>
                  <Table.Td>
                    {done ? (done.stillEmployed ? t('placementDetail.yes') : t('placementDetail.no')) : ''}
                  </Table.Td>
                  <Table.Td>{done?.hoursPerWeek != null ? formatNumber(done.hoursPerWeek) : ''}</Table.Td>
                  <Table.Td>{done?.note ?? ''}</Table.Td>
                  <Table.Td>
                    <CandidateAnswer
                      networkId={networkId}
                      placementId={p.id}
                      canManage={canManage}
                      answer={p.candidateCheckIns.find((c) => c.months === d.months)}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {recording && (
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('checkIns.record')}
          </Title>
          <CheckInForm networkId={networkId} due={recording} onDone={() => setRecording(null)} />
        </Stack>
      )}
      {canManage && !p.endsOn && <EndPlacementForm networkId={networkId} p={p} />}
    </Stack>
  );
}

/** The candidate's own answer at this check-in (issue 19), beside the employer's; a worrying one can be marked handled. */
function CandidateAnswer({
  networkId,
  placementId,
  canManage,
  answer,
}: {
  networkId: string;
  placementId: string;
  canManage: boolean;
  answer: Detail['candidateCheckIns'][number] | undefined;
}) {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  const handle = useHandleCandidateCheckIn(networkId, placementId);
  if (!answer) return <Text size="sm">{t('placementDetail.candidateNone')}</Text>;
  return (
    <Stack gap={2} data-testid={`candidate-check-in-${answer.months}`}>
      <Text size="sm">
        {t('placementDetail.candidateScore', {
          score: t(`portal.scores.${answer.score}` as 'portal.scores.1'),
          n: answer.score,
        })}
      </Text>
      <Text size="sm">{t('placementDetail.candidateHelp', { help: t(`portal.help.${answer.help}`) })}</Text>
      {answer.wantsContact && <Text size="sm">{t('placementDetail.candidateContact')}</Text>}
      {answer.note && (
        <Text size="sm" fs="italic">
          “{answer.note}”
        </Text>
      )}
      {answer.worrying &&
        (answer.handledAt ? (
          <Text size="sm">{t('placementDetail.worryHandledOn', { date: formatDate(answer.handledAt) })}</Text>
        ) : (
          <Group gap="xs">
            <Badge color="red.9">{t('placementDetail.worry')}</Badge>
            {canManage && (
              <Button
                size="compact-sm"
                variant="outline"
                loading={handle.isPending}
                aria-label={t('placementDetail.handleWorryLabel', { months: answer.months })}
                onClick={() =>
                  // mutateAsync: the refetch after handling removes this button before a per-call onSuccess would run.
                  void handle
                    .mutateAsync(answer.months)
                    .then(() => notifySuccess(t('placementDetail.worryHandled')))
                    .catch(() => undefined)
                }
              >
                {t('placementDetail.handleWorry')}
              </Button>
            )}
            {handle.error && (
              <Text size="sm" c="red.9" role="alert">
                {handle.error.message}
              </Text>
            )}
          </Group>
        ))}
    </Stack>
  );
}

function EndPlacementForm({ networkId, p }: { networkId: string; p: Detail }) {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  const end = useEndPlacement(networkId, p.id);
  const versionAtOpen = useVersionAtOpen(p.version);
  const form = useFormErrors('placement-end');
  const [endsOn, setEndsOn] = useState(todayInAmsterdam(new Date()));
  const [endReason, setEndReason] = useState<string | null>(null);
  const [after, setAfter] = useState('stays');
  const [reason, setReason] = useState('');
  const labels = {
    endsOn: t('placementDetail.endsOn'),
    endReason: t('placementDetail.endReason'),
    candidateReason: t('placementDetail.candidateReason'),
  };
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errors: FieldErrors = {};
    if (!endsOn) errors.endsOn = t('form.required');
    if (!endReason) errors.endReason = t('form.required');
    if (after !== 'stays' && !reason.trim()) errors.candidateReason = t('form.required');
    if (findBsnLikeNumbers(reason).length) errors.candidateReason = t('bsn');
    if (form.showFieldErrors(errors)) return;
    end.mutate(
      {
        endsOn,
        endReason: endReason!,
        candidateStatus: after === 'stays' ? null : after,
        candidateReason: after === 'stays' ? null : reason.trim(),
        version: versionAtOpen,
      },
      {
        onSuccess: () => notifySuccess(t('placementDetail.ended')),
        onError: (error) => form.showServerError(error, Object.keys(labels)),
      },
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate data-testid="end-placement-form">
      <Stack>
        <Title order={3} size="h4">
          {t('placementDetail.endTitle')}
        </Title>
        <FormErrorSummary state={form} labels={labels} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            id={form.fieldId('endsOn')}
            type="date"
            label={t('placementDetail.endsOn')}
            value={endsOn}
            onChange={(e) => setEndsOn(e.currentTarget.value)}
            error={form.error('endsOn')}
            required
          />
          <Select
            id={form.fieldId('endReason')}
            label={t('placementDetail.endReason')}
            data={PLACEMENT_END_REASONS.map((r) => ({ value: r, label: t(`placements.endReasons.${r}`) }))}
            value={endReason}
            onChange={setEndReason}
            error={form.error('endReason')}
            required
            comboboxProps={{ withinPortal: true, zIndex: 400 }}
          />
        </SimpleGrid>
        <Radio.Group label={t('placementDetail.candidateAfter')} value={after} onChange={setAfter}>
          <Group mt="xs">
            <Radio value="stays" label={t('placementDetail.candidateStays')} />
            <Radio value="left" label={t('placementDetail.candidateLeft')} />
            <Radio value="stopped" label={t('placementDetail.candidateStopped')} />
          </Group>
        </Radio.Group>
        {after !== 'stays' && (
          <Textarea
            id={form.fieldId('candidateReason')}
            label={t('placementDetail.candidateReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={form.error('candidateReason')}
            required
          />
        )}
        <Group justify="flex-end">
          <Button type="submit" color="red.9" loading={end.isPending}>
            {t('placementDetail.endSave')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The modal around the detail, titled with the code and employer. */
export function PlacementModal({
  networkId,
  placement,
  canManage,
  onClose,
}: {
  networkId: string;
  placement: { id: string; candidateCode: string; organisationName: string } | null;
  canManage: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('form.cancel') }}
      opened={placement !== null}
      onClose={onClose}
      title={
        placement
          ? t('placementDetail.title', { code: placement.candidateCode, organisation: placement.organisationName })
          : ''
      }
      size="xl"
    >
      {placement && <PlacementDetail networkId={networkId} placementId={placement.id} canManage={canManage} />}
    </Modal>
  );
}
