import requests

response = requests.post(
    "https://api.example.com/oauth/token",
    headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/json",
    },
    data={
        "grant_type": "refresh_token",
        "refresh_token": "tGzv3JOkF0XG5Qx2TlKWIA",
        "scope": "read",
        "client_id": "s6BhdRkqt3",
        "client_secret": "7Fjfp0ZBr1KtDRbnfVdmIw",
    },
)
print(response.status_code)
print(response.text)
