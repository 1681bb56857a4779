// The personal one-time links of the surveys (the pulse and the needs round): a random secret goes out in the mail, only
// its hash is stored, and a link opens only once, between the round's opening and closing day.
import { createHash, randomBytes } from 'node:crypto';
import { todayInAmsterdam } from '../../../core/calendar.js';
import { AppError } from '../../platform/errors.js';

/** The stored form of a link's secret. */
export const hashOfSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** A new link: the secret for the mail and the hash to store. */
export function newLinkSecret(): { secret: string; hash: string } {
  const secret = randomBytes(24).toString('base64url');
  return { secret, hash: hashOfSecret(secret) };
}

type LinkToken = { usedAt: Date | null; round: { opensOn: string; closesOn: string } };

/**
 * The token behind a link, if it may be answered now: unknown or malformed secrets are 404, a used link, a closed or a
 * not yet open round a 409 with the survey's own code.
 */
export async function openLink<Token extends LinkToken>(
  secret: string,
  find: (tokenHash: string) => Promise<Token | null | undefined>,
  now: Date,
  codes: { answered: string; closed: string; notOpen: string },
): Promise<Token> {
  if (!/^[\w-]{20,100}$/.test(secret)) throw new AppError('not_found');
  const t = await find(hashOfSecret(secret));
  if (!t) throw new AppError('not_found');
  const today = todayInAmsterdam(now);
  if (t.usedAt) throw new AppError('conflict', codes.answered);
  if (today > t.round.closesOn) throw new AppError('conflict', codes.closed);
  if (today < t.round.opensOn) throw new AppError('conflict', codes.notOpen);
  return t;
}
