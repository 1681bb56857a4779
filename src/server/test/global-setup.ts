// Vitest global setup: one PostgreSQL for the whole test run — the embedded default, or the server named by DATABASE_URL —
// with a migrated template database that each test file clones (CREATE DATABASE ... TEMPLATE), so files never share data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedServer } from '../platform/db/embedded-postgres.js';
import { runMigrations } from '../platform/db/migrate.js';

export const TEMPLATE_DATABASE = 'netwerkregie_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdmin: { connection: pg.ClientConfig; kind: 'embedded' | 'server' };
  }
}

let embedded: EmbeddedServer | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject) {
  let connection: pg.ClientConfig;
  let kind: 'embedded' | 'server';
  if (process.env.DATABASE_URL) {
    connection = { connectionString: process.env.DATABASE_URL };
    kind = 'server';
  } else {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-test-'));
    embedded = await startEmbeddedPostgres({ dataDir });
    connection = { host: embedded.socketDir, port: embedded.port, user: embedded.user, database: 'postgres' };
    kind = 'embedded';
  }
  const admin = new pg.Client(connection);
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${TEMPLATE_DATABASE} with (force)`);
    await admin.query(`create database ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const pool = new pg.Pool({ ...databaseConfig(connection, TEMPLATE_DATABASE), max: 2 });
  await runMigrations(pool);
  await pool.end();
  project.provide('pgAdmin', { connection, kind });
}

export async function teardown() {
  await embedded?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}

/** The same server, another database. */
export function databaseConfig(connection: pg.ClientConfig, database: string): pg.ClientConfig {
  if (connection.connectionString) {
    const url = new URL(connection.connectionString);
    url.pathname = `/${database}`;
    return { connectionString: url.toString() };
  }
  return { ...connection, database };
}
