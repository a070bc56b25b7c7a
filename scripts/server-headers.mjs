#!/usr/bin/env node
// @ts-check
// `npm run headers -- nginx|caddy [dir]`: prints the headers of a build's `_headers` (default
// dist/_headers) as nginx or Caddy configuration, for hosts that do not read `_headers`. Run it
// after each build: the CSP carries hashes of the inline scripts, which change with the content.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatCaddy, formatNginx, parseHeadersFile } from '../config/headers-file.mjs';

const [server, dir = 'dist'] = process.argv.slice(2);
const formats = { nginx: formatNginx, caddy: formatCaddy };
if (server !== 'nginx' && server !== 'caddy') {
	console.error('Usage: npm run headers -- nginx|caddy [dist folder]');
	process.exit(2);
}
process.stdout.write(
	formats[server](parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'))),
);
