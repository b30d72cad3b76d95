/** Parse a Content-Security-Policy into directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** Sources that would open the policy wider than the site needs. */
export const TOO_WIDE = ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:', 'data:', 'blob:'];

/**
 * What the site needs, and nothing more: its own files; WebAssembly compilation and a worker for
 * Pagefind; data: images for icons. The site's policy names no hashes (src/lib/csp.ts).
 */
export function cspProblems(policy: string): string[] {
  const csp = parseCsp(policy);
  const problems: string[] = [];
  const expect = (directive: string, needed: string[]): void => {
    const sources = csp.get(directive);
    if (!sources) problems.push(`missing ${directive}`);
    else for (const n of needed) if (!sources.includes(n)) problems.push(`${directive} lacks ${n}`);
  };
  expect('default-src', ["'self'"]);
  expect('script-src', ["'self'", "'wasm-unsafe-eval'"]);
  expect('worker-src', ["'self'"]);
  expect('img-src', ["'self'", 'data:']);
  expect('object-src', ["'none'"]);
  for (const [directive, sources] of csp) {
    for (const s of sources) {
      const allowedData = directive === 'img-src' && s === 'data:';
      if (TOO_WIDE.includes(s) && !allowedData) problems.push(`${directive} allows ${s}`);
      if (!TOO_WIDE.includes(s) && !s.startsWith("'") && s !== 'data:')
        problems.push(`${directive} names a host: ${s}`);
    }
  }
  return problems;
}
