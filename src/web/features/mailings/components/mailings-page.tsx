// Mailings: a composer with segment preview (all members' contacts, kerngroep, a themagroep, attendees of an activity, a
// role) for newsletters, announcements and invitations (with an activity: each invitation carries a registration link), a
// template carrying the network's name, and the list of sent messages with live progress, searchable and exportable.
import { Alert, Button, Group, Select, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../../shared/api-client.js';
import { formatDateTime } from '../../../shared/format.js';
import { EmptyState, PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { Pager } from '../../../shared/pager.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { ListToolbar } from '../../../shared/list-toolbar.js';
import { mailingsList, type MailingSort } from '../../../../core/mailings/mailings-lists.js';
import { MAILING_SORTS } from '../../../../core/mailings/mailings.contract.js';
import { hasPermission, useSession } from '../../../app/session.js';
import { NETWORK_ROLES } from '../../../../core/access/permissions.js';
import { MAILING_KINDS, SEGMENT_KINDS } from '../../../../core/mailings/mailing-rules.js';

/** The kinds a coordinator writes; reminders go out by themselves, the day before an activity. */
const COMPOSED_KINDS = MAILING_KINDS.filter((k) => k !== 'reminder');
import {
  mailingsExportUrl,
  type MailingsParams,
  useMailings,
  usePreview,
  useSendMailing,
  useTemplate,
  useThemeGroups,
  useUpcomingActivities,
  type Segment,
} from '../api.js';

export function MailingsPage() {
  const { t } = useTranslation('translation', { keyPrefix: 'mailings' });
  usePageTitle(t('title'));
  const { networkId = '' } = useParams();
  const session = useSession();
  const canManage = hasPermission(session.data, networkId, 'mailings.manage');
  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Title order={1}>{t('title')}</Title>
        <Text>{t('intro')}</Text>
      </Stack>
      {canManage && <Composer networkId={networkId} />}
      <MailingList networkId={networkId} />
    </Stack>
  );
}

function Composer({ networkId }: { networkId: string }) {
  const { t, i18n } = useTranslation('translation', { keyPrefix: 'mailings' });
  const { t: tr } = useTranslation();
  const [kind, setKind] = useState('newsletter');
  const [segmentKind, setSegmentKind] = useState<Segment['kind']>('all_member_contacts');
  const [role, setRole] = useState('employer');
  const [bodyId, setBodyId] = useState<string | null>(null);
  const [activityId, setActivityId] = useState<string | null>(null);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const preview = usePreview(networkId);
  const send = useSendMailing(networkId);
  const template = useTemplate(networkId);
  const activities = useUpcomingActivities(networkId);
  const themeGroups = useThemeGroups(networkId);
  const needsActivity = kind === 'invitation' || segmentKind === 'activity_attendees';
  const segment: Segment =
    segmentKind === 'role'
      ? { kind: 'role', role }
      : segmentKind === 'theme_group'
        ? { kind: 'theme_group', bodyId: bodyId ?? '' }
        : segmentKind === 'activity_attendees'
          ? { kind: 'activity_attendees', activityId: activityId ?? '' }
          : { kind: segmentKind };
  const error = send.error instanceof ApiError ? send.error : null;
  const previewError = preview.error instanceof ApiError ? preview.error : null;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        send.mutate({ kind, subject, body, segment, ...(needsActivity && activityId ? { activityId } : {}) });
      }}
    >
      <Stack maw={620}>
        <Title order={2}>{t('compose.title')}</Title>
        {error && (
          <Alert color="red" role="alert">
            {[error.message, ...error.issues.map((i) => i.message)].join(' ')}
          </Alert>
        )}
        {send.data && <Alert color="green">{t('compose.sent', { total: send.data.total })}</Alert>}
        <Select
          label={t('compose.kind')}
          allowDeselect={false}
          value={kind}
          data={COMPOSED_KINDS.map((k) => ({
            value: k,
            label: t(`kinds.${k}`),
          }))}
          onChange={(v) => setKind(v ?? 'newsletter')}
        />
        {needsActivity && (
          <Select
            required
            searchable
            label={t('compose.activity')}
            value={activityId}
            data={(activities.data?.items ?? []).map((a) => ({
              value: a.id,
              label: `${a.title} — ${formatDateTime(a.startsAt)}`,
            }))}
            onChange={setActivityId}
          />
        )}
        <Group align="end">
          <Select
            label={t('compose.segment')}
            allowDeselect={false}
            value={segmentKind}
            data={SEGMENT_KINDS.map((k) => ({ value: k, label: t(`segments.${k}`) }))}
            onChange={(v) => setSegmentKind((v ?? 'all_member_contacts') as Segment['kind'])}
          />
          {segmentKind === 'role' && (
            <Select
              label={t('compose.role')}
              allowDeselect={false}
              value={role}
              data={NETWORK_ROLES.map((r) => ({ value: r, label: tr(`roles.${r}`, { defaultValue: r }) }))}
              onChange={(v) => setRole(v ?? 'employer')}
            />
          )}
          {segmentKind === 'theme_group' && (
            <Select
              required
              label={t('compose.themeGroup')}
              value={bodyId}
              data={(themeGroups.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
              nothingFoundMessage={t('compose.noThemeGroups')}
              onChange={setBodyId}
            />
          )}
          <Button variant="light" onClick={() => preview.mutate({ segment, kind })} loading={preview.isPending}>
            {t('compose.preview')}
          </Button>
        </Group>
        {preview.data && <Text role="status">{t('compose.reach', preview.data)}</Text>}
        {previewError && (
          <Alert color="red" role="alert">
            {[previewError.message, ...previewError.issues.map((i) => i.message)].join(' ')}
          </Alert>
        )}
        <Group>
          <Button
            variant="default"
            disabled={kind === 'invitation' && !activityId}
            loading={template.isPending}
            onClick={() =>
              template.mutate(
                {
                  kind,
                  language: i18n.language === 'en' ? 'en' : 'nl',
                  ...(needsActivity && activityId ? { activityId } : {}),
                },
                {
                  onSuccess: (tpl) => {
                    setSubject(tpl.subject);
                    setBody(tpl.body);
                  },
                },
              )
            }
          >
            {t('compose.useTemplate')}
          </Button>
        </Group>
        <TextInput
          required
          label={t('compose.subject')}
          value={subject}
          onChange={(e) => setSubject(e.currentTarget.value)}
        />
        <Textarea
          required
          autosize
          minRows={4}
          label={t('compose.body')}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
        />
        <Button type="submit" loading={send.isPending}>
          {t('compose.send')}
        </Button>
      </Stack>
    </form>
  );
}

