// Command backoff GETs a URL with the API key from $API_KEY, retrying 429 and 503 answers: it
// waits at least as long as Retry-After asks (RFC 9110 §10.2.3), otherwise it backs off
// exponentially with full jitter.
// Run: API_KEY=... go run backoff.go https://api.example.com/v1/users/me
package main

import (
	"fmt"
	"io"
	"math/rand"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"
)

const (
	maxAttempts = 5
	base        = 500 * time.Millisecond // first backoff ceiling; it doubles after each refusal
	maxBackoff  = 30 * time.Second       // the ceiling never grows beyond this
	maxWait     = 60 * time.Second       // a longer Retry-After means: give up now, try much later
)

var random = rand.New(rand.NewSource(time.Now().UnixNano()))

// retryAfter returns how long a Retry-After value asks to wait, and whether it had a value.
func retryAfter(value string, now time.Time) (time.Duration, bool) {
	value = strings.TrimSpace(value)
	if seconds, err := strconv.ParseUint(value, 10, 32); err == nil {
		return time.Duration(seconds) * time.Second, true // delta-seconds
	}
	if date, err := http.ParseTime(value); err == nil { // HTTP-date
		if wait := date.Sub(now); wait > 0 {
			return wait, true
		}
		return 0, true
	}
	return 0, false
}

// backoff is full jitter: a random wait between zero and the current ceiling.
func backoff(attempt int) time.Duration {
	ceiling := maxBackoff
	if attempt < 16 && base<<attempt < maxBackoff {
		ceiling = base << attempt
	}
	return time.Duration(random.Int63n(int64(ceiling) + 1))
}

func getWithBackoff(client *http.Client, req *http.Request) (*http.Response, error) {
	for attempt := 0; ; attempt++ {
		resp, err := client.Do(req)
		if err != nil {
			return nil, err
		}
		retryable := resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable
		if !retryable || attempt+1 == maxAttempts {
			return resp, nil
		}
		wait := backoff(attempt)
		if hinted, ok := retryAfter(resp.Header.Get("Retry-After"), time.Now()); ok && hinted > wait {
			wait = hinted
		}
		if wait > maxWait {
			return resp, nil
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		fmt.Fprintf(os.Stderr, "%d: retrying in %.1f s\n", resp.StatusCode, wait.Seconds())
		time.Sleep(wait)
	}
}

func main() {
	apiKey := os.Getenv("API_KEY")
	if apiKey == "" {
		fmt.Fprintln(os.Stderr, "Set API_KEY first.")
		os.Exit(2)
	}
	url := "https://api.example.com/v1/users/me"
	if len(os.Args) > 1 {
		url = os.Args[1]
	}
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	req.Header.Set("Authorization", "Bearer "+apiKey)
	resp, err := getWithBackoff(&http.Client{Timeout: 30 * time.Second}, req)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(resp.StatusCode, string(body))
	if resp.StatusCode >= 300 {
		os.Exit(1)
	}
}
