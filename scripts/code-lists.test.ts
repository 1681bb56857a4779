// Code lists live once, in src/core (issue 15): roles, work forms, need themes, organisation kinds, statuses. The web imports
// them instead of keeping a copy that drifts when the server's list grows. This test reads every exported string list in
// src/core (`export const X = ['a', 'b', …] as const`) and every array literal of three or more strings in src/web, with the
// TypeScript parser, and fails when a web array holds exactly the values of a core list (in any order): that is a copy.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

function stringArray(node: ts.Node): string[] | null {
  let inner = node;
  while (ts.isAsExpression(inner) || ts.isSatisfiesExpression(inner) || ts.isParenthesizedExpression(inner))
    inner = inner.expression;
  if (!ts.isArrayLiteralExpression(inner) || inner.elements.length < 3) return null;
  const values: string[] = [];
  for (const element of inner.elements) {
    if (!ts.isStringLiteral(element) && !ts.isNoSubstitutionTemplateLiteral(element)) return null;
    values.push(element.text);
  }
  return values;
}

const key = (values: readonly string[]) => [...new Set(values)].sort().join('|');

/** The exported string lists of src/core, by their sorted values. */
export function coreListsOf(file: string, text: string): Map<string, string> {
  const lists = new Map<string, string>();
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if (!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const values = declaration.initializer && stringArray(declaration.initializer);
      if (values && ts.isIdentifier(declaration.name)) lists.set(key(values), `${declaration.name.text} (${file})`);
    }
  }
  return lists;
}

/** Every array literal of three or more strings in a file, with its line. */
export function stringArraysOf(file: string, text: string): { line: number; values: string[] }[] {
  const found: { line: number; values: string[] }[] = [];
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const visit = (node: ts.Node) => {
    if (ts.isArrayLiteralExpression(node)) {
      const values = stringArray(node);
      if (values) found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, values });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

async function copiesInWeb(): Promise<string[]> {
  const core = new Map<string, string>();
  for (const file of await sourceFiles(join(root, 'src/core'))) {
    for (const [k, name] of coreListsOf(relative(root, file), await readFile(file, 'utf8'))) core.set(k, name);
  }
  const copies: string[] = [];
  for (const file of await sourceFiles(join(root, 'src/web'))) {
    for (const { line, values } of stringArraysOf(file, await readFile(file, 'utf8'))) {
      const original = core.get(key(values));
      if (original) copies.push(`${relative(root, file)}:${line} copies ${original}`);
    }
  }
  return copies;
}

describe('code lists are kept once, in src/core', () => {
  it('sees a copy (so the check below can fail)', () => {
    const core = coreListsOf('core.ts', "export const KINDS = ['employer', 'funder', 'partner'] as const;");
    const web = stringArraysOf('page.tsx', "const options = ['partner', 'employer', 'funder'].map((k) => <b>{k}</b>);");
    expect(web).toHaveLength(1);
    expect(core.get(key(web[0]!.values))).toBe('KINDS (core.ts)');
    // Two strings are a pair, not a code list; numbers and mixed arrays are not lists of codes.
    expect(stringArraysOf('x.ts', "const a = ['asc', 'desc']; const b = [1, 2, 3]; const c = ['a', 'b', x];")).toEqual(
      [],
    );
  });

  it('no web file keeps a copy of a core code list', async () => {
    expect(await copiesInWeb()).toEqual([]);
  });
});
