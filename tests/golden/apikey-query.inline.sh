curl -sS 'https://api.example.com/v1/users/me' \
  --url-query 'api_key=ak_4f9c2e7b1d8a' \
  -w '\n%{http_code}\n'
