form_encode() { # RFC 6749 Appendix B: UTF-8 bytes, A-Z a-z 0-9 kept, space as +, the rest %XX
  local LC_ALL=C value=$1 out= char i
  for ((i = 0; i < ${#value}; i++)); do
    char=${value:$i:1}
    case $char in
      [a-zA-Z0-9]) out+=$char ;;
      ' ') out+=+ ;;
      *) printf -v char '%%%02X' "'$char"; out+=$char ;;
    esac
  done
  printf '%s' "$out"
}
if [[ -z $CLIENT_SECRET || -z $AUTHORIZATION_CODE || -z $CODE_VERIFIER ]]; then
  echo 'Set CLIENT_SECRET, AUTHORIZATION_CODE and CODE_VERIFIER first.' >&2
else
  basic=$(printf '%s' "s6BhdRkqt3:$(form_encode "${CLIENT_SECRET}")" | base64 | tr -d '\n')
  curl -sS 'https://api.example.com/oauth/token' \
    -H 'Content-Type: application/x-www-form-urlencoded' \
    -H 'Accept: application/json' \
    -H "Authorization: Basic ${basic}" \
    --data-urlencode 'grant_type=authorization_code' \
    --data-urlencode "code=${AUTHORIZATION_CODE}" \
    --data-urlencode 'redirect_uri=https://client.example.com/cb' \
    --data-urlencode "code_verifier=${CODE_VERIFIER}" \
    -w '\n%{http_code}\n'
fi
