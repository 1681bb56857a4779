// The table of people: name, email, organisation and roles.
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { labelForCode } from '../../../shared/labels.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import type { PersonRow } from '../api.js';

export function PeopleTable({ items }: { items: PersonRow[] }) {
  const { t } = useTranslation();
  return (
    <ScrollTable label={t('people.tableCaption')}>
      <Table striped highlightOnHover miw={640} data-testid="people-table">
        <Table.Caption>{t('people.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('people.colName')}</Table.Th>
            <Table.Th>{t('people.colEmail')}</Table.Th>
            <Table.Th>{t('people.colOrganisation')}</Table.Th>
            <Table.Th>{t('people.colRoles')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((person) => (
            <Table.Tr key={person.id}>
              <Table.Td>{person.name}</Table.Td>
              <Table.Td>{person.email}</Table.Td>
              <Table.Td>{person.organisationName ?? t('people.noOrganisation')}</Table.Td>
              <Table.Td>{person.roles.map((role) => labelForCode(t, 'roles', role)).join(', ')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
