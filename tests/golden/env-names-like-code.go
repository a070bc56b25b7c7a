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
	urlValue := os.Getenv("URL")
	if urlValue == "" {
		log.Fatal("Set URL first.")
	}
	response := os.Getenv("RESPONSE")
	if response == "" {
		log.Fatal("Set RESPONSE first.")
	}
	forValue := os.Getenv("FOR")
	if forValue == "" {
		log.Fatal("Set FOR first.")
	}
	errValue := os.Getenv("ERR")
	if errValue == "" {
		log.Fatal("Set ERR first.")
	}

	form := url.Values{}
	form.Add("a", response)
	form.Add("b", forValue)
	form.Add("c", errValue)

	req, err := http.NewRequest("PATCH", "https://api.example.com/v1/settings", strings.NewReader(form.Encode()))
	if err != nil {
		log.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Authorization", "Bearer "+urlValue)

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
