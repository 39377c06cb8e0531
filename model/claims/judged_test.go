package claims

import (
	"github.com/reframe-dev/reframe/model/document"
	"strings"
	"testing"

	"github.com/reframe-dev/reframe/model/report"
)

// TestSpeakerSwapped: words the source credits to a third party, credited by the opinion to
// another party the source names, contradict the source, even when they are copied word for word.
func TestSpeakerSwapped(t *testing.T) {
	const bulletin = `Ministry of Agriculture drought bulletin

The ministry estimates that wheat output will fall by 15 to 20 per cent this year. The Kelmark Grain Growers' Federation, which represents around 6,000 farming businesses, says that many smaller farms will face serious cash-flow problems before the winter. The ministry expects higher wheat prices to offset part of the loss.`
	src := load(t, bulletin)
	for _, tt := range []struct {
		opinion string
		want    bool
	}{
		{"Even the ministry accepts that many smaller farms will face serious cash-flow problems before the winter.", true},
		{"The Grain Growers' Federation warns that many smaller farms will face serious cash-flow problems before the winter.", false},
		{"Even the ministry accepts that higher wheat prices will offset part of the loss this year.", false},
		{"Our members fear that many smaller farms will face serious cash-flow problems before the winter.", false},
	} {
		res := New(Defaults).Check(Input{Opinion: load(t, tt.opinion), Source: src})
		got := false
		for _, f := range res.Findings {
			got = got || f.Subkind == report.ContradictsSource && strings.Contains(f.Explanation, "credits these words to 'The Kelmark Grain Growers' Federation'")
		}
		if got != tt.want {
			t.Errorf("%q: speaker swapped %v, want %v: %v", tt.opinion, got, tt.want, res.Findings)
		}
	}
}

// TestSpeakerSwappedWithoutThat: a speaker's words need no "that" ("The ministry itself says
// ...", "is calling for ..."); the one the source's speaker told is not its speaker; and the
// source's speaker starts on its own line, after a list number.
func TestSpeakerSwappedWithoutThat(t *testing.T) {
	const consultation = `Allotment review

6. Views received
6.1 The Brackenmoor Federation of Allotment Societies told officers that half plots "risk turning allotments into hobby patches" over time.

Officers propose to offer half plots from April. Farming organisations have said that the scheme's application process is too complex for smaller farms. The Student Union has called for maintenance support to be raised in line with rents.`
	src := load(t, consultation)
	for _, tt := range []struct {
		opinion, want string
	}{
		{`Even the council's own officers concede that half plots "risk turning allotments into hobby patches".`, "credits these words to 'The Brackenmoor Federation of Allotment Societies'; the opinion credits them to 'the council's own officers'"},
		{"Even the officers say the application process is too complex for smaller farms.", "credits these words to 'Farming organisations'; the opinion credits them to 'the officers'"},
		{"And the officers themselves are now calling for maintenance support to rise in line with rents.", "credits these words to 'The Student Union'"},
		{"The Federation says half plots risk turning allotments into hobby patches.", ""},
		{"The farming organisations say the application process is too complex for smaller farms.", ""},
		{"The Council Says the Application Process Is Too Complex\n\nFarmers deserve better.", ""},
		{"If you run a farm on this coast, write to the officers about the application process.", ""},
	} {
		res := New(Defaults).Check(Input{Opinion: load(t, tt.opinion), Source: src})
		got := ""
		for _, f := range res.Findings {
			if f.Subkind == report.ContradictsSource && strings.Contains(f.Explanation, "credits these words") {
				got = f.Explanation
			}
		}
		if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.opinion, got, tt.want)
		}
	}
}

