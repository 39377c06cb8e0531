package framing

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Error is a problem with one line of a lexicon.
type Error struct {
	File string // the lexicon's name, as given to New or "builtin/NAME.txt"
	Line int    // 1-based line number
	Msg  string // what is wrong, in a few words
}

// Error returns "FILE:LINE: problem".
func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// ErrorList collects every problem found in a lexicon, so that a user with three bad lines learns
// about all three at once. It is modelled on go/scanner's ErrorList.
type ErrorList []*Error

// Add appends an error at a position.
func (l *ErrorList) Add(file string, line int, format string, args ...any) {
	*l = append(*l, &Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// Sort orders the errors by file, then line.
func (l ErrorList) Sort() {
	slices.SortStableFunc(l, func(a, b *Error) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
}

// Error returns every error, one "FILE:LINE: problem" a line.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	lines := make([]string, len(l))
	for i, e := range l {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Err returns the list as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
