import os

import requests

AUTHORIZATION_CODE = os.environ["AUTHORIZATION_CODE"]
CODE_VERIFIER = os.environ["CODE_VERIFIER"]
CLIENT_SECRET = os.environ["CLIENT_SECRET"]

response = requests.post(
    "https://api.example.com/oauth/token",
    headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/json",
    },
    data={
        "grant_type": "authorization_code",
        "code": AUTHORIZATION_CODE,
        "redirect_uri": "https://client.example.com/cb",
        "code_verifier": CODE_VERIFIER,
        "client_id": "s6BhdRkqt3",
        "client_secret": CLIENT_SECRET,
    },
)
print(response.status_code)
print(response.text)
