import os

import requests

leadterra_api_key = os.environ["LEADTERRA_API_KEY"]

response = requests.get(
    "https://app.leadterra.co/v1/sender-pools",
    headers={
        "Authorization": "Bearer " + leadterra_api_key,
    },
)
print(response.status_code)
print(response.text)
