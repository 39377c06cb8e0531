package claims

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/reframe-dev/reframe/model/document"
)

func TestDbg(t *testing.T) {
	for _, c := range []struct{ pair, prefix string }{
		{"investigative-conspiracy", "Tamsa Freight has just"},
		{"investigative-conspiracy", "the army had won"},
		{"health-notice-social", "This isn't the first"},
		{"health-notice-social", "Fellbeck cut maintenance"},
		{"court-commentary", "None of this is new"},
		{"company-hype", "pure plays"},
		{"science-health", "that quietly wears"},
		{"stats-blog", "the people who ordered"},
	} {
		ob, _ := os.ReadFile("../../testdata/pairs/" + c.pair + "/opinion.txt")
		sb, _ := os.ReadFile("../../testdata/pairs/" + c.pair + "/source.txt")
		op, _ := document.Load("o.txt", ob, document.Options{Format: document.Text})
		src, _ := document.Load("s.txt", sb, document.Options{Format: document.Text})
		idx := newIndex(src)
		found := false
		for _, cl := range clauses(op) {
			txt := op.Slice(cl.span)
			if strings.Contains(txt, c.prefix) {
				found = true
				p := idx.search(op, cl.from, cl.to)
				f, ok := New(Defaults).judge(Input{Opinion: op, Source: src}, idx, cl)
				fmt.Printf("%q checkable=%v score=%.2f shared=%d plain=%d -> %v %s/%s\n", txt, cl.checkable, p.score, p.shared, p.plain, ok, f.Kind, f.Subkind)
			}
		}
		if !found {
			fmt.Printf("no clause for %q\n", c.prefix)
		}
	}
}
