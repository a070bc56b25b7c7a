import requests

response = requests.get(
    "https://api.example.com/v1/users/me",
    params={"api_key": "ak_4f9c2e7b1d8a"},
)
print(response.status_code)
print(response.text)
