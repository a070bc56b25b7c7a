import requests

response = requests.get(
    "https://api.example.com/v1/users/me",
    headers={
        "Accept": "application/json",
        "X-Auth-Token": "'\"$HOME `touch /tmp/snippets-canary` $(touch /tmp/snippets-canary) \\ \\' % & + ! !! * ~ # ; | < > { } [ ] ^ = ,",
    },
)
print(response.status_code)
print(response.text)
