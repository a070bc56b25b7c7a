import requests

response = requests.get(
    "https://api.lemlist.com/api/team",
    headers={
        "Authorization": "Basic OmxlbV82ZjFjMmQ5YThiN2U0ZjNh",
    },
)
print(response.status_code)
print(response.text)
