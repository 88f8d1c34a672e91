/** Request and response examples the OpenAPI document shows for this module's main flows (test/openapi-examples.e2e-spec.ts checks them against the server). */

/** Signing in. */
export const LOGIN_REQUEST_EXAMPLES = {
  "dispatcher": {
    "summary": "A dispatcher signs in",
    "value": {
      "email": "dispatcher@example.com",
      "password": "correct horse battery staple"
    }
  }
};

/** The tokens a sign-in answers. */
export const LOGIN_RESPONSE_EXAMPLE = {
  "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwMDAwMDAwMSJ9.signature",
  "expiresIn": 900,
  "refreshToken": "xWrshQiLE7jf3wWaomdxuTownRY0zRHP2m2QmS3iwmU",
  "refreshTokenExpiresAt": "2026-12-16T05:11:25.720Z",
  "tokenType": "Bearer"
};
