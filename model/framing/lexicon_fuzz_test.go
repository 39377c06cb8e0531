package framing

import (
	"strings"
	"testing"

	"github.com/reframe-dev/reframe/model/document"
)

// FuzzLexicon feeds arbitrary user lexicons to New: a bad one must come back as line errors,
// never a panic, and a good one must give findings inside the document.
func FuzzLexicon(f *testing.F) {
	f.Add("bombshell | loaded-language | signals importance\nbrush * aside | loaded-language\n")
	f.Add("critical | intensifier | !not-before: care, condition, @num\ncritical care | none\n")
	f.Add("must | normative | !not-reported\nso-called | none\n")
	f.Add("a/b/c _ = ~x | speculation | {} note | !only-after: @edge, @cap\n")
	f.Add("| loaded\n* | none\nword | nosuch\nx | intensifier | !nope: y\n")
	f.Add("should take * weeks/days | none\n~scandal | loaded-language | !not-near: ,\n")
	doc, err := document.Load("opinion.txt", []byte("The so-called reform is a bombshell: critics brushed the critical care warnings aside, and it must stop."), document.Options{Format: document.Text})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, lexicon string) {
		// Parsing alone is cheap; only a lexicon that parses is compiled with the built-in one.
		var errs ErrorList
		rank := 0
		parseLexicon([]byte(lexicon), "fuzz.txt", true, &rank, &errs, itemCache{})
		if len(errs) > 0 {
			for line := range strings.SplitSeq(errs.Error(), "\n") {
				if !strings.HasPrefix(line, "fuzz.txt:") {
					t.Fatalf("error line without its file and line: %q", line)
				}
			}
			return
		}
		d, err := New([]byte(lexicon), "fuzz.txt")
		if err != nil {
			for line := range strings.SplitSeq(err.Error(), "\n") {
				if !strings.HasPrefix(line, "fuzz.txt:") && !strings.HasPrefix(line, "builtin/") {
					t.Fatalf("error line without its file and line: %q", line)
				}
			}
			return
		}
		fs, _ := d.Find(doc, Context{})
		checkFindings(t, doc, nil, fs)
	})
}
