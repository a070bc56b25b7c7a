// RFC 7636 §4.1: a fresh code verifier and state, 32 random bytes each as base64url; keep both.
const base64url = (bytes) => btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
const CODE_VERIFIER = base64url(crypto.getRandomValues(new Uint8Array(32)));
const STATE = base64url(crypto.getRandomValues(new Uint8Array(32)));
// RFC 7636 §4.2: code_challenge = BASE64URL(SHA-256(code_verifier)), method S256.
const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(CODE_VERIFIER));
const challenge = base64url(new Uint8Array(digest));
console.log('https://api.example.com/oauth/authorize?response_type=code&client_id=example-api-web-app&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&scope=read+write&state=' + STATE + '&code_challenge=' + challenge + '&code_challenge_method=S256');
console.log('CODE_VERIFIER=' + CODE_VERIFIER);
console.log('STATE=' + STATE);
