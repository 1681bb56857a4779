// The list toolbar reads the list definition the server exports from: its sort choices are the definition's sortable
// columns in the language on screen, its downloads carry the page's search and sort, and its search field has a label.
// Rendered to static markup (no browser needed); the e2e tests of the list pages drive it in Chromium.
import { MantineProvider } from '@mantine/core';
import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, test } from 'vitest';
import { sortOptionsOf, type ExportFormat, type Language, type ListDefinition } from '../../core/export-list.js';
import { organisationsList, type OrganisationSort } from '../../core/members/members-lists.js';
import { ORGANISATION_SORTS } from '../../core/members/members.contract.js';
import { mailingsList } from '../../core/mailings/mailings-lists.js';
import { MAILING_SORTS } from '../../core/mailings/mailings.contract.js';
import { peopleList } from '../../core/access/people-lists.js';
import { PEOPLE_SORTS } from '../../core/access/people.contract.js';
import { invoiceBookkeepingList } from '../../core/invoices/invoice-lists.js';
import { INVOICE_SORTS } from '../../core/invoices/invoices.contract.js';
import { opportunitiesList, placementsList } from '../../core/candidates/candidates-lists.js';
import { OPPORTUNITY_SORTS, PLACEMENT_SORTS } from '../../core/candidates/placements.contract.js';
import { decisionsList } from '../../core/governance/governance-lists.js';
import { DECISION_SORTS } from '../../core/governance/governance.contract.js';
import { INTERACTION_SORTS, interactionsList } from '../../core/interactions/interaction-lists.js';
import { DOCUMENT_SORTS, documentsList } from '../../core/documents/document-rules.js';
import { ADVICE_REQUEST_SORTS, ADVICE_SORTS, adviceList, adviceRequestsList } from '../../core/advice/advice-rules.js';
import { en } from '../app/i18n/en.js';
import { nl } from '../app/i18n/nl.js';
import { ListToolbar, type ListToolbarProps } from './list-toolbar.js';

const extra = { relevance: 'Best passend', createdAt: 'Nieuwste eerst' };

describe('sort options from the list definition', () => {
  test('name the sortable columns with the definition’s words in the chosen language, in the route’s order', () => {
    expect(sortOptionsOf(organisationsList, 'nl', ORGANISATION_SORTS, extra)).toEqual([
      { value: 'relevance', label: 'Best passend' },
      { value: 'name', label: 'Naam' },
      { value: 'city', label: 'Plaats' },
      { value: 'createdAt', label: 'Nieuwste eerst' },
    ]);
    expect(
      sortOptionsOf(organisationsList, 'en', ORGANISATION_SORTS, { relevance: 'Best match' }).map((o) => o.label),
    ).toEqual(['Best match', 'Name', 'Town']);
  });

  test('every sort key of a column is one the route accepts, and every route key has words on screen', () => {
    const columnKeys = organisationsList.columns.flatMap((c) => (c.sortKey ? [c.sortKey] : []));
    expect(columnKeys.length).toBeGreaterThan(0);
    for (const key of columnKeys) expect(ORGANISATION_SORTS).toContain(key);
    const values = sortOptionsOf(organisationsList, 'nl', ORGANISATION_SORTS, extra).map((o) => o.value);
    expect(values).toEqual([...ORGANISATION_SORTS]);
  });
});

// The lists that moved onto the toolbar after the organisations list: each route key is named on screen, by a column of
// the list definition or by the page's own words, in both languages; a key without words would silently vanish from the
// sort control.
function adopted<Sort extends string>(
  name: string,
  list: ListDefinition<never, Sort>,
  keys: readonly Sort[],
  extra: (catalog: typeof nl) => Partial<Record<Sort, string>> = () => ({}),
) {
  return {
    name,
    keys,
    options: (language: Language, catalog: typeof nl) => sortOptionsOf(list, language, keys, extra(catalog)),
  };
}

