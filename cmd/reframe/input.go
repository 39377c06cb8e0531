package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/reframe-dev/reframe/model/document"
)

// maxInputBytes bounds what is read from a file or stdin.
const maxInputBytes = 64 << 20

// loader reads inputs named on the command line: a file path, "-" for stdin, or a URL. It is safe
// for concurrent use, stdin aside.
type loader struct {
	env     *environment
	format  document.Format
	fetcher *fetcher // nil with --offline
	spinner bool     // show a spinner on stderr while fetching
}

func newLoader(env *environment, opts *analysisFlags) (*loader, error) {
	format, err := document.ParseFormat(opts.format)
	if err != nil {
		return nil, &usageError{err: err, usage: "--input-format auto|text|markdown|html"}
	}
	if opts.timeout <= 0 {
		return nil, &usageError{err: fmt.Errorf("--timeout must be positive, not %s", opts.timeout), usage: "--timeout DURATION, like 20s or 1m30s"}
	}
	if opts.maxBytes <= 0 {
		return nil, &usageError{err: fmt.Errorf("--max-bytes must be positive, not %d", opts.maxBytes), usage: "--max-bytes BYTES, like 10485760 for 10 MB"}
	}
	l := &loader{env: env, format: format, spinner: isTerminal(env.stderr)}
	if !opts.offline {
		l.fetcher = newFetcher(opts.timeout, opts.maxBytes)
	}
	return l, nil
}

// load reads and loads one input, with errors that name it and say what to do.
func (l *loader) load(name string) (*document.Document, error) {
	data, contentType, err := l.read(name)
	if err != nil {
		return nil, &inputError{name: displayName(name), err: err}
	}
	doc, err := document.Load(displayName(name), data, document.Options{Format: l.format, ContentType: contentType})
	if err != nil {
		return nil, &inputError{name: displayName(name), err: describeLoadError(err)}
	}
	return doc, nil
}

func (l *loader) read(name string) ([]byte, string, error) {
	switch {
	case name == "-":
		data, err := io.ReadAll(io.LimitReader(l.env.stdin, maxInputBytes+1))
		if err != nil {
			return nil, "", fmt.Errorf("cannot read stdin: %w", err)
		}
		if len(data) > maxInputBytes {
			return nil, "", fmt.Errorf("input is larger than %d MB", maxInputBytes>>20)
		}
		return data, "", nil
	case isURL(name):
		return l.fetch(name)
	}
	info, err := os.Stat(name)
	if err != nil {
		return nil, "", describeReadError(err)
	}
	if info.IsDir() {
		return nil, "", errors.New("is a directory; pass a file")
	}
	if info.Size() > maxInputBytes {
		return nil, "", fmt.Errorf("file is larger than %d MB", maxInputBytes>>20)
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, "", describeReadError(err)
	}
	return data, "", nil
}

// fetch downloads a URL input, behind a spinner when stderr is a terminal.
func (l *loader) fetch(name string) ([]byte, string, error) {
	if l.fetcher == nil {
		return nil, "", errors.New("fetching is off (--offline); save the page and pass the file, or drop --offline")
	}
	if l.spinner {
		s := startSpinner(l.env.stderr, "fetching "+name, 100*time.Millisecond)
		defer s.Stop()
	}
	p, err := l.fetcher.fetch(context.Background(), name)
	if err != nil {
		return nil, "", err
	}
	return p.body, p.contentType, nil
}

// checkOutput refuses an output file that is also one of the inputs: writing the report must
// never destroy what it was made from.
func checkOutput(output, usage string, inputs ...string) error {
	if output == "" || output == "-" {
		return nil
	}
	outAbs, err := filepath.Abs(output)
	if err != nil {
		return nil
	}
	outInfo, outErr := os.Stat(output)
	for _, in := range inputs {
		if in == "-" || isURL(in) {
			continue
		}
		same := false
		if inAbs, err := filepath.Abs(in); err == nil && inAbs == outAbs {
			same = true
		} else if inInfo, err := os.Stat(in); err == nil && outErr == nil && os.SameFile(inInfo, outInfo) {
			same = true
		}
		if same {
			return &usageError{err: fmt.Errorf("-o %s is also an input; write to another file", output), usage: usage}
		}
	}
	return nil
}

func displayName(name string) string {
	if name == "-" {
		return "stdin"
	}
	return name
}

// describeReadError turns a file system error into a short reason with advice.
func describeReadError(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file; check the path")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied; check the file's permissions")
	}
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		return pathErr.Err
	}
	return err
}

// describeLoadError turns a loading error into a short reason with advice.
func describeLoadError(err error) error {
	switch {
	case errors.Is(err, document.ErrEmpty):
		return errors.New("no text to analyse (the file is empty, or nothing readable was left after extraction)")
	case errors.Is(err, document.ErrBinary):
		return errors.New("this is a binary file, not text, Markdown or HTML")
	}
	return err
}
