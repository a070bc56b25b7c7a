import base64
import hashlib
import secrets

# RFC 7636 §4.1: a fresh code verifier and state, 32 random bytes each as base64url; keep both.
CODE_VERIFIER = secrets.token_urlsafe(32)
STATE = secrets.token_urlsafe(32)
# RFC 7636 §4.2: code_challenge = BASE64URL(SHA-256(code_verifier)), method S256.
digest = hashlib.sha256(CODE_VERIFIER.encode("ascii")).digest()
challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
print("https://api.example.com/oauth/authorize?response_type=code&client_id=example-api-web-app&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&scope=read+write&state=" + STATE + "&code_challenge=" + challenge + "&code_challenge_method=S256")
print("CODE_VERIFIER=" + CODE_VERIFIER)
print("STATE=" + STATE)
