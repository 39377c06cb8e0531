package claims

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// clause is a stretch of an opinion sentence that may state one checkable thing.
type clause struct {
	span      document.Span
	from, to  int  // word range
	sentence  int  // index of the sentence that holds it
	checkable bool // states a fact that can be checked: it may be judged unsupported
	command   bool // tells the reader to do something: it may restate the source, nothing more
	// antecedent is the source passage of the finding just before the clause, in its sentence or
	// the one before: where a clause that names its subject by a pronoun goes on.
	antecedent document.Span
}

// clauses cuts the opinion's statements into clauses at semicolons, colons, dashes and ", but" or
// ", and". Questions, commands and very short sentences are left out. Opinions, personal remarks
// and statements that name nothing specific are kept, but only as possible paraphrases: they are
// not checkable enough to be called unsupported.
func clauses(d *document.Document) []clause {
	var out []clause
	for si, s := range d.Sentences {
		kind := classify(d, s)
		if kind == notStatement {
			out = append(out, statementBeforeQuestion(d, s, si)...)
			continue
		}
		if kind == command {
			if c := perceived(d, s); c > 0 {
				// "Read them once and you find an operating deficit of 28.7 million crowns": what
				// the reader is told they will find is the writer's own claim.
				out = append(out, makeClause(d, s.FirstWord, c, si, command))
				rest := document.Sentence{Span: document.Span{Start: d.Words[c].Start, End: s.End}, Paragraph: s.Paragraph, FirstWord: c, EndWord: s.EndWord}
				out = append(out, statementClauses(d, rest, si)...)
				continue
			}
		}
		from, starts := s.FirstWord, clauseStarts(d, s)
		// After a command's first clause, a clause may go on to state a fact ("Sit with that
		// number: that is 410,000 victims") or give another command ("Put that figure to a
		// mother, and see how ...").
		commanded, rest := kind == command, kind
		if commanded && len(starts) > 0 {
			rest = assertionKind(d, s, d.Slice(s.Span), "")
		}
		for _, w := range starts {
			out = append(out, makeClause(d, from, w, si, clauseKind(d, s, from, w, kind)))
			from = w
			if commanded {
				kind = rest
				if commandVerbs[leadWord(d, w, s.EndWord)] {
					kind = command
				}
			}
		}
		if len(starts) > 0 {
			kind = clauseKind(d, s, from, s.EndWord, kind)
		}
		out = append(out, makeClause(d, from, s.EndWord, si, kind))
	}
	return out
}

// statementClauses cuts a statement into its clauses, each judged as the statement is.
func statementClauses(d *document.Document, s document.Sentence, si int) []clause {
	kind := assertionKind(d, s, closedText(d, s), leadWord(d, s.FirstWord, s.EndWord))
	var out []clause
	from := s.FirstWord
	for _, w := range clauseStarts(d, s) {
		out = append(out, makeClause(d, from, w, si, clauseKind(d, s, from, w, kind)))
		from = w
	}
	return append(out, makeClause(d, from, s.EndWord, si, clauseKind(d, s, from, s.EndWord, kind)))
}

// perceived returns the first word of what a command tells the reader they will find ("Read them
// once and you find ...", "Look closer and you will see that ..."), or 0 when it tells them nothing
// of the kind or too little is left to state a fact.
func perceived(d *document.Document, s document.Sentence) int {
	for w := s.FirstWord + 1; w+2 < s.EndWord; w++ {
		if d.Words[w].Norm == "and" {
			if at := perceivedAt(d, w+1, s.EndWord); at > 0 && s.EndWord-at >= 4 {
				return at
			}
		}
	}
	return 0
}

// perceivedAt returns the first word of what the words from v on say the reader will find ("you
// will see that ...", "you find ...", "it is plain that ..."), or 0.
func perceivedAt(d *document.Document, v, end int) int {
	switch d.Words[v].Norm {
	case "you'll":
		v++
	case "you":
		if n := d.Words[v+1].Norm; n == "will" || n == "would" || n == "can" {
			v++
		}
		v++
	case "it":
		// "Dig a little deeper and it is plain that ...": what becomes plain is the claim.
		if n := d.Words[v+1].Norm; (n != "is" && n != "becomes" && n != "was") || v+2 >= end || !plainWords[d.Words[v+2].Norm] {
			return 0
		}
		v += 3
		if v < end && d.Words[v].Norm == "that" {
			v++
		}
		return v
	default:
		return 0
	}
	if v >= end || !perceptionVerbs[d.Words[v].Norm] {
		return 0
	}
	v++
	if v < end && d.Words[v].Norm == "that" {
		v++
	}
	return v
}

// plainWords say that what follows is plain to see: "and it is clear that ...".
var plainWords = setOfWords("plain", "clear", "obvious", "evident", "apparent")

// perceptionVerbs say what a reader finds out.
var perceptionVerbs = setOfWords("find", "see", "discover", "learn", "notice", "realise", "realize", "read")

// clauseKind judges one clause of a sentence that a normative word made an opinion: "The
// investigations will end in prosecution, and they should end quickly" states a checkable fact
// before its "and". Other kinds are the sentence's.
func clauseKind(d *document.Document, s document.Sentence, from, to int, kind statementKind) statementKind {
	if kind != uncheckable || firstOf(d, s.FirstWord, s.EndWord, normativeWords, nil) == "" {
		return kind
	}
	part := document.Sentence{Span: d.WordSpan(from, to), Paragraph: s.Paragraph, FirstWord: from, EndWord: to}
	text := d.Slice(part.Span)
	return assertionKind(d, part, text, leadWord(d, from, to))
}

