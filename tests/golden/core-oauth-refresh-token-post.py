import os

import requests

refresh_token = os.environ["REFRESH_TOKEN"]
client_secret = os.environ["CLIENT_SECRET"]

response = requests.post(
    "https://api.example.com/oauth/token",
    headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/json",
    },
    data={
        "grant_type": "refresh_token",
        "refresh_token": refresh_token,
        "scope": "read",
        "client_id": "s6BhdRkqt3",
        "client_secret": client_secret,
    },
)
print(response.status_code)
print(response.text)
