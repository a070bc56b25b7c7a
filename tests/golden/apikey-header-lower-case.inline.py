import requests

response = requests.get(
    "https://api.example.com/v1/users/me",
    headers={
        "api-key": "4f9c2e7b1d8a",
    },
)
print(response.status_code)
print(response.text)
