import requests

response = requests.post(
    "https://api.example.com/oauth/device_authorization",
    headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/json",
    },
    data={
        "client_id": "example-api-device",
        "scope": "read",
    },
)
print(response.status_code)
print(response.text)