// TestDemandIsNoRestatement: what the writer says must be done, on a subject the source covers,
// restates nothing, nor do the verbs its "must" governs; a requirement the source sets out, in the
// passage or in the line that leads into its list, is reported all the same, unless the demand
// rejects it. Nor is a demand ever contradicted.
func TestDemandIsNoRestatement(t *testing.T) {
	const review = `Harbour review

The Carrow harbour board spent 4.2 million crowns on the new Tarn ferry terminal in 2024. The board has not published the terminal's running costs.

Recommendations

The review recommends that:
- the harbour board publish the terminal's running costs every quarter;
- the board appoint an independent auditor.`
	src := load(t, review)
	for _, tt := range []struct {
		opinion string
		want    []string
	}{
		{"The Carrow harbour board must repay the 4.2 million crowns it spent on the Tarn ferry terminal.", nil},
		{"The Carrow harbour board must stop spending, publish the terminal's running costs and repay the 4.2 million crowns it spent on the Tarn ferry terminal.", nil},
		{"The Carrow harbour board spent 4.2 million crowns on the new Tarn ferry terminal in 2024.", []string{"paraphrase/: The Carrow harbour board spent 4.2 million crowns on the new Tarn ferry terminal in 2024"}},
		{"The harbour board must now publish the terminal's running costs every quarter.", []string{"paraphrase/: The harbour board must now publish the terminal's running costs every quarter"}},
		// A demand is contradicted by nothing: it says what ought to be, not what is.
		{"The harbour board should publish the terminal's running costs every quarter, not hide them.", nil},
		{"The Carrow harbour board should never have spent 4.2 million crowns on the Tarn ferry terminal.", nil},
	} {
		t.Run(tt.opinion, func(t *testing.T) {
			checkOpinionFindings(t, New(Defaults).Check(Input{Opinion: load(t, tt.opinion), Source: src}), tt.want)
		})
	}
}

// TestReaderAddressedIsNotContradicted: what the writer tells the reader ("You don't need ...")
// is no assertion about the source's subject, so the source cannot contradict it.
func TestReaderAddressedIsNotContradicted(t *testing.T) {
	src := load(t, "Stand inquiry\n\nThe panel published a 214-page report on the East Stand crush on 3 May.")
	checkContradictions(t, src, []contradictionCase{
		{"the reader addressed", "You don't need a 214-page report on the East Stand crush to work it out.", "", false},
		{"the panel's report denied", "The panel did not publish a 214-page report on the East Stand crush.", "denies", true},
	})
}

// TestSweepingClaims: a clause that names nothing specific is checked all the same when it
// predicts or speaks of all or none; an opinion, a remark about the writer or the reader, a
// demand or a command is not, whatever its words.
func TestSweepingClaims(t *testing.T) {
	src := load(t, "Park plan\n\nThe council will build 40 homes on the northern half of Tarn Park. The loss of the meadow would be a real harm, the inspector wrote.")
	for _, tt := range []struct {
		opinion string
		want    []string
	}{
		{"Title\n\nNothing of any value is being lost up there.", []string{"unsupported/not-in-source: Nothing of any value is being lost up there"}},
		{"Title\n\nThe same crush will happen again at the next big derby.", []string{"unsupported/not-in-source: The same crush will happen again at the next big derby"}},
		{"Title\n\nThe whole thing is a shabby little farce.", nil},
		{"Title\n\nWe will never forget what they did to the meadow.", nil},
		{"Title\n\nLet nobody forget what they did to the meadow.", nil},
		{"Title\n\nEvery resident should write to the inspector today.", nil},
	} {
		t.Run(tt.opinion, func(t *testing.T) {
			checkOpinionFindings(t, New(Defaults).Check(Input{Opinion: load(t, tt.opinion), Source: src}), tt.want)
		})
	}
}

// TestFramesAndSettingsAreNoClaims: a fronted phrase of time or place before a comma, and a
// speaker's name before "said", are no claims of their own; a clause is not cut after them.
func TestFramesAndSettingsAreNoClaims(t *testing.T) {
	for _, tt := range []struct {
		text string
		cut  bool
	}{
		{"At Gate 3 of the Carrow terminal, shortly after 6 a.m., a crowd of strikers blocked the lorry.", false},
		{"Chief inspector Ilse Varrow of Carrow said, without hesitation, that the site was unsafe.", false},
		{"The Carrow harbour board spent 4.2 million crowns, and the Tarn ferry terminal opened late.", true},
	} {
		d := load(t, tt.text)
		cl := clause{span: d.Sentences[0].Span, from: d.Sentences[0].FirstWord, to: d.Sentences[0].EndWord}
		if _, _, cut := halves(d, cl); cut != tt.cut {
			t.Errorf("%q: cut %v, want %v", tt.text, cut, tt.cut)
		}
	}
	src := load(t, "Inspection\n\nChief inspector Ilse Varrow said the Carrow site had improved since March.")
	checkOpinionFindings(t, New(Defaults).Check(Input{Opinion: load(t, "Chief inspector Ilse Varrow said: \"We are not there yet.\""), Source: src}), nil)
}

