import requests

response = requests.post(
    "https://api.example.com/oauth/token",
    headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/json",
        "Authorization": "Basic czZCaGRSa3F0Mzo3RmpmcDBaQnIxS3REUmJuZlZkbUl3",
    },
    data={
        "grant_type": "client_credentials",
        "scope": "read write",
    },
)
print(response.status_code)
print(response.text)
