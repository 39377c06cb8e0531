package main

import (
	"strings"
	"testing"
)

// FuzzParseList reads arbitrary batch lists, as JSONL and as CSV: no panic, a one-line error, or
// pairs that each have an id, and both inputs unless the pair carries its own error.
func FuzzParseList(f *testing.F) {
	f.Add(`{"id": "a", "opinion": "a.txt", "source": "s.txt"}` + "\n" + `{"id": 2, "opinion": "b.txt", "source": "s.txt"}`)
	f.Add("id,opinion,source\na,a.txt,s.txt\n\"b,c\",b.txt,s.txt\n")
	f.Add("{\"id\": \"\"}\n{not json\nid,opinion\n")
	f.Fuzz(func(t *testing.T, data string) {
		for _, name := range []string{"list.jsonl", "list.csv", "list"} {
			pairs, err := parseList(name, []byte(data), "/tmp")
			if err != nil {
				if msg := err.Error(); msg == "" || strings.Contains(msg, "\n") {
					t.Errorf("%s: error is not one line: %q", name, msg)
				}
				continue
			}
			for _, p := range pairs {
				if p.id == "" || p.err == nil && (p.opinion == "" || p.source == "") {
					t.Errorf("%s: incomplete pair %+v", name, p)
				}
			}
		}
	})
}
