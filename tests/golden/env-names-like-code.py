import os

import requests

url_value = os.environ["URL"]
response_value = os.environ["RESPONSE"]
for_value = os.environ["FOR"]
err_value = os.environ["ERR"]

response = requests.patch(
    "https://api.example.com/v1/settings",
    headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "Authorization": "Bearer " + url_value,
    },
    data={
        "a": response_value,
        "b": for_value,
        "c": err_value,
    },
)
print(response.status_code)
print(response.text)
