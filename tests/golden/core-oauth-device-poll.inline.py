import time

import requests

# RFC 8628 §3.5: poll every interval seconds while the person has not answered; slow_down adds 5.
interval = 1
while True:
    time.sleep(interval)
    response = requests.post(
        "https://api.example.com/oauth/token",
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/json",
        },
        data={
            "grant_type": "urn:ietf:params:oauth:grant-type:device_code",
            "device_code": "GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS",
            "client_id": "example-api-device",
        },
    )
    error = response.json().get("error") if response.status_code == 400 else None
    if error == "slow_down":
        interval += 5
    elif error != "authorization_pending":
        break
print(response.status_code)
print(response.text)
