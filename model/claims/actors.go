package claims

import (
	"fmt"
	"strings"

	"github.com/reframe-dev/reframe/model/document"
)

// actorSwapped reports a clause that keeps its passage's action but changes who did it to whom:
// the names on either side of the verb they share are swapped ("Carrow troops escorted Velland's
// fighters" for "Velland's troops escorted Carrow's fighters"), or the one who acts is another
// party the source names ("the council approved the plan" where the source says the court did).
func actorSwapped(op, src *document.Document, cl clause, from, to int) (string, bool) {
	srcNames := map[string]int{} // stem of a name in the passage -> its word
	for w := from; w < to; w++ {
		if isName(src, w) {
			srcNames[src.Words[w].Stem] = w
		}
	}
	if len(srcNames) == 0 {
		return "", false
	}
	for v := cl.from; v < cl.to; v++ {
		verb := op.Words[v]
		if contentStem(verb) == "" || isName(op, v) || !eventVerb(verb.Norm) {
			continue
		}
		sv := -1
		for w := from; w < to; w++ {
			if sameStem(src.Words[w].Stem, verb.Stem) && !isName(src, w) {
				sv = w
				break
			}
		}
		if sv < 0 {
			continue
		}
		before, after := nameNear(op, v, cl.from, -1), nameNear(op, v, cl.to, +1)
		if before >= 0 && !actsOn(op, before, v) {
			before = -1
		}
		srcBefore, srcAfter := nameNear(src, sv, from, -1), nameNear(src, sv, to, +1)
		if before < 0 || srcBefore < 0 {
			continue
		}
		a, b := op.Words[before].Stem, src.Words[srcBefore].Stem
		if a == b {
			continue
		}
		// Swapped: the opinion's actor is the source's object and the other way round.
		if after >= 0 && srcAfter >= 0 && src.Words[srcAfter].Stem == a && op.Words[after].Stem == b {
			return fmt.Sprintf("says '%s' %s '%s'; the opinion turns it round", src.Slice(src.Words[srcBefore].Span), src.Slice(src.Words[sv].Span), src.Slice(src.Words[srcAfter].Span)), true
		}
		// Replaced: the opinion credits the act to a party the source names, but not here as the
		// actor. A passive verb's subject is what was acted on, not who acted.
		if _, inPassage := srcNames[a]; !inPassage && mentions(src, a) && !passive(op, v) && !passive(src, sv) {
			first, _ := fullName(src, srcBefore)
			from, to := fullName(op, before)
			return fmt.Sprintf("says '%s'; the opinion says '%s' did", src.Text[src.Words[first].Start:src.Words[sv].End], op.Text[op.Words[from].Start:op.Words[to-1].End]), true
		}
	}
	return "", false
}

// rolesSwapped reports a clause that keeps its passage's act but swaps who did it and to whom,
// told with common nouns as well as names: "the ferry company sued the council" against "the
// council sued the ferry company". The words before the shared verb on one side must be those
// after it on the other, both ways, and the two doers must differ. Passives, whose subject is
// what was acted on, are left alone.
func rolesSwapped(op, src *document.Document, cl clause, from, to int) (string, bool) {
	for v := cl.from; v < cl.to; v++ {
		verb := op.Words[v]
		if contentStem(verb) == "" || isName(op, v) || !eventVerb(verb.Norm) || passive(op, v) {
			continue
		}
		for sv := from; sv < to; sv++ {
			if !sameStem(src.Words[sv].Stem, verb.Stem) || isName(src, sv) || passive(src, sv) {
				continue
			}
			opBefore, opAfter := roleWords(op, v, cl.from, cl.to, -1), roleWords(op, v, cl.from, cl.to, +1)
			srcBefore, srcAfter := roleWords(src, sv, from, to, -1), roleWords(src, sv, from, to, +1)
			if sharesAny(opBefore, srcAfter) && sharesAny(opAfter, srcBefore) && !sharesAny(opBefore, srcBefore) {
				return fmt.Sprintf("says '%s'; the opinion turns it round: '%s'",
					wordsAround(src, sv, from, to, 3, 3), wordsAround(op, v, cl.from, cl.to, 3, 3)), true
			}
		}
	}
	return "", false
}

