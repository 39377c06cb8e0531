package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reframe-dev/reframe/model/document"
)

// documentNouns name the kind of document a source is: "according to the trust's own board
// paper" credits the source itself, not someone else.
var documentNouns = stemSet("report", "paper", "release", "bulletin", "review", "study", "decision",
	"judgment", "judgement", "ruling", "statement", "notice", "survey", "inquiry", "inspection",
	"audit", "evaluation", "findings", "figures", "data", "document", "summary")

// creditsTheSource reports whether a credit found in a clause's text points at the source itself:
// "according to the trust's own board paper" (the, then a document noun, with no other name on
// the way), or "the Environment Office told us" when the teller is a name of two or more words
// that the source's title or first paragraph gives as its own.
func (idx *index) creditsTheSource(text, credit string) bool {
	at := strings.Index(text, credit)
	if at < 0 {
		return false
	}
	if strings.EqualFold(credit, "according to") {
		after := strings.Fields(text[at+len(credit):])
		if len(after) == 0 || !strings.EqualFold(after[0], "the") {
			return false // "according to a report in the Tessany Ledger"
		}
		var names []string
		for _, w := range after[1:min(len(after), 7)] {
			bare := strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ".,;:\"“”"), "'s"), "’s")
			if documentNouns[document.Stem(strings.ToLower(bare))] {
				return len(names) == 0 || idx.namesAuthor(names)
			}
			if r, _ := utf8.DecodeRuneInString(bare); unicode.IsUpper(r) {
				names = append(names, bare) // "the Alliance's own figures" are the Alliance's
			}
		}
		return false
	}
	before := strings.Fields(text[:at])
	var name []string
	i := len(before) - 1
	for ; i >= 0 && i >= len(before)-4; i-- {
		w := strings.Trim(before[i], ".,;:'’\"“”")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			break
		}
		name = append(name, w)
	}
	// "Residents on the Penmarrow Road tell me": a place after a preposition is not the teller.
	definite := i >= 0 && strings.EqualFold(before[i], "the")
	if definite {
		i--
	}
	if i >= 0 && placePrepositions[strings.ToLower(before[i])] {
		return false
	}
	// One capitalised word is a name only after "the" ("the Authority told us"): alone it may
	// be a pronoun or the first word of the sentence ("It tells us", "Officials told me").
	return (len(name) >= 2 || len(name) == 1 && definite) && idx.namesAuthor(name)
}

// placePrepositions, before a name, make it a place rather than the one who tells.
var placePrepositions = setOfWords("on", "in", "at", "from", "near", "along", "of", "by", "to", "across", "off", "around")

// namesAuthor reports whether every word of a name occurs, capitalised, in the source's title or
// first paragraph after it: the source's own author or publisher.
func (idx *index) namesAuthor(name []string) bool {
	d := idx.doc
	if len(d.Paragraphs) == 0 {
		return false
	}
	end := d.Paragraphs[min(1, len(d.Paragraphs)-1)].End
	head := d.Text[:end]
	for _, w := range name {
		if !strings.Contains(head, w) {
			return false
		}
	}
	return true
}
