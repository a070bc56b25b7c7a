import requests

response = requests.patch(
    "https://api.example.com/v1/settings",
    headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "Authorization": "Bearer tok_url",
    },
    data={
        "a": "from RESPONSE",
        "b": "from FOR",
        "c": "from ERR",
    },
)
print(response.status_code)
print(response.text)
