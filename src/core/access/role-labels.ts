// The words for the roles in a network, as the screens show them (web: app/i18n roles).
import type { CodeLabels } from '../export-list.js';

export const roleLabels = {
  coordinator: { nl: 'Netwerkcoördinator', en: 'Network coordinator' },
  back_office: { nl: 'Backoffice', en: 'Back office' },
  core_group: { nl: 'Kerngroep', en: 'Core group' },
  board: { nl: 'Bestuur', en: 'Board' },
  employer: { nl: 'Werkgever', en: 'Employer' },
  sounding_board: { nl: 'Klankbordgroep', en: 'Sounding board' },
  funder: { nl: 'Financier', en: 'Funder' },
  partner: { nl: 'Samenwerkingspartner', en: 'Partner' },
  theme_lead: { nl: 'Kartrekker', en: 'Theme lead' },
  candidate: { nl: 'Kandidaat', en: 'Candidate' },
} satisfies CodeLabels;
