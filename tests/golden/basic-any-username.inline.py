import requests

response = requests.get(
    "https://app.leadconduit.com/flows",
    headers={
        "Accept": "application/json",
        "Authorization": "Basic QVBJOjEyMzQ1Njc4OTA=",
    },
)
print(response.status_code)
print(response.text)
