// Screenshots for the user guide (docs/handleiding/img/<name>.png), taken while the end-to-end tests walk through the app.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const imageDir = fileURLToPath(new URL('../../docs/handleiding/img/', import.meta.url));

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(imageDir, { recursive: true });
  const file = path.join(imageDir, `${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  return file;
}
