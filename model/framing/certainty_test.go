package framing

import (
	"strings"
	"testing"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

func TestCertaintyShift(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "evidence said to settle the matter",
		opinion: "The Office's river samples settle the matter: the overflows drove bacteria up after heavy rain.",
		source:  "The Office's river samples suggest that the overflows are likely to have raised bacteria levels after heavy rain.",
		want:    []got{{"settle the matter", report.CertaintyShift}},
	}, {
		name:    "samples that do not settle the matter",
		opinion: "The Office's river samples do not settle the matter of the overflows and bacteria after heavy rain.",
		source:  "The Office's river samples suggest that the overflows are likely to have raised bacteria levels after heavy rain.",
		want:    []got{},
	}, {
		name:    "causal: linked to becomes causes",
		opinion: "Eating processed meat causes bowel cancer in older adults.",
		source:  "Eating processed meat may be linked to bowel cancer in older adults, researchers said.",
		want:    []got{{"causes", report.CertaintyShift}},
	}, {
		name:    "evidential: suggests becomes proves",
		opinion: "The Eastmere memory study proves it.",
		source:  "The Eastmere memory study suggests a benefit, its authors said.",
		want:    []got{{"proves", report.CertaintyShift}},
	}, {
		name:    "modal: may increase becomes will increase",
		opinion: "Extra lorry traffic will increase night-time noise near the depot.",
		source:  "Extra lorry traffic may increase night-time noise near the depot, the council accepted.",
		want:    []got{{"will", report.CertaintyShift}},
	}, {
		name:    "a conditional would becomes will",
		opinion: "The council will consider the harbour plan in the autumn.",
		source:  "The council would consider the harbour plan in the autumn if funds allow.",
		want:    []got{{"will", report.CertaintyShift}},
	}, {
		name:    "what a proposal would do, said as what the plan will do",
		opinion: "Option B will close the market hall for sixteen months.",
		source:  "Option B would close the market hall for sixteen months and move traders to a temporary structure.",
		want:    []got{},
	}, {
		name:    "a would of reported speech is a will",
		opinion: "The council will consider the harbour plan in the autumn.",
		source:  "Councillor Solvey said the council would consider the harbour plan in the autumn.",
		want:    []got{},
	}, {
		name:    "'who will listen' is no certain will",
		opinion: "The unions tell anyone who will listen that pay rose by four percent.",
		source:  "Pay may have risen by around four percent, the unions said.",
		want:    []got{{"anyone who will listen", report.LoadedLanguage}},
	}, {
		name:    "would say only hedges nothing",
		opinion: "Ms Dusek would say only that the harbour review is under way.",
		source:  "The harbour review is under way, Ms Dusek said.",
		want:    []got{},
	}, {
		name:    "a polite would asks, it does not hedge",
		opinion: "The director asks farmers to wait for the harvest returns.",
		source:  "We would ask farmers to wait for the harvest returns, the director said.",
		want:    []got{},
	}, {
		name:    "a participle describes a plan",
		opinion: "Her phased partnership, sharing management and ticketing for three years, is no answer.",
		source:  "A phased partnership would share management and ticketing for three years.",
		want:    []got{},
	}, {
		name:    "a modal further back in the clause",
		opinion: "The collection would be boxed up and moved to the quay.",
		source:  "The collection would move to the quay under option B.",
		want:    []got{},
	}, {
		name:    "a participle before a noun hedges no verb",
		opinion: "The gas plant near Castelmor was built for the data centres.",
		source:  "The gas plant near Castelmor was justified partly by expected data centre demand.",
		want:    []got{},
	}, {
		name:    "modal about another verb is not paired",
		opinion: "Depot officials will tell you the night-time noise is fine.",
		source:  "Depot officials said night-time noise may rise slightly.",
		want:    []got{},
	}, {
		name:    "the opinion keeps a hedge",
		opinion: "Eating processed meat may cause bowel cancer in older adults.",
		source:  "Eating processed meat may be linked to bowel cancer in older adults, researchers said.",
		want:    []got{},
	}, {
		name:    "the source states it plainly",
		opinion: "The mayor will open the new river bridge in June.",
		source:  "The mayor will open the river bridge in June, the council said.",
		want:    []got{},
	}, {
		name:    "reverse: the opinion hedges what the source stated",
		opinion: "The new arthritis drug might reduce joint pain.",
		source:  "The new arthritis drug reduces joint pain in adults, the trial found.",
		want:    []got{{"might", report.CertaintyShift}},
	}, {
		name:    "a hedged verb stated plainly",
		opinion: "In short, coffee protects the liver.",
		source:  "The authors said coffee may protect the liver, but the study could not establish cause and effect.",
		want:    []got{{"protects", report.CertaintyShift}},
	}, {
		name:    "a hedged verb kept hedged",
		opinion: "The authors think coffee could well protect the liver.",
		source:  "The authors said coffee may protect the liver, but the study could not establish cause and effect.",
		want:    []got{},
	}, {
		name:    "the writer's certainty about hedged evidence",
		opinion: "The Eastmere memory study makes clear that fermented food helps.",
		source:  "The Eastmere memory study suggests fermented food may help, its authors said.",
		want:    []got{{"makes clear", report.CertaintyShift}, {"helps", report.CertaintyShift}},
	}, {
		name:    "an open question made clear, with the source's counterfactual copied",
		opinion: "The report makes clear that a test carried out on time would have caught the crack.",
		source:  "The inspectors have not yet established whether a test carried out on time would have detected the crack. It is possible that the crack was small.",
		want:    []got{{"makes clear", report.CertaintyShift}},
	}, {
		name:    "a question the source cannot yet answer, answered",
		opinion: "The survey shows that the closures cut older people off from their cash.",
		source:  "The Commission cannot yet say whether the closures have cut older people off from their cash.",
		want:    []got{{"shows", report.CertaintyShift}},
	}, {
		name:    "an open question kept open",
		opinion: "The report says nobody knows yet whether a test on time would have caught the crack.",
		source:  "The inspectors have not yet established whether a test carried out on time would have detected the crack.",
		want:    []got{},
	}, {
		name:    "no source: nothing to compare with",
		opinion: "Eating processed meat causes bowel cancer in older adults.",
		want:    []got{},
	}})
}

