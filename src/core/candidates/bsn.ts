// The BSN (burgerservicenummer) eleven-test and a scanner for BSN-like numbers in free text. Netwerkregie never stores a BSN:
// every candidate, placement and opportunity text is scanned, and a 9-digit number that passes the eleven-test is refused.
// Other 9-digit numbers (order numbers, phone numbers without the 0) are accepted, because 10 in 11 of them fail the test.

/** The eleven-test for a 9-digit BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11 (and the number is not all zeros). */
export function isValidBsn(value: string): boolean {
  const digits = value.replace(/[\s.-]/g, '');
  if (!/^\d{9}$/.test(digits) || /^0{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

// Nine digits written together or grouped the usual ways (123456782, 1234.56.782, 123 456 782, 123-456-782), not part of a
// longer run of digits.
const NINE_DIGITS = /(?<![\d])(?:\d{9}|\d{4}[ .-]\d{2}[ .-]\d{3}|\d{3}[ .-]\d{3}[ .-]\d{3})(?![\d])/g;

/** Every number in `text` that looks like a BSN (9 digits passing the eleven-test), as written. */
export function findBsnLikeNumbers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(NINE_DIGITS)) {
    if (isValidBsn(match[0])) found.push(match[0]);
  }
  return found;
}

export const BSN_REFUSAL_NL =
  'Dit veld bevat een getal van 9 cijfers dat een burgerservicenummer (BSN) kan zijn. Netwerkregie slaat nooit een BSN op: laat het nummer weg of schrijf het anders.';
export const BSN_REFUSAL_EN =
  'This field contains a 9-digit number that may be a citizen service number (BSN). Netwerkregie never stores a BSN: leave the number out or write it differently.';
