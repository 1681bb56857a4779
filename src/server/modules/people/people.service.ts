// People in a network: listing them, inviting someone into a role, and accepting an invitation.
import { createHash, randomBytes } from 'node:crypto';
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Auth } from '../../platform/auth.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { accountLocale, type Mailer } from '../../platform/mail.js';
import { invitationLocale, mailTexts } from '../../platform/mail-texts.js';
import { registerErrorMessages, type Locale } from '../../platform/messages.js';
import {
  assertPasswordAllowed,
  findAccountByEmail,
  markEmailVerified,
  signInByProvenEmail,
} from '../session/session.service.js';
import { findNetwork } from '../networks/networks.repository.js';
import type { InviteInput, ListPeopleQuery } from '../../../core/access/people.contract.js';
import {
  findInvitationByHash,
  findOpenInvitation,
  findOrganisationIn,
  findPersonByEmail,
  findUserName,
  hasCurrentRole,
  insertInvitation,
  insertPerson,
  insertRoleAssignment,
  linkPersonToUser,
  listInvitations as listInvitationRows,
  markInvitationAccepted,
  queryPeople,
  setPersonOrganisation,
} from './people.repository.js';

export const INVITATION_DAYS = 14;

registerErrorMessages({
  nl: {
    invite_organisation_unknown: 'Deze organisatie hoort niet bij dit netwerk. Kies een organisatie uit de lijst.',
  },
  en: { invite_organisation_unknown: 'This organisation does not belong to this network. Choose one from the list.' },
});

export async function listPeople({
  db,
  actor,
  networkId,
  query,
  all = false,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  query: ListPeopleQuery;
  all?: boolean;
}) {
  authorize(actor, 'people.read', networkId);
  const { items, total } = await queryPeople(db, networkId, query, all ? null : query.pageSize);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

function hashToken(token: string) {
  return createHash('sha256').update(token).digest('hex');
}

export async function invitePerson({
  db,
  actor,
  networkId,
  input,
  mailer,
  publicUrl,
  locale = 'nl',
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: InviteInput;
  mailer: Mailer;
  publicUrl: string;
  /** The request's language: the invitation's language when neither the invited address nor the inviter has an account. */
  locale?: Locale;
  now?: Date;
}) {
  authorize(actor, 'people.invite', networkId);
  const email = input.email.toLowerCase();
  const token = randomBytes(32).toString('base64url');
  const result = await db.transaction(async (tx) => {
    const net = await findNetwork(tx, networkId);
    if (!net) throw new AppError('not_found');
    if (input.organisationId && !(await findOrganisationIn(tx, networkId, input.organisationId)))
      throw new AppError('not_found', 'invite_organisation_unknown');
    const existing = await findPersonByEmail(tx, networkId, email);
    // An existing contact keeps their record; naming an organisation links them to it (access from the organisation page).
    if (existing && input.organisationId && existing.organisationId !== input.organisationId)
      await setPersonOrganisation(tx, networkId, existing.id, input.organisationId);
    const person =
      existing ??
      (await insertPerson(tx, { networkId, name: input.name, email, organisationId: input.organisationId }));
    if (await hasCurrentRole(tx, networkId, person.id, input.role)) throw new AppError('conflict');
    if (await findOpenInvitation(tx, networkId, person.id, input.role, now))
      throw new AppError('conflict', 'invitation_exists');
    const created = await insertInvitation(tx, {
      networkId,
      personId: person.id,
      email,
      role: input.role,
      tokenHash: hashToken(token),
      invitedBy: actor.userId,
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * 24 * 3600_000),
    });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'invitation.create',
      recordType: 'invitation',
      recordId: created.id,
      details: { role: input.role, organisationId: input.organisationId },
    });
    const inviter = actor.userId ? await findUserName(tx, actor.userId) : null;
    const texts =
      mailTexts[
        invitationLocale({
          recipientAccount: await accountLocale(tx, { email }),
          inviterAccount: actor.userId ? await accountLocale(tx, { userId: actor.userId }) : undefined,
          request: locale,
        })
      ];
    await mailer.send(tx, {
      networkId,
      kind: 'invitation',
      to: email,
      ...texts.invitation({
        recipientName: person.name,
        inviterName: inviter ?? net.name,
        role: input.role,
        networkName: net.name,
        link: `${publicUrl}/uitnodiging/${token}`,
        days: INVITATION_DAYS,
      }),
    });
    return created;
  });
  return { id: result.id };
}

export async function listInvitations({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'people.invite', networkId);
  return listInvitationRows(db, networkId);
}

async function findUsableInvitation(db: DbOrTx, token: string, now: Date) {
  const found = await findInvitationByHash(db, hashToken(token));
  if (!found || found.acceptedAt || found.revokedAt || found.expiresAt <= now) return undefined;
  return found;
}

/** Public: what the invitation page shows before accepting. Anyone holding the token may see it. */
export async function previewInvitation({ db, token, now = new Date() }: { db: DbOrTx; token: string; now?: Date }) {
  const found = await findUsableInvitation(db, token, now);
  if (!found) throw new AppError('not_found');
  return {
    networkName: found.networkName,
    email: found.email,
    role: found.role,
    personName: found.personName,
    hasAccount: Boolean(await findAccountByEmail({ db, email: found.email })),
  };
}

export async function acceptInvitation({
  db,
  auth,
  token,
  password,
  headers,
  now = new Date(),
}: {
  db: Db;
  auth: Auth;
  token: string;
  password: string | undefined;
  headers: Headers;
  now?: Date;
}) {
  const found = await findUsableInvitation(db, token, now);
  if (!found) throw new AppError('invalid_token');
  const existingUser = await findAccountByEmail({ db, email: found.email });
  let session: { headers: Headers; userId: string };
  if (!existingUser && password) {
    assertPasswordAllowed(password, { email: found.email, name: found.personName });
    const created = await auth.api.signUpEmail({
      body: { name: found.personName, email: found.email, password },
      headers,
      returnHeaders: true,
    });
    await markEmailVerified(db, created.response.user.id); // the invitation link proves the address
    session = { headers: created.headers, userId: created.response.user.id };
  } else {
    // Someone who already has an account keeps their password; the invitation link proves the address like a login link.
    session = await signInByProvenEmail({ auth, email: found.email, name: found.personName, headers });
  }
  await db.transaction(async (tx) => {
    if (!(await markInvitationAccepted(tx, found.networkId, found.id, now))) throw new AppError('invalid_token');
    const personId = await linkPersonToUser(tx, found.networkId, found.personId, session.userId);
    if (!(await hasCurrentRole(tx, found.networkId, personId, found.role))) {
      await insertRoleAssignment(tx, { networkId: found.networkId, personId, role: found.role });
    }
    await writeAudit(tx, {
      actor: { userId: session.userId, platformAdmin: false, roles: new Map(), persons: new Map() },
      networkId: found.networkId,
      action: 'invitation.accept',
      recordType: 'invitation',
      recordId: found.id,
    });
  });
  return session;
}
