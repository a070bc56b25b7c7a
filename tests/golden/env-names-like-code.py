import os

import requests

URL = os.environ["URL"]
RESPONSE = os.environ["RESPONSE"]
FOR = os.environ["FOR"]
ERR = os.environ["ERR"]

response = requests.patch(
    "https://api.example.com/v1/settings",
    headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "Authorization": "Bearer " + URL,
    },
    data={
        "a": RESPONSE,
        "b": FOR,
        "c": ERR,
    },
)
print(response.status_code)
print(response.text)
