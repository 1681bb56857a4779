// HTTP for the organisation in use: people in roles with terms, the task board, gap signals, bodies, meetings and decisions.
import type { FastifyInstance } from 'fastify';
import type { ModuleContext } from '../context.js';

export function registerGovernanceRoutes(app: FastifyInstance, ctx: ModuleContext) {
  void app;
  void ctx;
}
