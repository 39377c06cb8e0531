package claims

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/reframe-dev/reframe/model/document"
)

// restatementsText holds the groups of words a writer commonly swaps for one another when
// restating a source: retrieval treats the members of a group as the same word. Its header says
// what belongs in a group.
//
//go:embed restatements.txt
var restatementsText string

// synonymOf maps the stem of every word in restatements.txt to the stems of its group. It is
// built once, when the package is initialised, and only read afterwards.
var synonymOf = mustParseRestatements(restatementsText)

// mustParseRestatements parses the embedded table; a malformed table is a programming error.
func mustParseRestatements(text string) map[string][]string {
	m, err := parseRestatements(text)
	if err != nil {
		panic("claims: restatements.txt: " + err.Error())
	}
	return m
}

// parseRestatements reads a table of restatements: one group per line, words separated by spaces
// or commas, '#' starting a comment. It returns each stem's group as stems, every member of a
// group sharing one slice. A word listed twice, a stem in two groups (so that one group would
// silently override the other), a group with fewer than two stems and anything that is not a
// lower-case word are errors.
func parseRestatements(text string) (map[string][]string, error) {
	type place struct {
		line int
		word string
	}
	m := map[string][]string{}
	words := map[string]int{}   // word -> line it is listed on
	stems := map[string]place{} // stem -> first word listed with it
	for n, line := range strings.Split(text, "\n") {
		n++
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		fields := strings.FieldsFunc(line, func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
		if len(fields) == 0 {
			continue
		}
		var group []string
		for _, w := range fields {
			if strings.TrimFunc(w, func(r rune) bool { return r >= 'a' && r <= 'z' }) != "" {
				return nil, fmt.Errorf("line %d: %q is not a lower-case word of letters a-z", n, w)
			}
			if at, ok := words[w]; ok {
				return nil, fmt.Errorf("line %d: %q is already listed on line %d: a word belongs to at most one group", n, w, at)
			}
			words[w] = n
			st := document.Stem(w)
			if at, ok := stems[st]; ok {
				if at.line == n {
					continue // another form of a word already in this group ("rule ruling")
				}
				return nil, fmt.Errorf("line %d: %q has the stem %q of %q on line %d: a stem belongs to at most one group", n, w, st, at.word, at.line)
			}
			stems[st] = place{n, w}
			group = append(group, st)
		}
		if len(group) < 2 {
			return nil, fmt.Errorf("line %d: the group %q has fewer than two different stems", n, strings.Join(fields, " "))
		}
		group = slices.Clip(group)
		for _, st := range group {
			m[st] = group
		}
	}
	return m, nil
}

// expand returns a stem with the stems of its usual restatements. The result must not be
// modified.
func expand(stem string) []string {
	if alts, ok := synonymOf[stem]; ok {
		return alts
	}
	return []string{stem}
}

// withRestatements adds to a set of stems their usual restatements: "fall" for "decline".
func withRestatements(stems map[string]bool) map[string]bool {
	out := make(map[string]bool, len(stems))
	for st := range stems {
		for _, alt := range expand(st) {
			out[alt] = true
		}
	}
	return out
}

// sameStem reports whether two stems are equal or usual restatements of each other.
func sameStem(a, b string) bool {
	if a == b {
		return true
	}
	return slices.Contains(synonymOf[a], b)
}
