// Package model is reframe's analysis: it takes an opinion article and the source it cites, as
// loaded documents, and returns a report of how the source was reframed. It is the pure core of
// the tool. Despite the name, it is not Bubble Tea's model (the reader's state lives in package
// ui): it imports no terminal, network or file code, keeps no mutable globals, and gives the same
// report for the same inputs every time.
//
// The work is split by analysis, each in its own package built once and then applied:
// document loads and segments text, align finds reused passages, framing finds the rhetoric the
// writer added, and claims checks assertions against the source. Analyze runs them in order and
// assembles the report.
package model
