curl -sS 'https://api.example.com/v1/users/me' \
  -H 'Authorization: Basic dGVzdDoxMjPCow==' \
  -w '\n%{http_code}\n'
