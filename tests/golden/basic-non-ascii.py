import base64
import os

import requests

API_PASSWORD = os.environ["API_PASSWORD"]
user_pass = "Jürgen Ødegård:" + API_PASSWORD
# RFC 7617: Base64 of the UTF-8 bytes of "user:password".
basic = base64.b64encode(user_pass.encode("utf-8")).decode("ascii")

response = requests.get(
    "https://api.example.com/v1/users/me",
    headers={
        "Authorization": "Basic " + basic,
    },
)
print(response.status_code)
print(response.text)