// TestWriterAboutThemselvesRestatesNothing: what the writer did or saw ("I was in the East Stand
// on 2 August") is no restatement of the source, however many of its words the source has.
func TestWriterAboutThemselvesRestatesNothing(t *testing.T) {
	src := load(t, "Inquiry\n\nOn 2 August about 12,350 people were in the Carrow ground for the Glenhaven tie, and the East Stand was overcrowded.")
	checkOpinionFindings(t, New(Defaults).Check(Input{Opinion: load(t, "I was in the East Stand of the Carrow ground on 2 August for the Glenhaven tie."), Source: src}), nil)
	checkOpinionFindings(t, New(Defaults).Check(Input{Opinion: load(t, "The East Stand of the Carrow ground was overcrowded on 2 August for the Glenhaven tie."), Source: src}),
		[]string{"paraphrase/: The East Stand of the Carrow ground was overcrowded on 2 August for the Glenhaven tie"})
}

// TestOmittedNumberedPoints: a numbered point of the source's list is salient even without a
// figure or a caveat, and is said to be a point, not a figure.
func TestOmittedNumberedPoints(t *testing.T) {
	src := load(t, "Decision\n\nThe inspector heard the appeal in May.\n\n1. The appeal is allowed and outline permission is granted.\n2. The developer shall plant the meadow edge with native hedging.\n\nThe inspector visited the site at Carrow with the parties.")
	res := New(Defaults).Check(Input{Opinion: load(t, "The Carrow scheme won its appeal this spring."), Source: src})
	var points []string
	for _, f := range res.Findings {
		if f.Kind == report.Omitted && strings.Contains(f.Explanation, "numbered point") {
			points = append(points, f.Text)
		}
		if f.Kind == report.Omitted && strings.Contains(f.Text, "visited the site") {
			t.Errorf("a plain sentence was called omitted: %q", f.Explanation)
		}
	}
	if len(points) != 2 {
		t.Errorf("numbered points omitted: %q, want both", points)
	}
}

// TestRolesSwapped: who did what to whom, told with common nouns: the doer and the one acted on
// swapped contradicts the source; the same roles, or the same act told in the passive, do not.
func TestRolesSwapped(t *testing.T) {
	const report = `Ferry dispute

The council sued the Tarn ferry company in May. Protesters attacked police officers at the Marrow gate, the report said.`
	checkContradictions(t, load(t, report), []contradictionCase{
		{"the doer and the one sued swapped", "In May the Tarn ferry company sued the council.", "turns it round", true},
		{"the attackers swapped", "Police officers attacked the protesters at the Marrow gate.", "turns it round", true},
		{"the same roles", "In May the council sued the ferry company from Tarn.", "turns it round", false},
		{"the same act in the passive", "In May the Tarn ferry company was sued by the council.", "turns it round", false},
	})
	// A participle after a noun, with "in the" or "by the" after it, is passive too.
	const costs = `Costs

Connections cost 7,900 crowns per home on average, compared with the 5,200 crowns assumed in the business case.`
	checkContradictions(t, load(t, costs), []contradictionCase{
		{"the act told as a participle", "The business case assumed 5,200 crowns for every home.", "turns it round", false},
	})
}

