/**
 * Content collections: Starlight's docs and UI strings, and one YAML profile per API.
 * A profile that does not match `profileSchema` fails the build with the file and field named.
 * What each code says to a reader lives in src/content/codes/, one file per code set, keyed by
 * the codes the registry (src/lib/codes/) declares.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { fileURLToPath } from 'node:url';
import { profilesDir } from '../config/profiles-dir.mjs';
import { profileSchema } from './lib/profiles/schema.ts';

/** A short entry: a heading and what to do. */
const titleAndFix = z.object({ title: z.string().min(1), fix: z.string().min(1) });

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	profiles: defineCollection({
		loader: glob({ pattern: '*.yaml', base: fileURLToPath(profilesDir) }),
		schema: profileSchema,
	}),
	keyStoreCodeText: defineCollection({
		loader: file('src/content/codes/key-store.yaml'),
		schema: titleAndFix,
	}),
};