func TestCertaintyShiftExplanationAndEvidence(t *testing.T) {
	src := "Eating processed meat may be linked to bowel cancer in older adults, researchers said. The study ran for ten years."
	fs, _ := findIn(t, builtin(), "Eating processed meat causes bowel cancer in older adults.", src)
	if len(fs) != 1 {
		t.Fatalf("got %v, want one certainty shift", gots(fs))
	}
	f := fs[0]
	if want := "Certainty shift: the opinion says 'causes' where the source says 'may be linked to'."; f.Explanation != want {
		t.Errorf("explanation %q, want %q", f.Explanation, want)
	}
	if len(f.Evidence) != 1 {
		t.Fatalf("evidence %v, want one source span", f.Evidence)
	}
	ev := f.Evidence[0]
	if ev.Side != report.Source || !strings.Contains(ev.Text, "may be linked to") || strings.Contains(ev.Text, "ten years") {
		t.Errorf("evidence %+v, want the source sentence with the hedge", ev)
	}
	if ev.Score <= 0 || ev.Score > 1 {
		t.Errorf("evidence score %v, want in (0, 1]", ev.Score)
	}
}

// A sentence with no counterpart passage still shifts certainty when a source sentence on the
// same subject hedges what the evidence shows.
func TestCertaintyShiftHedgedOnSubject(t *testing.T) {
	const source = "Drivers said the convoy carried sealed crates. The Bureau could not independently verify what the crates contained. The road reopened on Tuesday."
	none := func(int) (document.Span, bool) { return document.Span{}, false }
	cases := []struct {
		name, opinion string
		want          []got
	}{
		{"the evidence hedged elsewhere on the subject", "Those crates were full of rifles, as the Bureau's reporting makes clear.",
			[]got{{"makes clear", report.CertaintyShift}}},
		{"a hedge on another subject does not count", "The new road was a disgrace to the valley, as anyone can make clear.", nil},
		{"modal certainty needs a hedge on the same words", "Those crates will be opened by the Bureau.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			op, src := load(t, "opinion.txt", c.opinion), load(t, "source.txt", source)
			fs, _ := builtin().Find(op, Context{Source: src, Copied: make([]bool, len(op.Words)), Counterpart: none})
			var shifts []got
			for _, f := range fs {
				if f.Subkind == report.CertaintyShift {
					shifts = append(shifts, got{f.Text, f.Subkind})
					if !strings.Contains(f.Explanation, "could not independently verify") {
						t.Errorf("explanation %q, want the source's hedge quoted", f.Explanation)
					}
				}
			}
			if !sameGots(shifts, c.want) {
				t.Fatalf("got %v, want %v", shifts, c.want)
			}
		})
	}
}

