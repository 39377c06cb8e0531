package framing

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// hit is one match of a lexicon entry in a document.
type hit struct {
	first, end int           // word indices [first, end)
	span       document.Span // from the first word's start to the last word's end
	e          *entry        // the entry that matched
}

// scan finds every match of the entries of an index, in document order. quoted reports whether
// an offset lies inside quotation marks; it may be nil. writersReports treats loaded language in
// reported speech as the writer's (see holdsFor).
func (lx *lexicon) scan(doc *document.Document, quoted func(int) bool, ix index, writersReports bool) []hit {
	var hits []hit
	m := lx.matcher(doc, quoted)
	m.writersReports = writersReports
	for i := range doc.Words {
		for _, e := range ix.lookup(doc.Words[i]) {
			end, ok := m.match(i, e.slots)
			if !ok || !m.holdsFor(e, i, end) || e.subkind == Hedge && end == i+1 && m.classAt(classCap, i, doc.Words[i].Sentence) {
				continue // a one-word hedge written as a name is the name: "Theresa May", "in May"
			}
			hits = append(hits, hit{first: i, end: end, e: e,
				span: doc.WordSpan(i, end)})
		}
	}
	return hits
}

// matcher matches phrases at word positions of one document.
type matcher struct {
	doc    *document.Document
	ids    []int32        // each word's number in the lexicon's vocabulary, or -1
	quoted func(int) bool // reports an offset inside quotation marks; may be nil
	// writersReports is set for an opinion read beside its source: loaded language reported
	// without quotation marks is the writer's wording (see holdsFor).
	writersReports bool
}

// matcher prepares a document for matching.
func (lx *lexicon) matcher(doc *document.Document, quoted func(int) bool) matcher {
	return matcher{doc: doc, ids: lx.wordIDs(doc), quoted: quoted}
}

// match reports whether slots match starting at word i, and where the match ends. Matched words
// lie in one sentence with no clause punctuation between them.
func (m *matcher) match(i int, slots []slot) (int, bool) {
	if i >= len(m.doc.Words) {
		return 0, false
	}
	return m.matchFrom(i, i, slots, m.doc.Words[i].Sentence)
}

func (m *matcher) matchFrom(first, i int, slots []slot, sentence int) (int, bool) {
	if len(slots) == 0 {
		return i, true
	}
	s := &slots[0]
	if s.gap {
		for g := 0; g <= maxGap; g++ {
			if g > 0 && !m.joined(first, i+g-1, sentence) {
				break
			}
			if end, ok := m.matchFrom(first, i+g, slots[1:], sentence); ok {
				return end, true
			}
		}
		return 0, false
	}
	if !m.joined(first, i, sentence) || !s.matches(&m.doc.Words[i], m.ids[i]) {
		return 0, false
	}
	return m.matchFrom(first, i+1, slots[1:], sentence)
}

// joined reports whether word i exists, lies in the sentence, and follows word i-1 without
// clause punctuation between them (unless i is the first word of the match).
func (m *matcher) joined(first, i int, sentence int) bool {
	words := m.doc.Words
	if i >= len(words) || words[i].Sentence != sentence {
		return false
	}
	return i == first || !breaks(m.doc.Text[words[i-1].End:words[i].Start])
}

// breaks reports clause punctuation in the text between two words.
func breaks(between string) bool {
	newlines := 0
	for i := 0; i < len(between); i++ {
		switch c := between[i]; c {
		case '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}':
			return true
		case '\n':
			if newlines++; newlines == 2 {
				return true
			}
		case 0xE2: // the first byte of an em dash, an en dash and an ellipsis
			if strings.HasPrefix(between[i:], "—") || strings.HasPrefix(between[i:], "–") ||
				strings.HasPrefix(between[i:], "…") {
				return true
			}
		}
	}
	return false
}

// holdsFor reports whether an entry's conditions hold for a match of words [first, end). When
// the matcher reads an opinion beside its source, loaded language in reported speech is the
// writer's own wording unless it stands in quotation marks: "announced that our quota has to be
// slashed" chooses "slashed" for the Institute. Echoes of the source's wording are found later.
func (m *matcher) holdsFor(e *entry, first, end int) bool {
	for _, c := range e.conds {
		if c.kind == notReported && m.writersReports && e.subkind == report.LoadedLanguage {
			if m.inQuotes(first) {
				return false
			}
			continue
		}
		if !m.holdsOne(c, first, end) {
			return false
		}
	}
	return true
}

// sameSense reports whether the conditions on the surrounding words hold for a match, leaving out
// those about who speaks (reported speech, restating): it tells whether a phrase found in the
// source is used there in the sense the entry flags, not as a plain word ("the claims about
// recruits" does not echo "she claims that").
func (m *matcher) sameSense(conds []condition, first, end int) bool {
	for _, c := range conds {
		if c.kind != notReported && c.kind != onlyRestating && !m.holdsOne(c, first, end) {
			return false
		}
	}
	return true
}

// holdsOne reports whether one condition holds for a match of words [first, end).
func (m *matcher) holdsOne(c condition, first, end int) bool {
	switch c.kind {
	case notBefore:
		return !m.anyBefore(c.items, end)
	case onlyBefore:
		return m.anyBefore(c.items, end)
	case notAfter:
		return !m.anyAfter(c.items, first)
	case onlyAfter:
		return m.anyAfter(c.items, first)
	case notNear:
		return !m.anyNear(c.items, first, end)
	case onlyNear:
		return m.anyNear(c.items, first, end)
	case notReported:
		return !m.reported(first)
	}
	// onlyRestating needs the source: the detector's run checks it (run.restates), the matcher
	// cannot.
	return true
}

