import base64
import os

import requests

LEMLIST_API_KEY = os.environ["LEMLIST_API_KEY"]
user_pass = ":" + LEMLIST_API_KEY
# RFC 7617: Base64 of the UTF-8 bytes of "user:password".
basic = base64.b64encode(user_pass.encode("utf-8")).decode("ascii")

response = requests.get(
    "https://api.lemlist.com/api/team",
    headers={
        "Authorization": "Basic " + basic,
    },
)
print(response.status_code)
print(response.text)