function MailingList({ networkId }: { networkId: string }) {
  const { t } = useTranslation('translation', { keyPrefix: 'mailings' });
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<MailingSort>('createdAt');
  const [page, setPage] = useState(1);
  // Newest first for the date; A to Z (and concept before sent) for the others.
  const params: MailingsParams = { search, sort, order: sort === 'createdAt' ? 'desc' : 'asc', page };
  const query = useMailings(networkId, params);
  return (
    <Stack>
      <ListToolbar
        searchLabel={t('list.search')}
        search={search}
        onSearchChange={(value) => {
          setSearch(value);
          setPage(1);
        }}
        sort={{
          list: mailingsList,
          keys: MAILING_SORTS,
          extra: { createdAt: t('list.sorts.createdAt'), status: t('list.sorts.status') },
          value: sort,
          onChange: (value) => {
            setSort(value);
            setPage(1);
          },
        }}
        summary={
          query.data && query.data.items.length > 0 ? (
            <Text aria-live="polite">{t('list.total', { count: query.data.total })}</Text>
          ) : undefined
        }
        exportUrl={(format) => mailingsExportUrl(networkId, params, format)}
      />
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <PageError error={query.error} />
      ) : query.data.items.length === 0 ? (
        <EmptyState title={t('list.empty')} />
      ) : (
        <ScrollTable label={t('list.caption')}>
          <Table striped miw={640}>
            <Table.Caption>{t('list.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.subject')}</Table.Th>
                <Table.Th>{t('list.kind')}</Table.Th>
                <Table.Th>{t('list.date')}</Table.Th>
                <Table.Th>{t('list.progress')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.items.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{m.subject}</Table.Td>
                  <Table.Td>{t(`kinds.${m.kind}`, { defaultValue: m.kind })}</Table.Td>
                  <Table.Td>{m.status === 'draft' ? t('list.draft') : formatDateTime(m.sentAt)}</Table.Td>
                  <Table.Td>
                    {m.status === 'draft' ? (
                      '—'
                    ) : (
                      <>
                        {t('list.progressValue', { sent: m.progress.sent, total: m.progress.total })}
                        {m.progress.failed > 0 && ` · ${t('list.failed', { count: m.progress.failed })}`}
                      </>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {query.data && (
        <Pager page={query.data.page} pageSize={query.data.pageSize} total={query.data.total} onChange={setPage} />
      )}
    </Stack>
  );
}
