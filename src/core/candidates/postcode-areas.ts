// Approximate travel distance between Dutch 4-digit postcode areas. Shipping the ~4,000 real PC4 centroids would mean a large
// data file of uncertain licence, so we use a documented approximation (docs/decisions): each 2-digit postcode region (10–99)
// has the approximate coordinates of its main town; the distance between two PC4 areas is the straight-line (haversine)
// distance between their regions' points, and within one region a fixed 5 km (0 km for the same PC4 area). Good enough to rank
// "nearby / far / too far" for matching, and easy to replace by a real centroid table later.

/** PC2 region → [latitude, longitude] of its main town (rounded). */
export const PC2_CENTROIDS: Readonly<Record<number, readonly [number, number]>> = {
  10: [52.37, 4.9],
  11: [52.3, 4.86],
  12: [52.22, 5.17],
  13: [52.37, 5.22],
  14: [52.5, 4.95],
  15: [52.44, 4.82],
  16: [52.64, 5.06],
  17: [52.8, 4.85],
  18: [52.63, 4.75],
  19: [52.48, 4.66],
  20: [52.38, 4.64],
  21: [52.3, 4.69],
  22: [52.2, 4.44],
  23: [52.16, 4.49],
  24: [52.13, 4.66],
  25: [52.07, 4.3],
  26: [52.01, 4.36],
  27: [52.06, 4.49],
  28: [52.02, 4.71],
  29: [51.92, 4.58],
  30: [51.92, 4.48],
  31: [51.91, 4.35],
  32: [51.85, 4.3],
  33: [51.81, 4.67],
  34: [52.03, 5.08],
  35: [52.09, 5.12],
  36: [52.14, 5.04],
  37: [52.09, 5.23],
  38: [52.16, 5.39],
  39: [52.03, 5.56],
  40: [51.89, 5.43],
  41: [51.95, 5.23],
  42: [51.83, 4.97],
  43: [51.65, 3.92],
  44: [51.5, 3.89],
  45: [51.33, 3.83],
  46: [51.49, 4.29],
  47: [51.53, 4.46],
  48: [51.59, 4.78],
  49: [51.64, 4.86],
  50: [51.56, 5.09],
  51: [51.69, 5.06],
  52: [51.7, 5.3],
  53: [51.77, 5.52],
  54: [51.66, 5.62],
  55: [51.41, 5.42],
  56: [51.44, 5.48],
  57: [51.48, 5.66],
  58: [51.53, 5.97],
  59: [51.37, 6.17],
  60: [51.25, 5.71],
  61: [51.0, 5.87],
  62: [50.85, 5.69],
  63: [50.87, 5.83],
  64: [50.89, 5.98],
  65: [51.84, 5.85],
  66: [51.81, 5.72],
  67: [52.04, 5.66],
  68: [51.98, 5.91],
  69: [51.93, 6.07],
  70: [51.97, 6.29],
  71: [51.97, 6.72],
  72: [52.14, 6.2],
  73: [52.21, 5.97],
  74: [52.25, 6.16],
  75: [52.22, 6.89],
  76: [52.36, 6.66],
  77: [52.57, 6.62],
  78: [52.79, 6.9],
  79: [52.72, 6.48],
  80: [52.51, 6.09],
  81: [52.39, 6.27],
  82: [52.52, 5.47],
  83: [52.71, 5.75],
  84: [52.96, 5.92],
  85: [52.95, 5.66],
  86: [53.03, 5.66],
  87: [53.06, 5.53],
  88: [53.17, 5.42],
  89: [53.2, 5.8],
  90: [53.17, 5.9],
  91: [53.32, 6.0],
  92: [53.11, 6.1],
  93: [53.15, 6.43],
  94: [52.99, 6.56],
  95: [52.99, 6.95],
  96: [53.14, 6.86],
  97: [53.22, 6.57],
  98: [53.25, 6.4],
  99: [53.33, 6.92],
};

export const SAME_REGION_KM = 5;

/** The 4-digit postcode area of a postcode or area string ("8011", "8011 AB"), or null. */
export function postcodeArea(value: string | null | undefined): number | null {
  const match = /^\s*([1-9]\d{3})/.exec(value ?? '');
  return match ? Number(match[1]) : null;
}

function haversineKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Approximate distance in whole km between two PC4 areas, or null when either is unknown. */
export function distanceKm(from: string | null | undefined, to: string | null | undefined): number | null {
  const a = postcodeArea(from);
  const b = postcodeArea(to);
  if (a === null || b === null) return null;
  if (a === b) return 0;
  const ra = Math.floor(a / 100);
  const rb = Math.floor(b / 100);
  if (ra === rb) return SAME_REGION_KM;
  const ca = PC2_CENTROIDS[ra];
  const cb = PC2_CENTROIDS[rb];
  if (!ca || !cb) return null;
  return Math.round(haversineKm(ca, cb));
}
