/** The OAuth guide quotes the simulator's demo client; the quotes must stay true. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { formUrlEncode } from '../../src/lib/auth/index.ts';
import { demoClients } from '../../src/lib/mock-api/index.ts';
import { loadProfile } from '../support/profiles.ts';
import { repoRoot } from '../support/own-words.ts';

const guide = readFileSync(
	join(repoRoot, 'src', 'content', 'docs', 'guides', 'oauth2.mdx'),
	'utf8',
);
const demo = demoClients(loadProfile('example-api'))[0]!;

test.each([
	['the demo client id', demo.clientId],
	['the demo client secret', demo.clientSecret!],
	['the registered redirect URI', demo.redirectUris[0]!],
	[
		'the form-encoded pair inside the Basic header',
		`${formUrlEncode(demo.clientId)}:${formUrlEncode(demo.clientSecret!)}`,
	],
])('the guide quotes %s as the simulator defines it', (_what, value) => {
	expect(guide).toContain(`\`${value}\``);
});
