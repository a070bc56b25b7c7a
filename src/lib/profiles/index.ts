/** Public surface of the profile module. */
export {
	profileSchema,
	basicUsernameRules,
	apiKeyLocations,
	type Profile,
	type ProfileInput,
	type BasicUsernameRule,
	type ApiKeyLocation,
} from './schema.ts';
export { parseProfile, ProfileError, formatIssue } from './parse-profile.ts';
