// The people list as it is exported (CSV/XLSX).
import { defineList } from '../export-list.js';
import type { ListPeopleQuery } from './people.contract.js';
import { roleLabels } from './role-labels.js';

/** What the people list can be sorted by: the route's `sort` values. */
export type PeopleSort = ListPeopleQuery['sort'];

export const peopleList = defineList<
  {
    name: string | null;
    email: string | null;
    organisationName: string | null;
    roles: readonly string[];
  },
  PeopleSort
>({
  fileName: { nl: 'mensen', en: 'people' },
  sheetName: { nl: 'Mensen', en: 'People' },
  columns: [
    { label: { nl: 'Naam', en: 'Name' }, kind: 'text', sortKey: 'name', value: (p) => p.name },
    { label: { nl: 'E-mail', en: 'Email' }, kind: 'text', sortKey: 'email', value: (p) => p.email },
    { label: { nl: 'Organisatie', en: 'Organisation' }, kind: 'text', value: (p) => p.organisationName },
    { label: { nl: 'Rollen', en: 'Roles' }, kind: 'codes', labels: roleLabels, value: (p) => p.roles },
  ],
});
