package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"golang.org/x/net/html/charset"
)

// Limits on fetching a URL; --timeout and --max-bytes change the first two.
const (
	defaultTimeout  = 20 * time.Second // for the whole exchange, body included
	defaultMaxBytes = 10 << 20         // largest body accepted
	maxRedirects    = 5                // redirects followed before giving up
)

// acceptedTypes are the media types reframe can read from a server.
var acceptedTypes = map[string]bool{
	"text/html":             true,
	"application/xhtml+xml": true,
	"text/plain":            true,
	"text/markdown":         true,
	"text/x-markdown":       true,
}

var (
	errRedirectLoop      = errors.New("redirect loop")
	errTooManyRedirects  = errors.New("too many redirects")
	errUnsupportedScheme = errors.New("unsupported scheme")
)

// fetcher downloads the pages named by http(s) inputs. It is safe for concurrent use.
type fetcher struct {
	client   *http.Client
	timeout  time.Duration // for one fetch, redirects and body included
	maxBytes int64         // largest body accepted
}

// page is a fetched document.
type page struct {
	body        []byte // UTF-8 text
	contentType string // media type without parameters: text/html, text/plain, ...
}

func newFetcher(timeout time.Duration, maxBytes int64) *fetcher {
	transport := http.DefaultTransport.(*http.Transport).Clone()
	return &fetcher{
		client:   &http.Client{Transport: transport, CheckRedirect: checkRedirect},
		timeout:  timeout,
		maxBytes: maxBytes,
	}
}

// userAgent names the tool to the servers it fetches from.
func userAgent() string {
	return "reframe/" + buildVersion() + " (+https://github.com/reframe-dev/reframe)"
}

// buildVersion is the module version the binary was built from, or "dev".
func buildVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "dev"
}

// checkRedirect follows at most maxRedirects redirects, and none that come back to an address
// already visited.
func checkRedirect(req *http.Request, via []*http.Request) error {
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return errUnsupportedScheme
	}
	for _, prev := range via {
		if prev.URL.String() == req.URL.String() {
			return errRedirectLoop
		}
	}
	if len(via) > maxRedirects {
		return errTooManyRedirects
	}
	return nil
}

// isURL reports whether an input names an http(s) address.
func isURL(name string) bool {
	lower := strings.ToLower(name)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}

// fetch downloads one page. Its errors are short reasons with advice, ready to follow the URL in
// a message.
func (f *fetcher) fetch(ctx context.Context, rawURL string) (*page, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return nil, errors.New("not a valid address; check the URL")
	}
	ctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("not a valid address (%v); check the URL", err)
	}
	req.Header.Set("User-Agent", userAgent())
	req.Header.Set("Accept", "text/html, application/xhtml+xml, text/markdown, text/plain;q=0.9")
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, f.describe(ctx, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("the server answered %s; check the address", resp.Status)
	}
	declared := resp.Header.Get("Content-Type")
	if declared != "" {
		if err := checkMediaType(declared); err != nil {
			return nil, err
		}
	}
	if resp.ContentLength > f.maxBytes {
		return nil, f.tooLarge()
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.maxBytes+1))
	if err != nil {
		return nil, f.describe(ctx, err)
	}
	if int64(len(body)) > f.maxBytes {
		return nil, f.tooLarge()
	}
	if declared == "" {
		declared = http.DetectContentType(body)
		if err := checkMediaType(declared); err != nil {
			return nil, err
		}
	}
	mediaType, _, _ := mime.ParseMediaType(declared)
	return &page{body: toUTF8(body, declared), contentType: mediaType}, nil
}

// checkMediaType refuses what reframe cannot read, naming it.
func checkMediaType(contentType string) error {
	mediaType, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return fmt.Errorf("the server sent an unreadable content type %q; save the article as HTML or text and pass the file", contentType)
	}
	if !acceptedTypes[mediaType] {
		return fmt.Errorf("the server sent %s, which reframe cannot read (only HTML, plain text and Markdown); save the article as HTML or text and pass the file", mediaType)
	}
	return nil
}

// toUTF8 converts a body in a declared or detected legacy encoding to UTF-8. UTF-8 and
// byte-order-marked bodies are left for the document loader.
func toUTF8(body []byte, contentType string) []byte {
	enc, name, _ := charset.DetermineEncoding(body, contentType)
	if name == "utf-8" || name == "" {
		return body
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return body
	}
	return out
}

func (f *fetcher) tooLarge() error {
	return fmt.Errorf("the page is larger than %s; save the article and pass the file, or raise --max-bytes", byteSize(f.maxBytes))
}

// describe turns a transport error into a short reason with advice.
func (f *fetcher) describe(ctx context.Context, err error) error {
	var dnsErr *net.DNSError
	switch {
	case errors.Is(err, errRedirectLoop):
		return errors.New("the server redirects in a loop; open the address in a browser to check it")
	case errors.Is(err, errTooManyRedirects):
		return fmt.Errorf("more than %d redirects; pass the final address instead", maxRedirects)
	case errors.Is(err, errUnsupportedScheme):
		return errors.New("the server redirects away from http(s); save the article and pass the file")
	case errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("no complete answer within %s; try again later or raise --timeout", f.timeout)
	case errors.As(err, &dnsErr):
		return fmt.Errorf("cannot find the host %s; check the address and your connection", dnsErr.Name)
	case errors.Is(err, syscall.ECONNREFUSED):
		return errors.New("the server refused the connection; check the address")
	}
	var urlErr *url.Error
	if errors.As(err, &urlErr) {
		err = urlErr.Err
	}
	return fmt.Errorf("cannot fetch the page (%v); check the address and your connection", err)
}

// byteSize shows a byte count the way people write limits: 10 MB, 512 KB, 300 bytes.
func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
