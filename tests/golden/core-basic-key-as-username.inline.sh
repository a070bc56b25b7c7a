curl -sS 'https://api.example.com/v1/users/me' \
  -H 'Authorization: Basic ZXhfbGl2ZV83SHEyTG05UnQ0Vnc4WmIzOg==' \
  -w '\n%{http_code}\n'
