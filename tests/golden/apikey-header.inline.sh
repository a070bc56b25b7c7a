curl -sS 'https://api.example.com/v1/users/me' \
  -H 'Accept: application/json' \
  -H 'X-API-Key: ak_live_4f9c2e7b1d8a' \
  -w '\n%{http_code}\n'
