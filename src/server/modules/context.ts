// What every module's routes receive: the database and the platform services, built once in app.ts.
import type { Auth } from '../platform/auth.js';
import type { Config } from '../platform/config.js';
import type { Db } from '../platform/db/database.js';
import type { Database } from '../platform/db/database.js';
import type { Jobs } from '../platform/jobs.js';
import type { Mailer } from '../platform/mail.js';

export interface ModuleContext {
  config: Config;
  db: Db;
  database: Database;
  auth: Auth;
  mailer: Mailer;
  migration: string;
  publicUrl: string;
  /** The job queue; absent in route tests that do not run background work. */
  jobs?: Jobs | undefined;
}
