/**
 * Content collections: Starlight's docs and UI strings, and one YAML profile per API.
 * A profile that does not match `profileSchema` fails the build with the file and field named.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { fileURLToPath } from 'node:url';
import { profilesDir } from '../config/profiles-dir.mjs';
import { profileSchema } from './lib/profiles/schema.ts';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	profiles: defineCollection({
		loader: glob({ pattern: '*.yaml', base: fileURLToPath(profilesDir) }),
		schema: profileSchema,
	}),
};
