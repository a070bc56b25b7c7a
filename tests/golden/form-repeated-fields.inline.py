import requests

response = requests.post(
    "https://api.example.com/v1/search",
    headers={
        "Content-Type": "application/x-www-form-urlencoded",
    },
    data=[
        ("tag", "a"),
        ("tag", "b&c=d"),
        ("name with space", "'\"$HOME `touch /tmp/snippets-canary` $(touch /tmp/snippets-canary) \\ \\' % & + ! !! * ~ # ; | < > { } [ ] ^ = ,"),
    ],
)
print(response.status_code)
print(response.text)
