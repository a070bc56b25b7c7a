import requests

response = requests.get(
    "https://app.leadconduit.com/flows",
    headers={
        "Accept": "application/json",
        "Authorization": "Basic WDoxMjM0NTY3ODkw",
    },
)
print(response.status_code)
print(response.text)
