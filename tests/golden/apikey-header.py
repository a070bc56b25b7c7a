import os

import requests

API_KEY = os.environ["API_KEY"]

response = requests.get(
    "https://api.example.com/v1/users/me",
    headers={
        "Accept": "application/json",
        "X-API-Key": API_KEY,
    },
)
print(response.status_code)
print(response.text)
