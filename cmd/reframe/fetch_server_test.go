package main

import (
	"fmt"
	"mime"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// newTestServer serves the pages the fetching tests need, on loopback only:
//
//	/files/NAME          the file NAME from dir, typed by its extension (.pdf as application/pdf)
//	/untyped/NAME        the same file with no Content-Type header
//	/redirect/N/NAME     N redirects, then /files/NAME
//	/loop/a, /loop/b     redirect to each other
//	/slow                never answers (until the client gives up, or 10 s)
//	/endless             streams text with no Content-Length until the client stops reading
//	/big                 declares a Content-Length of 11 MB
//	/latin1              plain text in ISO-8859-1, declared in the Content-Type
//	/ua                  a short article that quotes the request's User-Agent
//
// Anything else is 404 Not Found.
func newTestServer(dir string) *httptest.Server {
	mux := http.NewServeMux()
	serveFile := func(w http.ResponseWriter, name string, typed bool) {
		data, err := os.ReadFile(filepath.Join(dir, filepath.Base(name)))
		if err != nil {
			http.NotFound(w, nil)
			return
		}
		if typed {
			w.Header().Set("Content-Type", testContentType(name))
		} else {
			w.Header()["Content-Type"] = nil // keep net/http from sniffing one
		}
		w.Write(data)
	}
	mux.HandleFunc("/files/{name}", func(w http.ResponseWriter, r *http.Request) {
		serveFile(w, r.PathValue("name"), true)
	})
	mux.HandleFunc("/untyped/{name}", func(w http.ResponseWriter, r *http.Request) {
		serveFile(w, r.PathValue("name"), false)
	})
	mux.HandleFunc("/redirect/{n}/{name}", func(w http.ResponseWriter, r *http.Request) {
		n, err := strconv.Atoi(r.PathValue("n"))
		if err != nil || n < 0 {
			http.NotFound(w, r)
			return
		}
		switch n {
		case 0:
			serveFile(w, r.PathValue("name"), true)
		case 1:
			http.Redirect(w, r, "/files/"+r.PathValue("name"), http.StatusFound)
		default:
			http.Redirect(w, r, fmt.Sprintf("/redirect/%d/%s", n-1, r.PathValue("name")), http.StatusFound)
		}
	})
	mux.HandleFunc("/loop/a", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop/b", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/loop/b", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop/a", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	})
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		chunk := []byte(strings.Repeat("The bay is calm today and the boats are out. ", 100))
		for r.Context().Err() == nil {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", strconv.Itoa(11<<20))
		w.WriteHeader(http.StatusOK)
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=iso-8859-1")
		w.Write([]byte("Caf\xe9 owners on the quay say the dredging has kept customers away for a month.\n"))
	})
	mux.HandleFunc("/ua", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintf(w, "This page was fetched by the client that calls itself %s for a test.\n", r.UserAgent())
	})
	return httptest.NewServer(mux)
}

// testContentType types a served file by its extension.
func testContentType(name string) string {
	switch filepath.Ext(name) {
	case ".html":
		return "text/html; charset=utf-8"
	case ".md":
		return "text/markdown; charset=utf-8"
	case ".txt":
		return "text/plain; charset=utf-8"
	case ".pdf":
		return "application/pdf"
	}
	if t := mime.TypeByExtension(filepath.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}
