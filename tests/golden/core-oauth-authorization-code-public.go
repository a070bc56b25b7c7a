package main

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"net/url"
	"os"
	"strings"
)

func main() {
	authorizationCode := os.Getenv("AUTHORIZATION_CODE")
	if authorizationCode == "" {
		log.Fatal("Set AUTHORIZATION_CODE first.")
	}
	codeVerifier := os.Getenv("CODE_VERIFIER")
	if codeVerifier == "" {
		log.Fatal("Set CODE_VERIFIER first.")
	}

	form := url.Values{}
	form.Add("grant_type", "authorization_code")
	form.Add("code", authorizationCode)
	form.Add("redirect_uri", "https://client.example.com/cb")
	form.Add("code_verifier", codeVerifier)
	form.Add("client_id", "example-api-spa")

	req, err := http.NewRequest("POST", "https://api.example.com/oauth/token", strings.NewReader(form.Encode()))
	if err != nil {
		log.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")

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
