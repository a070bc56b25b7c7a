curl -sS 'https://api.example.com/v1/users/me' \
  -H 'Accept: application/json' \
  -H 'X-Auth-Token: '\''"$HOME `touch /tmp/snippets-canary` $(touch /tmp/snippets-canary) \ \'\'' % & + ! !! * ~ # ; | < > { } [ ] ^ = ,' \
  -w '\n%{http_code}\n'
