import os

import requests

api_key = os.environ["API_KEY"]

response = requests.get(
    "https://api.example.com/v1/users/me",
    headers={
        "Authorization": "Bearer " + api_key,
    },
)
print(response.status_code)
print(response.text)
