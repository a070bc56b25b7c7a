curl -sS -X PUT 'https://api.example.com/v1/notes/42' \
  -H 'Content-Type: application/json' \
  -H 'Accept: application/json' \
  --data-raw $'{"note":"\x27\\"$HOME `touch /tmp/snippets-canary` $(touch /tmp/snippets-canary) \\\\ \\\\\x27 % & + \x21 \x21\x21 * ~ # ; | < > { } [ ] ^ = ,\\nline\\r\\n\\ttab \xE2\x80\xA8 \xE2\x80\xA9 \xC2\xA0 \xEF\xBB\xBF \xE2\x80\x8B \xE2\x80\xAE é é € £ 🔑 中文","script":"</script><\x21--","template":"${x} {{y}} %s"}' \
  -w '\n%{http_code}\n'
