// The rolling agenda: a list by date or a month view, filters, export, planning an activity (for needs the kerngroep
// prioritised), calendar subscriptions and the public agenda switch. A member whom the applied design gives the organising
// of activities (activities.organise without managing the agenda) organises one for their own organisation.
// The views, the plan form and the subscriptions are their own files; this page holds the filters and composes them.
import {
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { formatDateTime } from '../../../shared/format.js';
import { EmptyState, PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { Pager, useCursorPages } from '../../../shared/pager.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { hasPermission, useSession } from '../../../app/session.js';
import { activitiesExportUrl, useActivities, type ActivityRow } from '../api.js';
import { AgendaTabs } from './agenda-tabs.js';
import { WORK_FORMS, placesTaken } from '../../../../core/agenda/agenda-rules.js';
import { useAgendaText } from './use-text.js';
import { MonthView } from './agenda-month-view.js';
import { PlanForm } from './plan-form.js';
import { Feeds, PublicAgendaSwitch } from './agenda-feeds.js';
import { QuarterView, quarterStart } from './agenda-quarter-view.js';

const LIST_PAGE_SIZE = 50;

function places(tx: ReturnType<typeof useAgendaText>, a: ActivityRow) {
  const text =
    a.capacity === null
      ? tx('placesUnlimited', { registered: placesTaken(a) })
      : tx('placesFree', { registered: placesTaken(a), capacity: a.capacity });
  return a.waitlisted > 0 ? `${text}; ${tx('waitingCount', { count: a.waitlisted })}` : text;
}

export function AgendaPage() {
  const tx = useAgendaText();
  usePageTitle(tx('title'));
  const { networkId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const session = useSession();
  const canPlan = hasPermission(session.data, networkId, 'activities.manage');
  const canOrganise = !canPlan && hasPermission(session.data, networkId, 'activities.organise');
  const canHost = hasPermission(session.data, networkId, 'activities.host');
  const canPublic = hasPermission(session.data, networkId, 'network.update');
  const view =
    searchParams.get('weergave') === 'maand'
      ? 'month'
      : searchParams.get('weergave') === 'kwartaal'
        ? 'quarter'
        : 'list';
  const month = dayjs(searchParams.get('maand') ?? undefined).startOf('month');
  const quarter = quarterStart(searchParams.get('kwartaal'));
  const workForm = searchParams.get('werkvorm') ?? undefined;
  const [search, setSearch] = useState('');
  const [planOpen, setPlanOpen] = useState(false);
  const range =
    view === 'month'
      ? { from: month.startOf('week').toISOString(), to: month.endOf('month').endOf('week').toISOString() }
      : view === 'quarter'
        ? { from: quarter.toISOString(), to: quarter.add(3, 'month').toISOString() }
        : { from: dayjs().startOf('day').subtract(30, 'day').toISOString() };
  const params = { ...range, workForm, search: search.trim() || undefined };
  // The list pages through the agenda (it grows with every activity planned); a month or quarter is one bounded range.
  const pages = useCursorPages(JSON.stringify([view, params]));
  const activities = useActivities(
    networkId,
    view === 'list' ? { ...params, pageSize: LIST_PAGE_SIZE, cursor: pages.cursor } : { ...params, pageSize: 500 },
  );

  function update(changes: Record<string, string | null>) {
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [k, v] of Object.entries(changes))
          if (v === null) next.delete(k);
          else next.set(k, v);
        return next;
      },
      { replace: true },
    );
  }

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{tx('title')}</Title>
          <Text>{tx('intro')}</Text>
        </Stack>
        {(canPlan || canOrganise) && (
          <Button onClick={() => setPlanOpen(true)} data-testid="plan-activity">
            {tx(canPlan ? 'planButton' : 'organiseButton')}
          </Button>
        )}
      </Group>
      <AgendaTabs networkId={networkId} value="agenda" />
      <Group align="flex-end" gap="sm">
        <SegmentedControl
          aria-label={tx('viewLabel')}
          value={view}
          onChange={(v) => update({ weergave: v === 'month' ? 'maand' : v === 'quarter' ? 'kwartaal' : null })}
          data={[
            { value: 'list', label: tx('viewList') },
            { value: 'month', label: tx('viewMonth') },
            { value: 'quarter', label: tx('quarter.view') },
          ]}
        />
        <TextInput
          type="search"
          label={tx('searchLabel')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        <Select
          label={tx('workFormFilter')}
          placeholder={tx('allWorkForms')}
          clearable
          data={WORK_FORMS.map((v) => ({ value: v, label: tx(`workForms.${v}`) }))}
          value={workForm ?? null}
          onChange={(v) => update({ werkvorm: v })}
        />
        {/* The two downloads stay side by side when the toolbar wraps. */}
        <Group gap="xs" wrap="nowrap">
          <Button
            component="a"
            variant="outline"
            size="xs"
            href={activitiesExportUrl(networkId, params, 'csv')}
            download
          >
            {tx('exportCsv')}
          </Button>
          <Button
            component="a"
            variant="outline"
            size="xs"
            href={activitiesExportUrl(networkId, params, 'xlsx')}
            download
          >
            {tx('exportXlsx')}
          </Button>
        </Group>
      </Group>
      {activities.isPending ? (
        <PageLoader />
      ) : activities.isError ? (
        <PageError error={activities.error} onRetry={() => void activities.refetch()} />
      ) : view === 'quarter' ? (
        <QuarterView
          quarter={quarter}
          items={activities.data.items}
          onQuarter={(q) => update({ kwartaal: `${q.year()}-Q${Math.floor(q.month() / 3) + 1}` })}
        />
      ) : view === 'month' ? (
        <MonthView
          networkId={networkId}
          month={month}
          items={activities.data.items}
          onMonth={(m) => update({ maand: m.format('YYYY-MM') })}
        />
      ) : activities.data.items.length === 0 ? (
        <EmptyState title={tx('empty')} />
      ) : (
        <ScrollTable label={tx('tableCaption')}>
          <Table striped highlightOnHover miw={700} data-testid="agenda-table">
            <Table.Caption>{tx('tableCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx('colDate')}</Table.Th>
                <Table.Th>{tx('colTitle')}</Table.Th>
                <Table.Th>{tx('colWorkForm')}</Table.Th>
                <Table.Th>{tx('colPlace')}</Table.Th>
                <Table.Th>{tx('colPlaces')}</Table.Th>
                <Table.Th>{tx('colMine')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {activities.data.items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{formatDateTime(a.startsAt)}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/n/${networkId}/agenda/${a.id}`}>
                      {a.title}
                    </Anchor>
                    {a.status !== 'planned' && (
                      <Badge ml="xs" color="gray.8" variant="outline">
                        {tx(`activityStatus.${a.status}`)}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{tx(`workForms.${a.workForm}`)}</Table.Td>
                  <Table.Td>{a.location ?? (a.onlineUrl ? tx('online') : '')}</Table.Td>
                  <Table.Td>{places(tx, a)}</Table.Td>
                  <Table.Td>{a.myStatus ? tx(`registrationStatus.${a.myStatus}`) : ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {view === 'list' && activities.data && (
        <Pager
          page={pages.page}
          pageSize={LIST_PAGE_SIZE}
          total={activities.data.total}
          onChange={(page) => pages.go(page, activities.data?.nextCursor)}
        />
      )}
      <Feeds networkId={networkId} />
      {canPublic && <PublicAgendaSwitch networkId={networkId} />}
      <Modal
        opened={planOpen}
        onClose={() => setPlanOpen(false)}
        title={tx(canPlan ? 'planTitle' : 'organiseTitle')}
        size="lg"
        closeButtonProps={{ 'aria-label': tx('cancel') }}
      >
        <PlanForm networkId={networkId} member={canOrganise ? { canHost } : null} onDone={() => setPlanOpen(false)} />
      </Modal>
    </Stack>
  );
}
