package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/reframe-dev/reframe/model/document"
)

// maxInputBytes bounds what is read from a file or stdin.
const maxInputBytes = 64 << 20

// loader reads inputs named on the command line: a file path, "-" for stdin, or a URL.
type loader struct {
	env    *environment
	format document.Format
}

func newLoader(env *environment, opts *analysisFlags) (*loader, error) {
	format, err := document.ParseFormat(opts.format)
	if err != nil {
		return nil, &usageError{err: err, usage: "--input-format auto|text|markdown|html"}
	}
	return &loader{env: env, format: format}, nil
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
	case strings.HasPrefix(name, "http://") || strings.HasPrefix(name, "https://"):
		return nil, "", errors.New("fetching URLs is not available yet; save the page and pass the file")
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
