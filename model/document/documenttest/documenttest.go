// Package documenttest builds documents for the tests of the packages that read them.
package documenttest

import (
	"testing"

	"github.com/reframe-dev/reframe/model/document"
)

// Text loads text as a plain-text document called name, and fails the test if it cannot.
func Text(tb testing.TB, name, text string) *document.Document {
	tb.Helper()
	d, err := document.Load(name, []byte(text), document.Options{Format: document.Text})
	if err != nil {
		tb.Fatalf("loading %s: %v", name, err)
	}
	return d
}
