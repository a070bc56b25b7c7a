import os

import requests

API_KEY = os.environ["API_KEY"]

response = requests.get(
    "https://api.example.com/v1/users/me",
    params={"api_key": API_KEY},
)
print(response.status_code)
print(response.text)