// roleWords returns the content stems of the phrase next to verb w in direction dir: up to four
// words, stopping at punctuation or another verb of the clause's kind.
func roleWords(d *document.Document, w, from, to, dir int) map[string]bool {
	set := map[string]bool{}
	for k, n := w+dir, 0; n < 4 && k >= from && k < to && d.Words[k].Sentence == d.Words[w].Sentence; k, n = k+dir, n+1 {
		a, b := min(k, k-dir), max(k, k-dir)
		if pauseBetween(d, a, b) || eventVerb(d.Words[k].Norm) {
			break
		}
		if st := contentStem(d.Words[k]); st != "" {
			set[st] = true
		}
	}
	return set
}

// actsOn reports whether the name at word name can be the one who does the act of verb v after
// it: no subject pronoun and no verb of saying or wanting stands between them ("As Krell says,
// they were placed ...", "the Directorate wants targeted support": Krell placed nothing, and
// "targeted" is no act of the Directorate's).
func actsOn(d *document.Document, name, v int) bool {
	for k := name + 1; k < v; k++ {
		n := d.Words[k].Norm
		if personalSubjects[n] || speechVerbs[n] || wantVerbs[n] {
			return false
		}
	}
	return true
}

// personalSubjects are the pronouns that stand as the subject of a clause.
var personalSubjects = setOfWords("i", "we", "you", "he", "she", "it", "they")

// wantVerbs say what someone wants, not what they did.
var wantVerbs = setOfWords("want", "wants", "wanted", "wish", "wishes", "hopes", "hoped", "prefers", "preferred")

