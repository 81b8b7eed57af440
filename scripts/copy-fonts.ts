/**
 * Copies the Noto Sans woff2 files the map style declares (src/map/fonts.ts) from the
 * @fontsource packages into public/fonts/, with their licence. Generated, not committed.
 */
import { copyFileSync, mkdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const out = join(process.cwd(), 'public', 'fonts');
mkdirSync(out, { recursive: true });

const files: Array<[pkg: string, file: string]> = [];
for (const weight of [400, 600]) {
  files.push(['@fontsource/noto-sans', `noto-sans-latin-${weight}-normal.woff2`]);
  files.push(['@fontsource/noto-sans', `noto-sans-latin-ext-${weight}-normal.woff2`]);
  files.push(['@fontsource/noto-sans-devanagari', `noto-sans-devanagari-devanagari-${weight}-normal.woff2`]);
  files.push(['@fontsource/noto-sans-devanagari', `noto-sans-devanagari-latin-${weight}-normal.woff2`]);
}

for (const [pkg, file] of files) {
  const dir = dirname(require.resolve(`${pkg}/package.json`));
  const from = join(dir, 'files', file);
  if (!existsSync(from)) throw new Error(`copy-fonts: ${from} is missing; is ${pkg} installed?`);
  copyFileSync(from, join(out, file));
}
copyFileSync(
  join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'LICENSE'),
  join(out, 'OFL-LICENSE.txt'),
);
console.log(`copy-fonts: ${files.length} font files -> public/fonts/`);