// normativeWords make a statement one of what ought to be.
var normativeWords = setOfWords("should", "must", "ought", "deserve", "deserves")

// closedText returns a sentence's text without the spaces, closing quotes and brackets after its
// last word, so that its final mark can be read.
func closedText(d *document.Document, s document.Sentence) string {
	return strings.TrimRightFunc(d.Slice(s.Span), func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("\"'”’)]", r) })
}

// questionOpeners open the question of a sentence that starts as a statement: "But the Office
// has already found 14 overflows, and what has it done about it?"
var questionOpeners = setOfWords("what", "why", "how", "who", "where", "when", "which", "is", "are",
	"was", "were", "do", "does", "did", "has", "have", "had", "will", "can", "could", "should", "would")

// statementBeforeQuestion returns the clauses a question sentence states before its question
// begins at its last clause ("..., and what has it done about it?"), judged as statements.
func statementBeforeQuestion(d *document.Document, s document.Sentence, si int) []clause {
	text := closedText(d, s)
	starts := clauseStarts(d, s)
	if !strings.HasSuffix(text, "?") || len(starts) == 0 || !questionOpeners[leadWord(d, starts[len(starts)-1], s.EndWord)] {
		return nil
	}
	last := starts[len(starts)-1]
	stated := document.Sentence{Span: document.Span{Start: s.Start, End: d.Words[last-1].End}, Paragraph: s.Paragraph, FirstWord: s.FirstWord, EndWord: last}
	kind := assertionKind(d, stated, d.Slice(stated.Span), leadWord(d, s.FirstWord, last))
	var out []clause
	from := s.FirstWord
	for _, w := range starts[:len(starts)-1] {
		out = append(out, makeClause(d, from, w, si, kind))
		from = w
	}
	return append(out, makeClause(d, from, last, si, kind))
}

// leadWord returns the first word of words [from, to) after a leading "and", "but", "so" or
// "then".
func leadWord(d *document.Document, from, to int) string {
	for w := from; w < to; w++ {
		switch n := d.Words[w].Norm; n {
		case "and", "but", "so", "then":
			continue
		default:
			return n
		}
	}
	return ""
}

// clauseStarts returns the words at which sentence s is cut into clauses, after its first: at
// semicolons, colons and dashes, and at a comma or the end of a quotation before "but", "while",
// "and" and the like, when each side keeps at least four words.
func clauseStarts(d *document.Document, s document.Sentence) []int {
	var starts []int
	from := s.FirstWord
	for w := s.FirstWord + 1; w < s.EndWord; w++ {
		gap := d.Text[d.Words[w-1].End:d.Words[w].Start]
		clock := gap == ":" && isDigit(d.Words[w-1].Norm) && isDigit(d.Words[w].Norm) // "22:41"
		cut := strings.ContainsAny(gap, ";:—–") && !clock || strings.Contains(gap, " - ") ||
			((strings.Contains(gap, ",") || closesQuote(gap)) && clauseOpeners[d.Words[w].Norm]) ||
			strings.Contains(gap, ",") && commentOnClause(d, w, s.EndWord)
		if cut && w-from >= 4 && s.EndWord-w >= 4 {
			starts = append(starts, w)
			from = w
		}
	}
	return starts
}

// closesQuote reports whether the text between two words opens with a closing quotation mark: in
// 'She insists her people "acted quickly" and blames the stewards' the "and" after the quotation
// starts a claim of the writer's own.
func closesQuote(gap string) bool {
	r, _ := utf8.DecodeRuneInString(gap)
	return r == '"' || r == '”' || r == '’'
}

// commentOnClause reports whether word w opens a relative clause that comments on the whole
// clause before its comma rather than on the noun before it, and runs to the end of the sentence:
// "the smaller museums drive weekend trade, which is exactly what anyone queuing for coffee could
// have told them", "Backlog now tops $2 billion, which means the next few years are locked in".
// What it says is the writer's inference or remark, to be judged apart from the claim it follows.
func commentOnClause(d *document.Document, w, end int) bool {
	if d.Words[w].Norm != "which" || w+2 >= end || !trailingRelative(d, w) {
		return false
	}
	next, after := d.Words[w+1].Norm, d.Words[w+2].Norm
	switch next {
	case "means", "meant", "tells", "told", "explains":
		return true
	case "is", "was":
		return after == "why" || after == "what" || after == "exactly" || after == "precisely"
	}
	return false
}

var clauseOpeners = map[string]bool{"but": true, "while": true, "whereas": true, "and": true, "so": true, "yet": true}

func makeClause(d *document.Document, from, to, sentence int, kind statementKind) clause {
	return clause{span: d.WordSpan(from, to), from: from, to: to, sentence: sentence,
		checkable: kind == checkable, command: kind == command}
}

// signature reports whether sentence s is a sign-off: it is in the last paragraph, which is a
// few short lines none of which ends like a sentence ("Maud Ferrinder\nChair, Hollins Estate
// Tenants' Association").
func signature(d *document.Document, s document.Sentence) bool {
	if s.Paragraph == 0 || s.Paragraph != len(d.Paragraphs)-1 {
		return false // a text of one paragraph is all body
	}
	lines := strings.Split(d.Slice(d.Paragraphs[s.Paragraph]), "\n")
	if len(lines) > 4 {
		return false
	}
	for _, line := range lines {
		line = strings.TrimSpace(line)
		if len(strings.Fields(line)) > 10 || strings.HasSuffix(line, ".") || strings.HasSuffix(line, "!") || strings.HasSuffix(line, "?") {
			return false
		}
	}
	return true
}

