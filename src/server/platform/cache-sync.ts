// Several app servers on one PostgreSQL (issue 22, decision 019). The short caches of decision 009 (who asks; the steering
// dashboard) are emptied by every write of *this* process; with DATABASE_URL any number of processes may share the
// database, and a write through one must count on the next request through any other.
//
// The database keeps a write counter, the sequence `netwerkregie_cache_epoch`. Every state-changing request takes its next
// value before its answer leaves (`announce`); every request that could be answered from a cache first reads the counter's
// latest value (`catchUp`) and, when it moved since this process last looked, empties this process's caches. So a write
// acknowledged by A is seen by B's next request, whatever the load. Reads that arrive together share one look at the
// counter, as long as it was started after they arrived.
import type pg from 'pg';

export const CACHE_EPOCH_SEQUENCE = 'netwerkregie_cache_epoch';

export interface CacheSync {
  /** A write is done: move the counter, so the other processes empty their caches on their next request. */
  announce(): Promise<void>;
  /** Before answering from a cache: empty the caches if another process wrote since the last look. */
  catchUp(): Promise<void>;
}

export interface CacheSyncOptions {
  pool: pg.Pool;
  /** Empties this process's caches. */
  onRemoteWrite: () => void;
}

export function createCacheSync({ pool, onRemoteWrite }: CacheSyncOptions): CacheSync {
  let seen: bigint | undefined;
  /** The look under way, and whether requests arrived after it started (they need a look of their own). */
  let current: Promise<void> | undefined;
  let next: Promise<void> | undefined;

  const look = async () => {
    // `last_value` of a sequence with CACHE 1 is the latest value any session took (sequences are not transactional);
    // before the first `nextval` it holds the start value with `is_called` false.
    const { rows } = await pool.query<{ v: string }>(
      `select (case when is_called then last_value else 0 end)::text as v from ${CACHE_EPOCH_SEQUENCE}`,
    );
    const value = BigInt(rows[0]?.v ?? '0');
    if (seen !== undefined && value !== seen) onRemoteWrite();
    if (seen === undefined || value > seen) seen = value;
  };

  const catchUp = (): Promise<void> => {
    if (!current) {
      current = look().finally(() => (current = undefined));
      return current;
    }
    // A look is under way, but it may have read the counter before this request's write was acknowledged: wait for the
    // next one, which all requests arriving meanwhile share.
    next ??= current
      .catch(() => undefined)
      .then(() => {
        next = undefined;
        return catchUp();
      });
    return next;
  };

  return {
    async announce() {
      await pool.query(`select nextval('${CACHE_EPOCH_SEQUENCE}')`);
    },
    catchUp,
  };
}
