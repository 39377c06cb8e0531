package claims

import (
	"math"
	"testing"

	"github.com/reframe-dev/reframe/model/document"
)

// FuzzRestatements parses arbitrary restatement tables: no panic, and a table that parses holds
// only groups of two or more stems.
func FuzzRestatements(f *testing.F) {
	f.Add("say said state\nrise, rose increase # comment\n")
	f.Add("a a\nb\nUPPER case\n")
	f.Add("rise rose\nfall rise\n")
	f.Fuzz(func(t *testing.T, text string) {
		m, err := parseRestatements(text)
		if err != nil {
			return
		}
		for stem, group := range m {
			if len(group) < 2 {
				t.Errorf("%q is in a group of %d", stem, len(group))
			}
		}
	})
}

// FuzzQuantities reads figures from arbitrary text: no panic, finite values, and every figure
// pointing at a word of the text.
func FuzzQuantities(f *testing.F) {
	f.Add("Around 4,000 people, nearly half of them, left; one in five; eighty-eight; $2.4 billion; 3.5%.")
	f.Add("more than 1,100 letters, fewer than 300, up to 2,000 containers, at least 400 residents")
	f.Add("Route 7 in 2019 carried 38 percent; a few dozen; hundreds of thousands")
	f.Add("42 \u0301 tonnes") // a word of combining marks alone once left a figure an empty unit word
	f.Fuzz(func(t *testing.T, text string) {
		d, err := document.Load("t.txt", []byte(text), document.Options{Format: document.Text})
		if err != nil {
			return
		}
		for _, q := range quantities(d, 0, len(d.Words)) {
			if math.IsNaN(q.value) || math.IsInf(q.value, 0) {
				t.Errorf("%q: value %v", q.text, q.value)
			}
			if q.word < 0 || q.word >= len(d.Words) {
				t.Errorf("%q: word %d out of range", q.text, q.word)
			}
			lo, hi := q.interval()
			if lo > hi {
				t.Errorf("%q: interval [%v, %v]", q.text, lo, hi)
			}
		}
	})
}
