// The saved versions of a network's design as they are exported.
import { defineList } from '../export-list.js';

export const designVersionsList = defineList<{
  versionNumber: number;
  reason: string;
  createdByName: string | null;
  createdAt: string | Date;
  appliedAt: string | Date | null;
}>({
  fileName: { nl: 'inrichting-versies', en: 'design-versions' },
  sheetName: { nl: 'Versies', en: 'Versions' },
  columns: [
    { label: { nl: 'Versie', en: 'Version' }, kind: 'integer', value: (v) => v.versionNumber },
    { label: { nl: 'Waarom', en: 'Why' }, kind: 'text', value: (v) => v.reason },
    { label: { nl: 'Opgeslagen door', en: 'Saved by' }, kind: 'text', value: (v) => v.createdByName },
    { label: { nl: 'Opgeslagen op', en: 'Saved at' }, kind: 'datetime', value: (v) => v.createdAt },
    { label: { nl: 'Toegepast op', en: 'Applied at' }, kind: 'datetime', value: (v) => v.appliedAt },
  ],
});
