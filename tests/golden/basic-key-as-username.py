import base64
import os

import requests

API_KEY = os.environ["API_KEY"]
user_pass = API_KEY + ":"
# RFC 7617: Base64 of the UTF-8 bytes of "user:password".
basic = base64.b64encode(user_pass.encode("utf-8")).decode("ascii")

response = requests.get(
    "https://api.example.com/v1/users/me",
    headers={
        "Accept": "application/json",
        "Authorization": "Basic " + basic,
    },
)
print(response.status_code)
print(response.text)
