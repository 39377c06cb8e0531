package framing

import (
	"reflect"
	"testing"

	"github.com/reframe-dev/reframe/model/document"
)

func FuzzFind(f *testing.F) {
	f.Add("The so-called \"recovery\" is a sham! Why did the minister brush it aside?", "The recovery continued, the minister said.")
	f.Add("Eating meat causes cancer. It will NOT stop.", "Eating meat may be linked to cancer, researchers said.")
	f.Add("“Who?” she asked. ‘Experts’ agree. Wake up!!! Please.", "")
	f.Add("A\n\n> Who pays?\n\nB. Think about it. The fact that 'n' and \"\" and “", "Who pays?")
	f.Add("THE COUNCIL VOTES\n\nIt did NOT consult AT LEAST 40 residents in Part III.", "COVID")
	f.Add("brushed it it it it aside. no way of knowing. the real estate. may 5 in May.", "may could might")
	f.Fuzz(func(t *testing.T, opinion, source string) {
		op, err := document.Load("opinion.txt", []byte(opinion), document.Options{Format: document.Text})
		if err != nil {
			return
		}
		ctx := Context{}
		if src, err := document.Load("source.txt", []byte(source), document.Options{Format: document.Text}); err == nil {
			ctx.Source = src
		}
		d := builtin()
		fs, echoes := d.Find(op, ctx)
		checkFindings(t, op, ctx.Source, fs)
		for i := range fs {
			for j := i + 1; j < len(fs) && fs[j].Start < fs[i].End; j++ {
				if fs[j].Subkind == fs[i].Subkind {
					t.Errorf("findings %d and %d overlap with the same subkind: %+v %+v", i, j, fs[i], fs[j])
				}
			}
		}
		for _, e := range echoes {
			if e.Start < 0 || e.End > len(op.Text) || e.Start >= e.End {
				t.Errorf("echo %+v out of bounds", e)
			}
		}
		fs2, echoes2 := d.Find(op, ctx)
		if !reflect.DeepEqual(fs, fs2) || !reflect.DeepEqual(echoes, echoes2) {
			t.Errorf("Find is not deterministic")
		}
	})
}
