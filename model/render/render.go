// Package render writes a report in the formats people and programs read: JSON (the contract),
// plain text for a pager, Markdown for notes. It is pure: a report in, bytes out.
package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/reframe-dev/reframe/model/report"
)

// Format names an output format.
type Format string

// The output formats.
const (
	JSON     Format = "json"
	Text     Format = "text"
	Markdown Format = "markdown"
	HTML     Format = "html"
)

// Formats lists the formats Write accepts.
var Formats = []Format{Text, Markdown, JSON, HTML}

// ParseFormat reads a format name.
func ParseFormat(name string) (Format, error) {
	for _, f := range Formats {
		if string(f) == name {
			return f, nil
		}
	}
	if name == "md" {
		return Markdown, nil
	}
	return "", fmt.Errorf("unknown format %q (want text, markdown, json or html)", name)
}

// Write renders a report in the given format.
func Write(w io.Writer, r *report.Report, f Format) error {
	switch f {
	case JSON:
		return WriteJSON(w, r)
	case Text:
		return WriteText(w, r)
	case Markdown:
		return WriteMarkdown(w, r)
	case HTML:
		return WriteHTML(w, r)
	}
	return fmt.Errorf("unknown format %q", f)
}

// WriteJSON writes the report as one indented JSON object, the contract of product.md.
func WriteJSON(w io.Writer, r *report.Report) error {
	data, err := MarshalJSON(r, "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

// MarshalJSON encodes v without HTML escaping, indented with indent (empty for one line), with a
// final newline.
func MarshalJSON(v any, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent("", indent)
	}
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("encoding report: %w", err)
	}
	return buf.Bytes(), nil
}
