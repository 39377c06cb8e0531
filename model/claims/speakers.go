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
	inner, ok := reported(op, cl)
	if !ok {
		return report.Finding{}, false
	}
	frame := map[string]bool{} // the clause's speaker
	for w := cl.from; w < inner.from-2; w++ {
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
	if len(heldStems(src, s.FirstWord, s.EndWord, frame)) > 0 || !mentionsAny(src, frame) && !namesRole(op, cl.from, inner.from) {
		return report.Finding{}, false
	}
	a, b, ok := thirdPartySpeaker(src, s)
	if !ok || len(heldStems(op, cl.from, inner.from, contentStems(src, a, b))) > 0 {
		return report.Finding{}, false
	}
	said := src.Excerpt(a, b)
	credited := op.Excerpt(cl.from, inner.from-1)
	return report.Finding{
		Kind: report.Unsupported, Subkind: report.ContradictsSource, Side: report.Opinion,
		Start: cl.span.Start, End: cl.span.End, Text: op.Slice(cl.span),
		Explanation: fmt.Sprintf("The source (paragraph %d) credits these words to '%s'; the opinion credits them to '%s'.",
			src.ParagraphAt(s.Start)+1, said, credited),
		Evidence: sourceEvidence(src, s.Span, best.score),
	}, true
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
	b := s.FirstWord
	for b < says && b < s.FirstWord+8 {
		if b > s.FirstWord && strings.ContainsAny(src.Text[src.Words[b-1].End:src.Words[b].Start], ",;:(") {
			break
		}
		b++
	}
	named := false
	for w := s.FirstWord; w < b; w++ {
		named = named || isName(src, w) || thirdParties[src.Words[w].Norm] || roleNouns[src.Words[w].Stem]
	}
	return s.FirstWord, b, named && b > s.FirstWord
}

// speechVerbs credit words to a speaker: what a report shows or finds is the report's own.
var speechVerbs = setOfWords("says", "said", "told", "argues", "argued", "claims", "claimed", "warns",
	"warned", "insists", "insisted", "maintains", "maintained", "called", "urged", "urges", "demanded",
	"demands", "alleges", "alleged")

// thirdParties name a party by what it is rather than by its name.
var thirdParties = setOfWords("group", "groups", "union", "unions", "federation", "association",
	"campaigners", "campaign", "residents", "critics", "opponents", "operators", "industry", "lobby")

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
