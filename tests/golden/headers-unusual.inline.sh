curl -sS -X DELETE 'https://api.example.com/v1/items/a%2Fb?q=a%2Fb&list=1,2;3&sym=!$()*@:~&name=Zo%C3%AB&quote=%27' \
  -H 'X-Empty;' \
  -H 'x-lower-case: kept as written' \
  -H 'constructor: an ordinary name' \
  -H 'X-Quote: '\''"$HOME `touch /tmp/snippets-canary` $(touch /tmp/snippets-canary) \ \'\'' % & + ! !! * ~ # ; | < > { } [ ] ^ = ,' \
  -H 'User-Agent: auth-playground/1.0' \
  -H 'accept-encoding: identity' \
  -w '\n%{http_code}\n'
