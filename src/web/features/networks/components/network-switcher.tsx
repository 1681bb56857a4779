// The network switcher: a Select of the user's networks; platform admins also see the other networks of the installation.
import { Select, type ComboboxItem, type ComboboxItemGroup } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session.js';
import { useAllNetworks } from '../api.js';

type Props = { value: string | null; onChange: (networkId: string) => void };

export function NetworkSwitcher({ value, onChange }: Props) {
  const { t } = useTranslation();
  const session = useSession();
  const platformAdmin = session.data?.platformAdmin ?? false;
  const allNetworks = useAllNetworks(platformAdmin);
  const mine = session.data?.networks ?? [];
  const mineIds = new Set(mine.map((network) => network.id));
  const others = (allNetworks.data?.items ?? []).filter((network) => !mineIds.has(network.id));

  const data: ComboboxItemGroup<ComboboxItem>[] = [
    { group: t('networks.myNetworks'), items: mine.map((network) => ({ value: network.id, label: network.name })) },
  ];
  if (others.length > 0) {
    data.push({
      group: t('networks.otherNetworks'),
      items: others.map((network) => ({ value: network.id, label: network.name })),
    });
  }
  if (mine.length === 0 && others.length === 0) return null;

  return (
    <Select
      label={t('networks.switcherLabel')}
      placeholder={t('networks.switcherPlaceholder')}
      data={data}
      value={value}
      onChange={(next) => {
        if (next && next !== value) onChange(next);
      }}
      allowDeselect={false}
      searchable={mine.length + others.length > 7}
      comboboxProps={{ withinPortal: true }}
      data-testid="network-switcher"
    />
  );
}
