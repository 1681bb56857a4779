// Switch between the agenda and the needs board; both grow from the same members' needs.
import { Tabs } from '@mantine/core';
import { useNavigate } from 'react-router';
import { hasPermission, useSession } from '../../../app/session.js';
import { useAgendaText } from './use-text.js';

export function AgendaTabs({ networkId, value }: { networkId: string; value: 'agenda' | 'needs' }) {
  const tx = useAgendaText();
  const navigate = useNavigate();
  // The needs board only for those who may read it (the klankbordgroep, for one, sees the agenda alone).
  const readsNeeds = hasPermission(useSession().data, networkId, 'needs.read');
  return (
    <Tabs
      value={value}
      onChange={(next) => void navigate(`/n/${networkId}/${next === 'needs' ? 'behoeften' : 'agenda'}`)}
      keepMounted={false}
    >
      <Tabs.List>
        <Tabs.Tab value="agenda">{tx('tabAgenda')}</Tabs.Tab>
        {readsNeeds && <Tabs.Tab value="needs">{tx('tabNeeds')}</Tabs.Tab>}
      </Tabs.List>
    </Tabs>
  );
}
