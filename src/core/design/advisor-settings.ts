// The advisor's numbers as settings of the installation: their names in Dutch and English, the bounds a value must keep,
// and the check that refuses a bad value with a message that says what to fix. The guide's figures (ADVISOR_DEFAULTS) are
// the defaults; where each comes from is ADVISOR_DEFAULT_SOURCES.
import { ADVISOR_DEFAULTS, type AdvisorSettings } from './design-advisor.js';
import type { Locale } from './network-design.js';

export type AdvisorSettingKey = keyof typeof ADVISOR_DEFAULTS;
export const ADVISOR_SETTING_KEYS = Object.keys(ADVISOR_DEFAULTS) as AdvisorSettingKey[];

/** Money settings are in euro cents; the screen shows euros. */
export const MONEY_SETTINGS: ReadonlySet<AdvisorSettingKey> = new Set<AdvisorSettingKey>([
  'coordinatorDayRateCents',
  'meetingBaseCents',
  'meetingPerMemberCents',
  'communicationBaseCents',
  'communicationPerMemberCents',
  'secretariatHourRateCents',
  'willingToPayCents',
]);

export const ADVISOR_SETTING_LABELS: Record<Locale, Record<AdvisorSettingKey, string>> = {
  nl: {
    coordinatorDaysInStartUp: 'Dagen per week voor de coördinator in het eerste jaar',
    coordinatorDayRateCents: 'Dagtarief van de coördinator',
    workingWeeksPerYear: 'Werkweken per jaar',
    hoursPerDay: 'Uren per werkdag',
    coordinatorCapacityTolerance: 'Ondergrens van de uren van de coördinator (deel van het advies)',
    networkMeetingsPerYear: 'Netwerkbijeenkomsten per jaar',
    meetingBaseCents: 'Kosten per bijeenkomst (vast deel)',
    meetingPerMemberCents: 'Kosten per bijeenkomst per deelnemer',
    communicationBaseCents: 'Communicatiemiddelen per jaar (vast deel)',
    communicationPerMemberCents: 'Communicatiemiddelen per deelnemer per jaar',
    secretariatHourRateCents: 'Uurtarief van de backoffice',
    willingToPayCents: 'Wat werkgevers willen betalen per jaar',
    growthLimitInStartUp: 'Groeigrens in initiatie en opstart (deelnemers)',
    smallNetworkMembers: 'Klein netwerk tot (deelnemers)',
    themeGroupsFromMembers: 'Themagroepen vanaf (deelnemers)',
  },
  en: {
    coordinatorDaysInStartUp: "Coordinator's days a week in year 1",
    coordinatorDayRateCents: "Coordinator's day rate",
    workingWeeksPerYear: 'Working weeks a year',
    hoursPerDay: 'Hours per working day',
    coordinatorCapacityTolerance: "Lower bound of the coordinator's hours (share of the advice)",
    networkMeetingsPerYear: 'Network meetings a year',
    meetingBaseCents: 'Cost per meeting (fixed part)',
    meetingPerMemberCents: 'Cost per meeting per member',
    communicationBaseCents: 'Communication tools a year (fixed part)',
    communicationPerMemberCents: 'Communication tools per member a year',
    secretariatHourRateCents: "Back office's hourly rate",
    willingToPayCents: 'What employers will pay a year',
    growthLimitInStartUp: 'Growth limit in initiation and start-up (members)',
    smallNetworkMembers: 'Small network up to (members)',
    themeGroupsFromMembers: 'Theme groups from (members)',
  },
};

/** The bounds a value must keep (for ranges: both ends), and whether it must be a whole number. */
const BOUNDS: Record<AdvisorSettingKey, { min: number; max: number; whole: boolean }> = {
  coordinatorDaysInStartUp: { min: 0.5, max: 5, whole: false },
  coordinatorDayRateCents: { min: 0, max: 500_000, whole: true },
  workingWeeksPerYear: { min: 1, max: 52, whole: true },
  hoursPerDay: { min: 1, max: 12, whole: false },
  coordinatorCapacityTolerance: { min: 0.05, max: 1, whole: false },
  networkMeetingsPerYear: { min: 0, max: 52, whole: true },
  meetingBaseCents: { min: 0, max: 10_000_000, whole: true },
  meetingPerMemberCents: { min: 0, max: 1_000_000, whole: true },
  communicationBaseCents: { min: 0, max: 10_000_000, whole: true },
  communicationPerMemberCents: { min: 0, max: 1_000_000, whole: true },
  secretariatHourRateCents: { min: 0, max: 100_000, whole: true },
  willingToPayCents: { min: 0, max: 10_000_000, whole: true },
  growthLimitInStartUp: { min: 1, max: 1000, whole: true },
  smallNetworkMembers: { min: 1, max: 1000, whole: true },
  themeGroupsFromMembers: { min: 1, max: 1000, whole: true },
};

export interface SettingIssue {
  key: AdvisorSettingKey;
  message: string;
}

function shown(key: AdvisorSettingKey, value: number, locale: Locale): string {
  if (!MONEY_SETTINGS.has(key)) return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB').format(value);
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(
    value / 100,
  );
}

/**
 * Checks a full set of settings; returns the issues (empty when all is well), each naming the setting and what to fix.
 */
export function checkAdvisorSettings(settings: AdvisorSettings, locale: Locale = 'nl'): SettingIssue[] {
  const issues: SettingIssue[] = [];
  const label = ADVISOR_SETTING_LABELS[locale];
  for (const key of ADVISOR_SETTING_KEYS) {
    const b = BOUNDS[key];
    const value = settings[key] as number | { min: number; max: number };
    const values = typeof value === 'number' ? [value] : [value.min, value.max];
    const bad = values.some((v) => !Number.isFinite(v) || v < b.min || v > b.max || (b.whole && !Number.isInteger(v)));
    if (bad) {
      issues.push({
        key,
        message:
          locale === 'nl'
            ? `‘${label[key]}’ moet liggen tussen ${shown(key, b.min, locale)} en ${shown(key, b.max, locale)}${b.whole && !MONEY_SETTINGS.has(key) ? ' (een heel getal)' : ''}.`
            : `‘${label[key]}’ must lie between ${shown(key, b.min, locale)} and ${shown(key, b.max, locale)}${b.whole && !MONEY_SETTINGS.has(key) ? ' (a whole number)' : ''}.`,
      });
      continue;
    }
    if (typeof value !== 'number' && value.min > value.max)
      issues.push({
        key,
        message:
          locale === 'nl'
            ? `‘${label[key]}’: het minimum (${shown(key, value.min, locale)}) is hoger dan het maximum (${shown(key, value.max, locale)}). Maak het minimum kleiner of het maximum groter.`
            : `‘${label[key]}’: the minimum (${shown(key, value.min, locale)}) is higher than the maximum (${shown(key, value.max, locale)}). Lower the minimum or raise the maximum.`,
      });
  }
  return issues;
}

/** The stored overrides laid over the guide's figures: what the advisor is given. */
export function withDefaults(overrides: Partial<AdvisorSettings>): AdvisorSettings {
  return { ...ADVISOR_DEFAULTS, ...overrides } as AdvisorSettings;
}
