package framing

import (
	"bufio"
	"bytes"
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jonreiter/govader/data"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// Emotive words are found with the VADER sentiment lexicon (Hutto and Gilbert, 2014), through
// the govader module that ships it: about 7,500 words rated by human judges from -4 (most
// negative) to +4 (most positive). Our own lexicon names devices; VADER adds breadth, so that a
// charged word nobody thought to list ("terrorised", "remarkable") is still seen.

// minValence is the least absolute valence that makes a word emotive. Words between 1 and 2 are
// mostly ordinary evaluations ("useful", "problem"); from 2 on they carry feeling ("disaster",
// "lovely", "poisoned").
const minValence = 2.0

// strongValence is the valence from which the charge is called strong. Without a source to
// compare with, only strongly charged words are reported: a plain "failed" or "wrong" may be
// the plain truth, and there is nothing to show that the writer chose it.
const strongValence = 3.0

// valences maps a lower-case word, as written, to its VADER valence. It is read once.
var valences = sync.OnceValue(func() map[string]float64 {
	out := map[string]float64{}
	raw, err := data.Asset("rawdata/vaderLexicon.txt")
	if err != nil {
		return out // the module always ships the file; without it there are no emotive words
	}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for sc.Scan() {
		word, rest, ok := strings.Cut(sc.Text(), "\t")
		if !ok || !isPlainWord(word) {
			continue // emoticons and abbreviations
		}
		score, _, _ := strings.Cut(rest, "\t")
		if v, err := strconv.ParseFloat(score, 64); err == nil {
			out[word] = v
		}
	}
	return out
})

// isPlainWord reports whether a lexicon key is a word of three or more lower-case letters.
func isPlainWord(s string) bool {
	if len(s) < 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// plainSenses are words VADER rates for a sense that news and opinion writing mostly do not
// mean ("like" the verb, not the preposition; "kind" the adjective, not "a kind of"; "hand" as
// help, not "hand over" or "by hand"), or whose
// charge is routine in reporting ("safety", "support", "won"). They are never called emotive.
var plainSenses = setOf(
	"like", "likes", "liked", "kind", "kinds", "yes", "yeah", "please", "pleased", "thanks", "thank",
	"thanked", "well", "pretty", "clean", "cleaner", "cleaned", "free", "freed", "freely", "freedom",
	"clear", "clearly", "top", "tops", "topped", "won", "win", "wins", "winning", "winner", "care",
	"cares", "cared", "caring", "save", "saved", "saves", "saving", "savings", "safety", "safe",
	"safely", "help", "helps", "helped", "helping", "helpful", "support", "supports", "supported",
	"supporting", "supporter", "supporters", "trust", "trusts", "trusted", "trustee", "trustees",
	"friend", "friends", "agree", "agreed", "agrees", "agreement", "better", "best", "good", "great",
	"fine", "fined", "right", "rights", "sure", "lead", "leads", "led", "play", "plays", "played",
	"fun", "interest", "interested", "interests", "welcome", "welcomed", "novel", "honest", "credit",
	"credits", "true", "truly", "worth", "value", "values", "valued", "positive", "negative",
	"certain", "matter", "hope", "hoped", "hopes", "share", "shares", "protect", "protected",
	"protection", "benefit", "benefits", "respect", "award", "awarded", "prize", "ready", "popular",
	"fair", "join", "joined", "want", "wants", "wanted", "okay", "party", "parties", "charity",
	"cancer", "death", "deaths", "dead", "died", "die", "killed", "kill", "war", "prison", "jail",
	"crime", "crimes", "victim", "victims", "injured", "injury", "illness", "disease", "virus",
	"hospital", "emergency", "cure", "healthy", "health", "wealth", "profit", "profits", "rich",
	"poor", "poverty", "unemployed", "unemployment", "tax", "taxes", "debt", "loss", "losses",
	"fire", "fired", "attack", "attacks", "attacked", "police", "court", "guilty", "innocent",
	"legal", "illegal", "vote", "votes", "voted", "elected", "accident", "accidents", "survive",
	"survived", "survives", "surviving", "fail", "failed", "fails", "force", "forced", "blame",
	"blamed", "blames", "wrong", "bad", "badly", "worst", "broken", "casualty", "casualties", "damage", "damaged",
	"damages", "kills", "hand", "hands",
)

// emotive finds the charged words the writer added: words VADER rates as emotive, written in the
// writer's own voice (not quoted, not copied), that no lexicon entry already explains and that
// the source never uses.
func (r *run) emotive(hits []hit, taken []candidate) []candidate {
	table := valences()
	var srcStems map[string]bool
	if r.src != nil {
		srcStems = r.src.stems()
	}
	covered := coveredWords(r.op, taken) // words a lexicon match or a candidate already holds
	for _, h := range hits {
		for w := h.first; w < h.end; w++ {
			covered[w] = true
		}
	}
	least := minValence
	if r.src == nil {
		least = strongValence
	}
	headline := map[int]bool{} // sentences in title case, where capitals do not mark names
	var out []candidate
	for i, w := range r.op.Words {
		v, ok := table[w.Norm]
		if !ok || math.Abs(v) < least || plainSenses[w.Norm] || covered[i] || r.lx.owns(w) ||
			r.quotes.inside(w.Start) || (r.copied != nil && r.copied[i]) || srcStems[w.Stem] {
			continue
		}
		if r.inName(i, headline) {
			continue // "Supreme Court", "Grand Hotel"
		}
		c := candidate{span: w.Span, subkind: report.LoadedLanguage, explanation: r.explainEmotive(w, v)}
		if r.src != nil {
			if passage, ok := r.counterpart(w.Sentence); ok {
				c.evidence = []report.Evidence{r.evidence(w.Sentence, passage)}
			}
		}
		out = append(out, c)
	}
	return out
}

// owns reports whether the lexicon has a one-word entry for a word: then the entry, with its
// conditions, decides whether the word frames ("grim" but not "the grim reaper"), and a user's
// entry with subkind none silences it.
func (lx *lexicon) owns(w document.Word) bool {
	for _, es := range [][]*entry{lx.all.forms[w.Norm], lx.all.stems[w.Stem]} {
		for _, e := range es {
			if len(e.slots) == 1 {
				return true
			}
		}
	}
	return false
}

// inName reports whether opinion word i is capitalised inside its sentence, as names are, in a
// sentence that is not a headline in title case. headline caches the title-case test.
func (r *run) inName(i int, headline map[int]bool) bool {
	w := r.op.Words[i]
	s := r.op.Sentences[w.Sentence]
	if i == s.FirstWord || !startsUpper(r.op.Text[w.Start:w.End]) {
		return false
	}
	title, ok := headline[w.Sentence]
	if !ok {
		upper := 0
		for _, x := range r.op.Words[s.FirstWord:s.EndWord] {
			if startsUpper(r.op.Text[x.Start:x.End]) {
				upper++
			}
		}
		title = 2*upper > s.EndWord-s.FirstWord
		headline[w.Sentence] = title
	}
	return !title
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// chargeWords is the phrase every explanation of an emotive word holds, which Emotive looks for.
const chargeWords = " charge"

// Emotive reports whether a framing finding is an emotive word found by its valence rather than
// a device our lexicon names. A clause that holds one is still a statement of fact: one charged
// word ("the worst figure in years") does not make it the writer's characterisation.
func Emotive(f report.Finding) bool {
	return f.Kind == report.Framing && f.Subkind == report.LoadedLanguage && strings.Contains(f.Explanation, " carries ") &&
		strings.Contains(f.Explanation, chargeWords)
}

// explainEmotive writes the explanation of an emotive word with valence v.
func (r *run) explainEmotive(w document.Word, v float64) string {
	charge := "a negative"
	if v > 0 {
		charge = "a positive"
	}
	if math.Abs(v) >= strongValence {
		charge = strings.Replace(charge, "a ", "a strong ", 1)
	}
	head := "Loaded language: " + quote(r.op.Text[w.Start:w.End]) + " carries " + charge + chargeWords
	if r.src == nil {
		return finish(head + ": it tells the reader what to feel instead of adding information")
	}
	return finish(head + ", and the source never uses the word: the feeling is the writer's")
}
