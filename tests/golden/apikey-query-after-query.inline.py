import requests

response = requests.get(
    "https://api.example.com/v1/search?fields=id,name&path=a%2Fb&q=a+b",
    params={"apikey": "k*~'()!_-.+ =&"},
)
print(response.status_code)
print(response.text)