// furnitureLine reports a sentence that is a short paragraph of its own, after the title, that
// does not end like a sentence: a byline ("The Furrow | Gerrit Hanslow, Kelmark Farmers'
// Alliance"), a salutation or a section heading. It names people and places without stating
// anything about them.
func furnitureLine(d *document.Document, s document.Sentence) bool {
	if s.Paragraph == 0 || s.EndWord-s.FirstWord > 12 {
		return false
	}
	p := d.Paragraphs[s.Paragraph]
	if p.Start != s.Start || strings.TrimSpace(d.Slice(document.Span{Start: s.End, End: p.End})) != "" {
		return false
	}
	text := strings.TrimSpace(d.Slice(s.Span))
	last, _ := utf8.DecodeLastRuneInString(text)
	return !strings.ContainsRune(".!?\"”’)…", last) && !strings.Contains(text, "\n")
}

// masthead reports whether sentence s lies in the lines that open a piece under its title and
// say who wrote it and where it appears: "By Margaret Pennick, for Evergreen, the magazine of
// the Marrowdale Retired Members' Association", "Friends of Hallorn Ridge blog. Posted by Maren
// Oake.", "On the Rank - bulletin of the Portmere Licensed Cab Drivers' Union". Each line it
// touches is short, in the first two paragraphs, and opens with a byline's words or names a
// publication.
func masthead(d *document.Document, s document.Sentence) bool {
	if s.Paragraph > 1 {
		return false
	}
	// A masthead line is short: look for its ends no further than a long line would reach.
	const reach = 400
	before := d.Text[max(0, s.Start-reach):s.Start]
	nl := strings.LastIndexByte(before, '\n')
	if nl < 0 {
		return false // no line break close before it: a long line, or the first line
	}
	from := s.Start - len(before) + nl + 1
	if strings.TrimSpace(d.Text[:from]) == "" {
		return false // the first line is the title, or the first sentence of a piece without one
	}
	after := d.Text[s.End:min(len(d.Text), s.End+reach)]
	to := len(d.Text)
	if i := strings.IndexByte(after, '\n'); i >= 0 {
		to = s.End + i
	} else if s.End+reach < len(d.Text) {
		return false
	}
	for _, line := range strings.Split(d.Text[from:to], "\n") {
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if len(fields) > 20 || !(byline(fields) || slices.ContainsFunc(fields, func(f string) bool {
			return publicationWords[strings.ToLower(strings.Trim(f, ".,;:|-"))]
		})) {
			return false
		}
	}
	return true
}

// byline reports whether the words of a line credit the writer: "By Dean Corrigan", "Posted by
// Maren Oake.", but not "By March the pool was shut." or "By the council's own reckoning".
func byline(fields []string) bool {
	k := 0
	if low := strings.ToLower(fields[0]); low == "posted" || low == "written" {
		k = 1
	}
	if k+1 >= len(fields) || strings.ToLower(fields[k]) != "by" {
		return false
	}
	name := strings.Trim(fields[k+1], ",.")
	r, _ := utf8.DecodeRuneInString(name)
	low := strings.ToLower(name)
	return unicode.IsUpper(r) && !document.IsMonthName(low) && !timeWords[low]
}

