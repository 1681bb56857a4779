// Invitations sent in this network, with whether they were accepted.
import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../shared/format.js';
import { labelForCode } from '../../../shared/labels.js';
import { PageError, PageLoader } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { useInvitations } from '../api.js';

export function InvitationList({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const invitations = useInvitations(networkId, true);

  return (
    <Stack component="section" aria-labelledby="invitations-title" gap="sm">
      <Title order={2} size="h3" id="invitations-title">
        {t('people.invitationsTitle')}
      </Title>
      {invitations.isPending ? (
        <PageLoader />
      ) : invitations.isError ? (
        <PageError error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : invitations.data.items.length === 0 ? (
        <Text>{t('people.invitationsEmpty')}</Text>
      ) : (
        <ScrollTable label={t('people.invitationsCaption')}>
          <Table striped miw={640} data-testid="invitations-table">
            <Table.Caption>{t('people.invitationsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('people.colName')}</Table.Th>
                <Table.Th>{t('people.colEmail')}</Table.Th>
                <Table.Th>{t('fields.role')}</Table.Th>
                <Table.Th>{t('people.colInvitedAt')}</Table.Th>
                <Table.Th>{t('people.colStatus')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.data.items.map((invitation) => (
                <Table.Tr key={invitation.id}>
                  <Table.Td>{invitation.name}</Table.Td>
                  <Table.Td>{invitation.email}</Table.Td>
                  <Table.Td>{labelForCode(t, 'roles', invitation.role)}</Table.Td>
                  <Table.Td>{formatDateTime(invitation.createdAt)}</Table.Td>
                  <Table.Td>
                    {invitation.acceptedAt ? (
                      <Badge color="green.9" variant="outline">
                        {t('people.statusAccepted', { date: formatDate(invitation.acceptedAt) })}
                      </Badge>
                    ) : (
                      <Badge color="gray.8" variant="outline">
                        {t('people.statusOpen')}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
