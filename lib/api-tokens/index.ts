// Personal API tokens for the JSON API (/api/v1): created and revoked by their owner, stored hashed, scoped.
export { API_TOKEN_SCOPES, API_TOKEN_SCOPE_DESCRIPTIONS, grantableApiTokenScopes, type ApiTokenScope } from './api-token-scopes';
export { API_TOKEN_PREFIX, hashApiToken, looksLikeApiToken } from './api-token-secret';
export { API_TOKEN_EXPIRY_DAYS, MAX_LIVE_API_TOKENS, createApiToken, createApiTokenInput, type CreateApiTokenInput, type CreatedApiToken } from './create-api-token';
export { listApiTokens, type ApiTokenRow } from './list-api-tokens';
export { revokeApiToken, revokeApiTokenInput, type RevokeApiTokenInput } from './revoke-api-token';
export { LAST_USED_RESOLUTION_MS, recordApiTokenUse } from './record-api-token-use';
