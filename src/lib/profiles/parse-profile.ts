/**
 * Validation of one profile with an error that names the file and the field, so a typo in a
 * YAML file is fixed from the message alone.
 */
import type { z } from 'zod';
import { profileSchema, type Profile } from './schema.ts';

/** Raised for a profile that does not match the schema; `message` lists every bad field. */
export class ProfileError extends Error {
	override readonly name = 'ProfileError';
	readonly file: string;
	readonly issues: readonly string[];
	constructor(file: string, issues: readonly string[]) {
		super(`Invalid profile ${file}:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
		this.file = file;
		this.issues = issues;
	}
}

/** Formats a zod issue as `field.path: message`. */
export function formatIssue(issue: z.core.$ZodIssue): string {
	const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
	return `${path}: ${issue.message}`;
}

/** Validates parsed YAML data; `file` is only used in the error message. */
export function parseProfile(data: unknown, file: string): Profile {
	const result = profileSchema.safeParse(data);
	if (!result.success) throw new ProfileError(file, result.error.issues.map(formatIssue));
	const expectedId = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
	if (result.data.id !== expectedId) {
		throw new ProfileError(file, [
			`id: "${result.data.id}" must match the file name "${expectedId}"`,
		]);
	}
	return result.data;
}
