import requests

response = requests.post(
    "https://api.example.com/oauth/token",
    headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/json",
        "Authorization": "Basic QiUyNyU1QyUyNyUyNyUyNSUyNSVFMiU4MiVBQzQlMjclMjElMjElMjk1JTdGOnMzY3JldCUyMSUyMQ==",
    },
    data={
        "grant_type": "client_credentials",
    },
)
print(response.status_code)
print(response.text)
