// Calendar arithmetic on ISO dates (YYYY-MM-DD) for candidates: contract starts and check-ins are dates, not instants. The
// arithmetic itself is the one calendar's (src/core/calendar.ts).
export { addDays, addMonths } from '../calendar.js';
