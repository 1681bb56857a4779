// The rolling agenda: a list by date or a month view, filters, export, planning an activity (for needs the kerngroep
// prioritised), calendar subscriptions and the public agenda switch. A member whom the applied design gives the organising
// of activities (activities.organise without managing the agenda) organises one for their own organisation.
import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Code,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../../app/api-client.js';
import { formatDateTime, formatMonth } from '../../../app/format.js';
import { notifySuccess } from '../../../app/notify.js';
import { EmptyState, PageError, PageLoader, usePageTitle } from '../../../app/page-states.js';
import { Pager, useCursorPages } from '../../../app/pager.js';
import { ScrollTable } from '../../../app/scroll-table.js';
import { hasPermission, useSession } from '../../../app/session.js';
import {
  activitiesExportUrl,
  useActivities,
  useCreateFeed,
  useRevokeFeed,
  useFeeds,
  useNeeds,
  useOrganisationOptions,
  useOwnOrganisationContacts,
  usePlanActivity,
  useSetPublicAgenda,
  type ActivityRow,
} from '../api.js';
import { AgendaTabs } from './agenda-tabs.js';
import { INITIATOR_KINDS as INITIATORS, WORK_FORMS, placesTaken } from '../../../../core/agenda/agenda-rules.js';
import { useAgendaText } from './use-text.js';

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

