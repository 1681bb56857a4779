// The cheap-SQL anchor (issue 22, target 1): what a statement costs in PostgreSQL itself, from its plan as
// `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)` reports it. Pure functions over the plan JSON: rows returned, rows read by the
// scans of tables and indexes, and shared buffers; the API bench (api.ts) runs the EXPLAIN and prints the figures.

/** One node of a plan in PostgreSQL's JSON format (only the fields read here). */
export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Parent Relationship'?: string;
  'Subplan Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

/** The one element of the array `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)` returns. */
export interface ExplainOutput {
  Plan: PlanNode;
  'Planning Time'?: number;
  'Execution Time'?: number;
}

/**
 * Nodes that read rows of a table: each row they produce or throw away (a filter that does not match, a lossy bitmap's
 * recheck) was read. A Bitmap Index Scan is not here: its rows are the heap scan's above it. Neither are scans of what
 * another node made (CTE Scan, Subquery Scan, Function Scan, Values Scan): their rows were counted where they were read.
 */
export const SCAN_NODES: ReadonlySet<string> = new Set([
  'Seq Scan',
  'Index Scan',
  'Index Only Scan',
  'Bitmap Heap Scan',
  'Tid Scan',
  'Tid Range Scan',
  'Sample Scan',
]);

export interface NodeSummary {
  /** Depth in the plan tree (0 = the top node). */
  depth: number;
  /** Node type, with table and index: "Index Scan on person using person_network_idx". */
  node: string;
  /** Actual Rows × Actual Loops: every row the node produced over all its runs. */
  rows: number;
  loops: number;
  /** Rows read and thrown away by the node's filter (and a bitmap's recheck), over all its runs. */
  removed: number;
  /** Rows this node read from its table (0 for nodes that are not scans of a table). */
  read: number;
  /** Shared buffers found in the cache / read from disk, by this node and the nodes below it. */
  sharedHit: number;
  sharedRead: number;
}

export interface PlanSummary {
  /** The top node's rows: what the statement returned. */
  rowsReturned: number;
  /** Rows read by the scan nodes (produced + removed by filter / recheck), over all loops. */
  rowsRead: number;
  /** Shared buffers of the whole execution (the top node's figures include every node below it). */
  sharedHit: number;
  sharedRead: number;
  planningMs: number | null;
  executionMs: number | null;
  /** The scan node that read the most rows: where a plan that reads too much does it. */
  biggestRead: NodeSummary | null;
  nodes: NodeSummary[];
}

function label(n: PlanNode): string {
  let text = n['Node Type'];
  if (n['Relation Name']) text += ` on ${n['Relation Name']}`;
  if (n['Index Name']) text += ` using ${n['Index Name']}`;
  if (n['Subplan Name']) text += ` (${n['Subplan Name']})`;
  return text;
}

/** Walks one statement's plan: the figures of the cheap-SQL anchor and a short list of its nodes (not the whole plan). */
export function summarizePlan(explain: ExplainOutput): PlanSummary {
  const nodes: NodeSummary[] = [];
  const walk = (n: PlanNode, depth: number) => {
    const loops = n['Actual Loops'] ?? 0;
    // PostgreSQL reports Actual Rows and the Rows Removed figures per loop (averaged, rounded to two decimals or to whole
    // rows): × loops, rounded, for the total.
    const rows = Math.round((n['Actual Rows'] ?? 0) * loops);
    const removed = Math.round(
      ((n['Rows Removed by Filter'] ?? 0) + (n['Rows Removed by Index Recheck'] ?? 0)) * loops,
    );
    nodes.push({
      depth,
      node: label(n),
      rows,
      loops,
      removed,
      read: SCAN_NODES.has(n['Node Type']) ? rows + removed : 0,
      sharedHit: n['Shared Hit Blocks'] ?? 0,
      sharedRead: n['Shared Read Blocks'] ?? 0,
    });
    for (const child of n.Plans ?? []) walk(child, depth + 1);
  };
  walk(explain.Plan, 0);
  const top = nodes[0]!;
  let biggestRead: NodeSummary | null = null;
  for (const n of nodes) if (n.read > 0 && (!biggestRead || n.read > biggestRead.read)) biggestRead = n;
  return {
    rowsReturned: top.rows,
    rowsRead: nodes.reduce((sum, n) => sum + n.read, 0),
    sharedHit: top.sharedHit,
    sharedRead: top.sharedRead,
    planningMs: explain['Planning Time'] ?? null,
    executionMs: explain['Execution Time'] ?? null,
    biggestRead,
    nodes,
  };
}

export interface EndpointSqlCost {
  statements: number;
  rowsReturned: number;
  rowsRead: number;
  /** Rows read per row returned; a statement that returns nothing counts as returning one row (no division by zero). */
  readPerReturned: number;
  sharedHit: number;
  sharedRead: number;
  /** The scan node that read the most rows over all statements. */
  biggestRead: NodeSummary | null;
}

/** Adds up the statements one request runs. */
export function sumPlans(plans: PlanSummary[]): EndpointSqlCost {
  const rowsReturned = plans.reduce((s, p) => s + p.rowsReturned, 0);
  const rowsRead = plans.reduce((s, p) => s + p.rowsRead, 0);
  let biggestRead: NodeSummary | null = null;
  for (const p of plans)
    if (p.biggestRead && (!biggestRead || p.biggestRead.read > biggestRead.read)) biggestRead = p.biggestRead;
  return {
    statements: plans.length,
    rowsReturned,
    rowsRead,
    readPerReturned: rowsRead / Math.max(rowsReturned, 1),
    sharedHit: plans.reduce((s, p) => s + p.sharedHit, 0),
    sharedRead: plans.reduce((s, p) => s + p.sharedRead, 0),
    biggestRead,
  };
}

/** What to do with a captured statement when explaining a request's SQL. */
export type StatementUse = 'explain' | 'skip-transaction' | 'run' | 'skip-write';

/**
 * Only reads are EXPLAIN ANALYZEd (that executes the statement). Transaction control is left out (the EXPLAIN runs in a
 * transaction of its own that is rolled back); session settings (`set`, `set local`) are run as they are, so the reads
 * after them see the same settings; anything else may write and is skipped. A read whose text holds a data-modifying
 * word (a `with … insert` CTE) counts as a write: when in doubt, nothing is executed.
 */
export function statementUse(text: string): StatementUse {
  const body = text
    .replace(/^(\s+|--[^\n]*\n|\/\*[\s\S]*?\*\/)+/, '')
    .trim()
    .toLowerCase();
  const first = /^[a-z]+/.exec(body)?.[0] ?? '';
  if (['begin', 'start', 'commit', 'end', 'rollback', 'savepoint', 'release'].includes(first))
    return 'skip-transaction';
  if (first === 'set' || first === 'reset') return 'run';
  if (['select', 'with', 'values', 'table'].includes(first)) {
    const writes = /\b(insert\s+into|update\s+("[^"]+"|\w+)(\s+as\s+\w+)?\s+set|delete\s+from|merge\s+into)\b/;
    return writes.test(body) ? 'skip-write' : 'explain';
  }
  return 'skip-write';
}
