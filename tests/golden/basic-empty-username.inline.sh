curl -sS 'https://api.lemlist.com/api/team' \
  -H 'Authorization: Basic OmxlbV82ZjFjMmQ5YThiN2U=' \
  -w '\n%{http_code}\n'
