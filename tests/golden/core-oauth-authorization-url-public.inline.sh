# RFC 7636 §4.1: a fresh code verifier and state, 32 random bytes each as base64url; keep both.
base64url() { base64 | tr '/+' '_-' | tr -d '=\n'; }
CODE_VERIFIER=$(openssl rand 32 | base64url)
STATE=$(openssl rand 32 | base64url)
# RFC 7636 §4.2: code_challenge = BASE64URL(SHA-256(code_verifier)), method S256.
challenge=$(printf '%s' "$CODE_VERIFIER" | openssl dgst -sha256 -binary | base64url)
export CODE_VERIFIER STATE
printf '%s\n' "https://api.example.com/oauth/authorize?response_type=code&client_id=example-api-spa&redirect_uri=http%3A%2F%2F127.0.0.1%3A8976%2Fcallback&scope=read+write&state=${STATE}&code_challenge=${challenge}&code_challenge_method=S256" 'CODE_VERIFIER='"$CODE_VERIFIER" 'STATE='"$STATE"
