// Texts of the documents feature, English.
import type { DocumentsCatalog } from './i18n.js';

export const en: DocumentsCatalog = {
  cardTitle: 'Documents',
  cardIntro: 'Covenant, letter of intent and other papers of this membership.',
  libraryTitle: 'Knowledge library',
  libraryIntro: 'Legislation, good practice and templates for the network.',
  empty: 'No documents yet.',
  search: 'Search',
  category: 'Category',
  allCategories: 'All categories',
  categories: { legislation: 'Legislation', good_practice: 'Good practice', template: 'Templates' },
  columns: { title: 'Title', file: 'File', size: 'Size', uploaded: 'Uploaded' },
  download: 'Download',
  exportCsv: 'Download list (csv)',
  remove: 'Delete',
  clearFile: 'Remove file',
  uploadTitle: 'Add a document',
  file: 'File (PDF, Office document or image, max. 10 MB)',
  title: 'Title',
  visibleTo: 'Visible to',
  upload: 'Add',
  uploaded: 'The document has been added.',
  roles: {
    core_group: 'Core group',
    board: 'Board',
    employer: 'Employers',
    sounding_board: 'Sounding board',
    funder: 'Funders',
    theme_lead: 'Theme leads',
  },
};
