curl -sS 'https://api.example.com/v1/users/me' \
  -H 'Authorization: Bearer 2YotnFZFEjr1zCsicMWpAA' \
  -w '\n%{http_code}\n'
