// A Vite plugin that writes the status colour tokens into the stylesheet from src/lib/status.ts,
// so the colours are defined once: the CSS, the badges and the maps all read the same table.
// global.css marks the two places with `/* @status-colors light … */` and `/* @status-colors dark */`.
import type { Plugin } from 'vite';
import { statusColorDeclarations } from '../lib/status.ts';

const MARKER = /\/\* @status-colors (light|dark)\b[^*]*\*\//g;

export function statusColorsCss(): Plugin {
  return {
    name: 'huawei-tracker:status-colors',
    transform(code, id) {
      if (!/\/src\/styles\/global\.css(\?|$)/.test(id)) return null;
      const seen = new Set<string>();
      const out = code.replace(MARKER, (_, theme: 'light' | 'dark') => {
        seen.add(theme);
        return statusColorDeclarations(theme);
      });
      if (seen.size !== 2)
        this.error('global.css must mark both /* @status-colors light */ and /* @status-colors dark */');
      return { code: out, map: null };
    },
  };
}
