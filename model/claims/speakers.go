package claims

import (
	"fmt"
	"strings"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// speakerSwapped finds a clause that credits what it reports to another speaker than the source
// does: "Even the ministry accepts that many smaller farms will face serious cash-flow problems"
// where the source sentence with those words is the Grain Growers' Federation's ("The Kelmark
// Grain Growers' Federation ... says that many smaller farms will face ..."). The words reported
// must restate one source sentence closely; the clause's speaker must be a party the source names
// elsewhere but not in that sentence; and that sentence must credit its words to a third party by
// name (or as a group, a union, campaigners ...) that the clause does not name.
func (idx *index) speakerSwapped(op *document.Document, cl clause) (report.Finding, bool) {
	src := idx.doc
	inner, ok := reportedWords(op, cl)
	if !ok || op.Title != "" && op.Sentences[cl.sentence].Paragraph == 0 && strings.Contains(op.Title, op.Slice(cl.span)) {
		return report.Finding{}, false // not a headline: "The Council Says the Air Is Improving"
	}
	frame := map[string]bool{} // the clause's speaker
	speakerFrom, speakerTo := speakerOnly(op, cl.from, inner.from)
	for w := speakerFrom; w < speakerTo; w++ {
		if st := contentStem(op.Words[w]); st != "" && !frameFillers[op.Words[w].Norm] {
			frame[st] = true
		}
	}
	if len(frame) == 0 {
		return report.Finding{}, false
	}
	best := idx.search(op, inner.from, inner.to)
	if best.window < 0 || best.score < 0.6 {
		return report.Finding{}, false
	}
	from, to := src.WordsIn(best.span)
	from, _ = closestSentence(src, op, inner, from, to)
	s := src.Sentences[src.Words[from].Sentence]
	if namedBeside(src, s, frame) || !mentionsAny(src, frame) && !namesRole(op, cl.from, inner.from) {
		return report.Finding{}, false
	}
	a, b, ok := thirdPartySpeaker(src, s)
	if !ok || len(heldStems(op, cl.from, inner.from, contentStems(src, a, b))) > 0 {
		return report.Finding{}, false
	}
	said := src.Excerpt(speakerOnly(src, a, b))
	credited := op.Excerpt(speakerFrom, speakerTo)
	return report.Finding{
		Kind: report.Unsupported, Subkind: report.ContradictsSource, Side: report.Opinion,
		Start: cl.span.Start, End: cl.span.End, Text: op.Slice(cl.span),
		Explanation: fmt.Sprintf("The source (paragraph %d) credits these words to '%s'; the opinion credits them to '%s'.",
			src.ParagraphAt(s.Start)+1, said, credited),
		Evidence: sourceEvidence(src, s.Span, best.score),
	}, true
}

// reportedWords returns what a clause reports after its speaker's verb of saying in its first
// ten words, with or without "that": "the Bureau found that ...", "The Board itself says the
// study confirms ...", "the consultants write that ...", "the Office is calling for ...".
func reportedWords(d *document.Document, cl clause) (clause, bool) {
	if inner, ok := reported(d, cl); ok {
		return inner, true
	}
	for w := cl.from + 1; w+1 < cl.to && w < cl.from+10; w++ {
		if !reportingVerbs[d.Words[w].Norm] && !writingVerbs[d.Words[w].Norm] && !(callVerbs[d.Words[w].Norm] && d.Words[w+1].Norm == "for") {
			continue
		}
		if prev := d.Words[w-1].Norm; singularDeterminers[prev] || strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") {
			continue // a noun: "the Inspectorate's report proves"
		}
		// The speaker runs unbroken up to its verb, and the verb to what it says: not "as the
		// review says, ...", "Residents, says Dr Okonjo, ..." or "If you run a business, write".
		if pauseBetween(d, w, w+1) && !strings.Contains(d.Text[d.Words[w].End:d.Words[w+1].Start], ":") ||
			pauseBetween(d, cl.from, w) || personalWords[d.Words[cl.from].Norm] || conditions[d.Words[cl.from].Norm] {
			return clause{}, false
		}
		inner := cl
		inner.from = w + 1
		if callVerbs[d.Words[w].Norm] || d.Words[w+1].Norm == "that" {
			inner.from++
		}
		if inner.to-inner.from < 4 {
			return clause{}, false
		}
		inner.span.Start = d.Words[inner.from].Start
		return inner, true
	}
	return clause{}, false
}

