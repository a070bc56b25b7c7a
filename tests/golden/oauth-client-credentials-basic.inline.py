import requests

response = requests.post(
    "https://api.example.com/oauth/token",
    headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/json",
        "Authorization": "Basic czZCaGRSa3F0MzorJTI1JTI2JTJCJUMyJUEzJUUyJTgyJUFD",
    },
    data={
        "grant_type": "client_credentials",
        "scope": "read write",
    },
)
print(response.status_code)
print(response.text)
