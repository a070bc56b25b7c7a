import os

import requests

client_secret = os.environ["CLIENT_SECRET"]

response = requests.post(
    "https://api.example.com/oauth/token",
    headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/json",
    },
    data={
        "grant_type": "client_credentials",
        "scope": "read",
        "client_id": "s6BhdRkqt3",
        "client_secret": client_secret,
    },
)
print(response.status_code)
print(response.text)
