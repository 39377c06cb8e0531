package document

import "github.com/sergi/go-diff/diffmatchpatch"

// DiffOp says what a step of a word diff does.
type DiffOp int

// The steps of a word diff.
const (
	Same   DiffOp = iota // words both lists have
	Delete               // words only the first list has
	Insert               // words only the second list has
)

// DiffStep is one step of a word diff: N words of the first list, the second, or both.
type DiffStep struct {
	Op DiffOp
	N  int
}

// DiffWords returns the word-level diff that turns words a into words b, comparing folded forms,
// with go-diff run over words (each distinct folded word mapped to one rune) and cleaned up for
// people to read.
func DiffWords(a, b []Word) []DiffStep {
	return diffWords(a, b, true)
}

// DiffWordsMinimal is DiffWords without the clean-up for people: the shortest diff, which keeps
// every word the two lists share in order. A short quotation set against a long sentence needs
// it: the clean-up folds "of the 412 wells sampled" into the deletions around it when more words
// are deleted on either side.
func DiffWordsMinimal(a, b []Word) []DiffStep {
	return diffWords(a, b, false)
}

func diffWords(a, b []Word, forPeople bool) []DiffStep {
	ids := map[string]rune{}
	encode := func(words []Word) []rune {
		out := make([]rune, len(words))
		for i, w := range words {
			id, ok := ids[w.Norm]
			if !ok {
				id = rune(0xE000 + len(ids)) // private use area: never a real word's rune
				if id > 0xF8FF {
					id = rune(0xF0000 + len(ids))
				}
				ids[w.Norm] = id
			}
			out[i] = id
		}
		return out
	}
	ra, rb := encode(a), encode(b)
	dmp := diffmatchpatch.New()
	diffs := dmp.DiffMainRunes(ra, rb, false)
	if forPeople {
		diffs = dmp.DiffCleanupSemantic(diffs)
	}
	steps := make([]DiffStep, 0, len(diffs))
	for _, d := range diffs {
		step := DiffStep{Op: Same, N: len([]rune(d.Text))}
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			step.Op = Delete
		case diffmatchpatch.DiffInsert:
			step.Op = Insert
		}
		steps = append(steps, step)
	}
	return steps
}

// CharDistance returns the number of characters inserted, deleted or replaced to turn a into b
// (the Levenshtein distance of go-diff's character diff): "14" is one from "4", "96" two.
func CharDistance(a, b string) int {
	dmp := diffmatchpatch.New()
	return dmp.DiffLevenshtein(dmp.DiffMain(a, b, false))
}
