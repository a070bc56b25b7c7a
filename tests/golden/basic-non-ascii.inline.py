import requests

response = requests.get(
    "https://api.example.com/v1/users/me",
    headers={
        "Authorization": "Basic SsO8cmdlbiDDmGRlZ8OlcmQ6cMOkc3N3w7ZyZOKCrPCflJE=",
    },
)
print(response.status_code)
print(response.text)
