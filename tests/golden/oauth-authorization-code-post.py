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
        "grant_type": "authorization_code",
        "code": "SplxlOBeZQQYbYS6WxSbIA",
        "redirect_uri": "https://client.example.com/cb?x=1&y=a b",
        "code_verifier": "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
        "client_id": "s6BhdRkqt3",
        "client_secret": CLIENT_SECRET,
    },
)
print(response.status_code)
print(response.text)
