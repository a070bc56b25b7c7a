curl -sS 'https://api.example.com/v1/search' \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-urlencode 'tag=a' \
  --data-urlencode 'tag=b&c=d' \
  --data-urlencode 'name+with+space='\''"$HOME `touch /tmp/snippets-canary` $(touch /tmp/snippets-canary) \ \'\'' % & + ! !! * ~ # ; | < > { } [ ] ^ = ,' \
  -w '\n%{http_code}\n'
