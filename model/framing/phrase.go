package framing

import (
	"slices"
	"strings"

	"github.com/reframe-dev/reframe/model/document"
)

// maxGap is the most words an optional gap ('*') in a phrase may skip: "brushed * aside" matches
// "brushed aside", "brushed it aside" and "brushed the warnings aside".
const maxGap = 3

// slot is one position of a compiled phrase: a word (with its accepted forms) or a gap.
type slot struct {
	gap   bool            // an optional gap of up to maxGap words
	any   bool            // any one word that is not a closed-class word ('_')
	forms map[string]bool // folded forms accepted here (default and exact words)
	ids   []int32         // the forms' numbers in the lexicon's vocabulary, sorted
	stems map[string]bool // Snowball stems accepted here (loose '~' words)
	text  string          // canonical spelling, for entry keys and messages
}

// matches reports whether a word fills the slot; id is the word's number in the lexicon's
// vocabulary, or -1.
func (s *slot) matches(w *document.Word, id int32) bool {
	if s.any {
		return !closedClass[w.Norm]
	}
	if id >= 0 {
		if _, ok := slices.BinarySearch(s.ids, id); ok {
			return true
		}
	}
	return len(s.stems) > 0 && s.stems[w.Stem]
}

// compilePhrase parses the phrase syntax of a lexicon entry: words separated by spaces, each
// matching its inflections; "=word" for that exact form only; "~word" for any word with the same
// Snowball stem; "a/b/c" for alternatives at one position; "_" for any one word that is not a
// closed-class word; "*" for an optional gap of up to maxGap words. It returns the slots, or a
// problem in a few words.
func compilePhrase(phrase string, allowGaps bool) ([]slot, string) {
	var slots []slot
	tokens := strings.Fields(phrase)
	for i, tok := range tokens {
		if tok == "*" {
			switch {
			case !allowGaps:
				return nil, "a gap '*' is not allowed here"
			case i == 0 || i == len(tokens)-1:
				return nil, "a phrase cannot start or end with a gap '*'"
			case tokens[i-1] == "*":
				return nil, "two gaps '*' in a row"
			}
			slots = append(slots, slot{gap: true, text: "*"})
			continue
		}
		if tok == "_" {
			if i == 0 {
				return nil, "a phrase cannot start with '_'"
			}
			slots = append(slots, slot{any: true, text: "_"})
			continue
		}
		alts := strings.Split(tok, "/")
		if len(alts) == 1 {
			words, problem := altWords(tok)
			if problem != "" {
				return nil, problem
			}
			for _, w := range words {
				slots = append(slots, newSlot([]altWord{w}))
			}
			continue
		}
		var ws []altWord
		for _, alt := range alts {
			words, problem := altWords(alt)
			if problem != "" {
				return nil, problem
			}
			if len(words) != 1 {
				return nil, "each alternative in " + quote(tok) + " must be one word"
			}
			ws = append(ws, words[0])
		}
		slots = append(slots, newSlot(ws))
	}
	if len(slots) == 0 {
		return nil, "no words in the phrase"
	}
	return slots, ""
}

// altWord is one folded word of a phrase with its matching mode.
type altWord struct {
	word string
	mode byte // 0 inflections, '=' exact, '~' stem family
}

// altWords folds one token of a phrase into words, keeping its '=' or '~' prefix.
func altWords(tok string) ([]altWord, string) {
	var mode byte
	if strings.HasPrefix(tok, "=") || strings.HasPrefix(tok, "~") {
		mode, tok = tok[0], tok[1:]
	}
	if strings.ContainsAny(tok, "=~*_|!@") {
		return nil, "unexpected character in " + quote(tok)
	}
	folded := strings.Fields(document.Fold(tok))
	if len(folded) == 0 {
		return nil, "no word in " + quote(tok)
	}
	out := make([]altWord, len(folded))
	for i, f := range folded {
		out[i] = altWord{word: f, mode: mode}
	}
	return out, ""
}

// newSlot builds a slot accepting any of the given words.
func newSlot(words []altWord) slot {
	s := slot{forms: map[string]bool{}, stems: map[string]bool{}}
	var names []string
	for _, w := range words {
		switch w.mode {
		case '=':
			s.forms[w.word] = true
			names = append(names, "="+w.word)
		case '~':
			s.stems[document.Stem(w.word)] = true
			names = append(names, "~"+document.Stem(w.word))
		default:
			for _, f := range inflections(w.word) {
				s.forms[f] = true
			}
			names = append(names, w.word)
		}
	}
	slices.Sort(names)
	s.text = strings.Join(slices.Compact(names), "/")
	return s
}

// phraseKey is the canonical form of a compiled phrase: two entries with the same key match the
// same words, so a later one overrides an earlier one.
func phraseKey(slots []slot) string {
	parts := make([]string, len(slots))
	for i, s := range slots {
		parts[i] = s.text
	}
	return strings.Join(parts, " ")
}

// literalWords counts the word (non-gap) slots of a phrase: the more, the more specific.
func literalWords(slots []slot) int {
	n := 0
	for _, s := range slots {
		if !s.gap {
			n++
		}
	}
	return n
}

// quote puts document text in single quotes for an explanation, its whitespace folded to single
// spaces so that an explanation stays one line even when the text spans a line break.
func quote(s string) string { return "'" + strings.Join(strings.Fields(s), " ") + "'" }
