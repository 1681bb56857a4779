// Shapes shared by every domain's contract (decision 018). A contract is read by the server (to check requests and write
// replies) and by the browser (to type and check what it receives), so it may only use what both have: zod and src/core.
import { z } from 'zod';

/**
 * An instant. On the server it is a `Date`; on the wire and in the browser an ISO 8601 text with its offset. A codec, so
 * the server's reply serializer encodes the Date and the browser's reply check accepts the text.
 */
export const timestamp = z.codec(z.iso.datetime({ offset: true }), z.date(), {
  decode: (text) => new Date(text),
  encode: (date) => date.toISOString(),
});

/** A calendar day, `YYYY-MM-DD`, the same on the server and in the browser. */
export const isoDate = z.iso.date();

/** One page of a list, as every paged list replies. */
export function pageOf<Row extends z.ZodType>(row: Row) {
  return z.object({ items: z.array(row), total: z.number(), page: z.number(), pageSize: z.number() });
}

/** A list that is not paged. */
export function itemsOf<Row extends z.ZodType>(row: Row) {
  return z.object({ items: z.array(row) });
}

/** The reply to a create: the new record's id. */
export const createdReply = z.object({ id: z.string() });

/** The reply to an edit of a versioned record: its new version. */
export const versionReply = z.object({ version: z.number() });

/** The wire form of a reply: what the browser receives (timestamps as text). */
export type Wire<Schema extends z.ZodType> = z.input<Schema>;
