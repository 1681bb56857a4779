// Today as the network lives it: the calendar day in Amsterdam, computed by the database. `current_date` follows the
// session's time zone (UTC here), so between midnight and 01:00/02:00 Amsterdam time it still says yesterday; every
// query that asks "is this term current?" uses this instead (the same day `todayInAmsterdam` gives in src/core/calendar).
import { sql } from 'drizzle-orm';

export const amsterdamToday = sql`((now() at time zone 'Europe/Amsterdam')::date)`;
