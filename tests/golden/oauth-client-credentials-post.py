import os

import requests

CLIENT_SECRET = os.environ["CLIENT_SECRET"]

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
        "client_secret": CLIENT_SECRET,
    },
)
print(response.status_code)
print(response.text)
