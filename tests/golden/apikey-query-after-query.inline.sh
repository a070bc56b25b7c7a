curl -sS 'https://api.example.com/v1/search?fields=id,name&path=a%2Fb&q=a+b' \
  --url-query 'apikey=k*~'\''()!_-.+ =&' \
  -w '\n%{http_code}\n'
