/**
 * Content collections: Starlight's docs and UI strings, and one YAML profile per API.
 * A profile that does not match `profileSchema` fails the build with the file and field named.
 * What each code says to a reader lives in src/content/codes/, one file per code set, keyed by
 * the codes the registry (src/lib/codes/) declares; what each snippet language needs to run, in
 * src/content/snippets/languages.yaml.
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

/** A doctor finding as /troubleshooting/ explains it. */
const findingText = z.object({
	title: z.string().min(1),
	explanation: z.string().min(1),
	fix: z.string().min(1),
	/** A paste that triggers the finding (fake secrets only). */
	example: z.string().min(1),
	/** The profile the example needs, when the finding depends on the API. */
	exampleProfile: z.string().optional(),
	/** The specification clause behind the finding. */
	reference: z.string().optional(),
});

/** A simulated API's answer as /reference/errors/ explains it. */
const errorText = z.object({
	cause: z.string().min(1),
	fix: z.string().min(1),
	wwwAuthenticate: z.string().min(1),
	/** The clauses that define the behaviour ("RFC 6750 §3.1"), shown as "Defined by". */
	spec: z.string().min(1),
});

/** What a snippet language needs to run, shown under its tab. */
const snippetLanguage = z.object({ runsWith: z.string().min(1) });

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	profiles: defineCollection({
		loader: glob({ pattern: '*.yaml', base: fileURLToPath(profilesDir) }),
		schema: profileSchema,
	}),
	authCodeText: defineCollection({
		loader: file('src/content/codes/auth.yaml'),
		schema: titleAndFix,
	}),
	snippetCodeText: defineCollection({
		loader: file('src/content/codes/snippets.yaml'),
		schema: titleAndFix,
	}),
	doctorCodeText: defineCollection({
		loader: file('src/content/codes/doctor.yaml'),
		schema: findingText,
	}),
	mockCodeText: defineCollection({
		loader: file('src/content/codes/mock.yaml'),
		schema: errorText,
	}),
	keyStoreCodeText: defineCollection({
		loader: file('src/content/codes/key-store.yaml'),
		schema: titleAndFix,
	}),
	snippetLanguages: defineCollection({
		loader: file('src/content/snippets/languages.yaml'),
		schema: snippetLanguage,
	}),
};
