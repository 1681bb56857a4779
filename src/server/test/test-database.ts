// A fresh, migrated database for one test file, cloned from the template the global setup made.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../platform/db/database.js';
import { TEMPLATE_DATABASE, databaseConfig } from './global-setup.js';

export interface TestDatabase extends Database {
  name: string;
  connection: pg.ClientConfig;
}

async function cloneTemplate(): Promise<{ name: string; connection: pg.ClientConfig }> {
  const { connection } = inject('pgAdmin');
  const name = `nr_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client(connection);
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  return { name, connection: databaseConfig(connection, name) };
}

async function dropDatabase(name: string) {
  const admin = new pg.Client(inject('pgAdmin').connection);
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
  } finally {
    await admin.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const { name, connection } = await cloneTemplate();
  const database = openDatabase(connection, inject('pgAdmin').kind);
  return {
    ...database,
    name,
    connection,
    async close() {
      await database.close();
      await dropDatabase(name);
    },
  };
}

/**
 * For tests that start whole servers against PostgreSQL: a fresh database as a URL. On the embedded test server the URL
 * names its socket directory (`?host=`), so servers started with DATABASE_URL reach it as they would a PostgreSQL server.
 */
export async function createTestDatabaseUrl(): Promise<{ url: string; drop(): Promise<void> }> {
  const { name, connection } = await cloneTemplate();
  const url =
    connection.connectionString ??
    `postgresql://${encodeURIComponent(connection.user ?? 'postgres')}@localhost:${connection.port ?? 5432}/${name}` +
      `?host=${encodeURIComponent(String(connection.host))}`;
  return { url, drop: () => dropDatabase(name) };
}
