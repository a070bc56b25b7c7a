import requests

response = requests.get(
    "https://api.example.com/v1/users/me",
    headers={
        "Authorization": "Bearer 2YotnFZFEjr1zCsicMWpAA",
    },
)
print(response.status_code)
print(response.text)
