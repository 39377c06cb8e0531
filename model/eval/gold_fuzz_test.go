package eval

import "testing"

// FuzzParseGold reads arbitrary gold files and resolves them against a short text: no panic,
// and resolved spans inside the text.
func FuzzParseGold(f *testing.F) {
	f.Add(`{"name": "x", "items": [{"kind": "quote", "subkind": "verbatim", "text": "the bay", "marked": true}]}`)
	f.Add(`{"items": [{"kind": "framing", "text": "", "occurrence": -3}], "omitted": [{"text": "x"}]}`)
	f.Add(`{"unknown": 1}`)
	const opinion, source = "The bay is full of silt, and the bay smells.", "Silt entered the bay."
	f.Fuzz(func(t *testing.T, data string) {
		g, err := ParseGold([]byte(data))
		if err != nil {
			return
		}
		spans, err := g.Resolve(opinion, source)
		if err != nil {
			return
		}
		for _, s := range spans {
			if s.Start < 0 || s.End > len(opinion) || s.Start > s.End {
				t.Errorf("span %+v outside the opinion", s)
			}
		}
	})
}