// speakerOnly narrows words [from, to) of a frame to the speaker it names: "Even the council's
// own officers concede that" to "the council's own officers", "Farming organisations have" to
// "Farming organisations".
func speakerOnly(d *document.Document, from, to int) (int, int) {
	for from+1 < to && (frameFillers[d.Words[from].Norm] || d.Words[from].Norm == "and" || d.Words[from].Norm == "but") {
		from++
	}
	for to-1 > from {
		n := d.Words[to-1].Norm
		if !frameFillers[n] && !auxiliaries[n] && !reportingVerbs[n] && !writingVerbs[n] && !callVerbs[n] && !speechVerbs[n] &&
			n != "that" && n != "for" && !(strings.HasSuffix(n, "ed") && !isName(d, to-1)) {
			break
		}
		to--
	}
	return from, to
}

// auxiliaries help a verb of saying: "have said", "is calling".
var auxiliaries = setOfWords("have", "has", "had", "is", "are", "was", "were", "be", "been", "will", "would", "do", "does", "did")

// writingVerbs credit words to their writer; callVerbs, before "for", credit a demand.
var (
	writingVerbs = setOfWords("write", "writes", "wrote", "argue", "argues", "argued", "agree", "agrees", "agreed")
	callVerbs    = setOfWords("call", "calls", "calling", "called")
)

// namedBeside reports whether a source sentence names the clause's speaker (stems of frame)
// other than as the one it was told to: "The Federation told officers that ..." does not name the
// officers as its speaker.
func namedBeside(src *document.Document, s document.Sentence, frame map[string]bool) bool {
	for w := s.FirstWord; w < s.EndWord; w++ {
		if !frame[src.Words[w].Stem] {
			continue
		}
		told := false
		for k := max(s.FirstWord, w-3); k < w; k++ {
			told = told || tellVerbs[src.Words[k].Norm]
		}
		if !told {
			return true
		}
	}
	return false
}

// frameFillers stand around a speaker without naming it: "Even the ministry's own economists".
var frameFillers = setOfWords("even", "own", "itself", "also", "now", "finally", "quietly", "grudgingly")

// mentionsAny reports whether a document holds any of the stems.
func mentionsAny(d *document.Document, stems map[string]bool) bool {
	return len(heldStems(d, 0, len(d.Words), stems)) > 0
}

// thirdPartySpeaker returns the words [a, b) of the speaker a source sentence opens with when it
// credits its words to a third party: a name ("The Kelmark Grain Growers' Federation, which
// represents ..., says that") or a party named by what it is ("The group has called for"). The
// speaker runs from the sentence's start to the first comma or verb of saying.
func thirdPartySpeaker(src *document.Document, s document.Sentence) (int, int, bool) {
	says := firstIndex(src, s.FirstWord, s.EndWord, speechVerbs, nil)
	if says < 0 {
		return 0, 0, false
	}
	first := s.FirstWord
	for w := s.FirstWord + 1; w < says; w++ {
		if strings.Contains(src.Text[src.Words[w-1].End:src.Words[w].Start], "\n") {
			first = w // "6. Views received so far\n6.1 The Federation told": the speaker's own line
		}
	}
	if src.ListNumber(first, first) {
		first++
	}
	b := first
	for b < says && b < first+8 {
		if b > first && strings.ContainsAny(src.Text[src.Words[b-1].End:src.Words[b].Start], ",;:(") {
			break
		}
		b++
	}
	named := false
	for w := first; w < b; w++ {
		named = named || isName(src, w) || thirdParties[src.Words[w].Norm] || roleNouns[src.Words[w].Stem]
	}
	return first, b, named && b > first
}

// speechVerbs credit words to a speaker: what a report shows or finds is the report's own.
var speechVerbs = setOfWords("says", "said", "told", "argues", "argued", "claims", "claimed", "warns",
	"warned", "insists", "insisted", "maintains", "maintained", "called", "urged", "urges", "demanded",
	"demands", "alleges", "alleged")

// thirdParties name a party by what it is rather than by its name.
var thirdParties = setOfWords("group", "groups", "union", "unions", "federation", "association",
	"campaigners", "campaign", "residents", "critics", "opponents", "operators", "industry", "lobby",
	"organisations", "organizations", "charities", "charity", "traders", "businesses", "landlords", "tenants")

// roleNouns name a speaker by the office they hold: "the housing director", "the mayor".
var roleNouns = stemSet("mayor", "minister", "director", "chief", "executive", "spokesman",
	"spokeswoman", "spokesperson", "chair", "chairman", "chairwoman", "president", "secretary",
	"governor", "inspector", "commissioner", "leader", "manager", "official", "councillor",
	"auditor", "ombudsman", "superintendent", "chancellor", "headteacher", "prosecutor", "coroner",
	"sheriff", "senator", "treasurer")

// namesRole reports whether words [from, to) name a speaker by name or by office.
func namesRole(d *document.Document, from, to int) bool {
	for w := from; w < to; w++ {
		if isName(d, w) || roleNouns[d.Words[w].Stem] {
			return true
		}
	}
	return false
}
