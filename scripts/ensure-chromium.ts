// Makes sure a Chromium is present for the browser tests: they drive Debian's Chromium with
// playwright-core, because browsers cannot be downloaded here. Installs it with apt-get when
// running as root on Debian; otherwise says what to do.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

function hasCommand(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

if (import.meta.main && !existsSync(CHROMIUM)) {
  if (process.getuid?.() === 0 && hasCommand('apt-get')) {
    console.log(`${CHROMIUM} not found: installing Debian's chromium package for the browser tests…`);
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], {
      stdio: 'inherit',
    });
  }
  if (!existsSync(CHROMIUM)) {
    console.error(
      `The browser tests need Chromium at ${CHROMIUM}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
}
