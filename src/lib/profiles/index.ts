/** Public surface of the profile module. */
export {
	profileSchema,
	basicUsernameRules,
	oauthGrants,
	clientAuthMethods,
	type Profile,
	type ProfileInput,
	type BasicUsernameRule,
	type OAuthGrant,
} from './schema.ts';
export { parseProfile, ProfileError, formatIssue } from './parse-profile.ts';
