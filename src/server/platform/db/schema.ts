// The whole database schema, one module per area. drizzle-kit reads this file to generate migrations (drizzle/).
export * from './schema/auth.js';
export * from './schema/network.js';
export * from './schema/organisations.js';
export * from './schema/agenda.js';
export * from './schema/candidates.js';
export * from './schema/platform.js';
export * from './schema/design.js';
export * from './schema/members.js';
export * from './schema/placements.js';
export * from './schema/steering.js';
export * from './schema/collaboration.js';
export * from './schema/network-life.js';
export * from './schema/interactions.js';
export * from './schema/documents.js';
export * from './schema/surveys.js';
export * from './schema/advice.js';
export * from './schema/candidate-portal.js';
