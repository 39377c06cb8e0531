package align

import (
	"reflect"
	"testing"

	"github.com/reframe-dev/reframe/model/document"
)

func FuzzFind(f *testing.F) {
	f.Add("She wrote: \"the new vaccine reduced hospital admissions by forty percent among older patients\" and left.",
		"The committee found that the new vaccine reduced hospital admissions by forty percent among older patients in the trial.")
	f.Add("The committee said “the new vaccine reduced hospital admissions … among older patients in the trial”.",
		"The committee found that the new vaccine reduced hospital admissions by forty percent among older patients in the trial.")
	f.Add("Consider this.\n\n> the new vaccine reduced hospital admissions\n> by forty percent\n\nThat is all.",
		"the new vaccine reduced hospital admissions by forty percent")
	f.Add("We read: the recon-\nstruction of the old harbour bridge will cost the city's taxpayers a lot.",
		"The reconstruction of the old harbour bridge will cost the city's taxpayers nearly two hundred million euros.")
	f.Add(`The data "show that the policy reduced crime in the largest cities".`,
		"The data do not show that the policy reduced crime in the largest cities, but it fell.")
	f.Add("a a a a a a a a a a a a a a a a", "a a a a a a a a a a a a a a a a a a a")
	f.Add("“unclosed quotation of many words that runs on and on", "‘x’ \"y\" ... … . . .")
	f.Fuzz(func(t *testing.T, opinionText, sourceText string) {
		opinion, err := document.Load("opinion", []byte(opinionText), document.Options{Format: document.Text})
		if err != nil {
			return
		}
		source, err := document.Load("source", []byte(sourceText), document.Options{Format: document.Text})
		if err != nil {
			return
		}
		a := New(Defaults)
		res := a.Find(opinion, source)
		checkInvariants(t, opinion, source, res)
		if len(res.Copied) != len(opinion.Words) {
			t.Fatalf("Copied has %d entries for %d words", len(res.Copied), len(opinion.Words))
		}
		again := a.Find(opinion, source)
		if !reflect.DeepEqual(res, again) {
			t.Fatalf("non-deterministic:\n%+v\n%+v", res, again)
		}
	})
}
