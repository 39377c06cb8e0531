package align

import (
	"reflect"
	"strings"
	"testing"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/document/documenttest"
	"github.com/reframe-dev/reframe/model/report"
)

// wantQuote is the expected shape of one quote finding, in opinion order.
type wantQuote struct {
	text    string
	subkind report.Subkind
	marked  bool
	edits   []report.Edit
}

// load builds a test document from plain text.
var load = documenttest.Text

// checkInvariants asserts that every finding and every piece of evidence quotes its document.
func checkInvariants(t testing.TB, opinion, source *document.Document, res Result) {
	t.Helper()
	docs := map[report.Side]*document.Document{report.Opinion: opinion, report.Source: source}
	for _, f := range res.Findings {
		d := docs[f.Side]
		if d == nil {
			t.Fatalf("finding %s on unknown side %q", f.ID, f.Side)
		}
		if f.Start < 0 || f.End > len(d.Text) || f.Start > f.End {
			t.Fatalf("finding %s span [%d,%d) out of bounds (len %d)", f.ID, f.Start, f.End, len(d.Text))
		}
		if got := d.Text[f.Start:f.End]; f.Text != got {
			t.Errorf("finding %s text %q != slice %q", f.ID, f.Text, got)
		}
		if f.Kind == report.Quote && f.Marked == nil {
			t.Errorf("quote finding %s has no Marked", f.ID)
		}
		for _, ev := range f.Evidence {
			e := docs[ev.Side]
			if e == nil || ev.Side == f.Side {
				t.Fatalf("finding %s evidence on side %q", f.ID, ev.Side)
			}
			if ev.Start < 0 || ev.End > len(e.Text) || ev.Start > ev.End {
				t.Fatalf("finding %s evidence span [%d,%d) out of bounds (len %d)", f.ID, ev.Start, ev.End, len(e.Text))
			}
			if got := e.Text[ev.Start:ev.End]; ev.Text != got {
				t.Errorf("finding %s evidence text %q != slice %q", f.ID, ev.Text, got)
			}
			if ev.Score < 0 || ev.Score > 1 {
				t.Errorf("finding %s evidence score %v outside [0,1]", f.ID, ev.Score)
			}
		}
	}
}

