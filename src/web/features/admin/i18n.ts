// Texts of the umbrella overview on the networks screen (platform admin), Dutch and English.
export const nl = {
  title: 'Koepeloverzicht',
  intro:
    'Alle netwerken naast elkaar: fase, leden, activiteit en signalen over eigenaarschap. De cijfers en signalen zijn die van het stuurdashboard van elk netwerk, met de drempels die dat netwerk zelf heeft ingesteld. Dit overzicht toont alleen bedrijfsmatige cijfers over organisaties en activiteiten, niets over kandidaten: resultaten zoals plaatsingen staan in de vergelijking tussen netwerken, alleen van netwerken die daarvoor kiezen en met kleine aantallen verborgen.',
  caption: 'Koepeloverzicht van alle netwerken',
  search: 'Zoeken op netwerk of fase',
  sort: 'Sorteren op',
  order: 'Volgorde',
  asc: 'Oplopend',
  desc: 'Aflopend',
  exportCsv: 'Exporteren als CSV',
  exportXlsx: 'Exporteren als Excel',
  empty: 'Geen netwerk gevonden.',
  col: {
    name: 'Netwerk',
    phase: 'Fase',
    members: 'Leden',
    activeMembers: 'Actieve leden',
    activitiesLast12Months: 'Activiteiten (12 maanden)',
    signalCount: 'Signalen',
  },
  noSignals: 'Geen',
  signals: {
    coordinator_doing_member_tasks: 'Coördinator doet ledentaken',
    kerngroep_shrinking: 'Kerngroep krimpt',
    kerngroep_not_renewing: 'Kerngroep vernieuwt niet',
    low_employer_led: 'Weinig door werkgevers geleid',
    low_needs_driven: 'Weinig vanuit behoeften',
    growth_outpacing_turnout: 'Groei gaat opkomst voorbij',
  },
};
