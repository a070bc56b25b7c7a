/** Public surface of the profile module. */
export {
	profileSchema,
	basicUsernameRules,
	type Profile,
	type ProfileInput,
	type BasicUsernameRule,
} from './schema.ts';
export { parseProfile, ProfileError, formatIssue } from './parse-profile.ts';
