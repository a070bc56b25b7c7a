curl -sS 'https://api.example.com/v1/users/me' \
  -H 'Authorization: Basic SsO8cmdlbiDDmGRlZ8OlcmQ6cMOkc3N3w7ZyZOKCrPCflJE=' \
  -w '\n%{http_code}\n'
