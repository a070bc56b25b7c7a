import requests

response = requests.get(
    "https://api.example.com/v1/users/me",
    headers={
        "Accept": "application/json",
        "X-API-Key": "ak_live_4f9c2e7b1d8a",
    },
)
print(response.status_code)
print(response.text)
