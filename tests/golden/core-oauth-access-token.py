import os

import requests

ACCESS_TOKEN = os.environ["ACCESS_TOKEN"]

response = requests.get(
    "https://api.example.com/v1/users/me",
    headers={
        "Authorization": "Bearer " + ACCESS_TOKEN,
    },
)
print(response.status_code)
print(response.text)
