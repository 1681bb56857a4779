// The Kennisbank: the network's legislation, good practice and templates; each reader sees the items marked for its role.
import { Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { usePageTitle } from '../../../shared/page-states.js';
import { hasPermission, useSession } from '../../../app/session.js';
import { DocumentsList } from './documents-card.js';
import { useDocumentsText } from './use-text.js';

export function LibraryPage() {
  const tx = useDocumentsText();
  const { networkId = '' } = useParams();
  const session = useSession();
  usePageTitle(tx('libraryTitle'));
  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1}>{tx('libraryTitle')}</Title>
      <Text>{tx('libraryIntro')}</Text>
      <DocumentsList
        networkId={networkId}
        ownerKind="library"
        canManage={hasPermission(session.data, networkId, 'documents.manage')}
      />
    </Stack>
  );
}
