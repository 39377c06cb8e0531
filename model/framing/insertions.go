package framing

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// insertionStop lists words that a writer inserts into a copied passage without colouring it:
// function words, connectives and common adverbs of time.
var insertionStop = setOf("now", "then", "also", "already", "later", "earlier", "today", "again",
	"still", "yet", "ago", "said", "says", "that", "which", "who", "while", "when", "where",
	"although", "though", "because", "since", "percent", "per", "cent")

// insertions finds words the writer slipped into a passage copied from the source: a single word
// (or hyphenated compound) that the source does not have, between copied words that the source
// has side by side, modifying the copied word that follows ("a cherished site", "battle-hardened
// fighters"). A modifier added inside someone else's words is the writer's evaluation presented
// as the source's.
func (r *run) insertions() []candidate {
	if r.src == nil || r.copied == nil {
		return nil
	}
	var out []candidate
	words := r.op.Words
	for i := 1; i+1 < len(words); i++ {
		if r.copied[i] || !r.copied[i-1] {
			continue
		}
		j := i + 1 // the inserted run: one word, or a hyphenated compound
		for j < len(words) && !r.copied[j] && r.op.Text[words[j-1].End:words[j].Start] == "-" {
			j++
		}
		if j >= len(words) || !r.copied[j] || words[j].Sentence != words[i].Sentence ||
			words[i-1].Sentence != words[i].Sentence {
			i = j
			continue
		}
		// A modifier comes before what it modifies; a word before an adverb ("which grows nearly
		// half") is a verb the writer rephrased, not an evaluation slipped in.
		ok := content(words[j]) && !strings.HasSuffix(words[j].Norm, "ly")
		for k := i; k < j && ok; k++ {
			w := words[k]
			first, _ := utf8.DecodeRuneInString(r.op.Text[w.Start:w.End])
			// A number changed or added is a changed figure, which the quote's edits report.
			ok = content(w) && !insertionStop[w.Norm] && unicode.IsLower(first) && !r.src.contains(w.Norm) &&
				!document.IsNumberWord(w.Norm)
		}
		// Inserted, not substituted: the source has the copied words on either side next to
		// each other ("a site" for "a cherished site"). A word in place of one of the source's
		// ("as the lawyers allowed" for "as the facts allowed") changes what the quote says, which
		// the quote's edits report.
		ok = ok && r.src.contains(words[i-1].Norm+" "+words[j].Norm)
		if ok && !breaks(r.op.Text[words[i-1].End:words[i].Start]) && !breaks(r.op.Text[words[j-1].End:words[j].Start]) {
			start, end := words[i].Start, words[j-1].End
			text := r.op.Text[start:end]
			out = append(out, candidate{
				span:    document.Span{Start: start, End: end},
				subkind: report.LoadedLanguage,
				explanation: "Inserted word: " + quote(text) +
					" is not in the source passage the writer copied; added there, it colours the source's words.",
			})
		}
		i = j
	}
	return out
}
