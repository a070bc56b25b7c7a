import requests

response = requests.get(
    "https://api.example.com/v1/users/me",
    headers={
        "Authorization": "Basic dGVzdDoxMjPCow==",
    },
)
print(response.status_code)
print(response.text)