// TestSameUnitElsewhere: a figure whose unit the source counts only with other figures, in a
// sentence that shares two more words with the clause, contradicts it even when the two are
// worded too differently for the search to find the passage; a figure the source gives in that
// unit, a figure far off in size, or a sentence on another subject does not.
func TestSameUnitElsewhere(t *testing.T) {
	const application = `Planning application summary

Brevick Aggregates proposes to extend the existing limestone quarry at Hallorn Ridge into an area of 34 hectares immediately to the east of the current workings. The village hall seats 120 people. Extraction would continue for around 18 years.`
	src := load(t, application)
	for _, tt := range []struct {
		opinion string
		want    string
	}{
		{"The company wants to push its quarry across more than 80 hectares of open hillside to the east.", "The source says 'into an area of 34 hectares immediately to the east of the current workings' (paragraph 2); the opinion says 'quarry across more than 80 hectares of open hillside to the east'."},
		{"The company wants to push its quarry across 34 hectares of open hillside to the east.", ""},
		{"The company wants to push its quarry across 900 hectares of open hillside to the east.", ""},
		{"The county has lost more than 80 hectares of meadow since 2010.", ""},
	} {
		t.Run(tt.opinion, func(t *testing.T) {
			got := lastContradiction(t, tt.opinion, src).Explanation
			if !strings.HasPrefix(got, "The source says '") {
				got = "" // not a figure against a figure
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestDeniedPhrase: a clause that denies a two-word phrase the source states without denying it
// contradicts the source, however little else the two share; one the source denies too, or one
// it never names, does not.
func TestDeniedPhrase(t *testing.T) {
	const notice = `Compensation guidance

Compensation is paid at market value for healthy birds culled on ministry orders. Keepers may request an interim payment of up to 50 per cent of the estimated value, which is normally made within 14 days. There is no appeal panel for valuations.`
	src := load(t, notice)
	for _, tt := range []struct {
		opinion string
		want    string
	}{
		{"There is no interim payment, no fast track, nothing.", "The source (paragraph 2) says 'Keepers may request an interim payment of up to 50 per cent of the estimated value'; the opinion denies it: 'There is no interim payment, no fast track'."},
		{"And there is no appeal panel for a keeper who disputes the price.", ""},
		{"There is no hardship fund, no fast track, nothing.", ""},
	} {
		t.Run(tt.opinion, func(t *testing.T) {
			if got := lastContradiction(t, tt.opinion, src).Explanation; got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestFigureBesideRestatement: the half of a clause beside a half that restates a passage is
// judged by that passage's figures; a half whose figure the source gives, or that copies the
// source, is not.
func TestFigureBesideRestatement(t *testing.T) {
	const audit = `Ferry audit

The Regional Auditor examined the procurement of the replacement vessel for the Tarn crossing. The original budget was 38.1 million crowns. The current forecast cost is 51.4 million crowns, an increase of 35 percent, and delivery is now expected in the first half of 2026. Passenger numbers fell by 12 percent in 2024, and fare income fell by 2.3 million crowns. The service's target for a crossing is 40 minutes. Reliability stood at 91 percent, against a target of 98 percent.`
	src := load(t, audit)
	for _, tt := range []struct {
		opinion string
		want    string
	}{
		{"The bill now stands at 51.4 million, an overrun of more than 40 percent.", "an overrun of more than 40 percent"},
		{"The bill now stands at 51.4 million, an overrun of some 35 percent.", ""},
		{"The bill now stands at 51.4 million, a crossing of some 40 minutes.", ""},
	} {
		t.Run(tt.opinion, func(t *testing.T) {
			if got := lastContradiction(t, tt.opinion, src).Text; got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestHedgeQuotedFromItsSentence: the explanation of a hedge made certain quotes the sentence
// that hedges the same change ("may lengthen" for "will get even longer"), not its neighbour
// that shares as many words.
func TestHedgeQuotedFromItsSentence(t *testing.T) {
	src := load(t, "Winter pressures\n\nLonger handover delays were associated with days when over 95 per cent of medical beds were full. Handover delays may lengthen further in January if flu admissions continue to rise.")
	got := lastContradiction(t, "Handover delays will get even longer in January, the trust warns.", src).Explanation
	if !strings.Contains(got, "'delays may lengthen further in January") {
		t.Errorf("explanation %q does not quote the hedging sentence", got)
	}
}

// lastContradiction checks one opinion against src and returns its last contradicts-source finding,
// or a zero finding.
func lastContradiction(t *testing.T, opinion string, src *document.Document) report.Finding {
	t.Helper()
	var last report.Finding
	for _, f := range New(Defaults).Check(Input{Opinion: load(t, opinion), Source: src}).Findings {
		if f.Subkind == report.ContradictsSource {
			last = f
		}
	}
	return last
}
