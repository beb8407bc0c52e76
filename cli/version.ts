/** The package's version, from the package.json above this file (in the sources and in dist/). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageVersion(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    try {
      const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (json.name === 'sx-science-week' && json.version) return json.version;
    } catch {
      // No package.json here: look one level up.
    }
    if (dirname(dir) === dir) return 'unknown';
  }
}
