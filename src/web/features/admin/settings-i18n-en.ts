// English texts of the advisor-settings screen: its own module, so a Dutch first screen does not load it.
import type { nl } from './settings-i18n.js';

export const en: typeof nl = {
  title: "The advisor's numbers",
  intro:
    "The design advisor computes with these numbers in every network of this installation: rates, meetings a year and thresholds. The defaults come from the guide 'Hoe kunnen we ons netwerk aansturen en organiseren?' by De Normaalste Zaak and its cases; where the guide gives no figure, our own estimate is used. A change applies to every new advice; saved design versions stay as they are.",
  caption: "The advisor's numbers with default and source",
  col: {
    setting: 'Number',
    value: 'Current value',
    default: 'Default',
    source: 'Source',
  },
  min: 'Minimum',
  max: 'Maximum',
  minOf: '{{label}}: minimum',
  maxOf: '{{label}}: maximum',
  changed: 'Changed',
  kind: {
    guide: 'Guide',
    case: 'Case from the guide',
    estimate: 'Our estimate',
  },
  resetOne: 'Back to default',
  resetOneLabel: '{{label}} back to the default',
  resetAll: 'All back to default',
  save: 'Save',
  saved: "The advisor's numbers have been saved.",
  unsaved: 'You have changes that are not saved yet.',
  staleTitle: 'Someone else changed the numbers in the meantime',
  staleText: 'Your change was not saved. Reload the numbers and make your change again.',
  reload: 'Reload the numbers',
  lastChanged: 'Last changed on {{date}} (version {{version}}).',
  neverChanged: 'Never changed: every number is at its default.',
};
