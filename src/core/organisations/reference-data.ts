// Reference data for organisations, kept as data: the 35 arbeidsmarktregio's, the SBI sections, size classes and
// organisation kinds. Region names are proper names (the same in both languages) and are what the data stores.

/** The 35 labour market regions (arbeidsmarktregio's) as the UWV and the WSP's name them. */
export const LABOUR_MARKET_REGIONS = [
  'Groningen',
  'Friesland',
  'Drenthe',
  'Regio Zwolle',
  'Twente',
  'Stedendriehoek en Noordwest Veluwe',
  'Achterhoek',
  'Midden-Gelderland',
  'Rijk van Nijmegen',
  'FoodValley',
  'Rivierenland',
  'Flevoland',
  'Midden-Utrecht',
  'Amersfoort',
  'Noord-Holland Noord',
  'Zaanstreek/Waterland',
  'Zuid-Kennemerland en IJmond',
  'Groot-Amsterdam',
  'Gooi en Vechtstreek',
  'Holland Rijnland',
  'Midden-Holland',
  'Haaglanden',
  'Zuid-Holland Centraal',
  'Rijnmond',
  'Drechtsteden',
  'Gorinchem',
  'Zeeland',
  'West-Brabant',
  'Midden-Brabant',
  'Noordoost-Brabant',
  'Zuidoost-Brabant',
  'Helmond-De Peel',
  'Noord-Limburg',
  'Midden-Limburg',
  'Zuid-Limburg',
] as const;
export type LabourMarketRegion = (typeof LABOUR_MARKET_REGIONS)[number];

/** Finds a region by name, forgiving case, accents and "Groot Amsterdam" vs "Groot-Amsterdam". */
export function findLabourMarketRegion(input: string): LabourMarketRegion | null {
  regionByKey ??= new Map(LABOUR_MARKET_REGIONS.map((r) => [regionKey(r), r]));
  return regionByKey.get(regionKey(input)) ?? null;
}
const regionKey = (s: string) => foldForMatch(s).replace(/[^a-z0-9]/g, '');
// Built on first use: an import of 100,000 rows looks a region up for every row.
let regionByKey: Map<string, LabourMarketRegion> | undefined;

/** SBI 2008 sections (Standaard Bedrijfsindeling of the CBS), with Dutch and English labels. */
export const SBI_SECTIONS = [
  { code: 'A', nl: 'Landbouw, bosbouw en visserij', en: 'Agriculture, forestry and fishing' },
  { code: 'B', nl: 'Winning van delfstoffen', en: 'Mining and quarrying' },
  { code: 'C', nl: 'Industrie', en: 'Manufacturing' },
  { code: 'D', nl: 'Productie en distributie van energie', en: 'Electricity and gas supply' },
  {
    code: 'E',
    nl: 'Winning en distributie van water; afval- en afvalwaterbeheer',
    en: 'Water supply and waste management',
  },
  { code: 'F', nl: 'Bouwnijverheid', en: 'Construction' },
  { code: 'G', nl: 'Groot- en detailhandel; reparatie van auto’s', en: 'Wholesale and retail trade' },
  { code: 'H', nl: 'Vervoer en opslag', en: 'Transportation and storage' },
  { code: 'I', nl: 'Logies-, maaltijd- en drankverstrekking', en: 'Accommodation and food service' },
  { code: 'J', nl: 'Informatie en communicatie', en: 'Information and communication' },
  { code: 'K', nl: 'Financiële instellingen', en: 'Financial and insurance activities' },
  { code: 'L', nl: 'Verhuur van en handel in onroerend goed', en: 'Real estate activities' },
  {
    code: 'M',
    nl: 'Advisering, onderzoek en overige specialistische zakelijke dienstverlening',
    en: 'Professional, scientific and technical activities',
  },
  {
    code: 'N',
    nl: 'Verhuur van roerende goederen en overige zakelijke dienstverlening',
    en: 'Administrative and support services',
  },
  {
    code: 'O',
    nl: 'Openbaar bestuur, overheidsdiensten en verplichte sociale verzekeringen',
    en: 'Public administration',
  },
  { code: 'P', nl: 'Onderwijs', en: 'Education' },
  { code: 'Q', nl: 'Gezondheids- en welzijnszorg', en: 'Human health and social work' },
  { code: 'R', nl: 'Cultuur, sport en recreatie', en: 'Arts, entertainment and recreation' },
  { code: 'S', nl: 'Overige dienstverlening', en: 'Other service activities' },
  { code: 'T', nl: 'Huishoudens als werkgever', en: 'Households as employers' },
  { code: 'U', nl: 'Extraterritoriale organisaties en lichamen', en: 'Extraterritorial organisations' },
] as const;
export type SbiSection = (typeof SBI_SECTIONS)[number]['code'];
export const SBI_CODES = SBI_SECTIONS.map((s) => s.code) as unknown as readonly [SbiSection, ...SbiSection[]];

/** Accepts "G", "g", or a Dutch/English section label as spreadsheets contain them. */
export function findSbiSection(input: string): SbiSection | null {
  const trimmed = input.trim();
  if (/^[A-Ua-u]$/.test(trimmed)) return trimmed.toUpperCase() as SbiSection;
  if (!sbiByLabel) {
    sbiByLabel = new Map();
    for (const s of SBI_SECTIONS)
      for (const label of [s.nl, s.en])
        if (!sbiByLabel.has(foldForMatch(label))) sbiByLabel.set(foldForMatch(label), s.code);
  }
  return sbiByLabel.get(foldForMatch(trimmed)) ?? null;
}
let sbiByLabel: Map<string, SbiSection> | undefined;

export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

/** Kinds of organisation. Public parties change (WSP, werkbedrijf, werkcentra), so the kind says what role it plays. */
export const ORGANISATION_KINDS = [
  'employer',
  'funder',
  'partner',
  'public_party',
  'education',
  'care_provider',
  'jobcoach_provider',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

const ASCII = /^[\t\n\r\x20-\x7e]*$/;

/** Lower case without accents or surrounding space: "Café Düsseldorf " → "cafe dusseldorf". */
export function foldForMatch(input: string): string {
  // Plain ASCII (most cells of a spreadsheet) has no accents to strip: skip the costly normalisation.
  if (ASCII.test(input)) return input.toLowerCase().replace(/\s+/g, ' ').trim();
  return input.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
