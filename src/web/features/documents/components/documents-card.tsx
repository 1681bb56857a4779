// A list of documents with upload, search, (for the library) a category filter, download and removal. Used on an
// organisation's page (membership documents) and as the Kennisbank (library items, each visible to the roles chosen).
import {
  Alert,
  Anchor,
  Button,
  Card,
  FileInput,
  Group,
  Modal,
  MultiSelect,
  NativeSelect,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../../../shared/api-client.js';
import { formatDateTime, formatNumber } from '../../../shared/format.js';
import { notifySuccess } from '../../../shared/notify.js';
import { ListToolbar } from '../../../shared/list-toolbar.js';
import { Pager } from '../../../shared/pager.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import {
  documentFileUrl,
  documentsExportUrl,
  useDeleteDocument,
  useDocuments,
  useUploadDocument,
  type DocumentItem,
  type DocumentsParams,
  type OwnerKind,
} from '../api.js';
import { useDocumentsText } from './use-text.js';
import {
  DOCUMENT_SORTS,
  documentsList,
  LIBRARY_CATEGORIES as CATEGORIES,
  type DocumentSort,
} from '../../../../core/documents/document-rules.js';

const READER_ROLES = ['core_group', 'board', 'employer', 'sounding_board', 'funder', 'theme_lead'] as const;
// The server refuses more than this before reading it whole; saying so here spares sending 10 MB for nothing.
const MAX_BYTES = 10 * 1024 * 1024;
const PAGE_SIZE = 20;
const megabytes = (bytes: number) => formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10);

