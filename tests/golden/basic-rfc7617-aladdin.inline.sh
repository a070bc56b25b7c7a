curl -sS 'https://api.example.com/v1/users/me' \
  -H 'Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==' \
  -w '\n%{http_code}\n'
