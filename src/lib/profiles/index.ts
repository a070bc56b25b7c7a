/** Public surface of the profile module. */
export {
	profileSchema,
	basicUsernameRules,
	oauthGrants,
	clientAuthMethods,
	apiKeyLocations,
	type Profile,
	type ProfileInput,
	type BasicUsernameRule,
	type OAuthGrant,
	type ApiKeyLocation,
} from './schema.ts';
export { parseProfile, ProfileError, formatIssue } from './parse-profile.ts';
