import requests

response = requests.get(
    "https://api.example.com/v1/users/me",
    headers={
        "Authorization": "Basic aXQncyEhCjppdCdzISEgXCchIQ==",
    },
)
print(response.status_code)
print(response.text)
