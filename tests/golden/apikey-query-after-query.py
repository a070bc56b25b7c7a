import os

import requests

API_KEY = os.environ["API_KEY"]

response = requests.get(
    "https://api.example.com/v1/search?fields=id,name&path=a%2Fb&q=a+b",
    params={"apikey": API_KEY},
)
print(response.status_code)
print(response.text)
