import base64
import os

import requests

CLIENT_SECRET = os.environ["CLIENT_SECRET"]
AUTHORIZATION_CODE = os.environ["AUTHORIZATION_CODE"]
CODE_VERIFIER = os.environ["CODE_VERIFIER"]


def form_encode(value):
    """RFC 6749 Appendix B: UTF-8 bytes, A-Z a-z 0-9 kept, space as +, the rest %XX."""
    out = ""
    for byte in value.encode("utf-8"):
        char = chr(byte)
        if char.isascii() and char.isalnum():
            out += char
        elif char == " ":
            out += "+"
        else:
            out += "%%%02X" % byte
    return out


user_pass = "s6BhdRkqt3:" + form_encode(CLIENT_SECRET)
# RFC 7617: Base64 of the UTF-8 bytes of "user:password".
basic = base64.b64encode(user_pass.encode("utf-8")).decode("ascii")

response = requests.post(
    "https://api.example.com/oauth/token",
    headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/json",
        "Authorization": "Basic " + basic,
    },
    data={
        "grant_type": "authorization_code",
        "code": AUTHORIZATION_CODE,
        "redirect_uri": "https://client.example.com/cb",
        "code_verifier": CODE_VERIFIER,
    },
)
print(response.status_code)
print(response.text)
