import requests

response = requests.get(
    "https://api.example.com/v1/users/me",
    headers={
        "Authorization": "Basic ZXhfbGl2ZV83SHEyTG05UnQ0Vnc4WmIzOg==",
    },
)
print(response.status_code)
print(response.text)
