import requests

response = requests.get(
    "https://api.example.com/v1/users/me",
    headers={
        "Authorization": "Basic SsO8cmdlbjpww6Rzc3fDtnJk4oKs",
    },
)
print(response.status_code)
print(response.text)
