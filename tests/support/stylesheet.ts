import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { statusColorsCss } from '../../src/integrations/status-css.ts';

/** global.css as the build serves it: with the status colour tokens written in by the Vite plugin. */
export function stylesheetWithStatusColors(): string {
  const id = fileURLToPath(new URL('../../src/styles/global.css', import.meta.url));
  const plugin = statusColorsCss();
  const transform = plugin.transform as (
    this: { error: (m: string) => never },
    code: string,
    id: string,
  ) => { code: string } | null;
  const result = transform.call(
    {
      error: (m) => {
        throw new Error(m);
      },
    },
    readFileSync(id, 'utf8'),
    id,
  );
  if (!result) throw new Error('the status colour plugin did not apply to global.css');
  return result.code;
}