function MonthView({
  networkId,
  month,
  items,
  onMonth,
}: {
  networkId: string;
  month: dayjs.Dayjs;
  items: ActivityRow[];
  onMonth: (m: dayjs.Dayjs) => void;
}) {
  const tx = useAgendaText();
  const isPhone = useMediaQuery('(max-width: 48em)');
  const start = month.startOf('week');
  const days = Array.from({ length: month.endOf('month').endOf('week').diff(start, 'day') + 1 }, (_, i) =>
    start.add(i, 'day'),
  );
  const label = formatMonth(month.year(), month.month(), { withYear: true });
  const shown = isPhone ? days.filter((d) => items.some((a) => dayjs(a.startsAt).isSame(d, 'day'))) : days;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Button variant="default" onClick={() => onMonth(month.subtract(1, 'month'))}>
          {tx('previousMonth')}
        </Button>
        <Title order={2} size="h3" aria-live="polite">
          {label}
        </Title>
        <Button variant="default" onClick={() => onMonth(month.add(1, 'month'))}>
          {tx('nextMonth')}
        </Button>
      </Group>
      <SimpleGrid cols={isPhone ? 1 : 7} spacing={4} data-testid="month-view">
        {shown.map((day) => {
          const today = items.filter((a) => dayjs(a.startsAt).isSame(day, 'day'));
          return (
            <Card
              key={day.toISOString()}
              withBorder
              padding={6}
              mih={isPhone ? undefined : 90}
              bg={day.month() === month.month() ? undefined : 'gray.0'}
            >
              <Text size="xs" fw={600}>
                {day.format('dd D')}
              </Text>
              {today.map((a) => (
                <Anchor key={a.id} component={Link} to={`/n/${networkId}/agenda/${a.id}`} size="xs" display="block">
                  {day.isSame(dayjs(a.startsAt), 'day') ? dayjs(a.startsAt).format('HH:mm') : ''} {a.title}
                </Anchor>
              ))}
            </Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}

/**
 * `member`: a member organises for their own organisation (the initiator is fixed; the host is their own location or none,
 * where the design also gives them hosting). Otherwise the agenda manager's form with every initiator and host.
 */
function PlanForm({
  networkId,
  member,
  onDone,
}: {
  networkId: string;
  member: { canHost: boolean } | null;
  onDone: () => void;
}) {
  const tx = useAgendaText();
  const navigate = useNavigate();
  const plan = usePlanActivity(networkId);
  const needs = useNeeds(networkId, { status: 'prioritised', pageSize: 200 });
  const orgs = useOrganisationOptions(networkId, member === null);
  const own = useOwnOrganisationContacts(networkId, member !== null);
  const [atOwnLocation, setAtOwnLocation] = useState(false);
  const [form, setForm] = useState({
    title: '',
    workForm: 'knowledge_session',
    description: '',
    startsAt: dayjs().add(7, 'day').hour(15).minute(0).format('YYYY-MM-DDTHH:mm'),
    endsAt: dayjs().add(7, 'day').hour(17).minute(0).format('YYYY-MM-DDTHH:mm'),
    location: '',
    hostOrganisationId: null as string | null,
    initiatorKind: 'coordinator',
    capacity: '' as string | number,
    isPublic: false,
    /** Null until touched: then the server's default (a matchmaking meeting is open to candidates, others are not). */
    openToCandidates: null as boolean | null,
    needIds: [] as string[],
  });
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const pickable = (needs.data?.items ?? []).filter((n) => n.status === 'prioritised');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        const ownId = own.data?.id ?? null;
        plan.mutate(
          {
            ...form,
            openToCandidates: member ? undefined : (form.openToCandidates ?? form.workForm === 'matchmaking'),
            ...(member
              ? {
                  initiatorKind: 'member_employer',
                  initiatorOrganisationId: ownId,
                  hostOrganisationId: atOwnLocation ? ownId : null,
                }
              : {}),
            description: form.description || null,
            location: form.location || null,
            startsAt: new Date(form.startsAt).toISOString(),
            endsAt: new Date(form.endsAt).toISOString(),
            capacity: form.capacity === '' ? null : Number(form.capacity),
          },
          {
            onSuccess: (res) => {
              notifySuccess(tx('planned'));
              onDone();
              void navigate(`/n/${networkId}/agenda/${res.id}`);
            },
            onError: (err) =>
              setError(
                err instanceof ApiError ? [err.message, ...err.issues.map((i) => i.message)].join(' ') : String(err),
              ),
          },
        );
      }}
    >
      <Stack>
        {member && own.data && <Text size="sm">{tx('organiseIntro', { organisation: own.data.name })}</Text>}
        {member && own.isError && (
          <Text c="red.8" role="alert">
            {tx('organiseNoOrganisation')}
          </Text>
        )}
        {error && (
          <Text c="red.8" role="alert">
            {error}
          </Text>
        )}
        <TextInput
          label={tx('fieldTitle')}
          value={form.title}
          onChange={(e) => set({ title: e.currentTarget.value })}
          required
          minLength={3}
        />
        <Select
          label={tx('fieldWorkForm')}
          data={WORK_FORMS.map((v) => ({ value: v, label: tx(`workForms.${v}`) }))}
          value={form.workForm}
          onChange={(v) => set({ workForm: v ?? 'knowledge_session' })}
          allowDeselect={false}
        />
        <MultiSelect
          label={tx('fieldNeeds')}
          data={pickable.map((n) => ({
            value: n.id,
            label: n.organisationName ? `${n.title} (${n.organisationName})` : n.title,
          }))}
          value={form.needIds}
          onChange={(v) => set({ needIds: v })}
          searchable
        />
        <Group grow>
          <TextInput
            type="datetime-local"
            label={tx('fieldStartsAt')}
            value={form.startsAt}
            onChange={(e) => set({ startsAt: e.currentTarget.value })}
            required
          />
          <TextInput
            type="datetime-local"
            label={tx('fieldEndsAt')}
            value={form.endsAt}
            onChange={(e) => set({ endsAt: e.currentTarget.value })}
            required
          />
        </Group>
        <TextInput
          label={tx('fieldLocation')}
          value={form.location}
          onChange={(e) => set({ location: e.currentTarget.value })}
        />
        {member ? (
          member.canHost && (
            <Checkbox
              label={tx('fieldOwnLocation')}
              checked={atOwnLocation}
              onChange={(e) => setAtOwnLocation(e.currentTarget.checked)}
            />
          )
        ) : (
          <>
            <Select
              label={tx('fieldHost')}
              data={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
              value={form.hostOrganisationId}
              onChange={(v) => set({ hostOrganisationId: v })}
              searchable
              clearable
            />
            <Select
              label={tx('fieldInitiator')}
              data={INITIATORS.map((v) => ({ value: v, label: tx(`initiators.${v}`) }))}
              value={form.initiatorKind}
              onChange={(v) => set({ initiatorKind: v ?? 'coordinator' })}
              allowDeselect={false}
            />
          </>
        )}
        <NumberInput label={tx('fieldCapacity')} min={1} value={form.capacity} onChange={(v) => set({ capacity: v })} />
        <Textarea
          label={tx('fieldDescription')}
          value={form.description}
          onChange={(e) => set({ description: e.currentTarget.value })}
          autosize
          minRows={2}
        />
        <Checkbox
          label={tx('fieldPublic')}
          checked={form.isPublic}
          onChange={(e) => set({ isPublic: e.currentTarget.checked })}
        />
        {!member && (
          <Switch
            label={tx('candidatesOpen')}
            description={tx('candidatesHelp')}
            checked={form.openToCandidates ?? form.workForm === 'matchmaking'}
            onChange={(e) => set({ openToCandidates: e.currentTarget.checked })}
            data-testid="form-open-to-candidates"
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {tx('cancel')}
          </Button>
          <Button type="submit" loading={plan.isPending} disabled={member !== null && !own.data}>
            {tx('save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Feeds({ networkId }: { networkId: string }) {
  const tx = useAgendaText();
  const feeds = useFeeds(networkId);
  const create = useCreateFeed(networkId);
  const revoke = useRevokeFeed(networkId);
  const [created, setCreated] = useState<string | null>(null);
  return (
    <Card withBorder component="section" aria-labelledby="feeds-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="feeds-title">
          {tx('feedsTitle')}
        </Title>
        <Text size="sm">{tx('feedsIntro')}</Text>
        <Group gap="xs">
          {(['network', 'personal'] as const).map((scope) => (
            <Button
              key={scope}
              size="xs"
              variant="outline"
              onClick={() => create.mutate(scope, { onSuccess: (r) => setCreated(r.url) })}
            >
              {tx(scope === 'network' ? 'feedNetwork' : 'feedPersonal')}
            </Button>
          ))}
        </Group>
        {created && (
          <Text size="sm" role="status">
            {tx('feedCreated')} <Code data-testid="feed-url">{created}</Code>
          </Text>
        )}
        {(feeds.data?.items ?? []).map((f) => (
          <Group key={f.id} gap="xs">
            <Text size="sm">
              {tx('feedAddress')}: {tx(f.scope === 'network' ? 'feedNetwork' : 'feedPersonal')} (
              {formatDateTime(f.createdAt)})
            </Text>
            <Button
              size="compact-xs"
              variant="subtle"
              color="red.8"
              onClick={() => revoke.mutate(f.id, { onSuccess: () => notifySuccess(tx('feedRevoked')) })}
            >
              {tx('feedRevoke')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

function PublicAgendaSwitch({ networkId }: { networkId: string }) {
  const tx = useAgendaText();
  const session = useSession();
  const setPublic = useSetPublicAgenda(networkId);
  const [on, setOn] = useState<boolean | null>(null);
  const slug = session.data?.networks.find((n) => n.id === networkId)?.slug ?? '';
  const url = `${window.location.origin}/openbaar/agenda/${slug}`;
  return (
    <Stack gap={4}>
      <Checkbox
        label={tx('publicAgendaToggle')}
        checked={on ?? false}
        onChange={(e) => {
          const next = e.currentTarget.checked;
          setPublic.mutate(next, { onSuccess: () => setOn(next) });
        }}
      />
      {on && <Text size="sm">{tx('publicAgendaLink', { url })}</Text>}
    </Stack>
  );
}

/** "2026-Q3" → the first day of that quarter; anything else → the current quarter. */
function quarterStart(text: string | null) {
  const match = /^(\d{4})-Q([1-4])$/.exec(text ?? '');
  if (match) return dayjs(new Date(Number(match[1]), (Number(match[2]) - 1) * 3, 1));
  const now = dayjs();
  return dayjs(new Date(now.year(), Math.floor(now.month() / 3) * 3, 1));
}

/**
 * The optional view by quarter for a funder who asks for a plan: built from what is planned, aggregates only (activities,
 * places and needs per work form and month), no names. Never a required year plan — it changes as the agenda does.
 */
function QuarterView({
  quarter,
  items,
  onQuarter,
}: {
  quarter: dayjs.Dayjs;
  items: ActivityRow[];
  onQuarter: (q: dayjs.Dayjs) => void;
}) {
  const tx = useAgendaText();
  const months = [0, 1, 2].map((i) => quarter.add(i, 'month'));
  const planned = items.filter((a) => a.status !== 'cancelled');
  const forms = WORK_FORMS.filter((f) => planned.some((a) => a.workForm === f));
  const inMonth = (a: ActivityRow, m: dayjs.Dayjs) => dayjs(a.startsAt).isSame(m, 'month');
  const label = tx('quarter.label', { quarter: Math.floor(quarter.month() / 3) + 1, year: quarter.year() });
  const placesTotal = planned.reduce((sum, a) => sum + (a.capacity ?? 0), 0);
  const needsTotal = planned.reduce((sum, a) => sum + a.needCount, 0);
  return (
    <Stack gap="sm" data-testid="quarter-view">
      <Group gap="xs">
        <Button variant="default" onClick={() => onQuarter(quarter.subtract(3, 'month'))}>
          {tx('quarter.previous')}
        </Button>
        <Title order={2} size="h3" aria-live="polite">
          {label}
        </Title>
        <Button variant="default" onClick={() => onQuarter(quarter.add(3, 'month'))}>
          {tx('quarter.next')}
        </Button>
      </Group>
      <Text size="sm">{tx('quarter.intro')}</Text>
      {planned.length === 0 ? (
        <EmptyState title={tx('quarter.empty')} />
      ) : (
        <>
          <Text fw={600}>
            {tx('quarter.summary', {
              activities: tx('quarter.activities', { count: planned.length }),
              places: tx('quarter.places', { count: placesTotal }),
              needs: tx('quarter.needs', { count: needsTotal }),
            })}
          </Text>
          <ScrollTable label={tx('quarter.caption', { quarter: label })}>
            <Table striped miw={520}>
              <Table.Caption>{tx('quarter.caption', { quarter: label })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{tx('colWorkForm')}</Table.Th>
                  {months.map((m) => (
                    <Table.Th key={m.month()}>{formatMonth(m.year(), m.month())}</Table.Th>
                  ))}
                  <Table.Th>{tx('quarter.total')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {forms.map((f) => (
                  <Table.Tr key={f}>
                    <Table.Th scope="row">{tx(`workForms.${f}`)}</Table.Th>
                    {months.map((m) => (
                      <Table.Td key={m.month()}>
                        {planned.filter((a) => a.workForm === f && inMonth(a, m)).length}
                      </Table.Td>
                    ))}
                    <Table.Td>{planned.filter((a) => a.workForm === f).length}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </>
      )}
    </Stack>
  );
}
