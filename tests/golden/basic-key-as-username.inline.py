import requests

response = requests.get(
    "https://api.example.com/v1/users/me",
    headers={
        "Accept": "application/json",
        "Authorization": "Basic a2F1XzUxZjBlMjo=",
    },
)
print(response.status_code)
print(response.text)
