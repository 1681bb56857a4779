// Switch between the agenda and the needs board; both grow from the same members' needs.
import { Tabs } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useAgendaText } from './use-text.js';

export function AgendaTabs({ networkId, value }: { networkId: string; value: 'agenda' | 'needs' }) {
  const tx = useAgendaText();
  const navigate = useNavigate();
  return (
    <Tabs
      value={value}
      onChange={(next) => void navigate(`/n/${networkId}/${next === 'needs' ? 'behoeften' : 'agenda'}`)}
      keepMounted={false}
    >
      <Tabs.List>
        <Tabs.Tab value="agenda">{tx('tabAgenda')}</Tabs.Tab>
        <Tabs.Tab value="needs">{tx('tabNeeds')}</Tabs.Tab>
      </Tabs.List>
    </Tabs>
  );
}
