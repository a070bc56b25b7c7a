import requests

response = requests.post(
    "https://api.example.com/v1/notes",
    params={"access_key": "ak/+= ?"},
    headers={
        "Content-Type": "application/json",
        "Accept": "application/json",
    },
    data='{"note":"hi"}'.encode("utf-8"),
)
print(response.status_code)
print(response.text)
