curl -sS 'https://api.example.com/oauth/token' \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  -H 'Accept: application/json' \
  -H 'Authorization: Basic czZCaGRSa3F0Mzo3RmpmcDBaQnIxS3REUmJuZlZkbUl3' \
  --data-urlencode 'grant_type=refresh_token' \
  --data-urlencode 'refresh_token=tGzv3JOkF0XG5Qx2TlKWIA' \
  -w '\n%{http_code}\n'
