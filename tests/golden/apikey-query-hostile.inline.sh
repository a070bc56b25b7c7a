curl -sS 'https://api.example.com/v1/users/me' \
  --url-query $'key=\x27"$HOME `touch /tmp/snippets-canary` $(touch /tmp/snippets-canary) \\ \\\x27 % & + \x21 \x21\x21 * ~ # ; | < > { } [ ] ^ = ,\nline\r\n\ttab \xE2\x80\xA8 \xE2\x80\xA9 \xC2\xA0 \xEF\xBB\xBF \xE2\x80\x8B \xE2\x80\xAE é é € £ 🔑 中文' \
  -w '\n%{http_code}\n'
