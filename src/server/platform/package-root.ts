// The package root (where package.json, drizzle/ and dist/web live), found from this file's location. The same code runs
// from src/ (tsx), from dist/ (tsc output, used by the CLI) and from the one-file server bundle dist/server/main.js, which
// sit at different depths, so the root is looked up rather than reached by a fixed relative path.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function findPackageRoot(fromUrl: string): string {
  let dir = path.dirname(fileURLToPath(fromUrl));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'drizzle'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Netwerkregie package root not found above ${fileURLToPath(fromUrl)}`);
    dir = parent;
  }
}

export const PACKAGE_ROOT = findPackageRoot(import.meta.url);
