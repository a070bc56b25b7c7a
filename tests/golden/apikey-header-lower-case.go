package main

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
)

func main() {
	apiKey := os.Getenv("API_KEY")
	if apiKey == "" {
		log.Fatal("Set API_KEY first.")
	}

	req, err := http.NewRequest("GET", "https://api.example.com/v1/users/me", nil)
	if err != nil {
		log.Fatal(err)
	}
	// Set through the map to keep the case: Header.Set would send Api-Key.
	req.Header["api-key"] = []string{apiKey}

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
