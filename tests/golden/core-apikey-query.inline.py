import requests

response = requests.get(
    "https://api.example.com/v1/users/me",
    params={"api_key": "ex_live_7Hq2Lm9Rt4Vw8Zb3"},
)
print(response.status_code)
print(response.text)
