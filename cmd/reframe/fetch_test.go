package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestFetch fetches from a loopback server: what is accepted, and the reason given for what is not.
func TestFetch(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"page.html":  "<html><head><title>T</title></head><body><p>Hello from the bay.</p></body></html>",
		"notes.md":   "# Notes\n\nSome *notes*.\n",
		"plain.txt":  "Plain words.\n",
		"report.pdf": "%PDF-1.4\n",
		"image.png":  "\x89PNG\r\n\x1a\n\x00\x00",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srv := newTestServer(dir)
	defer srv.Close()

	tests := []struct {
		path     string
		timeout  time.Duration
		maxBytes int64
		wantType string // media type of a page that is accepted
		wantText string // text the page holds
		wantErr  string // start of the reason a page is refused
	}{
		{path: "/files/page.html", wantType: "text/html", wantText: "Hello from the bay."},
		{path: "/files/notes.md", wantType: "text/markdown", wantText: "Some *notes*."},
		{path: "/files/plain.txt", wantType: "text/plain", wantText: "Plain words."},
		{path: "/untyped/page.html", wantType: "text/html", wantText: "Hello from the bay."},
		{path: "/untyped/plain.txt", wantType: "text/plain", wantText: "Plain words."},
		{path: "/latin1", wantType: "text/plain", wantText: "Café owners"},
		{path: "/ua", wantType: "text/plain", wantText: "reframe/"},
		{path: "/redirect/1/page.html", wantType: "text/html", wantText: "Hello"},
		{path: "/redirect/5/page.html", wantType: "text/html", wantText: "Hello"},
		{path: "/redirect/6/page.html", wantErr: "more than 5 redirects"},
		{path: "/loop/a", wantErr: "the server redirects in a loop"},
		{path: "/files/missing.html", wantErr: "the server answered 404 Not Found"},
		{path: "/files/report.pdf", wantErr: "the server sent application/pdf, which reframe cannot read"},
		{path: "/files/image.png", wantErr: "the server sent image/png, which reframe cannot read"},
		{path: "/untyped/image.png", wantErr: "the server sent image/png, which reframe cannot read"},
		{path: "/slow", timeout: 100 * time.Millisecond, wantErr: "no complete answer within 100ms"},
		{path: "/big", wantErr: "the page is larger than 10 MB"},
		{path: "/endless", maxBytes: 1 << 20, wantErr: "the page is larger than 1 MB"},
		{path: "/files/plain.txt", maxBytes: 5, wantErr: "the page is larger than 5 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			timeout, maxBytes := cmpOr(tt.timeout, 5*time.Second), cmpOr(tt.maxBytes, defaultMaxBytes)
			p, err := newFetcher(timeout, maxBytes).fetch(context.Background(), srv.URL+tt.path)
			if tt.wantErr != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one starting %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if p.contentType != tt.wantType || !strings.Contains(string(p.body), tt.wantText) {
				t.Errorf("got %s %q, want %s containing %q", p.contentType, p.body, tt.wantType, tt.wantText)
			}
		})
	}
}

func cmpOr[T comparable](v, fallback T) T {
	var zero T
	if v == zero {
		return fallback
	}
	return v
}

// TestFetchConcurrent shares one fetcher between goroutines, as a batch does (run with -race).
func TestFetchConcurrent(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Words."), 0o644); err != nil {
		t.Fatal(err)
	}
	srv := newTestServer(dir)
	defer srv.Close()
	f := newFetcher(5*time.Second, defaultMaxBytes)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := f.fetch(context.Background(), srv.URL+"/redirect/2/a.txt"); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
}

func TestUserAgent(t *testing.T) {
	ua := userAgent()
	if !strings.HasPrefix(ua, "reframe/") || !strings.HasSuffix(ua, " (+https://github.com/reframe-dev/reframe)") {
		t.Errorf("user agent %q", ua)
	}
}

func TestByteSize(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{
		{10 << 20, "10 MB"},
		{1 << 20, "1 MB"},
		{4096, "4 KB"},
		{1500, "1500 bytes"},
		{5, "5 bytes"},
		{(10 << 20) + 1, "10485761 bytes"},
	}
	for _, tt := range tests {
		if got := byteSize(tt.n); got != tt.want {
			t.Errorf("byteSize(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestIsURL(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"http://example.org/a", true},
		{"HTTPS://example.org/a", true},
		{"https:/example.org", false},
		{"ftp://example.org/a", false},
		{"http.txt", false},
		{"-", false},
	}
	for _, tt := range tests {
		if got := isURL(tt.in); got != tt.want {
			t.Errorf("isURL(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// syncBuffer is a bytes.Buffer safe to write from the spinner's goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestSpinner checks that the spinner redraws one line in place and erases it when stopped.
func TestSpinner(t *testing.T) {
	var buf syncBuffer
	s := startSpinner(&buf, "fetching https://example.org/"+strings.Repeat("long/", 30), time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	s.Stop()
	out := buf.String()
	if strings.Contains(out, "\n") {
		t.Errorf("spinner wrote a newline: %q", out)
	}
	if !strings.HasPrefix(out, "\r"+spinnerFrames[0]+" fetching https://example.org/") || !strings.HasSuffix(out, "\r\x1b[K") {
		t.Errorf("spinner output %q", out)
	}
	if !strings.Contains(out, "…") {
		t.Errorf("a long label is not cut: %q", out)
	}
	if after := buf.String(); after != out {
		t.Error("spinner wrote after Stop returned")
	}
}

// TestSpinnerQuick checks that work done within the first interval draws nothing at all.
func TestSpinnerQuick(t *testing.T) {
	var buf syncBuffer
	startSpinner(&buf, "fetching", time.Hour).Stop()
	if out := buf.String(); out != "" {
		t.Errorf("a spinner stopped at once wrote %q", out)
	}
}