function UploadForm({ networkId, ownerKind, ownerId }: { networkId: string; ownerKind: OwnerKind; ownerId?: string }) {
  const tx = useDocumentsText();
  const upload = useUploadDocument(networkId);
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<string | null>(null);
  const [visibleTo, setVisibleTo] = useState<string[]>([]);
  const library = ownerKind === 'library';
  /** The server's message on one field (such as a BSN in the title or the file name). */
  const issueOn = (field: string) =>
    upload.error instanceof ApiError ? upload.error.issues.find((i) => i.path.at(-1) === field)?.message : undefined;
  const tooLarge = file !== null && file.size > MAX_BYTES;
  return (
    <form
      aria-label={tx('uploadTitle')}
      data-testid="document-upload-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!file || tooLarge) return;
        upload.mutate(
          {
            file,
            title: title || file.name,
            ownerKind,
            ...(ownerId ? { ownerId } : {}),
            ...(library && category ? { category } : {}),
            ...(library && visibleTo.length ? { visibleTo: visibleTo.join(',') } : {}),
          },
          {
            onSuccess: () => {
              // Start the next document from scratch, so it never inherits the previous one's readers by accident.
              setFile(null);
              setTitle('');
              setCategory(null);
              setVisibleTo([]);
            },
          },
        );
      }}
    >
      <Stack gap="sm">
        <Title order={library ? 2 : 3} size="h4">
          {tx('uploadTitle')}
        </Title>
        <FileInput
          label={tx('file')}
          placeholder={tx('choose')}
          value={file}
          onChange={(f) => {
            upload.reset();
            setFile(f);
          }}
          required
          clearable
          clearButtonProps={{ 'aria-label': tx('clearFile') }}
          error={tooLarge ? tx('tooLarge', { size: megabytes(file.size) }) : issueOn('fileName')}
        />
        <TextInput
          label={tx('title')}
          error={title ? issueOn('title') : undefined}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          maxLength={200}
        />
        {library && (
          <Group grow align="flex-start">
            <Select
              label={tx('category')}
              required
              value={category}
              onChange={setCategory}
              data={CATEGORIES.map((c) => ({ value: c, label: tx(`categories.${c}`) }))}
            />
            <MultiSelect
              label={tx('visibleTo')}
              value={visibleTo}
              onChange={setVisibleTo}
              data={READER_ROLES.map((r) => ({ value: r, label: tx(`roles.${r}`) }))}
            />
          </Group>
        )}
        {upload.isError && (
          <Alert color="red" role="alert">
            {upload.error.message}
          </Alert>
        )}
        {upload.isSuccess && (
          <Text size="sm" role="status">
            {tx('uploaded')}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={upload.isPending} disabled={!file || tooLarge || (library && !category)}>
            {tx('upload')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function DocumentsList({
  networkId,
  ownerKind,
  ownerId,
  canManage,
}: {
  networkId: string;
  ownerKind: OwnerKind;
  ownerId?: string;
  canManage: boolean;
}) {
  const tx = useDocumentsText();
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<string | null>(null);
  const [sort, setSort] = useState<DocumentSort>('createdAt');
  const [order, setOrder] = useState<'asc' | 'desc'>('desc');
  const [page, setPage] = useState(1);
  const [removing, setRemoving] = useState<DocumentItem | null>(null);
  const params: DocumentsParams = {
    ownerKind,
    ...(ownerId ? { ownerId } : {}),
    ...(search ? { search } : {}),
    ...(category ? { category } : {}),
    sort,
    order,
    page,
    pageSize: PAGE_SIZE,
  };
  // A new search, filter or order starts again at the first page.
  const change = (apply: () => void) => {
    apply();
    setPage(1);
  };
  const documents = useDocuments(networkId, params);
  const remove = useDeleteDocument(networkId);
  const items = documents.data?.items ?? [];
  return (
    <Stack gap="md" data-testid="documents-list">
      <ListToolbar
        searchLabel={tx('search')}
        search={search}
        onSearchChange={(value) => change(() => setSearch(value))}
        filters={
          ownerKind === 'library' ? (
            <Select
              label={tx('filterCategory')}
              placeholder={tx('allCategories')}
              clearable
              value={category}
              onChange={(value) => change(() => setCategory(value))}
              data={CATEGORIES.map((c) => ({ value: c, label: tx(`categories.${c}`) }))}
            />
          ) : undefined
        }
        sort={{
          list: documentsList,
          keys: DOCUMENT_SORTS,
          value: sort,
          onChange: (value) => change(() => setSort(value)),
        }}
        trailing={
          <NativeSelect
            label={tx('order')}
            value={order}
            data={[
              { value: 'asc', label: tx('asc') },
              { value: 'desc', label: tx('desc') },
            ]}
            onChange={(event) => change(() => setOrder(event.currentTarget.value as 'asc' | 'desc'))}
          />
        }
        summary={
          documents.data && documents.data.total > 0 ? (
            <Text size="sm" aria-live="polite">
              {tx('count', { count: documents.data.total })}
            </Text>
          ) : undefined
        }
        exportUrl={(format) => documentsExportUrl(networkId, params, format)}
      />
      {items.length === 0 ? (
        <Text c="dimmed">{tx('empty')}</Text>
      ) : (
        <ScrollTable label={ownerKind === 'library' ? tx('libraryTitle') : tx('cardTitle')}>
          <Table data-testid="documents-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx('columns.title')}</Table.Th>
                {ownerKind === 'library' && <Table.Th>{tx('category')}</Table.Th>}
                {ownerKind === 'library' && canManage && <Table.Th>{tx('visibleTo')}</Table.Th>}
                <Table.Th>{tx('columns.file')}</Table.Th>
                <Table.Th>{tx('columns.size')}</Table.Th>
                <Table.Th>{tx('columns.uploaded')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{tx('columns.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{d.title}</Table.Td>
                  {ownerKind === 'library' && <Table.Td>{d.category ? tx(`categories.${d.category}`) : ''}</Table.Td>}
                  {ownerKind === 'library' && canManage && (
                    <Table.Td>{d.visibleTo.map((r) => tx(`roles.${r}`)).join(', ') || tx('managersOnly')}</Table.Td>
                  )}
                  <Table.Td>{d.fileName}</Table.Td>
                  <Table.Td>{formatNumber(Math.max(1, Math.round(d.size / 1024)))} kB</Table.Td>
                  <Table.Td>
                    {formatDateTime(d.createdAt)}
                    {d.uploadedByName ? ` · ${d.uploadedByName}` : ''}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Anchor href={documentFileUrl(networkId, d.id)} download={d.fileName}>
                        {tx('download')}
                        <VisuallyHidden> {d.title}</VisuallyHidden>
                      </Anchor>
                      {canManage && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          onClick={() => setRemoving(d)}
                          aria-label={`${tx('remove')}: ${d.title}`}
                        >
                          {tx('remove')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {documents.data && <Pager page={page} pageSize={PAGE_SIZE} total={documents.data.total} onChange={setPage} />}
      {canManage && <UploadForm networkId={networkId} ownerKind={ownerKind} ownerId={ownerId} />}
      <Modal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={tx('removeTitle')}
        closeButtonProps={{ 'aria-label': tx('close') }}
      >
        <Stack gap="md">
          <Text>{tx('removeText', { title: removing?.title ?? '', file: removing?.fileName ?? '' })}</Text>
          {remove.isError && (
            <Alert color="red" role="alert">
              {remove.error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)} disabled={remove.isPending}>
              {tx('cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                removing &&
                remove.mutate(
                  { id: removing.id, version: removing.version },
                  {
                    onSuccess: () => {
                      notifySuccess(tx('removed', { title: removing.title }));
                      setRemoving(null);
                    },
                  },
                )
              }
            >
              {tx('removeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** On an organisation's page: its membership documents (convenant, intentieverklaring). */
export function OrganisationDocumentsCard(props: { networkId: string; organisationId: string; canManage: boolean }) {
  const tx = useDocumentsText();
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h3">
          {tx('cardTitle')}
        </Title>
        <Text size="sm">{tx('cardIntro')}</Text>
        <DocumentsList
          networkId={props.networkId}
          ownerKind="organisation"
          ownerId={props.organisationId}
          canManage={props.canManage}
        />
      </Stack>
    </Card>
  );
}
