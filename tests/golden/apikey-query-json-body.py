import os

import requests

API_KEY = os.environ["API_KEY"]

response = requests.post(
    "https://api.example.com/v1/notes",
    params={"access_key": API_KEY},
    headers={
        "Content-Type": "application/json",
        "Accept": "application/json",
    },
    data='{"note":"hi"}'.encode("utf-8"),
)
print(response.status_code)
print(response.text)
