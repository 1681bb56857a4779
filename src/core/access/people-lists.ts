// The people list as it is exported (CSV/XLSX).
import { defineList } from '../export-list.js';
import { roleLabels } from './role-labels.js';

export const peopleList = defineList<{
  name: string | null;
  email: string | null;
  organisationName: string | null;
  roles: readonly string[];
}>({
  fileName: { nl: 'mensen', en: 'people' },
  sheetName: { nl: 'Mensen', en: 'People' },
  columns: [
    { label: { nl: 'Naam', en: 'Name' }, kind: 'text', value: (p) => p.name },
    { label: { nl: 'E-mail', en: 'Email' }, kind: 'text', value: (p) => p.email },
    { label: { nl: 'Organisatie', en: 'Organisation' }, kind: 'text', value: (p) => p.organisationName },
    { label: { nl: 'Rollen', en: 'Roles' }, kind: 'codes', labels: roleLabels, value: (p) => p.roles },
  ],
});