func TestFind(t *testing.T) {
	cases := []struct {
		name    string
		opinion string
		source  string
		want    []wantQuote
	}{
		{
			name:    "verbatim unmarked copy",
			opinion: "Yesterday I read that the new vaccine reduced hospital admissions by forty percent among older patients. Wow.",
			source:  "The committee found that the new vaccine reduced hospital admissions by forty percent among older patients in the trial.",
			want: []wantQuote{{
				text: "that the new vaccine reduced hospital admissions by forty percent among older patients", subkind: report.Verbatim,
			}},
		},
		{
			name:    "a quotation that ends in other words than the source",
			opinion: `And her promise? "I will not promise that the waits will improve." Thanks for nothing.`,
			source:  `The chief executive said: "We expect some improvement, but I will not promise that the waits will be quick."`,
			want: []wantQuote{{
				text: "I will not promise that the waits will improve", subkind: report.Edited, marked: true,
				edits: []report.Edit{{Op: report.Replace, From: "be quick", To: "improve"}},
			}},
		},
		{
			name:    "a quotation that runs on too far to be the passage reworded",
			opinion: `She said: "I will not promise that the waits will be over soon, whatever the board decides next month."`,
			source:  `The chief executive said: "I will not promise that the waits will be quick."`,
			want: []wantQuote{{
				text: "I will not promise that the waits will be", subkind: report.Verbatim, marked: true,
			}},
		},
		{
			name:    "a quotation word for word but for one word that breaks every run",
			opinion: `Even the chair had to admit Wanderers "did not get anything right on the day" at Carrow.`,
			source:  `The club's chair said the club "did not get everything right on the day" and apologised to supporters.`,
			want: []wantQuote{{
				text: "did not get anything right on the day", subkind: report.Misquote, marked: true,
				edits: []report.Edit{{Op: report.Replace, From: "everything", To: "anything"}},
			}},
		},
		{
			name:    "a short quotation that opens with a negation the source does not have",
			opinion: `The director told us the repairs were "not a priority this year" at Hartfield.`,
			source:  `The director said the repairs were "a priority this year" for the estate.`,
			want: []wantQuote{{
				text: "not a priority this year", subkind: report.Misquote, marked: true,
				edits: []report.Edit{{Op: report.Insert, To: "not"}},
			}},
		},
		{
			name:    "a quotation of common words that drops a qualifier",
			opinion: `The report says the damp "is the worst we have seen" in the city.`,
			source:  `The inspectors wrote that the damp "is among the worst we have seen" in the city.`,
			want: []wantQuote{{
				text: "is the worst we have seen", subkind: report.Misquote, marked: true,
				edits: []report.Edit{{Op: report.Delete, From: "among"}},
			}},
		},
		{
			name:    "a quotation whose first word stands in for the source's",
			opinion: `The farmer says "some of the hedge that was removed was replaced elsewhere on the same farm" at Tarn.`,
			source:  `Most of the hedge that was removed was replaced elsewhere on the same farm, the survey found.`,
			want: []wantQuote{{
				text: "some of the hedge that was removed was replaced elsewhere on the same farm", subkind: report.Misquote, marked: true,
				edits: []report.Edit{{Op: report.Replace, From: "Most", To: "some"}},
			}},
		},
		{
			name:    "a quotation whose first word is the writer's, mid-sentence in the source",
			opinion: `The report says "staff were not told about the change to the rota" at Tarn.`,
			source:  `In March the managers were not told about the change to the rota, the report says.`,
			want: []wantQuote{{
				text: "were not told about the change to the rota", subkind: report.Verbatim, marked: true,
			}},
		},
		{
			name:    "a quotation that makes the source's open question a claim",
			opinion: `The council admits the trial was "set up to prove that rental scooters can operate safely here" in Tarn.`,
			source:  `The trial was set up to find out whether rental scooters can operate safely here, the council said.`,
			want: []wantQuote{{
				text: "set up to prove that rental scooters can operate safely here", subkind: report.Misquote, marked: true,
				edits: []report.Edit{{Op: report.Replace, From: "find out whether", To: "prove that"}},
			}},
		},
		{
			name:    "a copy that drops 'associated with'",
			opinion: `Tarn Royal Infirmary treated 389 patients hurt on rental scooters in the year to March 2024 alone.`,
			source:  `Tarn Royal Infirmary treated 389 patients for injuries associated with scooters in the year to March 2024.`,
			want: []wantQuote{{
				text: "Tarn Royal Infirmary treated 389 patients hurt on rental scooters in the year to March 2024", subkind: report.Edited,
				edits: []report.Edit{{Op: report.Replace, From: "for injuries associated with", To: "hurt on rental"}},
			}},
		},
		{
			name:    "a short quotation with an ellipsis",
			opinion: `The report says the damp "is among the worst ... in the city" and worse than last year.`,
			source:  `The inspectors wrote that the damp "is among the worst we have seen in the city" this year.`,
			want: []wantQuote{{
				text: "is among the worst ... in the city", subkind: report.Edited, marked: true,
				edits: []report.Edit{{Op: report.Elide, From: "we have seen"}},
			}},
		},
		{
			name:    "words dropped from the middle that are not set off are no edit of one passage",
			opinion: `Ministers ignored the warning from the flood agency before the Tarn burst its banks.`,
			source:  `The flood agency says ministers acted on its warning two days before the Tarn burst its banks.`,
			want:    []wantQuote{{text: "before the Tarn burst its banks", subkind: report.Verbatim}},
		},
		{
			name:    "a quotation that drops an approximator keeps the figure",
			opinion: `The agency says "the bypass has cut journey times for commuters by twenty minutes" at peak.`,
			source:  `The highways agency says the bypass has cut journey times for commuters by around twenty minutes.`,
			want: []wantQuote{{
				text: "the bypass has cut journey times for commuters by twenty minutes", subkind: report.Edited, marked: true,
				edits: []report.Edit{{Op: report.Delete, From: "around"}},
			}},
		},
		{
			name:    "a quotation too far from the source sentence is not its edit",
			opinion: `The chair said they "got almost nothing right that awful day" at Carrow.`,
			source:  `The club's chair said the club "did not get everything right on the day" and apologised to supporters.`,
			want:    []wantQuote{{text: "got almost nothing right that awful day", subkind: report.Unsourced, marked: true}},
		},
		{
			name:    "verbatim marked straight quotes",
			opinion: `She wrote: "the new vaccine reduced hospital admissions by forty percent among older patients" and left.`,
			source:  "The committee found that the new vaccine reduced hospital admissions by forty percent among older patients in the trial.",
			want: []wantQuote{{
				text: "the new vaccine reduced hospital admissions by forty percent among older patients", subkind: report.Verbatim, marked: true,
			}},
		},
		{
			name:    "verbatim marked curly quotes",
			opinion: "She wrote: “the new vaccine reduced hospital admissions by forty percent among older patients” and left.",
			source:  "The committee found that the new vaccine reduced hospital admissions by forty percent among older patients in the trial.",
			want: []wantQuote{{
				text: "the new vaccine reduced hospital admissions by forty percent among older patients", subkind: report.Verbatim, marked: true,
			}},
		},
		{
			name:    "verbatim block quote",
			opinion: "Consider this.\n\n> the new vaccine reduced hospital admissions\n> by forty percent among older patients\n\nThat is all.",
			source:  "The committee found that the new vaccine reduced hospital admissions by forty percent among older patients in the trial.",
			want: []wantQuote{{
				text: "the new vaccine reduced hospital admissions\n> by forty percent among older patients", subkind: report.Verbatim, marked: true,
			}},
		},
		{
			name:    "edit replace IS with ISIS",
			opinion: "We learn that the Islamic State group ISIS had claimed responsibility for the attack on the northern border post last week.",
			source:  "Officials said the Islamic State group IS had claimed responsibility for the attack on the northern border post last week.",
			want: []wantQuote{{
				text:    "the Islamic State group ISIS had claimed responsibility for the attack on the northern border post last week",
				subkind: report.Edited, edits: []report.Edit{{Op: report.Replace, From: "IS", To: "ISIS"}},
			}},
		},
		{
			name:    "edit inserted adjective",
			opinion: "We learn that shortages could appear in remote rural clinics before the end of the winter season.",
			source:  "The report also warned that shortages could appear in rural clinics before the end of the winter season.",
			want: []wantQuote{{
				text:    "that shortages could appear in remote rural clinics before the end of the winter season",
				subkind: report.Edited, edits: []report.Edit{{Op: report.Insert, To: "remote"}},
			}},
		},
		{
			name:    "edit dropped clause",
			opinion: "The committee found that the new vaccine reduced hospital admissions among older patients in the trial.",
			source:  "The committee found that the new vaccine reduced hospital admissions by forty percent among older patients in the trial.",
			want: []wantQuote{{
				text:    "The committee found that the new vaccine reduced hospital admissions among older patients in the trial",
				subkind: report.Edited, edits: []report.Edit{{Op: report.Delete, From: "by forty percent"}},
			}},
		},
		{
			name:    "elision with three dots",
			opinion: `The committee said "the new vaccine reduced hospital admissions ... among older patients in the trial".`,
			source:  "The committee found that the new vaccine reduced hospital admissions by forty percent among older patients in the trial.",
			want: []wantQuote{{
				text:    "the new vaccine reduced hospital admissions ... among older patients in the trial",
				subkind: report.Edited, marked: true, edits: []report.Edit{{Op: report.Elide, From: "by forty percent"}},
			}},
		},
		{
			name:    "elision with ellipsis character",
			opinion: "The committee said “the new vaccine reduced hospital admissions … among older patients in the trial”.",
			source:  "The committee found that the new vaccine reduced hospital admissions by forty percent among older patients in the trial.",
			want: []wantQuote{{
				text:    "the new vaccine reduced hospital admissions … among older patients in the trial",
				subkind: report.Edited, marked: true, edits: []report.Edit{{Op: report.Elide, From: "by forty percent"}},
			}},
		},
		{
			name:    "long elision beyond the gap",
			opinion: `The committee said "the new vaccine reduced hospital admissions ... in the trial, which ran for two years".`,
			source:  "The committee found that the new vaccine reduced hospital admissions by forty percent among the older and frailer patients enrolled in the trial, which ran for two years.",
			want: []wantQuote{{
				text:    "the new vaccine reduced hospital admissions ... in the trial, which ran for two years",
				subkind: report.Edited, marked: true,
				edits: []report.Edit{{Op: report.Elide, From: "by forty percent among the older and frailer patients enrolled"}},
			}},
		},
		{
			name:    "passage across a sentence and a paragraph boundary is one finding",
			opinion: "He noted the study was too small to draw firm conclusions about younger adults.\n\nThe report also warned that shortages could appear, he added.",
			source:  "Critics said the study was too small to draw firm conclusions about younger adults.\n\nThe report also warned that shortages could appear in rural clinics.",
			want: []wantQuote{{
				text:    "the study was too small to draw firm conclusions about younger adults.\n\nThe report also warned that shortages could appear",
				subkind: report.Verbatim,
			}},
		},
		{
			name:    "re-wrapped lines",
			opinion: "Note that the report also warned\nthat shortages could appear in\nrural clinics before the end of the winter season.",
			source:  "The report also warned that shortages could appear in rural clinics before the end of the winter season.",
			want: []wantQuote{{
				text:    "the report also warned\nthat shortages could appear in\nrural clinics before the end of the winter season",
				subkind: report.Verbatim,
			}},
		},
		{
			name:    "hyphenation across a line break",
			opinion: "We read: the recon-\nstruction of the old harbour bridge will cost the city's taxpayers a lot.",
			source:  "The reconstruction of the old harbour bridge will cost the city's taxpayers nearly two hundred million euros.",
			want: []wantQuote{{
				text:    "the recon-\nstruction of the old harbour bridge will cost the city's taxpayers",
				subkind: report.Verbatim,
			}},
		},
		{
			name:    "case, curly apostrophes and dashes fold",
			opinion: "THE MAYOR’S OFFICE -- which didn’t respond -- said the plan was sound.",
			source:  "The mayor's office — which didn't respond — said the plan was fully funded by regional grants.",
			want: []wantQuote{{
				text:    "THE MAYOR’S OFFICE -- which didn’t respond -- said the plan was",
				subkind: report.Verbatim,
			}},
		},
		{
			name:    "passage reused twice gives two findings",
			opinion: "First, shortages could appear in rural clinics before the end. Later, again: shortages could appear in rural clinics before the end.",
			source:  "The report also warned that shortages could appear in rural clinics before the end of the winter season.",
			want: []wantQuote{
				{text: "shortages could appear in rural clinics before the end", subkind: report.Verbatim},
				{text: "shortages could appear in rural clinics before the end", subkind: report.Verbatim},
			},
		},
		{
			name:    "passages in a different order than the source",
			opinion: "Officials said the Islamic State group IS had claimed responsibility. Then: the new vaccine reduced hospital admissions by forty percent.",
			source:  "The committee found that the new vaccine reduced hospital admissions by forty percent.\n\nOfficials said the Islamic State group IS had claimed responsibility for the attack.",
			want: []wantQuote{
				{text: "Officials said the Islamic State group IS had claimed responsibility", subkind: report.Verbatim},
				{text: "the new vaccine reduced hospital admissions by forty percent", subkind: report.Verbatim},
			},
		},
		{
			name:    "misquote number changed inside quotation marks",
			opinion: `They wrote "the new vaccine reduced hospital admissions by fifty percent among older patients".`,
			source:  "The committee found that the new vaccine reduced hospital admissions by forty percent among older patients in the trial.",
			want: []wantQuote{{
				text:    "the new vaccine reduced hospital admissions by fifty percent among older patients",
				subkind: report.Misquote, marked: true, edits: []report.Edit{{Op: report.Replace, From: "forty", To: "fifty"}},
			}},
		},
		{
			name:    "a short quotation set against the sentence whose figure is nearest, inside a long sentence",
			opinion: `The metabolite FT-4 topped the limit "in 4 of the 412 wells sampled", under one per cent of the network.`,
			source:  "The metabolite FT-4 was detected in 96 of the 412 wells sampled under the national programme. It exceeded the drinking water limit of 0.1 micrograms per litre in 14 of the 412 wells sampled, 11 of them on sandy soils.",
			want: []wantQuote{{
				text:    "in 4 of the 412 wells sampled",
				subkind: report.Misquote, marked: true, edits: []report.Edit{{Op: report.Replace, From: "14", To: "4"}},
			}},
		},
		{
			name:    "misquote that drops 'minor'",
			opinion: `The actuary concedes that "higher investment costs played a part in the fall" this year.`,
			source:  "Higher investment costs played a minor part in the fall, the actuary said.",
			want: []wantQuote{{
				text:    "higher investment costs played a part in the fall",
				subkind: report.Misquote, marked: true, edits: []report.Edit{{Op: report.Delete, From: "minor"}},
			}},
		},
		{
			name:    "misquote negation dropped by truncation",
			opinion: `The data "show that the policy reduced crime in the largest cities".`,
			source:  "The data do not show that the policy reduced crime in the largest cities over the decade.",
			want: []wantQuote{{
				text: "show that the policy reduced crime in the largest cities", subkind: report.Misquote, marked: true,
			}},
		},
		{
			name:    "misquote qualifier dropped",
			opinion: `Researchers say "the treatment will slow the progression of the disease in some elderly patients".`,
			source:  "Researchers say the treatment may possibly slow the progression of the disease in some elderly patients.",
			want: []wantQuote{{
				text:    "the treatment will slow the progression of the disease in some elderly patients",
				subkind: report.Misquote, marked: true, edits: []report.Edit{{Op: report.Replace, From: "may possibly", To: "will"}},
			}},
		},
		{
			name:    "misquote hedge cut from before the quoted words",
			opinion: `The survey says "the new timetable reduced delays on the Tarn line".`,
			source:  "The survey suggests that the new timetable reduced delays on the Tarn line last winter.",
			want: []wantQuote{{
				text: "the new timetable reduced delays on the Tarn line", subkind: report.Misquote, marked: true,
			}},
		},
		{
			name:    "a qualifier set off by a comma qualifies its own phrase",
			opinion: `The audit puts it at "29 percent of the programme target" so far.`,
			source:  "So far the scheme has connected around 61,400 premises, or 29 percent of the programme target, the audit found.",
			want: []wantQuote{{
				text: "29 percent of the programme target", subkind: report.Verbatim, marked: true,
			}},
		},
		{
			name:    "a qualifier in the conjunct before 'and'",
			opinion: `Officials admit the rate "may fall as build moves to denser clusters" next year.`,
			source:  "Officials said the figures are preliminary and may fall as build moves to denser clusters next year.",
			want: []wantQuote{{
				text: "may fall as build moves to denser clusters", subkind: report.Verbatim, marked: true,
			}},
		},
		{
			name:    "a condition set off by a comma still governs the quoted words",
			opinion: `The council says "the bridge will reopen in the spring of next year".`,
			source:  "If the steel arrives on time, the bridge will reopen in the spring of next year, the council said.",
			want: []wantQuote{{
				text: "the bridge will reopen in the spring of next year", subkind: report.Misquote, marked: true,
			}},
		},
		{
			name:    "a negation before 'and' governs both verbs",
			opinion: `The contractor, says the report, did "repair the culverts along the western edge of the site".`,
			source:  "The report found the contractor did not inspect and repair the culverts along the western edge of the site.",
			want: []wantQuote{{
				text: "repair the culverts along the western edge of the site", subkind: report.Misquote, marked: true,
			}},
		},
		{
			name:    "a hedge cut from before quoted words that keep their own",
			opinion: `The survey says "the new timetable may have reduced delays on the Tarn line".`,
			source:  "The survey suggests that the new timetable may have reduced delays on the Tarn line last winter.",
			want: []wantQuote{{
				text: "the new timetable may have reduced delays on the Tarn line", subkind: report.Verbatim, marked: true,
			}},
		},
		{
			name:    "a word slipped in at the start of a quotation",
			opinion: `The chief executive admitted: "These shocking figures are not where we want them to be."`,
			source:  `The chief executive said: "These figures are not where we want them to be."`,
			want: []wantQuote{{
				text: "These shocking figures are not where we want them to be", subkind: report.Edited, marked: true,
				edits: []report.Edit{{Op: report.Insert, From: "", To: "shocking"}},
			}},
		},
		{
			name:    "a short quotation word for word from the source",
			opinion: `The inspector called the plan "a disaster for the town".`,
			source:  "The inspector said the plan was a disaster for the town and should be withdrawn.",
			want: []wantQuote{{
				text: "a disaster for the town", subkind: report.Verbatim, marked: true,
			}},
		},
		{
			name:    "a negation in the clause before ', and I' does not govern the quoted words",
			opinion: `The manager said "I would not claim the new cameras alone are responsible for the fall".`,
			source:  `The manager said: "One year does not make a trend, and I would not claim the new cameras alone are responsible for the fall."`,
			want: []wantQuote{{
				text: "I would not claim the new cameras alone are responsible for the fall", subkind: report.Verbatim, marked: true,
			}},
		},
		{
			name:    "a negation that ends a fronted phrase does not govern the quoted words",
			opinion: `The agency "estimated consumption from grid connection capacity and typical load factors".`,
			source:  "For the nine sites that did not, the agency estimated consumption from grid connection capacity and typical load factors.",
			want: []wantQuote{{
				text: "estimated consumption from grid connection capacity and typical load factors", subkind: report.Verbatim, marked: true,
			}},
		},
		{
			name:    "a negation cut from the same clause still makes a misquote",
			opinion: `The manager said "the new cameras alone are responsible for the fall".`,
			source:  `The manager said: "One year does not make a trend, and I would not claim the new cameras alone are responsible for the fall."`,
			want: []wantQuote{{
				text: "the new cameras alone are responsible for the fall", subkind: report.Misquote, marked: true,
			}},
		},
		{
			name:    "a month cut from before the quoted words is no hedge",
			opinion: `The council says "the new timetable reduced delays on the Tarn line".`,
			source:  "The council said in May that the new timetable reduced delays on the Tarn line last winter.",
			want: []wantQuote{{
				text: "the new timetable reduced delays on the Tarn line", subkind: report.Verbatim, marked: true,
			}},
		},
		{
			name:    "a date dropped from a quote is no qualifier",
			opinion: `The board wrote that "the Carrow paper plant closed after the storm flooded its turbine hall".`,
			source:  "The Carrow paper plant closed on 3 May after the storm flooded its turbine hall.",
			want: []wantQuote{{
				text:    "the Carrow paper plant closed after the storm flooded its turbine hall",
				subkind: report.Edited, marked: true, edits: []report.Edit{{Op: report.Delete, From: "on 3 May", To: ""}},
			}},
		},
		{
			name:    "the pronoun one between two quoted fragments counts nothing",
			opinion: `The review calls cost per visit "a crude measure", one that "takes no account of outreach work in schools and care homes".`,
			source:  "Cost per visit is a crude measure. It takes no account of outreach work in schools and care homes.",
			want: []wantQuote{{
				text:    "a crude measure\", one that \"takes no account of outreach work in schools and care homes",
				subkind: report.Edited, marked: true, edits: []report.Edit{{Op: report.Replace, From: "It", To: "one that"}},
			}},
		},
		{
			name:    "only one is still a count",
			opinion: `The review found that "only one of the museums met its visitor target".`,
			source:  "The review found that only two of the museums met its visitor target.",
			want: []wantQuote{{
				text:    "only one of the museums met its visitor target",
				subkind: report.Misquote, marked: true, edits: []report.Edit{{Op: report.Replace, From: "two", To: "one"}},
			}},
		},
		{
			name:    "a quote that stops before a comparison with something else",
			opinion: `The review says "the Civic Gallery has held broadly steady at around 190,000 visits".`,
			source:  "The Civic Gallery has held broadly steady at around 190,000 visits, while Tanners' Hall fell from 71,000 to 48,000.",
			want: []wantQuote{{
				text: "the Civic Gallery has held broadly steady at around 190,000 visits", subkind: report.Verbatim, marked: true,
			}},
		},
		{
			name:    "a quote that stops before its own qualification",
			opinion: `The review says "the Civic Gallery has held broadly steady at around 190,000 visits".`,
			source:  "The Civic Gallery has held broadly steady at around 190,000 visits, but only because of its winter exhibitions.",
			want: []wantQuote{{
				text: "the Civic Gallery has held broadly steady at around 190,000 visits", subkind: report.Misquote, marked: true,
			}},
		},
		{
			name:    "a quote of the clause after but keeps what it says",
			opinion: `Inspectors "found no written instruction to that effect" at the Carrow depot.`,
			source:  "Inspectors heard this from several employees but found no written instruction to that effect.",
			want: []wantQuote{{
				text: "found no written instruction to that effect", subkind: report.Verbatim, marked: true,
			}},
		},
		{
			name:    "unsourced quotation",
			opinion: `The minister said "we will build a thousand new bridges across the valley" yesterday.`,
			source:  "The committee found that the new vaccine reduced hospital admissions by forty percent among older patients in the trial.",
			want: []wantQuote{{
				text: "we will build a thousand new bridges across the valley", subkind: report.Unsourced, marked: true,
			}},
		},
		{
			name:    "false friend: at the end of the day",
			opinion: "At the end of the day we all went home.",
			source:  "At the end of the day, the minister said, the reform would pass.",
		},
		{
			name:    "false friend: one of the most important",
			opinion: "This is one of the most important books.",
			source:  "The minister called it one of the most important reforms in a generation.",
		},
		{
			name:    "tiny texts whose n-gram table holds one entry",
			opinion: "Ravens fly north.",
			source:  "Owls hunt mice.",
		},
		{
			name:    "false friend: two common phrases close together",
			opinion: "At the end of the day, this is one of the most important questions.",
			source:  "At the end of the day, the minister said, this remains one of the most important reforms in a generation.",
		},
		{
			name:    "false friend: five-word shared run",
			opinion: "Honestly reduced hospital admissions by forty then vanished completely.",
			source:  "The committee found that the new vaccine reduced hospital admissions by forty percent among older patients in the trial.",
		},
		{
			name:    "false friend: two unrelated short matches are not glued",
			opinion: "Hospital admissions by forty and also in rural clinics before it.",
			source:  "The vaccine reduced hospital admissions by forty percent among older patients in the trial.\n\nThe report warned that shortages could appear in rural clinics before the end of the winter season.",
		},
		{
			name:    "short scare quotes are not quotations",
			opinion: `The so-called "fully funded plan" was nothing of the sort.`,
			source:  "The committee found that the new vaccine reduced hospital admissions by forty percent among older patients in the trial.",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			opinion, source := load(t, "opinion", tc.opinion), load(t, "source", tc.source)
			res := New(Defaults).Find(opinion, source)
			checkInvariants(t, opinion, source, res)

			var got []wantQuote
			byID := map[string]report.Finding{}
			for _, f := range res.Findings {
				byID[f.ID] = f
			}
			for _, f := range res.Findings {
				switch f.Kind {
				case report.Quote:
					got = append(got, wantQuote{text: f.Text, subkind: f.Subkind, marked: *f.Marked, edits: f.Edits})
					if f.Subkind == report.Unsourced {
						if len(f.Evidence) != 0 || len(f.Links) != 0 {
							t.Errorf("unsourced %s has evidence %v links %v", f.ID, f.Evidence, f.Links)
						}
						continue
					}
					// A matched quote links to exactly one used finding whose span is its evidence.
					if len(f.Links) != 1 || len(f.Evidence) != 1 {
						t.Fatalf("quote %s: links %v evidence %v", f.ID, f.Links, f.Evidence)
					}
					u, ok := byID[f.Links[0]]
					if !ok || u.Kind != report.Used || u.Side != report.Source {
						t.Fatalf("quote %s links to %+v", f.ID, u)
					}
					if ev := f.Evidence[0]; ev.Start != u.Start || ev.End != u.End {
						t.Errorf("quote %s evidence [%d,%d) != used [%d,%d)", f.ID, ev.Start, ev.End, u.Start, u.End)
					}
					if len(u.Links) != 1 || u.Links[0] != f.ID {
						t.Errorf("used %s links %v, want [%s]", u.ID, u.Links, f.ID)
					}
				case report.Used:
					if f.Side != report.Source {
						t.Errorf("used %s on side %s", f.ID, f.Side)
					}
				case report.Unsupported:
					// A reuse that changes what the source says is also a contradiction, on the
					// same span as a misquote or edited quote, linked to the source passage.
					if f.Subkind != report.ContradictsSource || len(f.Links) != 1 || byID[f.Links[0]].Kind != report.Used {
						t.Errorf("contradiction %s: %s, links %v", f.ID, f.Label(), f.Links)
					}
					paired := false
					for _, q := range res.Findings {
						if q.Kind == report.Quote && q.Start == f.Start && q.End == f.End && q.Subkind != report.Verbatim {
							paired = true
						}
					}
					if !paired {
						t.Errorf("contradiction %s has no edited quote or misquote on its span", f.ID)
					}
				default:
					t.Errorf("unexpected finding kind %s", f.Kind)
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %d quotes, want %d:\n got  %+v\n want %+v", len(got), len(tc.want), got, tc.want)
			}
			for i := range got {
				if !reflect.DeepEqual(got[i], tc.want[i]) {
					t.Errorf("quote %d:\n got  %+v\n want %+v", i, got[i], tc.want[i])
				}
			}
		})
	}
}