// anyBefore reports whether one of the items comes next after word end-1: directly, or after one
// determiner ("slammed the door" is caught by "!not-before: door").
func (m *matcher) anyBefore(items []item, end int) bool {
	sentence := m.doc.Words[end-1].Sentence
	for _, it := range items {
		if it.slots == nil && it.class == classBreak {
			if m.pauseBetween(end-1, end, sentence) {
				return true
			}
			continue
		}
		if m.itemAt(it, end, sentence) {
			return true
		}
		if it.slots != nil && end < len(m.doc.Words) && m.doc.Words[end].Sentence == sentence &&
			determiners[m.doc.Words[end].Norm] && m.itemAt(it, end+1, sentence) {
			return true
		}
	}
	return false
}

// anyAfter reports whether one of the items ends just before word first.
func (m *matcher) anyAfter(items []item, first int) bool {
	sentence := m.doc.Words[first].Sentence
	for _, it := range items {
		if it.slots == nil && it.class == classBreak {
			if m.pauseBetween(first-1, first, sentence) {
				return true
			}
			continue
		}
		if it.slots == nil {
			if m.classAt(it.class, first-1, sentence) {
				return true
			}
			continue
		}
		start := first - len(it.slots)
		if start < 0 || m.doc.Words[start].Sentence != sentence {
			continue
		}
		if end, ok := m.match(start, it.slots); ok && end == first {
			return true
		}
	}
	return false
}

// anyNear reports whether one of the items occurs within nearWindow words of [first, end).
func (m *matcher) anyNear(items []item, first, end int) bool {
	sentence := m.doc.Words[first].Sentence
	for _, it := range items {
		if it.slots == nil {
			continue
		}
		for i := max(0, first-nearWindow); i < min(len(m.doc.Words), end+nearWindow); i++ {
			if (i >= first && i < end) || m.doc.Words[i].Sentence != sentence {
				continue
			}
			if _, ok := m.match(i, it.slots); ok {
				return true
			}
		}
	}
	return false
}

// pauseBetween reports whether the sentence pauses between words a and b = a+1: one of them is
// outside the sentence, or punctuation that sets a phrase off (a comma, a semicolon, a colon, a
// dash or a bracket) stands between them. "The union, naturally, claims" sets "naturally" off.
func (m *matcher) pauseBetween(a, b, sentence int) bool {
	words := m.doc.Words
	if a < 0 || b >= len(words) || words[a].Sentence != sentence || words[b].Sentence != sentence {
		return true
	}
	gap := m.doc.Text[words[a].End:words[b].Start]
	return strings.ContainsAny(gap, ",;:—–()") || strings.Contains(gap, " - ")
}

// itemAt reports whether an item matches at word i (a class checks word i itself).
func (m *matcher) itemAt(it item, i, sentence int) bool {
	if it.slots == nil {
		return m.classAt(it.class, i, sentence)
	}
	if i >= len(m.doc.Words) || m.doc.Words[i].Sentence != sentence {
		return false
	}
	_, ok := m.match(i, it.slots)
	return ok
}

// classAt reports whether word i belongs to a class. Position i may fall outside the sentence:
// only @edge matches there.
func (m *matcher) classAt(c wordClass, i, sentence int) bool {
	words := m.doc.Words
	inside := i >= 0 && i < len(words) && words[i].Sentence == sentence
	if c == classEdge {
		return !inside
	}
	if !inside {
		return false
	}
	w := &words[i]
	switch c {
	case classDet:
		return determiners[w.Norm]
	case classPron:
		return objectPronouns[w.Norm]
	case classNum:
		r, _ := utf8.DecodeRuneInString(w.Norm)
		return unicode.IsDigit(r) || document.IsNumberWord(w.Norm)
	case classCap:
		r, _ := utf8.DecodeRuneInString(m.doc.Text[w.Start:w.End])
		return unicode.IsUpper(r) && i > m.doc.Sentences[sentence].FirstWord
	}
	return false
}

// reported reports whether word i is someone else's words: inside quotation marks, or after a
// reporting verb earlier in its clause ("the report says the council should ...").
func (m *matcher) reported(i int) bool {
	w := m.doc.Words[i]
	if m.inQuotes(i) {
		return true
	}
	s := m.doc.Sentences[w.Sentence]
	for j := i - 1; j >= s.FirstWord; j-- {
		if strings.ContainsAny(m.doc.Text[m.doc.Words[j].End:m.doc.Words[j+1].Start], ";:—") {
			return false
		}
		if reportingVerbs[m.doc.Words[j].Norm] {
			return true
		}
	}
	return false
}

// inQuotes reports whether word i stands inside quotation marks.
func (m *matcher) inQuotes(i int) bool {
	return m.quoted != nil && m.quoted(m.doc.Words[i].Start)
}

// reportingVerbs introduce someone else's words or view. Forms that are also common nouns
// ("report", "claims", "states") and first-person forms ("I think") are left out.
var reportingVerbs = setOf("says", "said", "tells", "told", "according", "argues", "argued",
	"recommends", "recommended", "urges", "urged", "believes", "believed", "insists", "insisted",
	"warns", "warned", "stated", "noted", "added", "concludes", "concluded", "writes", "wrote",
	"reported", "finds", "found", "proposes", "proposed", "demanded", "asks", "asked", "suggests",
	"suggested", "claimed", "explains", "explained", "contends", "contended", "maintains",
	"maintained", "announced", "declares", "declared", "thinks", "feels", "called", "advises",
	"advised", "stresses", "stressed", "emphasises", "emphasised", "emphasizes", "emphasized",
	"acknowledges", "acknowledged", "agrees", "agreed", "testified", "replied", "responded")
