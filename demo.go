// Package reframe holds the files the reframe binary carries with it: the bundled demo pair.
// The code lives in model (the analysis), ui (the reader) and cmd/reframe (the command line).
package reframe

import _ "embed"

// DemoOpinion is the opinion article of the bundled demo pair, written by the project.
//
//go:embed testdata/pairs/investigative-conspiracy/opinion.txt
var DemoOpinion []byte

// DemoSource is the source report of the bundled demo pair, written by the project.
//
//go:embed testdata/pairs/investigative-conspiracy/source.txt
var DemoSource []byte