func TestFindNilSource(t *testing.T) {
	opinion := load(t, "opinion", `He said "this is a long enough quotation to count here".`)
	res := New(Defaults).Find(opinion, nil)
	if len(res.Findings) != 0 || len(res.Passages) != 0 {
		t.Fatalf("nil source: got %+v", res)
	}
}

// TestCopiedMarksPassageWords checks Result.Copied agrees with the passages' runs.
func TestCopiedMarksPassageWords(t *testing.T) {
	opinion := load(t, "opinion", "We learn that shortages could appear in remote rural clinics before the end of the winter season.")
	source := load(t, "source", "The report also warned that shortages could appear in rural clinics before the end of the winter season.")
	res := New(Defaults).Find(opinion, source)
	if len(res.Copied) != len(opinion.Words) {
		t.Fatalf("Copied has %d entries for %d words", len(res.Copied), len(opinion.Words))
	}
	for i, w := range opinion.Words {
		want := i >= 2 && w.Norm != "remote" // "We learn" are new, "remote" is inserted
		if res.Copied[i] != want {
			t.Errorf("word %d %q: copied %v, want %v", i, w.Norm, res.Copied[i], want)
		}
	}
}

// TestThroughFigure: a changed figure is shown as far as the source's figure, when the quotation
// ends on its own.
func TestThroughFigure(t *testing.T) {
	tests := []struct {
		source string
		quoted []string
		want   string
	}{
		{"0.18, but the", []string{"0.28"}, "0.18"},
		{"forty percent among", []string{"fifty", "percent"}, "forty percent among"},
		{"two", []string{"one"}, "two"},
		{"about forty, said", []string{"fifty"}, "about forty"},
	}
	for _, tt := range tests {
		if got := throughFigure(tt.source, tt.quoted); got != tt.want {
			t.Errorf("throughFigure(%q, %q) = %q, want %q", tt.source, tt.quoted, got, tt.want)
		}
	}
}

