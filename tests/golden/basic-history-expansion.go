package main

import (
	"encoding/base64"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
)

func main() {
	apiPassword := os.Getenv("API_PASSWORD")
	if apiPassword == "" {
		log.Fatal("Set API_PASSWORD first.")
	}

	userPass := "it's!!\n:" + apiPassword
	// RFC 7617: Base64 of the UTF-8 bytes of "user:password".
	basic := base64.StdEncoding.EncodeToString([]byte(userPass))

	req, err := http.NewRequest("GET", "https://api.example.com/v1/users/me", nil)
	if err != nil {
		log.Fatal(err)
	}
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
