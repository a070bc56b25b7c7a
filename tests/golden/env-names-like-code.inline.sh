curl -sS -X PATCH 'https://api.example.com/v1/settings' \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  -H 'Authorization: Bearer tok_url' \
  --data-urlencode 'a=from RESPONSE' \
  --data-urlencode 'b=from FOR' \
  --data-urlencode 'c=from ERR' \
  -w '\n%{http_code}\n'
