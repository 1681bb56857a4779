// A seat at the table (issue 19): a member of the klankbordgroep who is an ervaringsdeskundige, linked to the candidate record
// they come from. The link takes effect only while the candidate's consent for it (recipient `sounding_board`) is active;
// the row itself says who is linked, when and by whom. Deleting the person or the candidate removes the link.
import { foreignKey, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { candidate } from './candidates.js';
import { person } from './network.js';

export const candidateLivedExperience = pgTable(
  'candidate_lived_experience',
  {
    networkId: uuid('network_id').notNull(),
    candidateId: uuid('candidate_id').notNull(),
    personId: uuid('person_id').notNull(),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
    linkedBy: text('linked_by'),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.candidateId] }),
    uniqueIndex('candidate_lived_experience_person_uq').on(t.networkId, t.personId),
    foreignKey({ columns: [t.networkId, t.candidateId], foreignColumns: [candidate.networkId, candidate.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.networkId, t.personId], foreignColumns: [person.networkId, person.id] }).onDelete(
      'cascade',
    ),
  ],
);