// TestCounterpointCutIsNoContradiction checks that a marked quotation cut just before the
// counterpoint that qualifies it is a misquote, but not an assertion the source contradicts: the
// words quoted still say what the speaker said. A changed figure is both.
func TestCounterpointCutIsNoContradiction(t *testing.T) {
	cases := []struct {
		name, opinion, source string
		contradicts           bool
	}{
		{
			name:    "stops before but",
			opinion: `The review says "the Civic Gallery has held broadly steady at around 190,000 visits".`,
			source:  "The Civic Gallery has held broadly steady at around 190,000 visits, but only because of its winter exhibitions.",
		},
		{
			name:    "stops before although",
			opinion: `The ombudsman told us "we have found no evidence that landlords are deducting more than before".`,
			source:  "We have found no evidence that landlords are deducting more than before, although we will continue to monitor it closely.",
		},
		{
			name:        "a changed figure before the but",
			opinion:     `The review says "the Civic Gallery has held broadly steady at around 290,000 visits".`,
			source:      "The Civic Gallery has held broadly steady at around 190,000 visits, but only because of its winter exhibitions.",
			contradicts: true,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := New(Defaults).Find(load(t, "opinion", tc.opinion), load(t, "source", tc.source))
			misquotes, contradictions := 0, 0
			for _, f := range res.Findings {
				switch {
				case f.Kind == report.Quote && f.Subkind == report.Misquote:
					misquotes++
				case f.Kind == report.Unsupported:
					contradictions++
				}
			}
			if misquotes != 1 {
				t.Errorf("got %d misquotes, want 1: %+v", misquotes, res.Findings)
			}
			if want := map[bool]int{false: 0, true: 1}[tc.contradicts]; contradictions != want {
				t.Errorf("got %d contradictions, want %d", contradictions, want)
			}
		})
	}
}

