import os

import requests

REFRESH_TOKEN = os.environ["REFRESH_TOKEN"]
CLIENT_SECRET = os.environ["CLIENT_SECRET"]

response = requests.post(
    "https://api.example.com/oauth/token",
    headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/json",
    },
    data={
        "grant_type": "refresh_token",
        "refresh_token": REFRESH_TOKEN,
        "scope": "read",
        "client_id": "s6BhdRkqt3",
        "client_secret": CLIENT_SECRET,
    },
)
print(response.status_code)
print(response.text)