const adoptedLists = [
  adopted('invoices', invoiceBookkeepingList, INVOICE_SORTS, (c) => ({ dueOn: c.invoices.filters.sorts.dueOn })),
  adopted('mailings', mailingsList, MAILING_SORTS, (c) => c.mailings.list.sorts),
  adopted('people', peopleList, PEOPLE_SORTS, (c) => ({ createdAt: c.people.sortCreatedAt })),
  adopted('placements', placementsList, PLACEMENT_SORTS),
  adopted('decisions', decisionsList, DECISION_SORTS),
  adopted('opportunities', opportunitiesList, OPPORTUNITY_SORTS, (c) => ({
    createdAt: c.candidates.opportunities.added,
  })),
  adopted('interactions', interactionsList, INTERACTION_SORTS),
  adopted('documents', documentsList, DOCUMENT_SORTS),
  adopted('advice requests', adviceRequestsList, ADVICE_REQUEST_SORTS),
  adopted('advice', adviceList, ADVICE_SORTS),
];

describe.each(adoptedLists)('sort options of the $name list', ({ keys, options }) => {
  test.each([
    ['nl', nl],
    ['en', en],
  ] as const)('%s: every key the route accepts has words, in the route’s order', (language, catalog) => {
    const chosen = options(language, catalog);
    expect(chosen.map((o) => o.value)).toEqual([...keys]);
    for (const option of chosen) expect(option.label).toMatch(/\S/);
    expect(new Set(chosen.map((o) => o.label)).size).toBe(chosen.length);
  });
});

describe('the toolbar', () => {
  const i18n = i18next.createInstance();
  beforeAll(async () => {
    await i18n.use(initReactI18next).init({
      lng: 'nl',
      resources: { nl: { translation: nl }, en: { translation: en } },
      interpolation: { escapeValue: false },
    });
  });

  function render(language: 'nl' | 'en', props: Partial<ListToolbarProps<OrganisationSort>> = {}) {
    void i18n.changeLanguage(language);
    const search = 'bakker';
    const sort: OrganisationSort = 'city';
    const exportUrl = (format: ExportFormat) => `/api/list?search=${search}&sort=${sort}&format=${format}`;
    const toolbar = createElement(ListToolbar<OrganisationSort>, {
      searchLabel: 'Zoeken op naam',
      search,
      onSearchChange: () => undefined,
      sort: { list: organisationsList, keys: ORGANISATION_SORTS, extra, value: sort, onChange: () => undefined },
      exportUrl,
      ...props,
    });
    return renderToStaticMarkup(
      createElement(MantineProvider, null, createElement(I18nextProvider, { i18n }, toolbar)),
    );
  }

  test('labels the search field, so a screen reader names it', () => {
    const html = render('nl');
    const input = /<input[^>]*type="search"[^>]*>/.exec(html)?.[0] ?? '';
    const id = /id="([^"]+)"/.exec(input)?.[1];
    expect(id).toBeTruthy();
    expect(html).toMatch(new RegExp(`<label[^>]*for="${id}"[^>]*>Zoeken op naam`));
    expect(input).toContain('value="bakker"');
  });

  test('falls back to the catalog’s word for the search field', () => {
    expect(render('en', { searchLabel: undefined })).toMatch(/<label[^>]*>Search/);
  });

  test('offers CSV and Excel downloads that carry the current search and sort, in the language on screen', () => {
    const html = render('nl');
    expect(html).toContain('href="/api/list?search=bakker&amp;sort=city&amp;format=csv"');
    expect(html).toContain('href="/api/list?search=bakker&amp;sort=city&amp;format=xlsx"');
    expect(html).toContain('CSV downloaden');
    expect(html).toContain('Excel downloaden');
    expect(html).toContain('aria-label="Downloaden"');
    expect(render('en')).toContain('Download Excel');
  });

  test('shows the chosen sort with the definition’s words', () => {
    expect(render('nl')).toMatch(/<label[^>]*>Sorteren op<\/label>/);
    expect(render('nl')).toContain('value="Plaats"');
    expect(render('en')).toContain('value="Town"');
  });

  test('leaves the downloads out when the page gives no export address', () => {
    expect(render('nl', { exportUrl: undefined })).not.toContain('downloaden');
  });
});
