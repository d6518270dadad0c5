import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { projectRoot } from '../config/project-root.js';

/**
 * The URL of a worker-thread script next to the calling module, as compiled JavaScript. From
 * dist (npm start, benches) that is the sibling `.js` file. When the caller runs from TypeScript
 * source (jest transforms in memory; Node cannot start a `.ts` worker) it is the same file under
 * dist/, which `npm test` builds before the suites run.
 */
export function workerScriptUrl(callerUrl: string, sibling: string): URL {
  const here = new URL(sibling, callerUrl);
  if (!fileURLToPath(callerUrl).endsWith('.ts')) return here;
  const root = projectRoot();
  const compiled = join(root, 'dist', relative(root, fileURLToPath(here)));
  if (!existsSync(compiled)) throw new Error(`worker script ${compiled} is missing: run npm run build`);
  return pathToFileURL(compiled);
}
