curl -sS 'https://api.example.com/oauth/token' \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  -H 'Accept: application/json' \
  -H 'Authorization: Basic QiUyNyU1QyUyNyUyNyUyNSUyNSVFMiU4MiVBQzQlMjclMjElMjElMjk1JTdGOnMzY3JldCUyMSUyMQ==' \
  --data-urlencode 'grant_type=client_credentials' \
  -w '\n%{http_code}\n'
