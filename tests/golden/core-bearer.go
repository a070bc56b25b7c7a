package main

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
)

func main() {
	leadterraApiKey := os.Getenv("LEADTERRA_API_KEY")
	if leadterraApiKey == "" {
		log.Fatal("Set LEADTERRA_API_KEY first.")
	}

	req, err := http.NewRequest("GET", "https://app.leadterra.co/v1/sender-pools", nil)
	if err != nil {
		log.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+leadterraApiKey)

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
