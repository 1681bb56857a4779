// Working together: tabs by permission — partners (searchable, sortable, exportable; record a partner), the co-organised
// agenda with registering, referring a candidate (refused with the server's message without consent), received referrals
// (only the consented fields) and news.
import {
  Alert,
  Badge,
  Button,
  Group,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../../shared/api-client.js';
import { formatDate, formatDateTime } from '../../../shared/format.js';
import { EmptyState, PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { ListToolbar } from '../../../shared/list-toolbar.js';
import { partnersList } from '../../../../core/partners/partners-lists.js';
import { PARTNER_SORTS } from '../../../../core/partners/partners.contract.js';
import { hasPermission, useSession } from '../../../app/session.js';
import { NEWS_KINDS, PARTNER_KINDS } from '../../../../core/partners/partner-rules.js';
import {
  partnersExportUrl,
  useCandidateCodes,
  useCoAgenda,
  useCreatePartner,
  useIncomingReferrals,
  useInstallationNetworks,
  useNews,
  usePartners,
  useRefer,
  useRegisterCo,
  usePublishNews,
  useAllPartners,
  type PartnerParams,
} from '../api.js';
import { ExchangePanel } from './exchange-panel.js';
import { PartnerViewPanel } from './partner-view-panel.js';
import { SharingPanel } from './sharing-panel.js';

type Tab = 'partners' | 'partner' | 'agenda' | 'delen' | 'doorverwijzen' | 'ontvangen' | 'uitwisselen' | 'nieuws';

export function PartnersPage() {
  const { t } = useTranslation('translation', { keyPrefix: 'partners' });
  usePageTitle(t('title'));
  const { networkId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const session = useSession();
  const can = (p: string) => hasPermission(session.data, networkId, p);
  const tabs: { key: Tab; label: string; show: boolean }[] = [
    { key: 'partners', label: t('tabs.partners'), show: can('partners.read') },
    { key: 'partner', label: t('tabs.partnerView'), show: can('partners.shared') },
    { key: 'agenda', label: t('tabs.agenda'), show: can('activities.read') },
    { key: 'delen', label: t('tabs.sharing'), show: can('sharing.read') || can('sharing.manage') },
    { key: 'doorverwijzen', label: t('tabs.referrals'), show: can('referrals.manage') },
    { key: 'ontvangen', label: t('tabs.incoming'), show: can('referrals.manage') },
    { key: 'uitwisselen', label: t('tabs.exchange'), show: can('exchange.manage') },
    { key: 'nieuws', label: t('tabs.news'), show: can('news.read') },
  ];
  const visible = tabs.filter((tab) => tab.show);
  const active = visible.find((tab) => tab.key === searchParams.get('tab'))?.key ?? visible[0]?.key;
  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Title order={1}>{t('title')}</Title>
        <Text>{t('intro')}</Text>
      </Stack>
      {active && (
        <Tabs value={active} onChange={(v) => v && setSearchParams({ tab: v }, { replace: true })} keepMounted={false}>
          <Tabs.List>
            {visible.map((tab) => (
              <Tabs.Tab key={tab.key} value={tab.key}>
                {tab.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="partners" pt="md">
            <PartnerList networkId={networkId} canManage={can('partners.manage')} />
          </Tabs.Panel>
          <Tabs.Panel value="partner" pt="md">
            <PartnerViewPanel networkId={networkId} />
          </Tabs.Panel>
          <Tabs.Panel value="delen" pt="md">
            <SharingPanel networkId={networkId} canManage={can('sharing.manage')} canRead={can('sharing.read')} />
          </Tabs.Panel>
          <Tabs.Panel value="uitwisselen" pt="md">
            <ExchangePanel networkId={networkId} />
          </Tabs.Panel>
          <Tabs.Panel value="agenda" pt="md">
            <CoAgenda networkId={networkId} canRegister={can('activities.register')} />
          </Tabs.Panel>
          <Tabs.Panel value="doorverwijzen" pt="md">
            <ReferForm networkId={networkId} />
          </Tabs.Panel>
          <Tabs.Panel value="ontvangen" pt="md">
            <IncomingReferrals networkId={networkId} />
          </Tabs.Panel>
          <Tabs.Panel value="nieuws" pt="md">
            <NewsList networkId={networkId} canWrite={can('news.manage')} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}

function PartnerList({ networkId, canManage }: { networkId: string; canManage: boolean }) {
  const { t } = useTranslation('translation', { keyPrefix: 'partners' });
  const [params, setParams] = useState<PartnerParams>({ search: '', sort: 'name', order: 'asc' });
  const query = usePartners(networkId, params);
  return (
    <Stack>
      <ListToolbar
        searchLabel={t('partners.search')}
        search={params.search}
        onSearchChange={(search) => setParams({ ...params, search })}
        sort={{
          list: partnersList,
          label: t('partners.sort'),
          keys: PARTNER_SORTS,
          value: params.sort,
          onChange: (sort) => setParams({ ...params, sort }),
        }}
        exportUrl={(format) => partnersExportUrl(networkId, params, format)}
      />
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <PageError error={query.error} />
      ) : query.data.items.length === 0 ? (
        <EmptyState title={t('partners.empty')} />
      ) : (
        <ScrollTable label={t('partners.caption')}>
          <Table striped miw={720}>
            <Table.Caption>{t('partners.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('partners.name')}</Table.Th>
                <Table.Th>{t('partners.kind')}</Table.Th>
                <Table.Th>{t('partners.agreement')}</Table.Th>
                <Table.Th>{t('partners.since')}</Table.Th>
                <Table.Th>{t('partners.contact')}</Table.Th>
                <Table.Th>{t('partners.documents')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>{t(`kinds.${p.kind}`, { defaultValue: p.kind })}</Table.Td>
                  <Table.Td>{p.agreement}</Table.Td>
                  <Table.Td>{formatDate(p.since)}</Table.Td>
                  <Table.Td>{[p.contactName, p.contactEmail].filter(Boolean).join(' · ')}</Table.Td>
                  <Table.Td>{p.documents.join(', ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {canManage && <PartnerForm networkId={networkId} />}
    </Stack>
  );
}

function PartnerForm({ networkId }: { networkId: string }) {
  const { t } = useTranslation('translation', { keyPrefix: 'partners' });
  const networks = useInstallationNetworks(networkId, true);
  const create = useCreatePartner(networkId);
  const [form, setForm] = useState({
    name: '',
    kind: 'employer_network',
    partnerNetworkId: '',
    agreement: '',
    since: '',
    contactName: '',
    contactEmail: '',
    documents: '',
  });
  const [done, setDone] = useState(false);
  const error = create.error instanceof ApiError ? create.error : null;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setDone(false);
        create.mutate(
          {
            name: form.name,
            kind: form.kind,
            partnerNetworkId: form.partnerNetworkId || null,
            agreement: form.agreement || null,
            since: form.since || null,
            contactName: form.contactName || null,
            contactEmail: form.contactEmail || null,
            documents: form.documents
              .split(',')
              .map((d) => d.trim())
              .filter(Boolean),
          },
          { onSuccess: () => setDone(true) },
        );
      }}
    >
      <Stack maw={520}>
        <Title order={2}>{t('partners.add')}</Title>
        {error && (
          <Alert color="red" role="alert">
            {[error.message, ...error.issues.map((i) => i.message)].join(' ')}
          </Alert>
        )}
        {done && <Alert color="green">{t('partners.saved')}</Alert>}
        <TextInput
          required
          label={t('partners.name')}
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
        />
        <Select
          label={t('partners.kind')}
          allowDeselect={false}
          value={form.kind}
          data={PARTNER_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          onChange={(v) => setForm({ ...form, kind: v ?? 'other' })}
        />
        <Select
          label={t('partners.network')}
          clearable
          value={form.partnerNetworkId || null}
          data={(networks.data?.items ?? []).map((n) => ({ value: n.id, label: n.name }))}
          onChange={(v) => setForm({ ...form, partnerNetworkId: v ?? '' })}
        />
        <Textarea
          label={t('partners.agreement')}
          value={form.agreement}
          onChange={(e) => setForm({ ...form, agreement: e.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t('partners.since')}
          value={form.since}
          onChange={(e) => setForm({ ...form, since: e.currentTarget.value })}
        />
        <TextInput
          label={t('partners.contactName')}
          value={form.contactName}
          onChange={(e) => setForm({ ...form, contactName: e.currentTarget.value })}
        />
        <TextInput
          type="email"
          label={t('partners.contactEmail')}
          value={form.contactEmail}
          onChange={(e) => setForm({ ...form, contactEmail: e.currentTarget.value })}
        />
        <TextInput
          label={t('partners.documents')}
          description={t('partners.documentsHelp')}
          value={form.documents}
          onChange={(e) => setForm({ ...form, documents: e.currentTarget.value })}
        />
        <Button type="submit" loading={create.isPending}>
          {t('partners.save')}
        </Button>
      </Stack>
    </form>
  );
}

function CoAgenda({ networkId, canRegister }: { networkId: string; canRegister: boolean }) {
  const { t } = useTranslation('translation', { keyPrefix: 'partners' });
  const query = useCoAgenda(networkId);
  const register = useRegisterCo(networkId);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <PageError error={query.error} />;
  if (query.data.items.length === 0) return <EmptyState title={t('agenda.empty')} />;
  return (
    <Stack>
      {register.isSuccess && <Alert color="green">{t('agenda.registeredNote')}</Alert>}
      {register.error instanceof ApiError && <Alert color="red">{register.error.message}</Alert>}
      <ScrollTable label={t('agenda.caption')}>
        <Table striped miw={720} data-testid="co-agenda">
          <Table.Caption>{t('agenda.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('agenda.what')}</Table.Th>
              <Table.Th>{t('agenda.when')}</Table.Th>
              <Table.Th>{t('agenda.organiser')}</Table.Th>
              <Table.Th>{t('agenda.with')}</Table.Th>
              <Table.Th>{t('agenda.registrations')}</Table.Th>
              <Table.Th>{t('agenda.register')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.items.map((a) => (
              <Table.Tr key={`${a.ownerNetworkId}:${a.activityId}`}>
                <Table.Td>{a.title}</Table.Td>
                <Table.Td>{formatDateTime(a.startsAt)}</Table.Td>
                <Table.Td>{a.ownerNetworkName}</Table.Td>
                <Table.Td>{a.coOrganisers.join(', ')}</Table.Td>
                <Table.Td data-testid="registrations">{a.registrations}</Table.Td>
                <Table.Td>
                  {a.registeredByMe ? (
                    <Badge color="teal.9" variant="filled">
                      {t('agenda.registered')}
                    </Badge>
                  ) : (
                    canRegister && (
                      <Button
                        size="xs"
                        loading={register.isPending}
                        onClick={() => register.mutate(a)}
                        aria-label={`${t('agenda.register')}: ${a.title}`}
                      >
                        {t('agenda.register')}
                      </Button>
                    )
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}

function ReferForm({ networkId }: { networkId: string }) {
  const { t } = useTranslation('translation', { keyPrefix: 'partners' });
  const candidates = useCandidateCodes(networkId, true);
  const networks = useInstallationNetworks(networkId, true);
  const partners = useAllPartners(networkId, true);
  const refer = useRefer(networkId);
  const [candidateId, setCandidateId] = useState<string | null>(null);
  const [toNetworkId, setToNetworkId] = useState<string | null>(null);
  const [toPartnerId, setToPartnerId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (candidateId && (toNetworkId || toPartnerId))
          refer.mutate({
            candidateId,
            ...(toNetworkId ? { toNetworkId } : { toPartnerId: toPartnerId! }),
            ...(note ? { note } : {}),
          });
      }}
    >
      <Stack maw={520}>
        <Text>{t('referrals.intro')}</Text>
        {refer.error instanceof ApiError && (
          <Alert color="red" role="alert">
            {refer.error.message}
          </Alert>
        )}
        {refer.data && (
          <Alert color="green" role="status">
            {t('referrals.sent', { fields: refer.data.fields.join(', ') })}
          </Alert>
        )}
        <Select
          required
          searchable
          label={t('referrals.candidate')}
          value={candidateId}
          data={(candidates.data?.items ?? []).map((c) => ({ value: c.id, label: c.code }))}
          onChange={setCandidateId}
        />
        <Select
          clearable
          label={t('referrals.toNetwork')}
          value={toNetworkId}
          data={(networks.data?.items ?? []).map((n) => ({ value: n.id, label: n.name }))}
          onChange={(v) => {
            setToNetworkId(v);
            if (v) setToPartnerId(null);
          }}
        />
        <Select
          clearable
          searchable
          label={t('referrals.toPartner')}
          value={toPartnerId}
          data={(partners.data?.items ?? [])
            .filter((p) => !p.partnerNetworkId)
            .map((p) => ({ value: p.id, label: p.name }))}
          onChange={(v) => {
            setToPartnerId(v);
            if (v) setToNetworkId(null);
          }}
        />
        <Textarea label={t('referrals.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <Button type="submit" loading={refer.isPending}>
          {t('referrals.submit')}
        </Button>
      </Stack>
    </form>
  );
}

function IncomingReferrals({ networkId }: { networkId: string }) {
  const { t } = useTranslation('translation', { keyPrefix: 'partners' });
  const query = useIncomingReferrals(networkId, true);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <PageError error={query.error} />;
  if (query.data.items.length === 0) return <EmptyState title={t('referrals.empty')} />;
  return (
    <ScrollTable label={t('referrals.caption')}>
      <Table striped miw={640} data-testid="incoming-referrals">
        <Table.Caption>{t('referrals.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('referrals.from')}</Table.Th>
            <Table.Th>{t('referrals.code')}</Table.Th>
            <Table.Th>{t('referrals.shared')}</Table.Th>
            <Table.Th>{t('referrals.date')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {query.data.items.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{r.fromNetworkName}</Table.Td>
              <Table.Td>{r.candidateCode}</Table.Td>
              <Table.Td>
                {Object.entries(r.shared)
                  .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`)
                  .join(' · ')}
              </Table.Td>
              <Table.Td>{formatDate(r.referredAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function NewsList({ networkId, canWrite }: { networkId: string; canWrite: boolean }) {
  const { t } = useTranslation('translation', { keyPrefix: 'partners' });
  const query = useNews(networkId, true);
  return (
    <Stack gap="xl">
      {canWrite && <NewsForm networkId={networkId} />}
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <PageError error={query.error} />
      ) : query.data.items.length === 0 ? (
        <EmptyState title={t('news.empty')} />
      ) : (
        <Stack data-testid="news-list">
          {query.data.items.map((n) => (
            <Stack key={n.id} gap={2} component="article">
              <Title order={3}>{n.title}</Title>
              <Group gap="xs">
                <Badge variant="light" color="blue.9">
                  {t(`news.kinds.${n.kind}`, { defaultValue: n.kind })}
                </Badge>
                <Text size="sm">{formatDate(n.publishedAt)}</Text>
              </Group>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{n.body}</Text>
            </Stack>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function NewsForm({ networkId }: { networkId: string }) {
  const { t } = useTranslation('translation', { keyPrefix: 'partners.news' });
  const publish = usePublishNews(networkId);
  const [form, setForm] = useState({ kind: 'success', title: '', body: '' });
  const error = publish.error instanceof ApiError ? publish.error : null;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        publish.mutate(form, { onSuccess: () => setForm({ kind: form.kind, title: '', body: '' }) });
      }}
    >
      <Stack maw={560}>
        <Title order={2}>{t('add')}</Title>
        {error && (
          <Alert color="red" role="alert">
            {[error.message, ...error.issues.map((i) => i.message)].join(' ')}
          </Alert>
        )}
        {publish.isSuccess && (
          <Alert color="green" role="status">
            {t('published')}
          </Alert>
        )}
        <Select
          label={t('kind')}
          allowDeselect={false}
          value={form.kind}
          data={NEWS_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          onChange={(v) => setForm({ ...form, kind: v ?? 'other' })}
        />
        <TextInput
          required
          label={t('titleField')}
          value={form.title}
          onChange={(e) => setForm({ ...form, title: e.currentTarget.value })}
        />
        <Textarea
          required
          autosize
          minRows={3}
          label={t('body')}
          value={form.body}
          onChange={(e) => setForm({ ...form, body: e.currentTarget.value })}
        />
        <Button type="submit" loading={publish.isPending}>
          {t('publish')}
        </Button>
      </Stack>
    </form>
  );
}
