curl -sS 'https://api.example.com/oauth/token' \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  -H 'Accept: application/json' \
  --data-urlencode 'grant_type=authorization_code' \
  --data-urlencode 'code=SplxlOBeZQQYbYS6WxSbIA' \
  --data-urlencode 'redirect_uri=https://client.example.com/cb?x=1&y=a b' \
  --data-urlencode 'code_verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk' \
  --data-urlencode 'client_id=s6BhdRkqt3' \
  --data-urlencode $'client_secret=\x27"$HOME `touch /tmp/snippets-canary` $(touch /tmp/snippets-canary) \\ \\\x27 % & + \x21 \x21\x21 * ~ # ; | < > { } [ ] ^ = ,\nline\r\n\ttab \xE2\x80\xA8 \xE2\x80\xA9 \xC2\xA0 \xEF\xBB\xBF \xE2\x80\x8B \xE2\x80\xAE é é € £ 🔑 中文' \
  -w '\n%{http_code}\n'
