import requests

response = requests.post(
    "https://api.example.com/oauth/token",
    headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/json",
        "Authorization": "Basic czZCaGRSa3F0Mzo3RmpmcDBaQnIxS3REUmJuZlZkbUl3",
    },
    data={
        "grant_type": "refresh_token",
        "refresh_token": "tGzv3JOkF0XG5Qx2TlKWIA",
    },
)
print(response.status_code)
print(response.text)
