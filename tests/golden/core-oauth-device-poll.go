package main

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

func main() {
	deviceCode := os.Getenv("DEVICE_CODE")
	if deviceCode == "" {
		log.Fatal("Set DEVICE_CODE first.")
	}

	// RFC 8628 §3.5: poll every interval seconds while the person has not answered; slow_down adds 5.
	interval := 1
	var status int
	var body []byte
	for {
		time.Sleep(time.Duration(interval) * time.Second)
		form := url.Values{}
		form.Add("grant_type", "urn:ietf:params:oauth:grant-type:device_code")
		form.Add("device_code", deviceCode)
		form.Add("client_id", "example-api-device")

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
		data, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			log.Fatal(err)
		}
		status, body = resp.StatusCode, data
		var answer struct {
			Error string `json:"error"`
		}
		if status == 400 && json.Unmarshal(body, &answer) == nil && answer.Error == "slow_down" {
			interval += 5
		} else if status != 400 || answer.Error != "authorization_pending" {
			break
		}
	}
	fmt.Println(status)
	fmt.Println(string(body))
}