// TestModalHedgeAfterAName: "may" after a name is the modal ("the Constabulary may extend"); "May"
// written as a name or a month is not; and a clause whose sentence restates another passage is
// held against the hedge that governs its own words.
func TestModalHedgeAfterAName(t *testing.T) {
	const plan = "Depending on the results of that evaluation, the Constabulary may extend average-speed enforcement to further roads in 2025."
	runCases(t, []framingCase{{
		name:    "a hedge after a name",
		opinion: "In 2025 the Constabulary will extend average-speed enforcement to further roads.",
		source:  plan,
		want:    []got{{"will", report.CertaintyShift}},
	}, {
		name:    "the month is no hedge",
		opinion: "The Constabulary will extend average-speed enforcement to further roads.",
		source:  "The Constabulary will extend average-speed enforcement to further roads in May.",
		want:    []got{},
	}, {
		name:    "a name is no hedge",
		opinion: "The minister will extend average-speed enforcement to further roads.",
		source:  "Minister Theresa May will extend average-speed enforcement to further roads.",
		want:    []got{},
	}, {
		name:    "the second clause of a sentence that restates another passage",
		opinion: "Six more cameras are earmarked for the Coldharbour Road this year, and in 2025 the police will extend the enforcement to other roads.",
		source:  "Six more cameras are earmarked for the Coldharbour Road this year. " + plan,
		want:    []got{{"will", report.CertaintyShift}},
	}})
}

// TestCertaintyShiftInAContradiction: certain wording in a claim that the claims check found
// contradicted by a hedging passage is a certainty shift against that passage, even when the
// hedge governs other words ("too early to say whether ... will lead to") or the sentence's own
// counterpart is another passage. Without the contradiction, or when the passage hedges nothing,
// there is none.
func TestCertaintyShiftInAContradiction(t *testing.T) {
	const (
		opinion = "The inquiry is finished. The investigations now under way will end in prosecution."
		hedged  = "It is too early to say whether any of these investigations will lead to prosecution."
		plain   = "Four investigations are under way into the discharges."
	)
	source := "The inquiry closed in May. " + plain + " " + hedged
	cases := []struct {
		name    string
		passage string // the contradicting passage; "" for none
		want    []got
	}{
		{"a hedging passage", hedged, []got{{"will", report.CertaintyShift}}},
		{"a passage that hedges nothing", plain, nil},
		{"no contradiction", "", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			op, src := load(t, "opinion.txt", opinion), load(t, "source.txt", source)
			claim := document.Span{Start: strings.Index(op.Text, "The investigations"), End: len(op.Text) - 1}
			ctx := Context{Source: src, Copied: make([]bool, len(op.Words)),
				// The sentence's counterpart is the plain passage: on its own, no shift.
				Counterpart: func(int) (document.Span, bool) {
					at := strings.Index(source, plain)
					return document.Span{Start: at, End: at + len(plain)}, true
				},
				Contradicted: func(offset int) (document.Span, bool) {
					at := strings.Index(source, c.passage)
					return document.Span{Start: at, End: at + len(c.passage)}, c.passage != "" && claim.Start <= offset && offset < claim.End
				},
			}
			fs, _ := builtin().Find(op, ctx)
			checkFindings(t, op, src, fs)
			var shifts []got
			for _, f := range fs {
				if f.Subkind == report.CertaintyShift {
					shifts = append(shifts, got{f.Text, f.Subkind})
					if !strings.Contains(f.Explanation, "'too early to say'") || len(f.Evidence) != 1 || f.Evidence[0].Text != hedged {
						t.Errorf("explanation %q, evidence %+v: want the hedge quoted and its sentence as evidence", f.Explanation, f.Evidence)
					}
				}
			}
			if !sameGots(shifts, c.want) {
				t.Fatalf("got %v, want %v", shifts, c.want)
			}
		})
	}
}

// TestHedgeSwappedInACopy: a certain word the writer put in place of the source's hedge inside a
// copied passage is a certainty shift, whatever the quote marks say.
func TestHedgeSwappedInACopy(t *testing.T) {
	const source = "Officials said the number of new cases may continue to rise into the winter. " +
		"Inspectors found that the older pumps may have been switched off by night staff at Carrow."
	cases := []struct {
		name, opinion string
		want          []got
		says          string
	}{
		{"'will' for 'may'", `Officials said "the number of new cases will continue to rise into the winter".`,
			[]got{{"will", report.CertaintyShift}}, "'may'"},
		{"'were' for 'may have been'", "Inspectors found that the older pumps were switched off by night staff at Carrow.",
			[]got{{"were", report.CertaintyShift}}, "says 'were' where the source it copies says 'may have been'"},
		{"the hedge copied as it is", `Officials said "the number of new cases may continue to rise into the winter".`, nil, ""},
		{"a certain word where the source has no hedge", "Officials said the number of new cases is going to rise into the winter.", nil, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs, _ := findIn(t, builtin(), c.opinion, source)
			var shifts []got
			for _, f := range fs {
				if f.Subkind != report.CertaintyShift {
					continue
				}
				shifts = append(shifts, got{f.Text, f.Subkind})
				if !strings.Contains(f.Explanation, c.says) || len(f.Evidence) != 1 {
					t.Errorf("explanation %q with %d evidence, want it to say %q", f.Explanation, len(f.Evidence), c.says)
				}
			}
			if !sameGots(shifts, c.want) {
				t.Fatalf("got %v, want %v", shifts, c.want)
			}
		})
	}
}
