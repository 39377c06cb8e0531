package framing

import (
	"embed"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
	"io/fs"
	"path"
	"slices"
)

// builtinFS holds the lexicon we ship, one file per family of devices.
//
//go:embed lexicon/*.txt
var builtinFS embed.FS

// lexicon is a compiled set of entries indexed by the stem of their first word.
type lexicon struct {
	entries []*entry         // every live entry, in definition order
	all     index            // every entry
	plain   index            // entries that need no source: all but hedges and certainty wording
	hedges  index            // hedges only
	vocab   map[string]int32 // every folded form a slot accepts → its number
}

// index finds the entries whose first word can match a document word, in definition order: by
// the word's folded form, or by its stem for first words written "~word".
type index struct {
	forms map[string][]*entry
	stems map[string][]*entry
}

func newIndex() index {
	return index{forms: map[string][]*entry{}, stems: map[string][]*entry{}}
}

func (ix index) add(e *entry) {
	first := &e.slots[0]
	for f := range first.forms {
		ix.forms[f] = append(ix.forms[f], e)
	}
	for st := range first.stems {
		ix.stems[st] = append(ix.stems[st], e)
	}
}

// lookup returns the entries that may start at a word, in definition order and once each.
func (ix index) lookup(w document.Word) []*entry {
	byForm, byStem := ix.forms[w.Norm], ix.stems[w.Stem]
	if len(byStem) == 0 {
		return byForm
	}
	if len(byForm) == 0 {
		return byStem
	}
	out := make([]*entry, 0, len(byForm)+len(byStem))
	for len(byForm) > 0 || len(byStem) > 0 {
		var next *entry
		switch {
		case len(byStem) == 0 || len(byForm) > 0 && byForm[0].seq <= byStem[0].seq:
			next, byForm = byForm[0], byForm[1:]
		default:
			next, byStem = byStem[0], byStem[1:]
		}
		if len(out) == 0 || out[len(out)-1] != next {
			out = append(out, next)
		}
	}
	return out
}

// numberForms gives every form that a slot accepts a number, so that matching compares
// integers instead of strings.
func (lx *lexicon) numberForms(slots []slot) {
	for i := range slots {
		s := &slots[i]
		if s.ids != nil && len(s.ids) == len(s.forms) {
			continue // a condition item shared with an entry numbered before
		}
		s.ids = s.ids[:0]
		for f := range s.forms {
			id, ok := lx.vocab[f]
			if !ok {
				id = int32(len(lx.vocab))
				lx.vocab[f] = id
			}
			s.ids = append(s.ids, id)
		}
		slices.Sort(s.ids)
	}
}

// wordIDs returns the vocabulary number of each word of a document, or -1.
func (lx *lexicon) wordIDs(doc *document.Document) []int32 {
	ids := make([]int32, len(doc.Words))
	for i := range doc.Words {
		id, ok := lx.vocab[doc.Words[i].Norm]
		if !ok {
			id = -1
		}
		ids[i] = id
	}
	return ids
}

// compileLexicon compiles the built-in lexicon and then the user's, which overrides built-in
// entries with the same phrase. Every bad line of either is reported.
func compileLexicon(extra []byte, extraName string) (*lexicon, error) {
	var errs ErrorList
	rank := 0
	items := itemCache{}
	byKey := map[string]*entry{}
	var order []string
	names, err := fs.Glob(builtinFS, "lexicon/*.txt")
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	for _, name := range names {
		data, err := builtinFS.ReadFile(name)
		if err != nil {
			return nil, err
		}
		file := "builtin/" + path.Base(name)
		for _, e := range parseLexicon(data, file, false, &rank, &errs, items) {
			if prev, dup := byKey[e.key]; dup {
				errs.Add(file, e.line, "duplicate entry %s (first in %s:%d)", quote(e.phrase), prev.file, prev.line)
				continue
			}
			byKey[e.key] = e
			order = append(order, e.key)
		}
	}
	if extra != nil {
		if extraName == "" {
			extraName = "lexicon"
		}
		for _, e := range parseLexicon(extra, extraName, true, &rank, &errs, items) {
			if _, ok := byKey[e.key]; !ok {
				order = append(order, e.key)
			}
			byKey[e.key] = e
		}
	}
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	// Every entry also matches its contracted or written-out twin, unless a line of its own
	// defines that twin. The range reads order once: the twins appended are not visited.
	for _, k := range order {
		e := byKey[k]
		for _, v := range contractionVariants(e.phrase) {
			slots, problem := compilePhrase(v, true)
			if problem != "" {
				continue
			}
			twin := *e
			twin.slots, twin.key, twin.phrase = slots, phraseKey(slots), v
			if _, ok := byKey[twin.key]; !ok {
				byKey[twin.key] = &twin
				order = append(order, twin.key)
			}
		}
	}
	lx := &lexicon{all: newIndex(), plain: newIndex(), hedges: newIndex(), vocab: map[string]int32{}}
	for _, k := range order {
		e := byKey[k]
		lx.numberForms(e.slots)
		for _, c := range e.conds {
			for _, it := range c.items {
				lx.numberForms(it.slots)
			}
		}
		e.seq = len(lx.entries)
		lx.entries = append(lx.entries, e)
		lx.all.add(e)
		switch e.subkind {
		case Hedge:
			lx.hedges.add(e)
		case report.CertaintyShift:
		default:
			lx.plain.add(e)
		}
	}
	return lx, nil
}
