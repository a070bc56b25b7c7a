package main

import (
	"encoding/base64"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/url"
	"os"
	"strings"
)

func main() {
	clientSecret := os.Getenv("CLIENT_SECRET")
	if clientSecret == "" {
		log.Fatal("Set CLIENT_SECRET first.")
	}
	authorizationCode := os.Getenv("AUTHORIZATION_CODE")
	if authorizationCode == "" {
		log.Fatal("Set AUTHORIZATION_CODE first.")
	}
	codeVerifier := os.Getenv("CODE_VERIFIER")
	if codeVerifier == "" {
		log.Fatal("Set CODE_VERIFIER first.")
	}

	// RFC 6749 Appendix B: form-urlencode the client id and secret before Basic (only A-Z a-z 0-9 stay).
	formEncode := func(value string) string {
		var out strings.Builder
		for _, c := range []byte(value) {
			switch {
			case 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				out.WriteByte(c)
			case c == ' ':
				out.WriteByte('+')
			default:
				fmt.Fprintf(&out, "%%%02X", c)
			}
		}
		return out.String()
	}
	userPass := "s6BhdRkqt3:" + formEncode(clientSecret)
	// RFC 7617: Base64 of the UTF-8 bytes of "user:password".
	basic := base64.StdEncoding.EncodeToString([]byte(userPass))

	form := url.Values{}
	form.Add("grant_type", "authorization_code")
	form.Add("code", authorizationCode)
	form.Add("redirect_uri", "https://client.example.com/cb")
	form.Add("code_verifier", codeVerifier)

	req, err := http.NewRequest("POST", "https://api.example.com/oauth/token", strings.NewReader(form.Encode()))
	if err != nil {
		log.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	req.Header.Set("Authorization", "Basic "+basic)

	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(resp.StatusCode)
	fmt.Println(string(body))
}
