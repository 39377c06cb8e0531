package framing

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// emphasisWords are common words that writers set in capitals for emphasis; a capitalised word
// outside this list counts as emphasis only when it also appears in lower case, so acronyms
// (NATO, UNICEF) are left alone.
var emphasisWords = setOf("not", "never", "all", "every", "none", "nothing", "nobody", "this",
	"that", "must", "now", "real", "true", "truth", "very", "yes", "any", "only", "ever", "lie",
	"lies", "lied", "fact", "facts", "they", "them", "you", "your", "our", "will", "would", "did",
	"does", "can", "cannot", "can't", "won't", "don't", "didn't", "isn't", "wasn't", "aren't",
	"huge", "massive", "totally", "absolutely", "completely", "before", "after", "again", "still",
	"more", "less", "most", "least", "first", "last", "zero", "and", "but", "why", "what", "who",
	"how", "where", "when", "knew", "know", "right", "wrong", "bad", "good", "worst", "best",
	"biggest", "stop", "read", "look", "listen", "wake", "free", "help", "warning", "breaking",
	"urgent", "important", "need", "here", "there", "shame", "fake", "crisis", "disaster", "done",
	"over", "everyone", "everything", "anyone", "anything", "always", "really", "actually", "even",
	"exactly", "precisely", "literally", "was", "were", "are", "has", "had", "have", "should",
	"years", "months", "days", "million", "billion", "thousands", "millions", "billions", "own",
	"same", "false", "lying", "fraud", "scam", "cover", "hidden", "secret", "dead", "killed")

// emphaticShort are two-letter words that, in capitals, are shouted rather than abbreviated
// ("Come ON.", "NO evidence"). Words that are also common acronyms (IS, ME, GO) are left out.
var emphaticShort = setOf("no", "on", "so", "do")

// capitals finds words set in capitals for emphasis: runs of capitalised words (at least one of
// three or more letters) in a paragraph otherwise in mixed case, not written in capitals by the
// source, and not acronyms. A capitalised word counts as an ordinary word when it is a common word
// of emphasis or a function word (but not "US"), has an English ending (-S, -ED, -ING, -LY), or
// appears in lower case in either document.
func (r *run) capitals() []candidate {
	var out []candidate
	words := r.op.Words
	var lower map[string]bool
	for i := 0; i < len(words); {
		j := i
		for j < len(words) && words[j].Sentence == words[i].Sentence && r.capsWord(j) {
			j++
		}
		if j == i {
			i++
			continue
		}
		run := words[i:j]
		i = j
		long := false
		ok := true
		for _, w := range run {
			surface := r.op.Text[w.Start:w.End]
			long = long || letterCount(surface) >= 3 || emphaticShort[w.Norm]
			// Capitals the writer put on words copied from the source are the writer's emphasis;
			// only words the source itself writes in capitals are the source's.
			if r.src != nil && r.src.caps[w.Norm] {
				ok = false
				break
			}
			if !emphasisWords[w.Norm] && !englishEnding(surface) && !(closedClass[w.Norm] && w.Norm != "us") {
				if lower == nil {
					lower = r.lowerWords()
				}
				if !lower[w.Norm] {
					ok = false
					break
				}
			}
		}
		if !ok || !long {
			continue
		}
		p := r.op.ParagraphAt(run[0].Start)
		if p < 0 || !hasLower(r.op.Text[r.op.Paragraphs[p].Start:r.op.Paragraphs[p].End]) {
			continue
		}
		span := document.Span{Start: run[0].Start, End: run[len(run)-1].End}
		text := r.op.Text[span.Start:span.End]
		out = append(out, candidate{
			span:    span,
			subkind: report.Intensifier,
			explanation: "Capitals for emphasis: " + quote(text) +
				" is set in capitals to shout it, adding force but no information.",
		})
	}
	return out
}

// capsWord reports whether word i is written in capitals: two or more letters, no digits, not a
// dotted abbreviation or a Roman numeral.
func (r *run) capsWord(i int) bool {
	w := r.op.Words[i]
	surface := r.op.Text[w.Start:w.End]
	return allCaps(surface) && !strings.ContainsAny(w.Norm, ".0123456789") && !romanNumeral(surface)
}

// englishEnding reports a capitalised word of six or more letters with an English inflection,
// which acronyms do not have.
func englishEnding(s string) bool {
	if letterCount(s) < 6 {
		return false
	}
	for _, end := range []string{"S", "ED", "ING", "LY"} {
		if strings.HasSuffix(s, end) && !strings.HasSuffix(s, "SS") {
			return true
		}
	}
	return false
}

// lowerWords returns the folded forms of words written in lower case in either document.
func (r *run) lowerWords() map[string]bool {
	set := map[string]bool{}
	add := func(d *document.Document) {
		for _, w := range d.Words {
			if !hasUpper(d.Text[w.Start:w.End]) {
				set[w.Norm] = true
			}
		}
	}
	add(r.op)
	if r.src != nil {
		add(r.src.doc)
	}
	return set
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

func hasLower(s string) bool { return strings.IndexFunc(s, unicode.IsLower) >= 0 }
func hasUpper(s string) bool { return strings.IndexFunc(s, unicode.IsUpper) >= 0 }

// romanNumeralPattern matches a well-formed Roman numeral.
var romanNumeralPattern = regexp.MustCompile(`^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$`)

// romanNumeral reports a Roman numeral (III, XIV, MCMXC).
func romanNumeral(s string) bool { return romanNumeralPattern.MatchString(s) }
