// "Adviesvragen": the kerngroep and coordinator ask the klankbordgroep for advice and link the advice to the decision that
// followed; the klankbordgroep's members answer open requests (until the deadline) and give advice nobody asked for.
import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../shared/api-client.js';
import { formatDate, formatDateOnly } from '../../../shared/format.js';
import { notifySuccess } from '../../../shared/notify.js';
import { EmptyState, PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { hasPermission, useSession } from '../../../app/session.js';
import {
  adviceExportUrl,
  requestsExportUrl,
  useAdvice,
  useAdviceRequests,
  useAskAdvice,
  useDecisionOptions,
  useEditAdvice,
  useGiveAdvice,
  useLinkDecision,
  type AdviceOutcome,
  type AdviceParams,
  type AdviceRequestRow,
  type AdviceRow,
  type RequestsParams,
} from '../api.js';
import { useAdviceText } from './use-text.js';
import {
  ADVICE_OUTCOMES as OUTCOMES,
  ADVICE_REQUEST_SORTS,
  ADVICE_SORTS,
  adviceList,
  adviceRequestsList,
  type AdviceRequestSort,
  type AdviceSort,
} from '../../../../core/advice/advice-rules.js';
import { ListToolbar } from '../../../shared/list-toolbar.js';

/** The server's messages on fields (e.g. "Kies een uiterste datum van vandaag of later."). */
const issuesOf = (error: unknown) => (error instanceof ApiError ? error.issues : []);

/** The order control beside each list's sort control. */
function OrderSelect({ value, onChange }: { value: 'asc' | 'desc'; onChange: (order: 'asc' | 'desc') => void }) {
  const tx = useAdviceText();
  return (
    <NativeSelect
      label={tx('filters.order')}
      value={value}
      data={[
        { value: 'asc', label: tx('filters.asc') },
        { value: 'desc', label: tx('filters.desc') },
      ]}
      onChange={(event) => onChange(event.currentTarget.value as 'asc' | 'desc')}
    />
  );
}

function AskForm({ networkId }: { networkId: string }) {
  const tx = useAdviceText();
  const ask = useAskAdvice(networkId);
  const [question, setQuestion] = useState('');
  const [background, setBackground] = useState('');
  const [deadline, setDeadline] = useState('');
  const issue = (field: string) => issuesOf(ask.error).find((i) => i.path.at(-1) === field)?.message;
  return (
    <Paper withBorder p="md" radius="md">
      <form
        aria-label={tx('ask.title')}
        onSubmit={(event) => {
          event.preventDefault();
          ask.mutate(
            { question, background, deadline },
            {
              onSuccess: (result) => {
                notifySuccess(tx('ask.sent', { count: result.notified }));
                setQuestion('');
                setBackground('');
                setDeadline('');
              },
            },
          );
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h3">
            {tx('ask.title')}
          </Title>
          <TextInput
            label={tx('ask.question')}
            required
            maxLength={1000}
            value={question}
            error={issue('question')}
            onChange={(e) => setQuestion(e.currentTarget.value)}
          />
          <Textarea
            label={tx('ask.background')}
            autosize
            minRows={2}
            maxLength={5000}
            value={background}
            error={issue('background')}
            onChange={(e) => setBackground(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={tx('ask.deadline')}
            required
            value={deadline}
            error={issue('deadline')}
            onChange={(e) => {
              ask.reset();
              setDeadline(e.currentTarget.value);
            }}
            maw={220}
          />
          {ask.isError && issuesOf(ask.error).length === 0 && (
            <Alert color="red" role="alert">
              {ask.error.message}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={ask.isPending}>
              {tx('ask.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** Answering a request (new or own answer edited), or giving unsolicited advice. */
function AdviceModal({
  networkId,
  request,
  unsolicited,
  onClose,
}: {
  networkId: string;
  request: AdviceRequestRow | null;
  unsolicited: boolean;
  onClose: () => void;
}) {
  const tx = useAdviceText();
  const give = useGiveAdvice(networkId);
  const edit = useEditAdvice(networkId);
  const mine = request?.myAdvice ?? null;
  const [text, setText] = useState(mine?.text ?? '');
  const pending = give.isPending || edit.isPending;
  const error = give.error ?? edit.error;
  const done = () => {
    notifySuccess(tx('give.saved'));
    onClose();
  };
  return (
    <Modal
      opened={request !== null || unsolicited}
      onClose={onClose}
      title={unsolicited ? tx('give.unsolicitedTitle') : tx('give.title')}
      closeButtonProps={{ 'aria-label': tx('give.cancel') }}
      size="lg"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (mine) edit.mutate({ id: mine.id, version: mine.version, text }, { onSuccess: done });
          else give.mutate({ ...(request ? { requestId: request.id } : {}), text }, { onSuccess: done });
        }}
      >
        <Stack gap="sm">
          {request && (
            <>
              <Text fw={600}>{request.question}</Text>
              {request.background && <Text size="sm">{request.background}</Text>}
            </>
          )}
          {unsolicited && <Text size="sm">{tx('give.unsolicitedHint')}</Text>}
          <Textarea
            label={tx('give.text')}
            required
            autosize
            minRows={4}
            maxLength={5000}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            data-autofocus
          />
          {error && (
            <Alert color="red" role="alert">
              {issuesOf(error)[0]?.message ?? error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={pending}>
              {tx('give.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {mine ? tx('give.save') : tx('give.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function LinkModal({ networkId, advice, onClose }: { networkId: string; advice: AdviceRow; onClose: () => void }) {
  const tx = useAdviceText();
  const decisions = useDecisionOptions(networkId, true);
  const link = useLinkDecision(networkId);
  const [decisionId, setDecisionId] = useState<string | null>(advice.decisionId);
  const [outcome, setOutcome] = useState<AdviceOutcome | null>(advice.outcome);
  const [reason, setReason] = useState(advice.outcomeReason);
  const options = (decisions.data?.items ?? []).map((d) => ({
    value: d.id,
    label: `${formatDateOnly(d.decidedOn)} — ${d.text}`,
  }));
  return (
    <Modal
      opened
      onClose={onClose}
      title={tx('link.title')}
      closeButtonProps={{ 'aria-label': tx('give.cancel') }}
      size="lg"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          link.mutate(
            {
              id: advice.id,
              version: advice.version,
              decisionId,
              outcome: decisionId ? outcome : null,
              outcomeReason: reason,
            },
            {
              onSuccess: () => {
                notifySuccess(tx('link.saved'));
                onClose();
              },
            },
          );
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{advice.text}</Text>
          {decisions.isSuccess && options.length === 0 && <Alert color="blue">{tx('link.noDecisions')}</Alert>}
          <Select
            label={tx('link.decision')}
            placeholder={tx('link.none')}
            clearable
            searchable
            data={options}
            value={decisionId}
            onChange={setDecisionId}
          />
          <Select
            label={tx('link.outcome')}
            required={decisionId !== null}
            disabled={decisionId === null}
            data={OUTCOMES.map((o) => ({ value: o, label: tx(`outcomes.${o}`) }))}
            value={outcome}
            onChange={(v) => setOutcome(v as AdviceOutcome | null)}
          />
          <Textarea
            label={tx('link.reason')}
            autosize
            minRows={2}
            maxLength={5000}
            disabled={decisionId === null}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          {link.isError && (
            <Alert color="red" role="alert">
              {issuesOf(link.error)[0]?.message ?? link.error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={link.isPending}>
              {tx('give.cancel')}
            </Button>
            <Button type="submit" loading={link.isPending}>
              {tx('link.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function RequestsList({ networkId, canGive }: { networkId: string; canGive: boolean }) {
  const tx = useAdviceText();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<string>('all');
  const [sort, setSort] = useState<AdviceRequestSort>('createdAt');
  const [order, setOrder] = useState<'asc' | 'desc'>('desc');
  const [answering, setAnswering] = useState<AdviceRequestRow | null>(null);
  const params: RequestsParams = {
    ...(search ? { search } : {}),
    ...(status === 'open' || status === 'closed' ? { status } : {}),
    sort,
    order,
  };
  const requests = useAdviceRequests(networkId, params);
  return (
    <Stack gap="md">
      <Title order={2}>{tx('requests.title')}</Title>
      <ListToolbar
        searchLabel={tx('filters.search')}
        search={search}
        onSearchChange={setSearch}
        filters={
          <Select
            label={tx('filters.status')}
            value={status}
            allowDeselect={false}
            onChange={(v) => setStatus(v ?? 'all')}
            data={(['all', 'open', 'closed'] as const).map((s) => ({ value: s, label: tx(`filters.${s}`) }))}
          />
        }
        sort={{ list: adviceRequestsList, keys: ADVICE_REQUEST_SORTS, value: sort, onChange: setSort }}
        trailing={<OrderSelect value={order} onChange={setOrder} />}
        exportUrl={(format) => requestsExportUrl(networkId, params, format)}
      />
      {requests.isPending ? (
        <PageLoader />
      ) : requests.isError ? (
        <PageError error={requests.error} />
      ) : requests.data.items.length === 0 ? (
        <EmptyState title={tx('requests.empty')} />
      ) : (
        <ScrollTable label={tx('requests.tableLabel')}>
          <Table striped miw={760} data-testid="advice-requests-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx('requests.question')}</Table.Th>
                <Table.Th>{tx('requests.deadline')}</Table.Th>
                <Table.Th>{tx('requests.askedBy')}</Table.Th>
                <Table.Th>{tx('requests.answers')}</Table.Th>
                <Table.Th>{tx('requests.status')}</Table.Th>
                {canGive && (
                  <Table.Th>
                    <VisuallyHidden>{tx('given.actions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {requests.data.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Text fw={600} size="sm">
                      {r.question}
                    </Text>
                    {r.background && <Text size="sm">{r.background}</Text>}
                    {r.myAdvice && (
                      <Text size="sm" c="dimmed" mt={4}>
                        {tx('requests.answered', { text: r.myAdvice.text })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{formatDateOnly(r.deadline)}</Table.Td>
                  <Table.Td>{r.askedByName ?? ''}</Table.Td>
                  <Table.Td>{r.answers}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={r.open ? 700 : 400} style={{ whiteSpace: 'nowrap' }}>
                      {r.open ? tx('requests.open') : tx('requests.closed')}
                    </Text>
                  </Table.Td>
                  {canGive && (
                    <Table.Td>
                      {r.open && (
                        <Button size="compact-sm" variant="light" onClick={() => setAnswering(r)}>
                          {r.myAdvice ? tx('requests.editMine') : tx('requests.answer')}
                          <VisuallyHidden>: {r.question}</VisuallyHidden>
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {answering && (
        <AdviceModal
          key={answering.id}
          networkId={networkId}
          request={answering}
          unsolicited={false}
          onClose={() => setAnswering(null)}
        />
      )}
    </Stack>
  );
}

function AdviceList({ networkId, canLink }: { networkId: string; canLink: boolean }) {
  const tx = useAdviceText();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<AdviceSort>('createdAt');
  const [order, setOrder] = useState<'asc' | 'desc'>('desc');
  const [linking, setLinking] = useState<AdviceRow | null>(null);
  const params: AdviceParams = { ...(search ? { search } : {}), sort, order };
  const advice = useAdvice(networkId, params);
  return (
    <Stack gap="md">
      <Title order={2}>{tx('given.title')}</Title>
      <ListToolbar
        searchLabel={tx('filters.search')}
        search={search}
        onSearchChange={setSearch}
        sort={{ list: adviceList, keys: ADVICE_SORTS, value: sort, onChange: setSort }}
        trailing={<OrderSelect value={order} onChange={setOrder} />}
        exportUrl={(format) => adviceExportUrl(networkId, params, format)}
      />
      {advice.isPending ? (
        <PageLoader />
      ) : advice.isError ? (
        <PageError error={advice.error} />
      ) : advice.data.items.length === 0 ? (
        <EmptyState title={tx('given.empty')} />
      ) : (
        <ScrollTable label={tx('given.tableLabel')}>
          <Table striped miw={860} data-testid="advice-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx('given.request')}</Table.Th>
                <Table.Th>{tx('given.from')}</Table.Th>
                <Table.Th>{tx('given.text')}</Table.Th>
                <Table.Th>{tx('given.givenOn')}</Table.Th>
                <Table.Th>{tx('given.decision')}</Table.Th>
                {canLink && (
                  <Table.Th>
                    <VisuallyHidden>{tx('given.actions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {advice.data.items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    {a.question ?? (
                      <Text size="sm" fs="italic">
                        {tx('given.unsolicited')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{a.authorName ?? ''}</Table.Td>
                  <Table.Td>{a.text}</Table.Td>
                  <Table.Td>{formatDate(a.createdAt)}</Table.Td>
                  <Table.Td>
                    {a.decisionText ? (
                      <>
                        <Text size="sm">
                          {formatDateOnly(a.decidedOn)} — {a.decisionText}
                        </Text>
                        {a.outcome && (
                          <Text size="sm" fw={600}>
                            {tx(`outcomes.${a.outcome}`)}
                            {a.outcomeReason ? `: ${a.outcomeReason}` : ''}
                          </Text>
                        )}
                      </>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {tx('given.noDecision')}
                      </Text>
                    )}
                  </Table.Td>
                  {canLink && (
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="light"
                        onClick={() => setLinking(a)}
                        aria-label={tx('given.linkOf', { name: a.authorName ?? '' })}
                      >
                        {tx('given.link')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {linking && (
        <LinkModal key={linking.id} networkId={networkId} advice={linking} onClose={() => setLinking(null)} />
      )}
    </Stack>
  );
}

export function AdvicePage() {
  const tx = useAdviceText();
  const { networkId = '' } = useParams();
  const session = useSession();
  const can = (action: string) => hasPermission(session.data, networkId, action);
  const [unsolicited, setUnsolicited] = useState(false);
  usePageTitle(tx('title'));
  return (
    <Stack gap="lg" maw={1200}>
      <Title order={1}>{tx('title')}</Title>
      <Text>{can('advice.request') ? tx('introAsk') : tx('introGive')}</Text>
      {can('advice.request') && <AskForm networkId={networkId} />}
      <RequestsList networkId={networkId} canGive={can('advice.give')} />
      {can('advice.give') && (
        <Group>
          <Button variant="outline" onClick={() => setUnsolicited(true)}>
            {tx('give.unsolicitedTitle')}
          </Button>
        </Group>
      )}
      <AdviceList networkId={networkId} canLink={can('governance.manage')} />
      {unsolicited && (
        <AdviceModal networkId={networkId} request={null} unsolicited onClose={() => setUnsolicited(false)} />
      )}
    </Stack>
  );
}

/** The klankbordgroep's start-page card: the open advice requests, with a link to the page. */
export function OpenAdviceRequestsCard({ networkId }: { networkId: string }) {
  const tx = useAdviceText();
  const requests = useAdviceRequests(networkId, { status: 'open', sort: 'deadline', order: 'asc' });
  const items = requests.data?.items ?? [];
  return (
    <Paper withBorder p="md" radius="md" data-testid="advice-card">
      <Title order={2} size="h3" mb="xs">
        {tx('cardTitle')}
      </Title>
      {items.length === 0 ? (
        <Text>{tx('cardEmpty')}</Text>
      ) : (
        <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.slice(0, 5).map((r) => (
            <Text key={r.id} component="li">
              {r.question} — {tx('requests.deadline').toLowerCase()} {formatDateOnly(r.deadline)}
            </Text>
          ))}
        </Stack>
      )}
      <Anchor component={Link} to={`/n/${networkId}/advies`} mt="sm" display="inline-block">
        {tx('cardLink')}
      </Anchor>
    </Paper>
  );
}
