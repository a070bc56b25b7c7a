curl -sS 'https://api.example.com/v1/users/me' \
  -H 'X-API-Key: ex_live_7Hq2Lm9Rt4Vw8Zb3' \
  -w '\n%{http_code}\n'
