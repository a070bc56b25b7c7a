import requests

response = requests.delete(
    "https://api.example.com/v1/items/a%2Fb?q=a%2Fb&list=1,2;3&sym=!$()*@:~&name=Zo%C3%AB&quote=%27",
    headers={
        "X-Empty": "",
        "x-lower-case": "kept as written",
        "constructor": "an ordinary name",
        "X-Quote": "'\"$HOME `touch /tmp/snippets-canary` $(touch /tmp/snippets-canary) \\ \\' % & + ! !! * ~ # ; | < > { } [ ] ^ = ,",
        "User-Agent": "auth-playground/1.0",
        "accept-encoding": "identity",
    },
)
print(response.status_code)
print(response.text)
