// Texts of the advisor-settings screen (installation administrator), Dutch. The names of the numbers and their sources come
// from the advisor itself (src/core/design), so the screen and the advice never name a number differently.
export const nl = {
  title: 'Getallen van de adviseur',
  intro:
    'Met deze getallen rekent de inrichtingsadviseur in alle netwerken van deze installatie: tarieven, het aantal bijeenkomsten per jaar en de drempels. De standaardwaarden komen uit de handreiking ‘Hoe kunnen we ons netwerk aansturen en organiseren?’ van De Normaalste Zaak en haar praktijkvoorbeelden; waar de handreiking geen getal geeft, staat er een eigen schatting. Een wijziging geldt voor elk nieuw advies; opgeslagen versies van een inrichting blijven zoals ze zijn.',
  caption: 'Getallen van de adviseur met standaardwaarde en bron',
  col: {
    setting: 'Getal',
    value: 'Huidige waarde',
    default: 'Standaard',
    source: 'Bron',
  },
  min: 'Minimum',
  max: 'Maximum',
  minOf: '{{label}}: minimum',
  maxOf: '{{label}}: maximum',
  changed: 'Aangepast',
  kind: {
    guide: 'Handreiking',
    case: 'Praktijkvoorbeeld',
    estimate: 'Eigen schatting',
  },
  resetOne: 'Terug naar standaard',
  resetOneLabel: '{{label}} terug naar de standaardwaarde',
  resetAll: 'Alles terug naar standaard',
  save: 'Opslaan',
  saved: 'De getallen van de adviseur zijn opgeslagen.',
  unsaved: 'U hebt wijzigingen die nog niet zijn opgeslagen.',
  staleTitle: 'Iemand anders heeft de getallen intussen gewijzigd',
  staleText: 'Uw wijziging is niet opgeslagen. Laad de getallen opnieuw en voer uw wijziging nogmaals in.',
  reload: 'Getallen opnieuw laden',
  lastChanged: 'Laatst gewijzigd op {{date}} (versie {{version}}).',
  neverChanged: 'Nog nooit gewijzigd: alle getallen staan op de standaardwaarde.',
};
