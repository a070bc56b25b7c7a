curl -sS 'https://api.example.com/' \
  -w '\n%{http_code}\n'
