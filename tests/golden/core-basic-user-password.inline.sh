curl -sS 'https://api.example.com/v1/users/me' \
  -H 'Authorization: Basic SsO8cmdlbjpww6Rzc3fDtnJk4oKs' \
  -w '\n%{http_code}\n'
