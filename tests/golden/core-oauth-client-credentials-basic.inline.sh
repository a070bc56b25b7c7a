curl -sS 'https://api.example.com/oauth/token' \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  -H 'Accept: application/json' \
  -H 'Authorization: Basic czZCaGRSa3F0Mzo3RmpmcDBaQnIxS3REUmJuZlZkbUl3' \
  --data-urlencode 'grant_type=client_credentials' \
  --data-urlencode 'scope=read write' \
  -w '\n%{http_code}\n'