// TestChangesOfSubstance: an edit that drops "associated with" or makes the source's open
// question ("to find out whether") a claim changes what the source says; one of wording does not.
func TestChangesOfSubstance(t *testing.T) {
	cases := []struct {
		name, opinion, source, why string
	}{
		{"a link made an injury",
			"Tarn Royal Infirmary treated 389 patients hurt on rental scooters in the year to March 2024 alone.",
			"Tarn Royal Infirmary treated 389 patients for injuries associated with scooters in the year to March 2024.",
			"drops the qualifier"},
		{"a question made a claim",
			`The council admits the Tarn trial was "set up to prove that rental scooters can operate safely here".`,
			"The Tarn trial was set up to find out whether rental scooters can operate safely here, the council said.",
			"the source asks"},
		{"a change of wording",
			`The council admits the Tarn trial was "set up to learn whether rental scooters can operate safely here".`,
			"The Tarn trial was set up to find out whether rental scooters can operate safely here, the council said.",
			""},
		{"a part made the whole inside the quote",
			`She says "an overflow is a safety valve, and Tarn Water's overflows are being used as if it were not".`,
			"An overflow is a safety valve, and too many of Tarn Water's overflows are being used as if it were not, she said.",
			"drops the qualifier 'too many of'"},
		{"a part made the whole just before the quote",
			`The inspectors found that "homes, good care depends on the goodwill of staff who are stretched thin".`,
			"In many homes, good care depends on the goodwill of staff who are stretched thin, the inspectors found.",
			"leaves out 'many'"},
		{"a quantity of another phrase before the quote",
			`The judges said the council "had considered alternative sites and was entitled to reach its own view".`,
			"The majority held that the council had considered alternative sites and was entitled to reach its own view.",
			""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := New(Defaults).Find(load(t, "opinion", tc.opinion), load(t, "source", tc.source))
			why := ""
			for _, f := range res.Findings {
				if f.Kind == report.Unsupported {
					why = f.Explanation
				}
			}
			if tc.why == "" && why != "" || !strings.Contains(why, tc.why) {
				t.Errorf("contradiction %q, want one saying %q", why, tc.why)
			}
		})
	}
}

