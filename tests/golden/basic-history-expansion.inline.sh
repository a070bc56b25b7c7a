curl -sS 'https://api.example.com/v1/users/me' \
  -H 'Authorization: Basic aXQncyEhCjppdCdzISEgXCchIQ==' \
  -w '\n%{http_code}\n'