var (
	// publicationWords name the kind of publication a piece appears in.
	publicationWords = setOfWords("blog", "newsletter", "bulletin", "magazine", "column", "edition")
	// timeWords after "By" open a sentence about when, not a byline: "By Tuesday, ...".
	timeWords = setOfWords("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"today", "tomorrow", "then", "now", "noon", "midnight", "midday", "dawn", "christmas", "easter")
)

// statementKind says how far a sentence can be judged.
type statementKind int

const (
	notStatement statementKind = iota // a question or a sign-off: not judged
	command                           // tells the reader to do something: only ever a paraphrase
	uncheckable                       // an opinion or a remark: a paraphrase, or contradicted
	checkable                         // a statement of fact: supported, contradicted or unsupported
)

var opinionMarkers = []string{"i think", "i believe", "i suspect", "in my view", "in my opinion", "i wonder", "we need", "we must", "let us", "let's",
	"one can only", "one can't help", "one cannot help", "one wonders", "one might", "one has to wonder", "one suspects"}

// commandVerbs open sentences that tell the reader to do something.
var commandVerbs = map[string]bool{
	"consider": true, "ask": true, "look": true, "remember": true, "think": true, "imagine": true,
	"wake": true, "share": true, "read": true, "don't": true, "do": true, "stop": true, "make": true,
	"demand": true, "call": true, "write": true, "tell": true, "follow": true, "note": true,
	"check": true, "dig": true, "scratch": true, "boil": true, "keep": true, "avoid": true, "see": true, "trust": true, "go": true,
	"get": true, "take": true, "never": true, "please": true, "bring": true,
	"use": true, "wash": true, "buy": true, "sell": true, "hold": true, "put": true, "let": true,
	"add": true, "stay": true, "drink": true, "vote": true, "join": true, "sponge": true,
	"come": true, "sit": true, "attend": true, "forget": true, "listen": true, "try": true,
	"spare": true, "email": true, "visit": true, "blame": true, "picture": true, "start": true,
	"lift": true, "ring": true, "scrap": true, "give": true, "fund": true, "publish": true,
	"reverse": true, "restore": true, "fix": true, "pay": true, "remove": true, "reject": true,
	"oppose": true, "compare": true, "ignore": true, "multiply": true, "sign": true, "phone": true,
	"contact": true,
}

// sayingMarkers, after "put", say how what follows is put: "Put plainly,", "Put another way,".
var sayingMarkers = setOfWords("plainly", "simply", "another", "bluntly", "differently", "briefly",
	"starkly", "crudely", "mildly", "frankly", "baldly", "shortly")

// statementFrames are the imperatives that only vouch for the statement after their comma:
// "Make no mistake, these waits are keeping people in hospital longer" states that they are.
var statementFrames = [][]string{
	{"make", "no", "mistake"}, {"mark", "my", "words"}, {"believe", "me"}, {"trust", "me"},
	{"rest", "assured"}, {"be", "in", "no", "doubt"}, {"let", "us", "be"}, {"let's", "be"},
	{"let", "me", "be"}, {"don't", "get", "me", "wrong"}, {"mind", "you"},
}

// afterSayingMarker returns the first word after a sentence's opening "Put plainly," or "Put
// another way," when word at is its "put", or after a frame that vouches for what follows ("Make
// no mistake,", "Let us be clear,"); otherwise 0.
func afterSayingMarker(d *document.Document, at, end int) int {
	if d.Words[at].Norm == "put" && at+1 < end && sayingMarkers[d.Words[at+1].Norm] {
		for k := at + 1; k < min(end-1, at+4); k++ {
			if pauseBetween(d, k, k+1) {
				return k + 1
			}
		}
		return 0
	}
	for _, frame := range statementFrames {
		last := at + len(frame) - 1
		if last+1 >= end || !slices.EqualFunc(frame, d.Words[at:last+1], func(f string, w document.Word) bool { return f == w.Norm }) {
			continue
		}
		if frame[len(frame)-1] == "be" {
			last++ // "Let us be clear,", "Let's be honest,"
		}
		if last+1 < end && pauseBetween(d, last, last+1) {
			return last + 1
		}
	}
	return 0
}

// commandAdverbs may stand before the verb of a command: "Now consider ...", "First, publish
// the data", "Just boil it".
var commandAdverbs = setOfWords("just", "now", "first", "firstly", "second", "secondly", "third",
	"thirdly", "finally", "simply", "then", "instead")

func classify(d *document.Document, s document.Sentence) statementKind {
	n := s.EndWord - s.FirstWord
	if n < 4 || signature(d, s) || furnitureLine(d, s) || masthead(d, s) {
		return notStatement
	}
	text := closedText(d, s)
	if strings.HasSuffix(text, "?") {
		return notStatement
	}
	first := d.Words[s.FirstWord].Norm
	lead, at := first, s.FirstWord // the first word after a leading conjunction, and where it is
	if (first == "and" || first == "but" || first == "so") && s.FirstWord+1 < s.EndWord {
		lead, at = d.Words[s.FirstWord+1].Norm, s.FirstWord+1
	}
	for commandAdverbs[lead] && at+1 < s.EndWord {
		// "Just boil it", "Now consider how ...", "First, publish the data", but not "Just over
		// half of us said" or "Next time a child will ...".
		lead, at = d.Words[at+1].Norm, at+1
	}
	if after := afterSayingMarker(d, at, s.EndWord); after > 0 {
		// "Put plainly, loot boxes are turning kids into problem gamblers": a way of saying what
		// follows, not a command.
		// The frame's own "us" or "my" is no part of the statement.
		rest := document.Sentence{Span: document.Span{Start: d.Words[after].Start, End: s.End}, Paragraph: s.Paragraph, FirstWord: after, EndWord: s.EndWord}
		return assertionKind(d, rest, closedText(d, rest), d.Words[after].Norm)
	}
	if commandVerbs[lead] && (at+1 >= s.EndWord || !isSubjectStart(d.Words[at+1].Norm)) && !titleCased(d, at, s.EndWord) {
		return command // "Boil it first.", "And don't think you're safe."
	}
	return assertionKind(d, s, text, lead)
}

// assertionKind says whether a statement (not a question, a sign-off or a command) states a
// checkable fact. text is the sentence without its closing punctuation, lead its first word after
// a leading conjunction.
func assertionKind(d *document.Document, s document.Sentence, text, lead string) statementKind {
	lower := strings.ToLower(text)
	for _, m := range opinionMarkers {
		if strings.HasPrefix(lower, m) {
			return uncheckable
		}
	}
	// A headline reads as a title, and a condition is not a statement of fact.
	if (s.Paragraph == 0 && d.Title != "" && strings.Contains(d.Title, strings.TrimSpace(text))) || lead == "if" || lead == "unless" {
		return uncheckable
	}
	// Normative sentences state what ought to be, not what is; sentences about the writer or the
	// reader are personal unless they carry a figure; a checkable assertion names someone or
	// something specific (a proper name) or gives a figure.
	personal, singular, figure, named, event := false, false, false, false, false
	aside := asides(d, s)
	for w := s.FirstWord; w < s.EndWord; w++ {
		n := d.Words[w].Norm
		inStatement := !aside[w-s.FirstWord]
		if normativeWords[n] {
			return uncheckable
		}
		switch n {
		case "need", "needs":
			if w+1 < s.EndWord && d.Words[w+1].Norm == "to" {
				return uncheckable // what ought to be: "somebody needs to lose their job"
			}
		case "i", "i've", "i'm", "i'd", "me", "my", "you", "your", "you're", "you've", "you'll":
			singular = singular || inStatement
		case "we", "our", "us":
			personal = personal || inStatement
		}
		if n != "" && n[0] >= '0' && n[0] <= '9' || document.NumberValue(n) > 0 || fractionWords[n] && shareOf(d, w, s) {
			figure = true // "more than a third of us" gives a share as much as "37 per cent of us"
		}
		if strings.HasSuffix(n, "ed") && len(n) > 4 && !document.IsCommon(n) {
			event = true // a past event: "Ministers posed for photographs"
		}
		if w > s.FirstWord {
			r, _ := utf8.DecodeRuneInString(d.Slice(d.Words[w].Span))
			if unicode.IsUpper(r) && !commonCapitals[n] {
				named = true
			}
		}
	}
	if singular || (personal && !figure) || !(figure || named || event) {
		return uncheckable
	}
	return checkable
}

// fractionWords give a share after "a": "a third", "a half".
var fractionWords = setOfWords("half", "third", "quarter", "fifth", "tenth")

// shareOf reports whether the fraction word at w gives a share: after "a", and either before "of"
// or after a word that sizes it ("more than a third", "by nearly a quarter"). "After a quarter
// like this" is a period.
func shareOf(d *document.Document, w int, s document.Sentence) bool {
	if w <= s.FirstWord || d.Words[w-1].Norm != "a" {
		return false
	}
	if w+1 < s.EndWord && d.Words[w+1].Norm == "of" {
		return true
	}
	return w-2 >= s.FirstWord && shareSizers[d.Words[w-2].Norm]
}

// shareSizers come before "a third" or "a quarter" when it is a share.
var shareSizers = setOfWords("than", "nearly", "almost", "about", "around", "over", "under", "by", "just", "roughly", "only")

// commonCapitals are capitalised words that do not name anything specific.
var commonCapitals = map[string]bool{"i": true, "i've": true, "i'm": true, "i'd": true}

// asides returns, for each word of a sentence, whether it lies in a subordinate aside set off by
// commas, semicolons, colons, dashes or brackets: a stretch that opens with a subordinating word
// ("And in case you were wondering, ...", "..., whatever they tell you", "once you strip out the
// fiddling"). A pronoun there addresses the reader in passing; it does not make the statement
// around it a personal remark.
func asides(d *document.Document, s document.Sentence) []bool {
	out := make([]bool, s.EndWord-s.FirstWord)
	from := s.FirstWord
	for w := s.FirstWord; w <= s.EndWord; w++ {
		if w < s.EndWord && (w == s.FirstWord || !strings.ContainsAny(d.Text[d.Words[w-1].End:d.Words[w].Start], ",;:—–()")) {
			continue
		}
		lead := from
		for lead < w-1 && leadingConjunctions[d.Words[lead].Norm] {
			lead++
		}
		if (from > s.FirstWord || w < s.EndWord) && subordinators[d.Words[lead].Norm] {
			for k := from; k < w; k++ {
				out[k-s.FirstWord] = true
			}
		}
		from = w
	}
	return out
}

var (
	leadingConjunctions = map[string]bool{"and": true, "but": true, "so": true, "or": true}
	subordinators       = map[string]bool{"in": true, "if": true, "as": true, "once": true, "when": true,
		"whatever": true, "however": true, "unless": true, "because": true, "since": true, "though": true,
		"although": true, "before": true, "after": true, "whenever": true}
)

// titleCased reports whether the command verb at word i opens a name rather than a command: it is
// capitalised and so are the two words after it, and the first word in lower case after them can
// be the name's verb ("Keep Marrow Tidy won the award"), not the object of a command ("Tell
// Marrow Council that ...") or more of a headline in title case.
func titleCased(d *document.Document, i, end int) bool {
	upper := func(k int) bool {
		r, _ := utf8.DecodeRuneInString(d.Slice(d.Words[k].Span))
		return unicode.IsUpper(r)
	}
	if i+3 >= end || !upper(i) || !upper(i+1) || !upper(i+2) {
		return false
	}
	for k := i + 3; k < end; k++ {
		if !upper(k) {
			return !objectWords[d.Words[k].Norm]
		}
	}
	return false
}

// objectWords go on a command after the one it is addressed to: "Tell Marrow Council that ...",
// "Ask Harbour Trust about ...".
var objectWords = map[string]bool{"that": true, "to": true, "the": true, "a": true, "an": true,
	"about": true, "if": true, "whether": true, "how": true, "what": true, "why": true, "where": true,
	"when": true, "and": true, "or": true, "of": true, "for": true, "in": true, "on": true, "at": true,
	"with": true, "from": true, "this": true, "these": true, "those": true, "your": true, "our": true,
	"their": true, "his": true, "her": true, "its": true, "it": true, "them": true, "who": true}

func isSubjectStart(w string) bool {
	switch w {
	case "is", "are", "was", "were", "has", "have", "had", "of", "will", "would", "can", "could",
		"may", "might", "should", "must", "'s", "and":
		return true
	}
	return false
}

// judgeParts judges a clause, and when the clause as a whole finds no support it tries its two
// halves at the comma nearest its middle: "The pilot, which councillors approved in January,
// kept five routes running" may restate two source sentences, one in each half. The halves are
// kept when at least one of them restates the source; only those halves are reported, since a
// half-sentence is too little to call unsupported or contradicted on its own.
func (c *Checker) judgeParts(in Input, idx *index, cl clause) []report.Finding {
	if opensQuotation(in.Opinion, cl.to) && !creditsSomeone(in.Quotes, in.Opinion, cl) &&
		firstOf(in.Opinion, cl.from, cl.to, speakerVerbs, nil) == "" {
		// "The inspectors' conclusion is blunt:", "Dr Imogen Farrant admitted as much:": the
		// writer's frame of a quotation, which the quotation's own finding judges. A plain
		// frame ("Councillor Hanna Ebbesen says in a foreword to the report:") may restate who
		// said it, and a frame that credits an informant ("A nurse I spoke to put it bluntly:")
		// is judged: the reader cannot check what follows here.
		return nil
	}
	whole, ok := c.judge(in, idx, cl)
	if cl.command {
		// A command asserts nothing: it can restate the source's advice, no more. What it reports
		// may assert something: "Add the developer's pledge that all of the shop units will go to
		// local traders".
		if inner, framed := reported(in.Opinion, cl); framed {
			inner.command = false
			if f, ok := c.judge(in, idx, inner); ok && f.Subkind == report.ContradictsSource {
				return []report.Finding{f}
			}
		}
		if ok && whole.Kind == report.Paraphrase {
			return []report.Finding{whole}
		}
		return nil
	}
	if ok && whole.Kind == report.Paraphrase {
		// Supported as a whole: still two claims when each half restates its own passage.
		if a, b, split := halves(in.Opinion, cl); split {
			fa, okA := c.judge(in, idx, a)
			fb, okB := c.judge(in, idx, b)
			if okA && okB && fa.Kind == report.Paraphrase && fb.Kind == report.Paraphrase && !sameEvidence(fa, fb) {
				return []report.Finding{fa, fb}
			}
		}
		return []report.Finding{whole}
	}
	if !ok || whole.Subkind == report.NotInSource {
		// "More than a third of us, in other words, struggled ...": a restatement of the
		// quotation before it, judged by the quotation's source passage.
		if quote, ok := restatedQuote(in, cl); ok {
			if f, ok := figureAgainstPassage(in, idx, cl, quote, true); ok {
				return []report.Finding{f}
			}
		}
		// "the ministry's bulletin finally admits that this was the driest spring since 1997":
		// the frame is the writer's; what is reported may still restate the source.
		if inner, framed := reported(in.Opinion, cl); framed {
			if f, ok := c.judge(in, idx, inner); ok && f.Subkind != report.NotInSource {
				return []report.Finding{f}
			}
		}
	}
	if ok && whole.Subkind == report.ContradictsSource && whole.Start == cl.span.Start && whole.End == cl.span.End {
		// "1,500 people waited, more than three times last year's figure": the multiple after
		// the comma is a second claim, measured on the source's figure.
		if a, b, split := halves(in.Opinion, cl); split {
			head := whole
			head.End, head.Text = a.span.End, in.Opinion.Slice(a.span)
			if f, ok := multipleOfContradicted(in, b, head); ok {
				return []report.Finding{head, f}
			}
		}
	}
	if ok && whole.Subkind != report.NotInSource {
		if whole.Start > cl.span.Start {
			// The finding is about the clause's second half only: the first may restate the source.
			head := cl
			head.to, _ = in.Opinion.WordsIn(document.Span{Start: whole.Start, End: whole.End})
			head.span.End = in.Opinion.Words[head.to-1].End
			if f, ok := c.judge(in, idx, head); ok && f.Kind == report.Paraphrase {
				return []report.Finding{f, whole}
			}
		}
		if whole.End < cl.span.End {
			// ... or its first half only: the second may restate the source.
			tail := cl
			_, tail.from = in.Opinion.WordsIn(document.Span{Start: whole.Start, End: whole.End})
			for tail.from < cl.to && in.Opinion.Words[tail.from].End <= whole.End {
				tail.from++
			}
			if tail.from < cl.to {
				tail.span.Start = in.Opinion.Words[tail.from].Start
				if f, ok := c.judge(in, idx, tail); ok && f.Kind == report.Paraphrase {
					return []report.Finding{whole, f}
				}
				if f, ok := sameFigure(in, tail, whole); ok {
					return []report.Finding{whole, f}
				}
				if f, ok := figureAgainstPassage(in, idx, tail, whole, false); ok {
					return []report.Finding{whole, f}
				}
				if f, ok := multipleOfContradicted(in, tail, whole); ok {
					return []report.Finding{whole, f}
				}
			}
		}
		return []report.Finding{whole}
	}
	if a, b, split := halves(in.Opinion, cl); split {
		var parts []report.Finding
		var unjudged []clause
		for _, half := range []clause{a, b} {
			if conditions[leadWord(in.Opinion, half.from, half.to)] {
				continue // "If you have ever signed up for a loyalty card" asserts nothing
			}
			if f, ok := c.judge(in, idx, half); ok && f.Kind == report.Paraphrase {
				parts = append(parts, f)
			} else if !ok {
				unjudged = append(unjudged, half)
			}
		}
		if len(parts) == 1 && len(unjudged) == 1 {
			// "The bill now stands at 51.4 million, an overrun of more than 40 percent": the
			// half beside a restatement speaks of its passage.
			if f, ok := figureAgainstPassage(in, idx, unjudged[0], parts[0], false); ok {
				parts = append(parts, f)
				slices.SortFunc(parts, func(x, y report.Finding) int { return x.Start - y.Start })
			}
		}
		if len(parts) > 0 {
			return parts
		}
	}
	if ok {
		return []report.Finding{whole}
	}
	// Partly a quotation of the source: the words after the quoted ones may restate it in the
	// writer's own ("... at least three times a week held on to their memories far better than
	// those who seldom touched the stuff").
	if tail, ok := unquotedTail(in.Opinion, in.Quotes, cl); ok {
		if f, ok := c.judge(in, idx, tail); ok && f.Kind == report.Paraphrase {
			return []report.Finding{f}
		}
	}
	return nil
}

// unquotedTail returns the words of a clause after the last quote finding inside it, when the
// clause is partly quoted and at least five words follow the quote.
func unquotedTail(d *document.Document, quotes []report.Finding, cl clause) (clause, bool) {
	share := quotedShare(quotes, cl.span)
	if share < 0.2 || share > 0.85 {
		return clause{}, false
	}
	end := -1
	for _, q := range quotes {
		if q.Start < cl.span.End && q.End > cl.span.Start {
			end = max(end, q.End)
		}
	}
	tail := cl
	for tail.from < cl.to && d.Words[tail.from].Start < end {
		tail.from++
	}
	if end < 0 || cl.to-tail.from < 5 {
		return clause{}, false
	}
	tail.span.Start = d.Words[tail.from].Start
	return tail, true
}

// reportingVerbs introduce, with "that", what a source says: "the bulletin admits that".
var reportingVerbs = setOfWords("say", "says", "said", "admit", "admits", "admitted", "acknowledge",
	"acknowledges", "acknowledged", "concede", "concedes", "conceded", "confirm", "confirms",
	"confirmed", "accept", "accepts", "accepted", "note", "notes", "noted", "find", "finds", "found",
	"show", "shows", "showed", "report", "reports", "reported", "state", "states", "stated",
	"conclude", "concludes", "concluded", "insist", "insists", "insisted", "warn", "warns", "warned",
	"pledge", "promise", "assurance", "claim", "finding", "news")

// tellVerbs report what a speaker told someone: "told reporters that".
var tellVerbs = setOfWords("told", "tell", "tells", "telling", "assured", "assures", "informed", "informs", "reminded", "warned")

// reported returns what a clause reports after a reporting verb and "that" in its first ten words
// ("the bulletin admits that this was the driest spring since 1997"), when it keeps at least
// four words.
func reported(d *document.Document, cl clause) (clause, bool) {
	for w := cl.from + 1; w+1 < cl.to && w < cl.from+10; w++ {
		that := w + 1
		if tellVerbs[d.Words[w].Norm] {
			// "told reporters that", "has told the council that"
			for that < min(cl.to, w+4) && d.Words[that].Norm != "that" {
				that++
			}
		} else if !reportingVerbs[d.Words[w].Norm] {
			continue
		}
		if that >= cl.to || d.Words[that].Norm != "that" {
			continue
		}
		inner := cl
		inner.from = that + 1
		if inner.to-inner.from < 4 {
			return clause{}, false
		}
		inner.span.Start = d.Words[inner.from].Start
		return inner, true
	}
	return clause{}, false
}

// sameFigure makes a paraphrase of a short half clause whose figure the source sentence of the
// other half's finding gives: "up almost a third on the year before" against "an increase of 31
// per cent", after "discharged sewage more than 20,000 times last year" was contradicted.
func sameFigure(in Input, half clause, other report.Finding) (report.Finding, bool) {
	if len(other.Evidence) == 0 {
		return report.Finding{}, false
	}
	src := in.Source
	from, to := src.WordsIn(document.Span{Start: other.Evidence[0].Start, End: other.Evidence[0].End})
	sourceQ := quantities(src, from, to)
	for _, c := range quantities(in.Opinion, half.from, half.to) {
		if c.year || c.label || c.vague {
			continue
		}
		for _, p := range sourceQ {
			if !p.year && !p.label && p.pct == c.pct && agree(c, p) {
				// The evidence is the stretch between commas that gives the figure, not its whole
				// sentence, the rest of which the opinion did not use.
				start, end := p.word, p.word+1
				for start > from && !strings.ContainsAny(src.Text[src.Words[start-1].End:src.Words[start].Start], ",;:") {
					start--
				}
				for end < to && !strings.ContainsAny(src.Text[src.Words[end-1].End:src.Words[end].Start], ",;:") {
					end++
				}
				part := src.WordSpan(start, end)
				f := report.Finding{Kind: report.Paraphrase, Side: report.Opinion, Start: half.span.Start, End: half.span.End,
					Text: in.Opinion.Slice(half.span), Evidence: sourceEvidence(src, part, other.Evidence[0].Score)}
				f.Explanation = fmt.Sprintf("Restates a figure from the source (paragraph %d) in other words.", src.ParagraphAt(other.Evidence[0].Start)+1)
				return f, true
			}
		}
	}
	return report.Finding{}, false
}

// figureAgainstPassage judges the half of a clause that the search could not place by the
// passage its other half restates: a figure of the half that clashes with the figures of that
// passage's sentences contradicts it ("an overrun of more than 40 percent" beside "The bill now
// stands at 51.4 million", against "The current forecast cost is 51.4 million crowns, an increase
// of 35 percent"). A half the writer copied, or whose figure the source gives somewhere, is not
// judged so, unless the clause says it restates that passage ("in other words"): restated.
func figureAgainstPassage(in Input, idx *index, half clause, other report.Finding, restated bool) (report.Finding, bool) {
	if len(other.Evidence) == 0 || quotedShare(in.Quotes, half.span) >= 0.35 {
		return report.Finding{}, false
	}
	op, src := in.Opinion, in.Source
	ev := document.Span{Start: other.Evidence[0].Start, End: other.Evidence[0].End}
	from, to := src.WordsIn(ev)
	if from >= to {
		return report.Finding{}, false
	}
	// The whole sentences of the evidence: a figure's stretch between commas may be all it shows.
	first, last := src.Sentences[src.Words[from].Sentence], src.Sentences[src.Words[to-1].Sentence]
	span := document.Span{Start: first.Start, End: last.End}
	halfQ := quantities(op, half.from, half.to)
	if !slices.ContainsFunc(halfQ, func(q quantity) bool { return q.figure() }) {
		return report.Finding{}, false
	}
	cq, pq, ok := conflict(halfQ, quantities(src, first.FirstWord, last.EndWord))
	if !ok || !cq.figure() || !restated && idx.givesFigure(cq) {
		return report.Finding{}, false
	}
	return figureContradicted(op, src, half, span, cq, pq, sourceEvidence(src, span, other.Evidence[0].Score)), true
}

// restatingPairs announce a restatement of what came before: "in other words", "put simply".
var restatingPairs = map[string]bool{"other words": true, "put simply": true, "simply put": true, "plain english": true}

// restatedQuote returns the quotation that a clause says it restates ("in other words", "put
// simply", "that is to say"): the last quotation with a source passage in the sentence before or
// earlier in the clause's own sentence.
func restatedQuote(in Input, cl clause) (report.Finding, bool) {
	op := in.Opinion
	marked := false
	for w := cl.from; w+1 < cl.to && w < cl.from+10; w++ {
		pair := op.Words[w].Norm + " " + op.Words[w+1].Norm
		if restatingPairs[pair] || pair == "to say" && w > cl.from && op.Words[w-1].Norm == "is" {
			marked = true
			break
		}
	}
	if !marked {
		return report.Finding{}, false
	}
	var last report.Finding
	found := false
	for _, q := range in.Quotes {
		if q.End > cl.span.Start || len(q.Evidence) == 0 || q.Evidence[0].Side != report.Source {
			continue
		}
		if s := op.SentenceAt(q.Start); s == cl.sentence || s == cl.sentence-1 {
			last, found = q, true
		}
	}
	return last, found
}

// conditions open a clause that states a condition, not a fact.
var conditions = map[string]bool{"if": true, "unless": true, "whether": true}

// halves cuts a clause at the comma nearest its middle, when each side keeps at least five words.
func halves(d *document.Document, cl clause) (clause, clause, bool) {
	const minWords = 5
	best, bestDist := -1, 0
	mid := (cl.from + cl.to) / 2
	for w := cl.from + minWords; w <= cl.to-minWords; w++ {
		if !strings.Contains(d.Text[d.Words[w-1].End:d.Words[w].Start], ",") {
			continue
		}
		if dist := abs(w - mid); best < 0 || dist < bestDist {
			best, bestDist = w, dist
		}
	}
	if best < 0 || frameOrSetting(d, cl.from, best) {
		return clause{}, clause{}, false
	}
	a, b := cl, cl
	a.to, b.from = best, best
	a.span.End, b.span.Start = d.Words[best-1].End, d.Words[best].Start
	return a, b, true
}

// frameOrSetting reports whether words [from, cut) before a comma only set the scene or name the
// speaker for what follows the comma: a fronted phrase ("At Gate 3, shortly after 6 a.m., a mob
// ...") or a speaker ("Chief inspector Ilse Varrow said, ..."). The side before the comma is no
// claim of its own. (A speaker with a title, "Deborah Lintz, the council's head of transport
// planning, called the figures encouraging", may be cut: what follows may restate the source.)
func frameOrSetting(d *document.Document, from, cut int) bool {
	if settingWords[d.Words[from].Norm] && cut-from <= 8 {
		return true
	}
	return speakerVerbs[d.Words[cut-1].Norm]
}

// settingWords open a phrase that sets the scene: a time or a place.
var settingWords = setOfWords("at", "in", "on", "after", "before", "during", "by", "since", "until",
	"shortly", "earlier", "later", "last", "this", "back", "from", "within", "around")

// opensQuotation reports whether the words before word w of d end in a colon that opens a
// quotation: 'The inspectors' conclusion is blunt: "the pace of work contributed ..."'.
func opensQuotation(d *document.Document, w int) bool {
	if w <= 0 || w >= len(d.Words) {
		return false
	}
	gap := strings.TrimSpace(d.Text[d.Words[w-1].End:d.Words[w].Start])
	gap = strings.TrimLeft(gap, ".)]")
	if !strings.HasPrefix(gap, ":") {
		return false
	}
	gap = strings.TrimSpace(gap[1:])
	r, _ := utf8.DecodeRuneInString(gap)
	return r == '"' || r == '“' || r == '\'' || r == '‘'
}

// speakerVerbs end a speaker's name before the words they said: "Ilse Varrow said, ...".
var speakerVerbs = setOfWords("said", "says", "told", "tells", "added", "adds", "wrote", "writes",
	"explained", "explains", "insisted", "insists", "warned", "warns", "claimed", "claims")

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// sameEvidence reports whether two findings' first evidence spans overlap.
func sameEvidence(a, b report.Finding) bool {
	ea, eb := a.Evidence[0], b.Evidence[0]
	return document.Span{Start: ea.Start, End: ea.End}.Overlap(document.Span{Start: eb.Start, End: eb.End}) > 0
}
