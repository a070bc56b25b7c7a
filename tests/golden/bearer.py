import os

import requests

LEADTERRA_API_KEY = os.environ["LEADTERRA_API_KEY"]

response = requests.get(
    "https://app.leadterra.co/v1/sender-pools",
    headers={
        "Authorization": "Bearer " + LEADTERRA_API_KEY,
    },
)
print(response.status_code)
print(response.text)
