// Deleting an organisation entered by mistake, on its page; refused with what depends on it when it has history.
import { Alert, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../shared/api-client.js';
import { notifySuccess } from '../../../shared/notify.js';
import { useDeleteOrganisation, type OrganisationDetail } from '../api.js';
import { useMembersText } from './use-text.js';

export function DeleteOrganisationCard({
  networkId,
  organisation,
}: {
  networkId: string;
  organisation: OrganisationDetail;
}) {
  const tx = useMembersText();
  const navigate = useNavigate();
  const del = useDeleteOrganisation(networkId, organisation.id);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h3">
          {tx('detail.deleteTitle')}
        </Title>
        <Text size="sm">{tx('detail.deleteIntro')}</Text>
        {error && (
          <Alert color="red" role="alert" data-testid="delete-error">
            {error}
          </Alert>
        )}
        <Group>
          <Button color="red.9" c="red.9" variant="outline" onClick={() => setConfirming(true)}>
            {tx('detail.deleteButton')}
          </Button>
        </Group>
      </Stack>
      <Modal
        closeButtonProps={{ 'aria-label': tx('detail.cancel') }}
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={tx('detail.deleteTitle')}
      >
        <Stack>
          <Text>{tx('detail.confirmDelete', { name: organisation.name })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {tx('detail.cancel')}
            </Button>
            <Button
              color="red.9"
              loading={del.isPending}
              onClick={() =>
                del.mutate(organisation.version, {
                  onSuccess: () => {
                    notifySuccess(tx('detail.deleted'));
                    void navigate(`/n/${networkId}/leden`);
                  },
                  onError: (e) => {
                    setError(e instanceof ApiError ? e.message : String(e));
                    setConfirming(false);
                  },
                })
              }
            >
              {tx('detail.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