// TestFigureReplaced: an edit changes a figure when it puts one figure or quantity word for
// another, not when a figure is cut out with the words around it.
func TestFigureReplaced(t *testing.T) {
	tests := []struct {
		from, to string
		want     bool
	}{
		{"27", "37", true},
		{"one of the two", "both bears", true},
		{"a third", "half", true},
		{"27 per cent", "most", true},
		{"LDCA), which represents 31 operators, said", "says", false},
		{"in 2023", "last year", false},
		{"the 38 workers interviewed said they", "staff", false},
	}
	for _, tt := range tests {
		if got := figureReplaced(wordsOf(tt.from), wordsOf(tt.to)); got != tt.want {
			t.Errorf("figureReplaced(%q, %q) = %v, want %v", tt.from, tt.to, got, tt.want)
		}
	}
}

// TestEditsMarkWordParts: an edit that takes part of a hyphenated word shows the part with its
// hyphen, so that the explanation does not quote a broken word.
func TestEditsMarkWordParts(t *testing.T) {
	tests := []struct {
		source, opinion string
		want            []report.Edit
	}{
		{"treated 389 patients for injuries associated with e-scooters in 2024",
			"treated 389 patients hurt on these rental scooters in 2024",
			[]report.Edit{{Op: report.Replace, From: "for injuries associated with e-", To: "hurt on these rental"}}},
		{"can order a gigabit-capable service without further works",
			"can order a gigabit service without further works",
			[]report.Edit{{Op: report.Delete, From: "-capable"}}},
		{"a well-known figure said", "a well-known figure said", nil},
	}
	for _, tt := range tests {
		src, op := load(t, "s.txt", tt.source), load(t, "o.txt", tt.opinion)
		got := wordEdits(op, src, 0, len(op.Words), 0, len(src.Words))
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("wordEdits(%q, %q) = %+v, want %+v", tt.source, tt.opinion, got, tt.want)
		}
	}
}
