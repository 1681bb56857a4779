// Money as the budget keeps it: whole euro cents in integers, never floats. Dutch amounts as people type them ("1.250,50",
// "€ 1.250,50", "250") are read into cents by integer arithmetic, with an error code that says what is wrong; cents are
// written back the Dutch way ("€ 1.250,50"). Pure, shared by the server and the browser.

/** The largest amount one budget line or entry may hold: € 10 million, well inside PostgreSQL's integer. */
export const MAX_AMOUNT_CENTS = 1_000_000_000;

export const AMOUNT_ERRORS = ['empty', 'negative', 'not_an_amount', 'too_many_decimals', 'too_large'] as const;
export type AmountError = (typeof AMOUNT_ERRORS)[number];

export type AmountResult = { ok: true; cents: number } | { ok: false; error: AmountError };

/** What each error means, in both languages, for the server's messages and the screens. */
export const AMOUNT_ERROR_TEXTS: Record<AmountError, { nl: string; en: string }> = {
  empty: { nl: 'Vul een bedrag in, bijvoorbeeld 1.250,50.', en: 'Enter an amount, for example 1,250.50.' },
  negative: {
    nl: 'Een bedrag kan niet negatief zijn; een creditnota hoort bij een factuur.',
    en: 'An amount cannot be negative; a credit note belongs to an invoice.',
  },
  not_an_amount: {
    nl: 'Dit is geen bedrag. Schrijf het als 1.250,50 of € 1.250,50 (punt voor duizendtallen, komma voor centen).',
    en: 'This is not an amount. Write it as 1.250,50 or € 1.250,50 (point for thousands, comma for cents).',
  },
  too_many_decimals: {
    nl: 'Een bedrag heeft hoogstens twee cijfers achter de komma.',
    en: 'An amount has at most two digits after the decimal comma.',
  },
  too_large: { nl: 'Dit bedrag is groter dan € 10.000.000,00.', en: 'This amount is more than € 10,000,000.00.' },
};

/**
 * A Dutch amount to cents. The comma separates the cents; points group thousands (in threes). A euro sign and spaces
 * (also the non-breaking ones a copied amount carries) may stand around it; "1.250,-" is a whole amount.
 */
export function parseDutchAmount(input: string): AmountResult {
  let text = input.replace(/[\s\u00a0\u202f]/g, '');
  if (text.startsWith('€')) text = text.slice(1);
  else if (text.endsWith('€')) text = text.slice(0, -1);
  if (text === '') return { ok: false, error: 'empty' };
  if (text.startsWith('-') || text.startsWith('−')) {
    return /\d/.test(text) ? { ok: false, error: 'negative' } : { ok: false, error: 'not_an_amount' };
  }
  if (text.startsWith('+')) text = text.slice(1);
  if (text.endsWith(',-')) text = `${text.slice(0, -2)},00`;
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(text);
  if (!match) return { ok: false, error: 'not_an_amount' };
  const whole = (match[1] ?? '').replace(/\./g, '');
  const fraction = match[2] ?? '';
  if (fraction.length > 2) return { ok: false, error: 'too_many_decimals' };
  if (whole.length > 9) return { ok: false, error: 'too_large' };
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (cents > MAX_AMOUNT_CENTS) return { ok: false, error: 'too_large' };
  return { ok: true, cents };
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Cents the Dutch way: `€ 1.250,50`; a negative amount as `€ -1.250,50`. Integer arithmetic only. */
export function formatEuro(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new Error(`formatEuro takes whole cents, not ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100);
  const rest = abs % 100;
  return `€ ${sign}${groupThousands(String(euros))},${String(rest).padStart(2, '0')}`;
}

/** Cents as the amount field shows them for editing: `1.250,50`, without the sign. */
export function formatAmountInput(cents: number): string {
  return formatEuro(cents).slice(2);
}
