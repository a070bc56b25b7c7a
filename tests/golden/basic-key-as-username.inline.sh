curl -sS 'https://api.example.com/v1/users/me' \
  -H 'Accept: application/json' \
  -H 'Authorization: Basic a2F1XzUxZjBlMjo=' \
  -w '\n%{http_code}\n'
