import requests

response = requests.get(
    "https://app.leadterra.co/v1/sender-pools",
    headers={
        "Authorization": "Bearer sk_live_51HqLyjWDarjtT1zdp7dc",
    },
)
print(response.status_code)
print(response.text)