// passive reports whether verb v is a passive participle: a form of "be" stands just before it,
// perhaps with an adverb between ("were quietly placed"), or it follows a noun and is followed
// by "in" or "by" ("the 5,200 crowns assumed in the business case", "the figures published by
// the council").
func passive(d *document.Document, v int) bool {
	if reducedPassive(d, v) {
		return true
	}
	for k, n := v-1, 0; k >= 0 && n < 2 && d.Words[k].Sentence == d.Words[v].Sentence; k, n = k-1, n+1 {
		w := d.Words[k].Norm
		if beForms[w] {
			return true
		}
		if !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return false
}

// reducedPassive reports whether word v is a participle that tells what was done to the noun
// before it, by or in what follows: "-ed" after a noun or a figure, with no comma between, and
// "in the" or "by a" after it. Verbs of rising and falling are left out: "increased by a third".
func reducedPassive(d *document.Document, v int) bool {
	if v == 0 || v+1 >= len(d.Words) || !strings.HasSuffix(d.Words[v].Norm, "ed") ||
		d.Words[v-1].Sentence != d.Words[v].Sentence || d.Words[v+1].Sentence != d.Words[v].Sentence ||
		pauseBetween(d, v-1, v) || pauseBetween(d, v, v+1) {
		return false
	}
	if n := d.Words[v+1].Norm; n != "in" && n != "by" || v+2 >= len(d.Words) || !singularDeterminers[d.Words[v+2].Norm] ||
		upWords[d.Words[v].Stem] || downWords[d.Words[v].Stem] {
		return false // "voted in June", "increased by 5 per cent": no one acted on the noun
	}
	prev := d.Words[v-1]
	return isCount(prev.Norm) ||
		contentStem(prev) != "" && !strings.HasSuffix(prev.Norm, "ly") && !strings.HasSuffix(prev.Norm, "ed")
}

// beForms are the forms of "be" that make a following participle passive.
var beForms = setOfWords("is", "are", "was", "were", "be", "been", "being")

// nameNear returns the nearest name within four words of word w in direction dir (-1 before,
// +1 after), stopping at limit, or -1.
func nameNear(d *document.Document, w, limit, dir int) int {
	for k, n := w+dir, 0; n < 4 && (dir < 0 && k >= limit || dir > 0 && k < limit); k, n = k+dir, n+1 {
		if d.Words[k].Sentence != d.Words[w].Sentence {
			return -1
		}
		if isName(d, k) {
			return k
		}
	}
	return -1
}

// fullName returns the words [from, to) of the whole name that word w is part of: "Pellam
// Systems" for "Systems".
func fullName(d *document.Document, w int) (from, to int) {
	joined := func(a, b int) bool {
		return d.Words[a].Sentence == d.Words[b].Sentence && d.Text[d.Words[a].End:d.Words[b].Start] == " " && isName(d, a) && isName(d, b)
	}
	from, to = w, w+1
	for from > 0 && joined(from-1, from) {
		from--
	}
	for to < len(d.Words) && joined(to-1, to) {
		to++
	}
	return from, to
}

// mentions reports whether a document names something with this stem, capitalised.
func mentions(d *document.Document, stem string) bool {
	for i := range d.Words {
		if d.Words[i].Stem == stem && isName(d, i) {
			return true
		}
	}
	return false
}

// eventVerb reports a past-tense verb form: the action of a reported event.
func eventVerb(norm string) bool {
	return len(norm) > 4 && norm[len(norm)-2:] == "ed" || irregularPast[norm]
}

// irregularPast are common past forms that report an event and that the "-ed" rule misses:
// irregular ones, and regular ones too short for it ("sued").
var irregularPast = map[string]bool{
	"began": true, "broke": true, "brought": true, "built": true, "bought": true, "caught": true,
	"chose": true, "drove": true, "fought": true, "found": true, "gave": true, "hid": true,
	"held": true, "kept": true, "led": true, "left": true, "lost": true, "met": true, "paid": true,
	"sold": true, "sent": true, "shut": true, "spent": true, "stole": true, "struck": true,
	"took": true, "told": true, "won": true, "wrote": true, "hit": true, "beat": true,
	"sued": true, "fled": true, "bled": true, "sped": true,
}

// bodySwapped reports a clause that credits its passage's act to a body of another kind than the
// one the passage names as doing it, both told with common nouns: "The regulator had to issue 212
// pollution alerts" against "The company issued 212 pollution alerts". Bodies of one kind ("the
// firm", "the company") may be one body told two ways, so only a change of kind counts: a
// business for its regulator, a council for a contractor.
func bodySwapped(op, src *document.Document, cl clause, from, to int) (string, bool) {
	for v := cl.from; v < cl.to; v++ {
		subjectEnd, ok := actAt(op, v, cl.from)
		if !ok || contentStem(op.Words[v]) == "" {
			continue
		}
		opBody := bodyBefore(op, subjectEnd, cl.from)
		if opBody < 0 {
			continue
		}
		for sv := from; sv < to; sv++ {
			if !sameStem(src.Words[sv].Stem, op.Words[v].Stem) || !eventVerb(src.Words[sv].Norm) || isName(src, sv) || passive(src, sv) {
				continue
			}
			if srcBody := bodyBefore(src, sv, from); srcBody >= 0 && bodyKinds[src.Words[srcBody].Norm] != bodyKinds[op.Words[opBody].Norm] {
				return fmt.Sprintf("says '%s'; the opinion says '%s' did", src.Text[src.Words[srcBody-1].Start:src.Words[sv].End],
					op.Text[op.Words[opBody-1].Start:op.Words[opBody].End]), true
			}
		}
	}
	return "", false
}

// actAt reports whether word v of d tells an act its subject did, and returns where the words
// before it that name the subject end: a past verb ("issued"), or a plain one after "had to"
// ("had to issue"). A passive tells what was done to its subject.
func actAt(d *document.Document, v, from int) (int, bool) {
	if v-2 >= from && d.Words[v-1].Norm == "to" && obligedWords[d.Words[v-2].Norm] {
		return v - 2, true
	}
	return v, eventVerb(d.Words[v].Norm) && !isName(d, v) && !passive(d, v)
}

// obligedWords, before "to", make the plain verb after them something done: "had to issue".
var obligedWords = setOfWords("had", "has", "have")

// bodyBefore returns the word of a body ("the council", "the company") that ends just before word
// end of d, no further back than from, or -1.
func bodyBefore(d *document.Document, end, from int) int {
	k := end - 1
	if k-1 < from || bodyKinds[d.Words[k].Norm] == "" || !bodyDeterminers[d.Words[k-1].Norm] || pauseBetween(d, k, end) {
		return -1
	}
	return k
}

// bodyKinds are the common nouns for the organisations that act in a report, by kind: who did
// something is often told by them rather than by name.
var bodyKinds = func() map[string]string {
	m := map[string]string{}
	for kind, nouns := range map[string]string{
		"business":  "company firm operator utility contractor developer landlord bank insurer supplier",
		"oversight": "regulator watchdog commission inspectorate ombudsman inspectors auditors panel court agency",
		"state":     "council government ministry department authority",
		"service":   "trust hospital school university board police",
		"society":   "union charity club campaigners residents",
	} {
		for _, n := range strings.Fields(nouns) {
			m[n] = kind
		}
	}
	return m
}()

// bodyDeterminers open the noun phrase of a body: "the council", "its contractor".
var bodyDeterminers = setOfWords("the", "its", "their", "our", "this", "that")
