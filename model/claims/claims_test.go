package claims

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/document/documenttest"
	"github.com/reframe-dev/reframe/model/report"
)

// load reads a text as a plain-text document.
func load(t *testing.T, text string) *document.Document {
	t.Helper()
	return documenttest.Text(t, "t.txt", text)
}

const source = `Harbour Report

Around 4,000 people left the town of Marrow on 12 October, including many hundreds of fighters and their families. Dozens of foreign recruits were among them, despite assurances that none would be allowed to go.

Officials said the convoy was six to seven kilometres long. The flooding may be linked to the broken dam upstream. The mayor did not sign the agreement. Unemployment rose to 6.8 percent in the third quarter. The rules allow a fine of up to 50,000 crowns on the harbour board. For around 62,000 customers of the Marrow bank, the records also include the last four digits of a card number.

A few schools in the Tarn district closed early on Friday. Flooding reached two of the valley's nine villages.

The inquiry found no evidence that the harbour board had deliberately delayed the ferry repairs at Carrow.

It is not yet clear whether the Carrow pumps were switched off by night staff or left running. The rail survey results do not show that the new timetable reduced delays on the Tarn line.

On Monday, Hallam troops guarded Brisk fighters at the border crossing. In June, the Tarn court blocked the Marrow harbour plan. Hallam and Brisk had fought for years.`

func TestJudgements(t *testing.T) {
	tests := []struct {
		name    string
		opinion string
		kind    report.Kind
		subkind report.Subkind
		explain string // a fragment the explanation must hold
	}{
		{"paraphrase", "Marrow saw roughly 4,000 residents depart on 12 October with hundreds of fighters and families.", report.Paraphrase, "", "Restates the source"},
		{"number inflated", "Around 9,000 people left the town of Marrow on 12 October.", report.Unsupported, report.ContradictsSource, "4,000"},
		{"quantity escalated", "Thousands of fighters left Marrow with their families in October.", report.Unsupported, report.ContradictsSource, "hundreds"},
		{"hedge made certain", "The flooding is caused by the broken dam upstream in Marrow.", report.Unsupported, report.ContradictsSource, "may"},
		{"negation flipped", "The mayor of Marrow signed the agreement.", report.Unsupported, report.ContradictsSource, "not"},
		{"percentage changed", "Unemployment in Marrow rose to 9.5 percent in the third quarter.", report.Unsupported, report.ContradictsSource, "6.8"},
		{"attributed elsewhere", "According to Velland's state broadcaster, soldiers from Carrow escorted the buses.", report.Unsupported, report.AttributedElsewhere, "cannot be checked"},
		{"credited to an outlet the source never names", "The Velland Courier reported that soldiers from Carrow escorted the buses.", report.Unsupported, report.AttributedElsewhere, "Velland Courier reported"},
		{"told to the writer", "I am told that soldiers from Carrow escorted the buses out of Marrow.", report.Unsupported, report.AttributedElsewhere, "am told"},
		{"told to the writer, with an adverb", "I was also told that soldiers from Carrow escorted the buses out of Marrow.", report.Unsupported, report.AttributedElsewhere, "was also told"},
		{"credited to unnamed residents", "Residents there say soldiers from Carrow escorted the buses.", report.Unsupported, report.AttributedElsewhere, "Residents there say"},
		{"neighbours tell the writer", "Neighbours on the old Marrow road tell me soldiers from Carrow escorted the buses.", report.Unsupported, report.AttributedElsewhere, "tell me"},
		{"hearsay the writer passes on", "I hear that soldiers from Carrow escorted the buses out of Marrow.", report.Unsupported, report.AttributedElsewhere, "I hear that"},
		{"what is understood, from nobody named", "It is understood that soldiers from Velland were paid to guard the convoy.", report.Unsupported, report.AttributedElsewhere, "It is understood"},
		{"what the writer has learned", "We've learned that soldiers from Carrow escorted the buses out of Marrow.", report.Unsupported, report.AttributedElsewhere, "learned that"},
		{"people the writer has spoken to", "We've spoken to three drivers who say soldiers from Carrow escorted the buses.", report.Unsupported, report.AttributedElsewhere, "spoken to"},
		{"someone the writer spoke to", "A former official I spoke to says soldiers from Carrow escorted the buses.", report.Unsupported, report.AttributedElsewhere, "I spoke to"},
		{"not in source", "The Defence Ministry of Velland paid Colonel Harker 2 million crowns in May.", report.Unsupported, report.NotInSource, "nothing in this source"},
		{"here, but no signpost", "Here the Defence Ministry of Velland paid Colonel Harker 2 million crowns in May.", report.Unsupported, report.NotInSource, "nothing in this source"},
		{"nobody, against a count", "Nobody left the town of Marrow on 12 October.", report.Unsupported, report.ContradictsSource, "4,000"},
		{"approximation agrees", "Nearly 4,000 people left the town of Marrow on 12 October.", report.Paraphrase, "", "Restates"},
		{"figure in a long clause", "The convoy stretched for twenty kilometres, which is what happens when governments stop caring about borders, treaties, neighbours and their own promises to voters", report.Unsupported, report.ContradictsSource, "six to seven"},
		{"actor and object swapped", "On Monday, Brisk troops guarded Hallam fighters at the border crossing.", report.Unsupported, report.ContradictsSource, "turns it round"},
		{"actor replaced", "In June, the Hallam court blocked the Marrow harbour plan.", report.Unsupported, report.ContradictsSource, "the opinion says 'Hallam' did"},
		{"actor kept", "On Monday, Hallam troops guarded the Brisk fighters at the border crossing.", report.Paraphrase, "", "Restates"},
		{"limit dropped", "Schools in the Tarn district closed early on Friday.", report.Unsupported, report.ContradictsSource, "'A few schools"},
		{"part made whole", "Flooding reached every one of the valley's villages.", report.Unsupported, report.ContradictsSource, "two of the valley"},
		{"a vague count made whole", "Every last one of the foreign recruits was among those who left despite the assurances.", report.Unsupported, report.ContradictsSource, "Dozens of foreign"},
		{"part made whole with a negative", "Not a single one of the schools in the Tarn district stayed open on Friday.", report.Unsupported, report.ContradictsSource, "A few schools"},
		{"rather as a degree word does not say no", "The mayor of Marrow rather hastily signed the agreement.", report.Unsupported, report.ContradictsSource, "not"},
		{"a refusal said with a verb", "The mayor of Marrow ruled out signing the agreement.", report.Paraphrase, "", "Restates"},
		{"limit kept", "Some schools in the Tarn district shut early on Friday.", report.Paraphrase, "", "Restates"},
		{"count of part kept", "Flooding reached two of the nine villages in the valley.", report.Paraphrase, "", "Restates"},
		{"few words shared, but the source's figure", "Unemployment hit 6.8 percent by autumn.", report.Paraphrase, "", "Restates a figure"},
		{"a limit given as the amount", "The rules mean a 50,000-crown fine on the harbour board.", report.Unsupported, report.ContradictsSource, "up to 50,000"},
		{"a limit kept", "The rules allow the harbour board a fine of as much as 50,000 crowns.", report.Paraphrase, "", "Restates"},
		{"a limit kept as a cap", "The rules set a cap of 50,000 crowns on any fine for the harbour board.", report.Paraphrase, "", "Restates"},
		{"a limit kept, held to", "Any fine on the harbour board is held to 50,000 crowns by the rules.", report.Paraphrase, "", "Restates"},
		{"the source's figure named to be rejected", "We are talking thousands of jobless people in Marrow, not 6.8 percent.", report.Unsupported, report.ContradictsSource, "not 6.8 percent"},
		{"people against a kind of person", "For more than 100,000 people at the Marrow bank, the records also include the digits of a card number.", report.Unsupported, report.ContradictsSource, "62,000 customers"},
		{"a claim the source found no evidence for", "The inquiry found that the harbour board deliberately delayed the ferry repairs at Carrow.", report.Unsupported, report.ContradictsSource, "no evidence that"},
		{"the same claim, reworded", "Worse, investigators established that the board deliberately let the ferry repairs slide for months so it could squeeze its contractors.", report.Unsupported, report.ContradictsSource, "no evidence that"},
		{"an open question settled", "Night staff plainly switched the Carrow pumps off.", report.Unsupported, report.ContradictsSource, "leaves it open: 'It is not yet clear whether the Carrow pumps were switched off by night staff"},
		{"a claim a verb of showing denies", "The new timetable has cut the delays on the Tarn line for good.", report.Unsupported, report.ContradictsSource, "do not show that the new timetable reduced delays"},
		{"a short clause that shares two words", "The mayor refused to sign.", report.Paraphrase, "", "Restates"},
		{"no evidence, kept", "The inquiry found no evidence that the harbour board deliberately delayed the ferry repairs at Carrow.", report.Paraphrase, "", "Restates"},
		{"a command that restates the source", "Remember that around 4,000 people left the town of Marrow on 12 October.", report.Paraphrase, "", "Restates"},
		{"a command, then a fact", "Sit with that for a second: around 9,000 people left the town of Marrow on 12 October.", report.Unsupported, report.ContradictsSource, "4,000"},
		{"a range given as one of its ends", "Officials said the convoy of Marrow was seven kilometres in length.", report.Unsupported, report.ContradictsSource, "gives a range, 'said the convoy was six to seven kilometres long'"},
		{"number word agrees", "Officials said the convoy of Marrow was six to seven kilometres in length.", report.Paraphrase, "", "Restates"},
	}
	src := load(t, source)
	c := New(Defaults)
	for _, tt := range tests {
		op := load(t, tt.opinion)
		res := c.Check(Input{Opinion: op, Source: src})
		var got *report.Finding
		for i, f := range res.Findings {
			if f.Side == report.Opinion {
				got = &res.Findings[i]
				break
			}
		}
		if got == nil {
			t.Errorf("%s: no finding for %q", tt.name, tt.opinion)
			continue
		}
		if got.Kind != tt.kind || got.Subkind != tt.subkind || !strings.Contains(got.Explanation, tt.explain) {
			t.Errorf("%s: got %s/%s %q, want %s/%s with %q", tt.name, got.Kind, got.Subkind, got.Explanation, tt.kind, tt.subkind, tt.explain)
		}
		if got.Text != op.Text[got.Start:got.End] {
			t.Errorf("%s: text does not match its span", tt.name)
		}
	}
}

func TestNotJudged(t *testing.T) {
	tests := []struct{ name, opinion string }{
		{"question", "Why did Marrow let 9,000 people walk away?"},
		{"command", "Consider what 9,000 people leaving Marrow means."},
		{"personal opinion", "I have never trusted anything the officials in Marrow say."},
		{"normative", "Marrow must never again allow such a convoy."},
		{"normative with needs to", "Somebody at the Marrow town hall needs to resign over the convoy."},
		{"nothing specific", "Something is very wrong here."},
		{"an invitation", "Come to the Marrow town hall on Monday and read the convoy records for yourselves."},
		{"a sign-off", "The convoy left Marrow in October.\n\nJane Harker\nChair, Marrow Residents' Group, Tarn"},
		{"an open question kept open", "Nobody knows yet whether night staff switched the Carrow pumps off."},
		{"an open question answered with a hedge", "Night staff probably switched the Carrow pumps off."},
		{"a denied claim made with a hedge", "Delays on the Tarn line were less likely under the new timetable."},
		{"heard before is no hearsay", "I have heard this promise about the Marrow convoy before."},
		{"a complaint that nobody told", "Nobody told us in Tessany when the new bus timetable would start."},
		{"what nobody thinks", "Nobody is blaming the firefighters who reached the Carrow pumps."},
		{"what nobody likes", "The Marrow convoy was six to seven kilometres long, and nobody enjoys a longer queue."},
		{"what nobody in a group thinks", "Nobody in the Marrow residents' group disputes that the convoy was long."},
		{"what nobody somewhere will do", "No one on the Carrow side is going to pretend otherwise about the pumps."},
		{"a signpost", "Here is the arithmetic nobody at the Marrow town hall wants to do."},
		{"a signpost after a conjunction", "And here's the part of the convoy story the officials buried."},
		{"what anyone who was there knows", "Anyone who has driven down the Marrow road knows why the convoy was so long."},
		{"what nobody who was there will find surprising", "Nobody who has spent a winter in Marrow will be surprised that 4,000 people left."},
		{"what anyone who was there can tell you", "Anyone who has stood at the Tarn crossing can tell you exactly what the troops were doing."},
	}
	src := load(t, source)
	c := New(Defaults)
	for _, tt := range tests {
		res := c.Check(Input{Opinion: load(t, tt.opinion), Source: src})
		for _, f := range res.Findings {
			if f.Kind == report.Unsupported {
				t.Errorf("%s: judged %s: %q (%s)", tt.name, f.Label(), f.Text, f.Explanation)
			}
		}
	}
}

func TestQuantities(t *testing.T) {
	tests := []struct {
		text string
		want []float64
	}{
		{"around 4,000 people", []float64{4000}},
		{"eighty-eight percent", []float64{88}},
		{"a dozen trucks", []float64{12}},
		{"in place within a month of approval", []float64{1}},
		{"in under a decade", []float64{1}},
		{"310 pounds a year", []float64{310}},
		{"2,000 complaints in a year", []float64{2000}},
		{"to about 1,360 in five years", []float64{1360, 5}},
		{"a jump of almost half in a decade", []float64{50}},
		{"grew by barely half as much", []float64{0.5}},
		{"3.5 million voters", []float64{3.5e6}},
		{"two hundred soldiers", []float64{200}},
		{"hundreds of fighters", []float64{300}},
		{"in 2017 they left", []float64{2017}},
		{"more than half of the cases", []float64{50}},
		{"nearly a fifth of voters", []float64{20}},
		{"one in five voters", []float64{20}},
		{"found that one in five respondents", []float64{20}},
		{"explains a point or two of the drop", []float64{2}},
		{"a 10-12 range", []float64{10, 12}},
		{"at one point or another", []float64{1}},
		{"the one out of ten who stayed", []float64{10}},
		{"that one in the corner", nil},
		{"found that half of eligible farms", []float64{50}},
		{"that half the staff left", []float64{50}},
		{"that quarter of the year", nil},
		{"would accept a half plot", []float64{0.5}},
		{"a half-price ticket", []float64{0.5}},
		{"cut by a half last year", []float64{50}},
		{"nearly a half of voters", []float64{50}},
		{"nearly seven in every hundred workers", []float64{7}},
		{"three out of four residents", []float64{75}},
		{"7 in 10 voters", []float64{70}},
		{"5 in 1,000 patients", []float64{0.5}},
		{"one in a hundred", []float64{1}},
		{"every last one of them", []float64{1e7}},
		{"no one came, and the one who did left", nil},
		{"one can only guess how many more were hurt", []float64{50}},
		{"one might think three were enough", []float64{3}},
		{"one can of paint", []float64{1}},
		{"five died in 2020", []float64{5, 2020}},
		{"two in 20 minutes", []float64{2, 20}},
		{"between 2016 and 2022", []float64{2016, 2022, 6}},
		{"from 2016 to 2022", []float64{2016, 2022, 6}},
		{"the 2016-2022 study", []float64{2016, 2022, 6}},
		{"in 2016 and 2022", []float64{2016, 2022}},
		{"$1.9 billion in orders", []float64{1.9e9}},
		{"as many as 1,500 people", []float64{1500}},
		{"one worker's pelvis was smashed", nil},
		{"one worker was hurt", []float64{1}},
		{"more than ten times the usual figure", nil},
		{"three times a week", nil},
		{"discharged more than 20,000 times last year", []float64{20000}},
		{"dropping by almost a quarter", []float64{25}},
		{"as much as $2 million", []float64{2e6}},
		{"as many people as last year", []float64{50}},
		{"lost more than half their crop", []float64{50}},
		{"the company just had the quarter of its life", nil},
		{"a quarter of its revenue", []float64{25}},
		{"this ruling is one of them", nil},
		{"one of the two days", []float64{1, 2}},
		{"half an hour late", []float64{0.5}},
		{"roughly nine and a half hours", []float64{9.5}},
		{"shut our road for a year and a half", []float64{1.5}},
		{"failed to match at roughly one point in eight", []float64{12.5}},
		{"more than an hour and a half late", []float64{1.5}},
		{"$94 million in 2024-25", []float64{94e6, 2024, 25}},
		{"some three million people", []float64{3e6}},
		{"a quarter of a million pounds", []float64{250000}},
		{"nearly half a billion crowns", []float64{5e8}},
		{"three quarters of the staff", []float64{75}},
		{"up by almost two-thirds", []float64{200.0 / 3}},
		{"in the same quarter of 2023", []float64{2023}},
		{"fell from 54.8mph to 50.9mph", []float64{54.8, 50.9}},
		{"the 9am train", nil},
	}
	for _, tt := range tests {
		d := load(t, tt.text)
		qs := quantities(d, 0, len(d.Words))
		var got []float64
		for _, q := range qs {
			got = append(got, q.value)
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
			}
		}
	}
}

// TestDurationsJoined: "2 hours and 40 minutes" and "8 minutes 47 seconds" are one length of time.
func TestDurationsJoined(t *testing.T) {
	tests := []struct {
		text string
		want float64
		unit string
	}{
		{"a combined 2 hours and 40 minutes", 2 + 40.0/60, "hour"},
		{"was 8 minutes 47 seconds", 8 + 47.0/60, "minut"},
		{"two hours and 36 minutes after", 2.6, "hour"},
	}
	for _, tt := range tests {
		d := load(t, tt.text)
		qs := quantities(d, 0, len(d.Words))
		if len(qs) != 1 || math.Abs(qs[0].value-tt.want) > 1e-9 || qs[0].unit != tt.unit {
			t.Errorf("%q: got %+v, want one figure %v %s", tt.text, qs, tt.want, tt.unit)
		}
	}
}

func TestConflict(t *testing.T) {
	tests := []struct {
		name          string
		clause, other string
		want          bool
	}{
		{"same figure", "4,000 people", "4,000 people", false},
		{"approximate figure", "nearly 4,000 people", "3,850 people", false},
		{"inflated figure", "9,000 people", "4,000 people", true},
		{"different units", "9,000 people", "4,000 trucks", false},
		{"escalated quantity word", "thousands of fighters", "hundreds of fighters", true},
		{"de-escalated quantity word", "hundreds of fighters", "thousands of fighters", false},
		{"percentages", "9 percent of voters", "6 percent of voters", true},
		{"years ignored", "in 2019 voters", "in 2017 voters", false},
		{"half against a percentage", "more than half of the cases", "around 40 percent of the cases", true},
		{"a share in words, rounded", "just one in five prisoners", "only 21 per cent of prisoners", false},
		{"a third, rounded", "a third of the lots", "34 per cent of the lots", false},
		{"almost a figure, further below it", "a fall of almost 15 per cent", "a fall of 13.4 per cent", true},
		{"almost a figure, just below it", "a fall of almost 15 per cent", "a fall of 14.2 per cent", false},
		{"nearly a share in words, rounded", "nearly a fifth of the waste", "17.8 per cent of the waste", false},
		{"a share in words, rounded too far", "six in ten of the drivers", "58 per cent of the drivers", true},
		{"a fraction of a million, rounded up", "a quarter of a million pounds", "an estimated £212,000", true},
		{"money named after the figure", "300,000 pounds", "£212,000", true},
		{"money named after the figure, the same", "212,000 pounds", "£212,000", false},
		{"a partitive's noun", "38 buildings, 14 of them family homes", "38 structures, including 11 homes", true},
		{"one of a unit of time, bounded", "in place within a month of approval", "in place within about 10 weeks of approval", true},
		{"one of a unit of time that fits", "in place within a month of approval", "in place within about four weeks of approval", false},
		{"less than one of a unit", "repaired in less than a week", "repaired in 12 days", true},
		{"a duration in words, rounded", "ran for two hours", "ran for 2 hours and 10 minutes", false},
		{"a duration bounded below its figure", "barely two hours", "a combined 2 hours and 40 minutes", true},
		{"a duration in digits", "ran for 2 hours", "ran for 2 hours and 40 minutes", true},
		{"a difference in another unit of time", "up by about 35 seconds", "8 minutes 47 seconds, compared with 8 minutes 12 seconds", false},
		{"a difference that is not", "up by about 90 seconds", "8 minutes 47 seconds, compared with 8 minutes 12 seconds", true},
		{"a unit written on to the figure", "dropped by barely 2mph", "fell from 54.8mph to 50.9mph", true},
		{"a difference with the unit written on", "dropped by nearly 4mph", "fell from 54.8mph to 50.9mph", false},
		{"a share in words, too far", "only four in five sailings", "85 percent of sailings", true},
		{"just a figure is the figure, not less", "just 20 stalls", "18 stalls", true},
		{"just under a figure is less", "just under 20 stalls", "18 stalls", false},
		{"money", "Backlog tops $2.4 billion", "backlog of nearly $1.9 billion", true},
		{"range endpoint", "up to 2,000 containers", "between 1,800 and 2,000 containers", false},
		{"a range given as its top end", "2,000 containers", "between 1,800 and 2,000 containers", true},
		{"a range's bottom end as the limit it is", "as few as 1,800 containers", "between 1,800 and 2,000 containers", false},
		{"a range's top end as the limit it is", "as high as 2,000 containers", "between 1,800 and 2,000 containers", false},
		{"a range given as its bottom end", "1,800 containers", "1,800 to 2,000 containers", true},
		{"a range with a dash, given as its end", "60 homes", "40-60 homes", true},
		{"a range kept", "1,800 to 2,000 containers", "between 1,800 and 2,000 containers", false},
		{"the bottom of a range as a floor", "at least 1,800 containers", "between 1,800 and 2,000 containers", false},
		{"the top of a range, approximated", "nearly 2,000 containers", "between 1,800 and 2,000 containers", false},
		{"a change over time is no range", "700 members", "rose from 500 to 700 members", false},
		{"duration", "for twelve years", "for six years", true},
		{"percentage points", "rose 3 percentage points", "rose 1.5 percentage points", true},
		{"number word against digits", "forty-two households", "42 households", false},
		{"lower bound above an upper one", "Backlog tops $2 billion", "backlog of nearly $1.9 billion", true},
		{"upper bound reaching a lower one", "nearly 2,000 letters", "more than 1,100 letters", true},
		{"bounds that meet", "more than 1,100 letters", "around 1,200 letters", false},
		{"just over half", "just over half of tenants", "55 per cent of tenants", false},
		{"nearly half against more than half", "nearly half of tenants", "62 per cent of tenants", true},
		{"at least", "at least 400 residents", "412 residents", false},
		{"fewer than, against a figure just over", "fewer than seven in ten repairs", "71 per cent of repairs", true},
		{"more than, against a figure just under", "more than 50 discharges", "47 discharges", true},
		{"more than, against the figure itself", "more than half of its waste", "50 per cent of its waste", true},
		{"more than, against a figure inside", "more than 50 discharges", "53 discharges", false},
		{"the source's threshold named", "60 crowns a month", "more than 60 crowns a month", false},
		{"the source's threshold crossed", "58 crowns a month", "more than 60 crowns a month", true},
		{"more than a thousand, against fewer", "more than a thousand fish", "around 950 fish", true},
		{"the day of a date counts nothing", "more than 10,000 people", "around 9,400 people on 31 March 2024", true},
		{"a count after a date is a count", "22 cases", "Since 28 May, 17 cases have been reported", true},
		{"a difference of two counts still counts", "some 250 schools", "1,140 of the 1,390 schools", false},
		{"nearly everyone against a part of a whole", "nearly everyone who answered objected", "63 responses, of which 41 objected", true},
		{"most against a part of a whole", "most of those who answered objected", "63 responses, of which 41 objected", false},
		{"a percentage in figures against a part of a whole", "roughly 74 per cent by September", "40 nurses, of whom 31 are in post", false},
		{"nearly a thousand", "nearly a thousand fish", "around 950 fish", false},
		{"bounds that meet at a figure neither includes", "more than half of the crop", "nearly half of the crop", true},
		{"half their crop against a third", "lost more than half their crop", "losses of more than a third of the crop", true},
		{"a floor and a ceiling at the same figure", "up to half of the crop", "at least half of the crop", false},
		{"fewer than", "fewer than 300 residents", "412 residents", true},
		{"money agrees", "Backlog of $1.9 billion", "backlog of nearly $1.9 billion", false},
		{"almost all against a share", "almost all of them said no", "nearly 60 per cent of them opposed", true},
		{"almost all that fits", "almost all of them said no", "93 per cent of them opposed", false},
		{"most against a minority share", "most residents oppose it", "48 per cent of residents oppose it", true},
		{"most that fits", "most residents oppose it", "62 per cent of residents oppose it", false},
		{"most before a name and its plural", "most Tarn residents oppose it", "38 per cent of Tarn residents oppose it", true},
		{"a vast majority against a slim one", "the vast majority of members voted for it", "54 percent of members voted for it", true},
		{"a minority that fits", "a minority of schools", "about 30 percent of schools", false},
		{"hardly any against a third", "hardly any tenants complained", "a third of tenants complained", true},
		{"most as a superlative is not a share", "the most serious cases", "12 percent of cases", false},
		{"most as an adverb is not a share", "most likely to leave", "40 percent likely to leave", false},
		{"nearly is close to the figure", "nearly 500 branches", "412 branches", true},
		{"nearly, close enough", "nearly 500 branches", "468 branches", false},
		{"just over is close to the figure", "just over 400 branches", "480 branches", true},
		{"over is not close", "over 400 branches", "480 branches", false},
		{"nearly half against about 41 per cent", "nearly half of customers", "about 41 per cent of customers", true},
		{"about a figure written to the unit", "about 44 per cent of customers", "about 41 per cent of customers", true},
		{"about a round figure", "around 4,000 people", "4,350 people", false},
		{"quantity words alike do not outweigh a figure", "nearly half of customers lost some or all services", "about 41 per cent of customers lost some or all services", true},
		{"some before a figure approximates it", "some three million people", "around 3.1 million people", false},
		{"barely is just about the figure", "barely 400 metres away", "420 metres away", false},
		{"barely, well short", "barely three in four callers", "83 per cent of callers", true},
		{"the others beside one named", "our larder and thirteen other food banks", "14 food banks", false},
		{"the others, too many", "our larder and twenty other food banks", "14 food banks", true},
	}
	for _, tt := range tests {
		a, b := load(t, tt.clause), load(t, tt.other)
		_, _, got := conflict(quantities(a, 0, len(a.Words)), quantities(b, 0, len(b.Words)))
		if got != tt.want {
			t.Errorf("%s: conflict(%q, %q) = %v, want %v", tt.name, tt.clause, tt.other, got, tt.want)
		}
	}
}

func TestOmitted(t *testing.T) {
	src := load(t, source)
	res := New(Defaults).Check(Input{Opinion: load(t, "Marrow saw roughly 4,000 residents depart on 12 October with hundreds of fighters."), Source: src})
	omitted := texts(res, report.Omitted)
	joined := strings.Join(omitted, "|")
	if !strings.Contains(joined, "6.8 percent") || !strings.Contains(joined, "may be linked") {
		t.Errorf("omitted = %q, want the unemployment figure and the hedged flooding cause", omitted)
	}
}

func TestCauseFromAssociation(t *testing.T) {
	const study = `Tea study

Older residents of Tarn who drank green tea daily scored better on memory tests over five years than those who rarely drank it. The study is observational and does not show that the tea itself protects memory.`
	src := load(t, study)
	checkContradictions(t, src, []contradictionCase{
		{"association made a cause", "Green tea protects the memory of older Tarn residents, a five-year study found.", "association", true},
		{"association kept", "Older Tarn residents who drank green tea daily did better on memory tests over five years.", "association", false},
		{"association made a cause with 'because'", "Older Tarn residents scored better on memory tests over five years precisely because they drank green tea daily.", "association", true},
		{"a concessive 'just because'", "Older Tarn residents scored better on memory tests, just because they drank green tea daily, say some.", "association", false},
	})
	// Without the source's caveat there is nothing to contradict.
	noCaveat := load(t, "Tea study\n\nOlder residents of Tarn who drank green tea daily scored better on memory tests over five years.")
	op := load(t, "Tea protects memory in Tarn.")
	if why, ok := causeFromAssociation(op, noCaveat, newIndex(noCaveat), clause{from: 0, to: 4}, 0, len(noCaveat.Words)); ok {
		t.Errorf("fired without a caveat: %s", why)
	}
}

// TestCaveatOnAnotherFinding: a source's caveat that another finding is only an association says
// nothing about the cause the clause states.
func TestCaveatOnAnotherFinding(t *testing.T) {
	const bulletin = `Harbour bulletin

The Carrow pumps failed during the storm on Friday night, engineers said. Repairs are expected to take a week.

Separately, a survey of harbour staff found that shift work is linked to poorer sleep.`
	src := load(t, bulletin)
	checkContradictions(t, src, []contradictionCase{
		{"a cause where the source's caveat is about something else", "The storm damaged the Carrow pumps on Friday night, engineers said.", "", false},
		{"a cause where the caveat is about it", "Shift work damages the sleep of harbour staff, a survey found.", "linked to", true},
	})
}

func TestSentenceWithTwoClaims(t *testing.T) {
	// The two halves restate sentences from different paragraphs of the source: neither source
	// window supports the whole sentence, each supports one half.
	op := load(t, "Around 4,000 people left the town of Marrow on 12 October with many hundreds of fighters, just as unemployment rose to 6.8 percent in the third quarter.")
	res := New(Defaults).Check(Input{Opinion: op, Source: load(t, source)})
	want := []string{
		"paraphrase/: Around 4,000 people left the town of Marrow on 12 October with many hundreds of fighters",
		"paraphrase/: just as unemployment rose to 6.8 percent in the third quarter",
	}
	checkOpinionFindings(t, res, want)
}

func TestPartForWhole(t *testing.T) {
	const results = `Quarterly results

Total revenue at Brannock Tools rose 9 percent to $80 million in the quarter. Revenue from the Garden Machinery division rose 24 percent to $30 million.`
	src := load(t, results)
	checkContradictions(t, src, []contradictionCase{
		{"a part's figure given for the whole", "Revenue at Brannock Tools soared 24 percent in the quarter.", "'Garden Machinery division' only", true},
		{"the part kept", "Brannock's Garden Machinery revenue jumped 24 percent in the quarter.", "'Garden Machinery division' only", false},
		{"the whole's figure", "Total revenue at Brannock Tools rose 9 percent in the quarter.", "'Garden Machinery division' only", false},
	})
	const dentists = `Dental access

Across the region, 61 of the 240 contracted practices were accepting new adult patients. In the Fellside district, only 4 of the 19 contracted practices were accepting new adult patients.`
	checkContradictions(t, load(t, dentists), []contradictionCase{
		{"the part pointed to with there", "In Fellside it is worse. Four out of the 19 contracted practices there will take a new adult patient.", "only", false},
		{"there is no place", "There are only 4 of the 19 contracted practices accepting new adult patients.", "'Fellside district' only", true},
		{"the part named in a sentence before", "Fellside has been forgotten. Only 4 of the 19 contracted practices accept new adult patients.", "'Fellside district' only", false},
	})
}

// contradicts reports whether checking opinion against src gives a contradicts-source finding
// whose explanation holds why; the findings are logged when it does not.
func contradicts(t *testing.T, opinion string, src *document.Document, why string) bool {
	t.Helper()
	res := New(Defaults).Check(Input{Opinion: load(t, opinion), Source: src})
	for _, f := range res.Findings {
		if f.Side == report.Opinion && f.Subkind == report.ContradictsSource && strings.Contains(f.Explanation, why) {
			return true
		}
	}
	t.Logf("%q: %+v", opinion, res.Findings)
	return false
}

// contradictionCase is an opinion sentence, whether it contradicts the source, and a fragment the
// contradiction's explanation must hold.
type contradictionCase struct {
	name, opinion, why string
	contradicts        bool
}

// checkContradictions checks each case against the source.
func checkContradictions(t *testing.T, src *document.Document, cases []contradictionCase) {
	t.Helper()
	for _, tt := range cases {
		if got := contradicts(t, tt.opinion, src, tt.why); got != tt.contradicts {
			t.Errorf("%s: contradiction %v, want %v", tt.name, got, tt.contradicts)
		}
	}
}

func TestCountsAndShares(t *testing.T) {
	const consultation = `Consultation

The council received more than 1,100 written responses to the consultation on the Brickfield plan, and nearly 60 per cent of them opposed the rezoning. Twelve councillors voted on the plan in March.`
	checkContradictions(t, load(t, consultation), []contradictionCase{
		{"a count with other words for what it counts", "Nearly 2,000 people wrote to the council about the Brickfield consultation.", "more than 1,100", true},
		{"the same count in other words", "About 1,150 people wrote to the council about the Brickfield consultation.", "1,100", false},
		{"a share in a clause that continues the one before", "Nearly 1,100 people wrote to the council about the Brickfield plan, and almost all of them said no.", "nearly 60 per cent", true},
		{"a share that fits", "More than 1,100 people answered the council's consultation on the Brickfield plan, and most of them opposed it.", "60 per cent", false},
	})
	// "of us" and "of you" after a figure count people.
	meeting := load(t, `Meeting

About 220 people attended a public meeting on the Brickfield plan at the Methodist Hall on 6 March.`)
	checkContradictions(t, meeting, []contradictionCase{
		{"a crowd of us inflated", "That meeting on the Brickfield plan packed more than 300 of us into the Methodist Hall on 6 March.", "220 people", true},
		{"a crowd of us restated", "That meeting on the Brickfield plan packed some 220 of us into the Methodist Hall on 6 March.", "", false},
	})
}

// TestFigureAgainstAWord: a clause's figure against a share word of the passage retrieved for it
// is no contradiction when another sentence has that very figure; and "rather than" in the
// source is the opinion's "not".
func TestFigureAgainstAWord(t *testing.T) {
	const survey = `Repairs survey

She said a shortage of contractors in the Marrow district had caused most of the delays last year, and that the rise partly reflected a campaign last year encouraging tenants to report damp and mould.

Of the households that responded, 29 per cent said they had reported damp or mould in the past twelve months. Inspectors traced most missed appointments to the association's own scheduling system rather than to its contractors.`
	checkContradictions(t, load(t, survey), []contradictionCase{
		{"the figure is in another sentence", "Nearly three in ten had reported damp or mould in the Marrow district within the last year alone.", "most of the delays", false},
		{"rather than, said with not", "Most missed appointments were traced to the association's own booking system, not to the contractors.", "", false},
	})
}

func TestSpansAndSharesInWords(t *testing.T) {
	const study = `The Lowmoor study

The team followed 412 residents of the Lowmoor district between 2016 and 2022. In the district, 6.8 percent of adults who wanted work could not find it.`
	checkContradictions(t, load(t, study), []contradictionCase{
		{"a span of years told as its length", "The team followed 412 residents of the Lowmoor district for six years.", "2016 and 2022", false},
		{"a span of years stretched", "The team followed 412 residents of the Lowmoor district for ten years.", "2016 and 2022", true},
		{"a percentage told as a share in words", "In the Lowmoor district, nearly seven in every hundred adults who wanted work could not find it.", "6.8 percent", false},
		{"a percentage inflated as a share in words", "In the Lowmoor district, one in five adults who wanted work could not find it.", "6.8 percent", true},
		{"a percentage inflated as a share of every hundred", "In the Lowmoor district, nine in every hundred adults who wanted work could not find it.", "6.8 percent", true},
	})
}

func TestUnanimityDenied(t *testing.T) {
	const split = `Appeal ruling

By a majority of two to one, the court allowed the appeal in part. Justice Orla Brannagh dissented on the question of costs.`
	const unanimous = `Appeal ruling

The three judges unanimously allowed the appeal in part. A later committee vote was split.`
	tests := []struct {
		name, opinion, source string
		contradicts           bool
	}{
		{"a split ruling called unanimous", "Last week a unanimous bench waved the whole scheme through.", split, true},
		{"a ruling the source calls unanimous", "Last week a unanimous bench allowed the appeal in part.", unanimous, false},
		{"a split ruling told as split", "Last week a divided bench allowed the appeal in part.", split, false},
	}
	for _, tt := range tests {
		if got := contradicts(t, tt.opinion, load(t, tt.source), "split"); got != tt.contradicts {
			t.Errorf("%s: contradiction %v, want %v", tt.name, got, tt.contradicts)
		}
	}
}

// TestRestatedQuotation: a clause that says it restates the quotation before it ("in other words")
// is judged by the quotation's source passage, even when the source gives its figure elsewhere.
func TestRestatedQuotation(t *testing.T) {
	src := load(t, `Access to cash

Overall, 18 per cent said they had found it difficult to withdraw cash at least once in the previous month. Among respondents aged 65 and over, the figure was 27 per cent. Counter transactions fell by 58 per cent between 2017 and 2024.`)
	misquote := `The survey puts it plainly: "Among respondents aged 65 and over, the figure was 37 per cent." `
	tests := []struct {
		name, opinion string
		want          bool
	}{
		{"the misquoted share restated", misquote + "More than a third of us, in other words, struggled to get hold of our own money in a single month.", true},
		{"the share restated right", misquote + "Just over a quarter of us, in other words, struggled to get hold of our own money in a single month.", false},
	}
	for _, tt := range tests {
		op := load(t, tt.opinion)
		quote := strings.Index(op.Text, "Among")
		ev := strings.Index(src.Text, "Among")
		quotes := []report.Finding{{Kind: report.Quote, Subkind: report.Misquote, Side: report.Opinion, Start: quote, End: quote + 62,
			Evidence: []report.Evidence{{Side: report.Source, Start: ev, End: ev + 62}}}}
		res := New(Defaults).Check(Input{Opinion: op, Source: src, Quotes: quotes})
		got := false
		for _, f := range res.Findings {
			if f.Subkind == report.ContradictsSource && strings.Contains(f.Text, "in other words") && strings.Contains(f.Explanation, "27 per cent") {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%s: contradiction by the 27 per cent %v, want %v: %+v", tt.name, got, tt.want, res.Findings)
		}
	}
}

// TestTallyChanged: a vote's tally that the source gives otherwise contradicts it, when the
// source tells of one vote only.
func TestTallyChanged(t *testing.T) {
	const one = `Rate decision

On 13 November the committee voted by a majority of five to two to raise the policy rate by 0.25 percentage points.`
	const two = `Rate decision

On 13 November the committee voted by a majority of five to two to raise the policy rate. In October it voted seven votes to two to hold it.`
	tests := []struct {
		name, opinion, source string
		contradicts           bool
	}{
		{"a tally in words changed", "The vote was a crushing six to one.", one, true},
		{"a tally in digits changed", "The committee raised the rate on a 6-1 vote.", one, true},
		{"the source's tally", "The committee voted five to two to raise the rate.", one, false},
		{"a tally with no vote", "The committee raised the rate, and the fund lost six to one on the bet.", one, false},
		{"two votes in the source", "The vote was a crushing six to one.", two, false},
	}
	for _, tt := range tests {
		if got := contradicts(t, tt.opinion, load(t, tt.source), "gives the vote as"); got != tt.contradicts {
			t.Errorf("%s: contradiction %v, want %v", tt.name, got, tt.contradicts)
		}
	}
}

// TestTwoMovesInOneClause: a clause that tells two moves, one each way, is held to the source's
// two moves, not one of them to the other's.
func TestTwoMovesInOneClause(t *testing.T) {
	const survey = `Visitor survey

The share of overnight visitors staying in holiday lets in Tarn rose to 38 per cent, from 31 per cent in 2023, while the share staying in hotels, inns and guest houses fell from 44 per cent to 39 per cent.`
	checkContradictions(t, load(t, survey), []contradictionCase{
		{"both moves kept", "In Tarn the holiday lets' share of overnight guests jumped from 31 to 38 per cent while hotels, inns and guest houses slid from 44 to 39.", "the opinion says", false},
		{"one move turned round", "In Tarn the share of overnight visitors staying in hotels, inns and guest houses rose from 39 to 44 per cent.", "the opinion says", true},
	})
}

// TestPhrasalMoves: "gone up", "went down" and "shot up" say a rise or a fall as "rose" and
// "fell" do.
func TestPhrasalMoves(t *testing.T) {
	const accounts = `Council accounts

The council's central running costs fell by 6 per cent over the year. Grants paid to sports clubs went up by 2 per cent over the year.`
	checkContradictions(t, load(t, accounts), []contradictionCase{
		{"a fall told as gone up", "Meanwhile the council's own central running costs have gone up.", "fell by 6", true},
		{"a rise told as went down", "Grants paid to the sports clubs went down over the year.", "went up", true},
		{"the fall kept", "Meanwhile the council's own central running costs have come down.", "", false},
		{"the rise kept", "Grants paid to the sports clubs shot up over the year.", "", false},
	})
}

func TestDirectionFlipped(t *testing.T) {
	const release = `Labour market

Unemployment in Kestria rose to 6.8 percent in the third quarter, while vacancies fell for a second quarter. Wages grew by 3 percent. Bus fares in Tarn have risen by 4 percent since January. Tarn now spends less on its roads than Marrow does. Fewer than 300 Hollin tenants replied to the survey. The Hollin council proposed cuts to the Tarn library; a decision is due in June.`
	src := load(t, release)
	checkContradictions(t, src, []contradictionCase{
		{"less told as more", "Tarn now spends more on roads than Marrow.", "the opinion says", true},
		{"a bound on a figure is no comparison", "Fewer than 300 tenants in Hollin replied to the survey.", "the opinion says", false},
		{"a fall with its figure", "Bus fares in Tarn have dropped 4 percent since January.", "the opinion says", true},
		{"a proposal told as a decision", "The Hollin council approved the cuts to the Tarn library.", "the opinion says", true},
		{"the proposal restated", "The Hollin council has proposed cuts to the library in Tarn.", "the opinion says", false},
		{"the thing that moved four words before the verb", "Bus fares in Tarn have fallen since January.", "the opinion says", true},
		{"a rise told as a fall", "Kestria's unemployment fell to 6.8 percent in the third quarter.", "the opinion says", true},
		{"a rise told as a rise", "Kestria's unemployment climbed to 6.8 percent in the third quarter.", "the opinion says", false},
		{"the fall of something else", "Vacancies in Kestria dropped in the third quarter.", "the opinion says", false},
		{"a denied rise", "Wages in Kestria did not rise by 3 percent in the quarter.", "the opinion says", false},
	})
}

func TestNegationAdded(t *testing.T) {
	const release = `Labour market

Wages in Kestria grew by 3 percent in the year to June. Demand for workers was uneven across the regions.`
	src := load(t, release)
	checkContradictions(t, src, []contradictionCase{
		{"a stated rise denied", "Wages in Kestria did not rise in the year to June.", "the opinion denies it", true},
		{"the rise restated", "Wages in Kestria rose by 3 percent in the year to June.", "the opinion denies it", false},
		{"a negation that restates a negative word", "Demand for workers was not spread evenly across the regions.", "the opinion denies it", false},
		{"a negation in someone's quoted words", `A union official says that wages in Kestria "did not rise in the year to June".`, "the opinion denies it", false},
	})
	upgrade := load(t, "Works\n\nThe Tarn water company will start its 8.4 million pound upgrade of the Hollin works in 2025.")
	checkContradictions(t, upgrade, []contradictionCase{
		{"not until a time says when", "The Tarn water company's 8.4 million pound upgrade of the Hollin works is not due to start until 2025.", "the opinion denies it", false},
		{"a start denied", "The Tarn water company will not start its upgrade of the Hollin works in 2025.", "the opinion denies it", true},
	})
}

// TestWhatRatherThanSetsAside: what the source sets aside with "rather than" is no more stated
// than what it negates; the half before it is.
func TestWhatRatherThanSetsAside(t *testing.T) {
	const review = `Charger review

Around 9 per cent of the failed test sessions were traced to compatibility problems between particular vehicle models and charger software rather than to faults in the charger itself.`
	checkContradictions(t, load(t, review), []contradictionCase{
		{"what was set aside, stated", "The review traced the failed sessions to faults in the chargers themselves.", "sets aside", true},
		{"what was kept", "The review traced some failed sessions to compatibility problems between vehicle models and charger software.", "", false},
		{"the contrast kept", "The review traced some failed sessions to software problems rather than to faults in the chargers.", "", false},
	})
	for _, tt := range []struct {
		text string
		no   bool
	}{
		{"the failed test sessions were traced to faults", false},
		{"two failed bids were traced to faults", false},
		{"the council failed to trace the faults", true},
		{"the venue failed its inspection", true},
	} {
		d := load(t, tt.text)
		if got := saysNo(d, 0, len(d.Words)) != ""; got != tt.no {
			t.Errorf("saysNo(%q) = %v, want %v", tt.text, got, tt.no)
		}
	}
}

// TestLinkedAfterANoun: "parking linked to holiday lets" says what kind of complaint it was; only
// "is linked to" doubts that the link holds.
func TestLinkedAfterANoun(t *testing.T) {
	const review = `Permits

Staff permits at the Tarn hospital would move to a new banded scale linked to salary, ranging from 8 to 38 pounds per month. Night-time noise at the Tarn depot is linked to the new shift pattern.`
	checkContradictions(t, load(t, review), []contradictionCase{
		{"a scale linked to salary", "Under a new banded scale, staff permits will cost anything from 8 to 38 pounds a month.", "hedges", false},
		{"a link made certain", "The new shift pattern causes night-time noise at the Tarn depot.", "", true},
	})
}

// A hedge governs its own clause: "a risk to health" does not hedge what follows ", and".
func TestHedgeGovernsItsClause(t *testing.T) {
	const inspection = `Inspection

Inspectors visited 312 homes. In 19 of them the damp was a risk to health, and in seven of those a Brennock tenant had chronic asthma. Repairs in Brennock may take longer next winter.`
	src := load(t, inspection)
	checkContradictions(t, src, []contradictionCase{
		{"the next clause restated", "In seven of those a Brennock tenant had chronic asthma.", "hedges", false},
		{"the hedged clause made certain", "Repairs in Brennock will take longer next winter.", "hedges", true},
	})
	// A hedge in the clause after "although" does not hedge the figure before it.
	pay := load(t, `Pay

Annual growth in regular pay in Brennock remained strong at 6.2 percent, although regional agents report that pay settlements for next year are likely to be lower, in the range of 4 to 5 percent.`)
	checkContradictions(t, pay, []contradictionCase{
		{"the figure of the plain clause", "Regular pay in Brennock is still climbing at 6.2 percent a year.", "hedges", false},
	})
	// Nor does one in a relative clause that ends the sentence, or one that opens the second of
	// two verbs; a relative clause set off by commas leaves the sentence's own verb its subject.
	counts := load(t, `Traffic

Traffic counts on two minor roads parallel to the Brennock road rose by around 6 per cent, which may indicate that some drivers are avoiding the cameras. The regulator has opened a formal review of the Brennock plan and may impose a penalty. Maize and sugar beet, which are harvested later, cannot yet be assessed.`)
	checkContradictions(t, counts, []contradictionCase{
		{"a figure before a trailing 'which may'", "Traffic on the two minor roads parallel to the Brennock road rose by around 6 per cent.", "hedges", false},
		{"the relative clause made certain", "Drivers are avoiding the Brennock cameras.", "hedges", true},
		{"the first of two verbs", "The regulator has opened a formal review of the Brennock plan.", "hedges", false},
		{"the second of two verbs made certain", "The regulator will impose a penalty on Brennock.", "impose", true},
		{"a verb after a parenthetical relative clause", "The maize and sugar beet crops will be hit just as hard.", "open", true},
	})
	// A hedge inside one reported statement does not hedge the next, and the next may be
	// hedged in another sentence of the passage.
	costs := load(t, `Costs

All costs for the Brennock pool are preliminary estimates at an early design stage and include a contingency of 20 per cent. They may change as designs develop.`)
	checkContradictions(t, costs, []contradictionCase{
		{"the second statement made certain", "The report concedes that all the Brennock pool costs are preliminary estimates and that they will change as designs develop.", "may change", true},
		{"the first statement alone", "The report concedes that all the Brennock pool costs are preliminary estimates.", "", false},
		{"a frame that hedges both", "The report suggests that the Brennock pool costs are estimates and that they will change as designs develop.", "", false},
	})
	hedgedPay := load(t, `Pay

Annual growth in regular pay in Brennock is likely to reach 6.2 percent next year.`)
	checkContradictions(t, hedgedPay, []contradictionCase{
		{"the figure of a hedged clause", "Regular pay in Brennock is climbing at 6.2 percent next year.", "likely", true},
	})
}

// TestSuspicionHedges: "were suspected of" and "tentatively" doubt what they qualify; "suspected
// strokes" before a noun says what kind of call it was.
func TestSuspicionHedges(t *testing.T) {
	src := load(t, `Collisions

Riders were suspected of having drunk alcohol in 17 Tarn collisions, 12 of which happened at night. Tarn category 2 calls, which include suspected strokes and heart attacks, had a mean response time of 38 minutes. The Tarn trust tentatively links the rise in sightings to its garden gaps scheme.`)
	checkContradictions(t, src, []contradictionCase{
		{"a suspicion stated as fact", "Seventeen Tarn collisions involved riders who had been drinking, 12 of them at night.", "suspected", true},
		{"the kind of call", "Tarn category 2 calls had a mean response time of 38 minutes.", "hedges", false},
		{"a tentative link made firm", "The Tarn trust puts the rise in sightings down to its garden gaps scheme.", "tentatively", true},
	})
}

// TestOnlyDoubtHedges: a word that doubts the statement ("may", "likely", "suggest") hedges it;
// one that says a figure is estimated, a plan expected or a finding preliminary does not, so
// restating the figure or the plan without it turns no doubt into a certainty.
func TestOnlyDoubtHedges(t *testing.T) {
	const study = `Water study

Data centres in the Orrin valley withdrew an estimated 5.4 million cubic metres of water in 2024. The final Orrin report is expected to be published in the spring. Closed-loop cooling may cut the Orrin sites' withdrawals by half.`
	src := load(t, study)
	checkContradictions(t, src, []contradictionCase{
		{"an estimated figure restated", "Orrin valley data centres withdrew 5.4 million cubic metres of water in 2024.", "hedges", false},
		{"an expected date restated", "The final Orrin report is to be published in the spring.", "hedges", false},
		{"a doubt made certain", "Closed-loop cooling cuts the Orrin sites' withdrawals by half.", "hedges", true},
	})
}

// TestClassify covers commands, and pronouns in asides, which do not make a statement personal.
func TestClassify(t *testing.T) {
	tests := []struct {
		text string
		want statementKind
	}{
		{"And in case you were wondering, Tamsa Freight has just been handed a contract.", checkable},
		{"Tamsa Freight was paid twice, whatever they tell you.", checkable},
		{"Once you strip out the seasonal jobs, Kestria has fewer people in work than in 2023.", checkable},
		{"You will find that Tamsa Freight was paid twice.", uncheckable},
		{"I have now checked the Tamsa Freight accounts three times.", uncheckable},
		{"Tamsa Freight, your local haulier, was paid twice.", uncheckable},
		{"Boil your water for at least a minute.", command},
		{"And don't think the water in Marrow is safe.", command},
		{"But keep the children away from the river at Marrow.", command},
		{"Come to our meeting at Hollins Community Hall on the 3rd.", command},
		{"Just boil the water from Marrow first.", command},
		{"Put plainly, Tamsa Freight was paid twice for the same job.", checkable},
		{"Put another way, Tamsa Freight was paid twice for the same job.", checkable},
		{"Put the Tamsa Freight invoices on the table.", command},
		{"Make no mistake, Tamsa Freight was paid twice for the same job.", checkable},
		{"Make no mistake: Tamsa Freight was paid twice for the same job.", checkable},
		{"Let us be clear, Tamsa Freight was paid twice for the same job.", checkable},
		{"Let's be honest, Tamsa Freight was paid twice for the same job.", checkable},
		{"Mark my words, Tamsa Freight will be paid twice for the same job.", checkable},
		{"Make no mistakes with the Tamsa Freight invoices this year.", command},
		{"Let us be the first town in Marrow to ban the trucks.", command},
		{"Trust me with the Tamsa Freight invoices.", command},
		{"Just over half of the tenants in Marrow said nobody told them.", checkable},
		{"More than a third of us struggled to get hold of cash last month.", checkable},
		{"Egg prices at the farm gate have already fallen by a fifth.", checkable},
		{"After a quarter like this, we expect more of the same.", uncheckable},
		{"We came a third of the way down the hill and stopped.", checkable},
		{"And Marrow kept its water running for 9,000 people.", checkable},
		{"Keep Marrow Tidy won the award for the third year running.", checkable},
		{"Tell Marrow Council that the river is not safe.", command},
		{"Keep Calm And Carry On", command},
		{"One can only guess how many Marrow patients never made it into a report.", uncheckable},
		{"Now consider how the Marrow Directorate explains away the 2024 inspection figures.", command},
		{"Second, write to the Marrow finance minister and ask about the 2024 rates.", command},
		{"Blame a six-year-old in Marrow.", command},
		{"Picture rats in the flour sacks at the Marrow bakery.", command},
		{"Next time a child in Marrow will end up in intensive care.", checkable},
		{"Now the Marrow council has cut 40 posts.", checkable},
	}
	for _, tt := range tests {
		d := load(t, tt.text)
		if got := classify(d, d.Sentences[0]); got != tt.want {
			t.Errorf("%q: kind %d, want %d", tt.text, got, tt.want)
		}
	}
}

func TestResultClause(t *testing.T) {
	op := load(t, "Marrow let 9,000 people leave the valley in October; the convoy took six hours. Why did nobody stop it?")
	res := New(Defaults).Check(Input{Opinion: op, Source: load(t, source)})
	first := strings.Index(op.Text, "9,000")
	span, ok := res.Clause(first)
	if !ok || op.Slice(span) != "Marrow let 9,000 people leave the valley in October" {
		t.Errorf("clause at %d: %q %v, want the first clause", first, op.Slice(span), ok)
	}
	if _, ok := res.Clause(strings.Index(op.Text, "nobody")); ok {
		t.Error("a question has no checkable clause")
	}
	if _, ok := New(Defaults).Check(Input{Opinion: op}).Clause(first); ok {
		t.Error("without a source there are no clauses to judge")
	}
}

func TestHeadingsRankBelowSentences(t *testing.T) {
	src := load(t, "Marrow Council water notice\n\nThe Marrow Council closed the Tarn reservoir after tests found the parasite.\n\nIssued by Marrow Council, Tarn reservoir office, 9 June")
	idx := newIndex(src)
	if !idx.windows[0].heading || idx.windows[1].heading {
		t.Fatalf("headings: title %v, sentence %v; want only the title", idx.windows[0].heading, idx.windows[1].heading)
	}
	op := load(t, "Marrow Council shut the Tarn reservoir in June.")
	p := idx.search(op, 0, len(op.Words))
	if got := src.Slice(p.span); !strings.HasPrefix(got, "The Marrow Council closed") {
		t.Errorf("retrieved %q, want the sentence rather than the dateline", got)
	}
}

// TestNumberWordsFindNumerals: a count written in words finds the source sentence that writes it
// in digits, and the other way round, so "Eleven main roads" is held to "11 main roads".
func TestNumberWordsFindNumerals(t *testing.T) {
	src := load(t, "Speed limits\n\nA petition called for the limit on six main roads to go back to 30mph this summer.\n\nThe council is considering whether to return 11 main roads to 30mph. No decision has been taken.\n\nTwelve schools asked for signs.")
	idx := newIndex(src)
	for _, tt := range []struct{ opinion, want string }{
		{"Eleven main roads will go back to 30mph this summer.", "The council is considering"},
		{"The council had 12 schools asking for signs.", "Twelve schools"},
	} {
		op := load(t, tt.opinion)
		if got := src.Slice(idx.search(op, 0, len(op.Words)).span); !strings.HasPrefix(got, tt.want) {
			t.Errorf("%q retrieved %q, want the sentence starting %q", tt.opinion, got, tt.want)
		}
	}
	checkContradictions(t, src, []contradictionCase{
		{"a count in words, weighed only", "Eleven main roads will go back to 30mph this summer.", "only proposed", true},
	})
}

func TestMagnitudeEscalated(t *testing.T) {
	const release = "Harbour Report\n\nRents in the Tarn district rose slightly last year, the housing office said. Vacancies on the Marrow estate fell sharply in the spring."
	src := load(t, release)
	checkContradictions(t, src, []contradictionCase{
		{"a slight rise told as soaring", "Rents in the Tarn district soared last year, the housing office said.", "rose slightly", true},
		{"the same change told plainly", "Rents in the Tarn district went up a little last year, the housing office said.", "rose slightly", false},
		{"a sharp fall told as a plunge", "Vacancies on the Marrow estate plunged in the spring.", "rose slightly", false},
		// Worded too differently for the passage to be retrieved, the rents still rose slightly.
		{"a slight rise told as an explosion, in other words", "Across the whole district, housing costs have exploded.", "rose slightly", true},
		{"a dramatic word about something the source calls small nowhere", "Ferry fares have exploded.", "rose slightly", false},
	})
}

// A paraphrase found in a window of two source sentences uses only the sentence it restates:
// the figure beside it is still left out, and the used finding covers the restated sentence.
func TestRestatedPartOfAWindow(t *testing.T) {
	src := load(t, `Harbour report

The Carrow harbour board approved a new ferry timetable for the winter months on Monday. Ticket prices on every crossing will rise by 4 percent from January, the board said.`)
	op := load(t, "On Monday the Carrow harbour board approved a fresh winter ferry timetable, with tickets on sale now.")
	res := New(Defaults).Check(Input{Opinion: op, Source: src})
	used, omitted := texts(res, report.Used), texts(res, report.Omitted)
	if len(used) != 1 || strings.Contains(used[0], "Ticket") || !strings.Contains(used[0], "timetable") {
		t.Errorf("used = %q, want the timetable sentence alone", used)
	}
	if len(omitted) != 1 || !strings.Contains(omitted[0], "4 percent") {
		t.Errorf("omitted = %q, want the price rise", omitted)
	}
}

// TestOmittedParts checks what counts as left out: a clause dropped from a sentence the opinion
// uses, never a date, a heading or a labelled line, and never half a phrase.
func TestOmittedParts(t *testing.T) {
	const src = `Ferry report

Carrow harbour board

The Carrow harbour board approved a new winter ferry timetable on Monday, but it will cost the town 40,000 pounds a year.
The timetable was published on 14 March.
Next update: 21 March.

Crossings to Pell may be cut on some evenings if fewer than 12 passengers book.

The Pell ferry company disputes the board's account of the winter crossings.
No decision has been taken on the summer service yet.

The Hollin pier board chose a new operator for the Tarn crossing on Friday, and it set the adult fare at 4 pounds and 50 pence.

This report covers the 14 crossings run by the Carrow harbour board in the twelve months to March.

Although ridership recovered strongly over the summer months and the new pontoon opened on time, the harbour engineers estimate that storms may account for between 1 and 2 percentage points of the fall.

Please do not travel without a ticket bought before 6 p.m. If you are unsure, call the harbour office on 0300 555 0199.`
	tests := []struct {
		name, opinion string
		want, not     []string // texts an omitted finding must be, and texts no omitted finding may hold
	}{
		{"the clause after a used one", "On Monday the Carrow harbour board approved a new winter ferry timetable.",
			[]string{"but it will cost the town 40,000 pounds a year"}, []string{"The Carrow harbour board approved"}},
		{"dates, headings and labelled lines", "On Monday the Carrow harbour board approved a new winter ferry timetable.",
			nil, []string{"14 March", "Next update", "Carrow harbour board\n"}},
		{"a whole caveat", "The board approved a winter timetable for Carrow.",
			[]string{"Crossings to Pell may be cut on some evenings if fewer than 12 passengers book."}, nil},
		{"advice to the reader", "The board approved a winter timetable for Carrow.",
			nil, []string{"Please do not travel", "If you are unsure"}},
		{"what the report covers", "The board approved a winter timetable for Carrow.",
			nil, []string{"This report covers"}},
		{"the other side's account", "The board approved a winter timetable for Carrow.",
			[]string{"The Pell ferry company disputes the board's account of the winter crossings."}, nil},
		{"a negation is a caveat", "The board approved a winter timetable for Carrow.",
			[]string{"No decision has been taken on the summer service yet."}, nil},
		{"a figure left out of a used sentence is a detail", "On Friday the Hollin pier board picked a new operator for the Tarn crossing.",
			nil, []string{"4 pounds"}},
		{"a sentence restated by a few of its words is still left out", "Storms may explain a point or two of the slide.",
			[]string{"Although ridership recovered strongly over the summer months and the new pontoon opened on time, the harbour engineers estimate that storms may account for between 1 and 2 percentage points of the fall."}, nil},
		{"a figure in a sentence left out entirely", "The board approved a winter timetable for Carrow.",
			[]string{"The Hollin pier board chose a new operator for the Tarn crossing on Friday, and it set the adult fare at 4 pounds and 50 pence."}, nil},
	}
	for _, tt := range tests {
		omitted := texts(New(Defaults).Check(Input{Opinion: load(t, tt.opinion), Source: load(t, src)}), report.Omitted)
		for _, w := range tt.want {
			if !slices.Contains(omitted, w) {
				t.Errorf("%s: omitted %q, want %q among them", tt.name, omitted, w)
			}
		}
		for _, n := range tt.not {
			if slices.ContainsFunc(omitted, func(o string) bool { return strings.Contains(o, n) }) {
				t.Errorf("%s: omitted %q, want none holding %q", tt.name, omitted, n)
			}
		}
	}
}

// texts returns the texts of a result's findings of one kind, in order.
func texts(res Result, kind report.Kind) []string {
	var out []string
	for _, f := range res.Findings {
		if f.Kind == kind {
			out = append(out, f.Text)
		}
	}
	return out
}

// TestActorWithAnotherVerb: the act a clause credits to another party may be told with a usual
// restatement of the source's verb ("spotted" for "detected"), and the explanation names the
// whole party.
func TestActorWithAnotherVerb(t *testing.T) {
	const breach = `Breach notice

On 9 January, the Marrow Bank security team detected unusual traffic leaving a server that holds customer records. The bank's maintenance contractor, Pellam Systems, had access to the server.`
	src := load(t, breach)
	checkContradictions(t, src, []contradictionCase{
		{"another party with a restated verb", "On 9 January it was the contractor, Pellam Systems, that spotted the unusual traffic leaving the server.", "the opinion says 'Pellam Systems' did", true},
		{"the same party with a restated verb", "On 9 January the Marrow Bank security team spotted unusual traffic leaving the server.", "", false},
	})
}

// TestBodyOfAnotherKind: an act the source credits to a body told by a common noun ("The company
// issued") contradicts a clause that credits it to a body of another kind ("The regulator had to
// issue"); a body of the same kind may be the same body told another way.
func TestBodyOfAnotherKind(t *testing.T) {
	const annual = `Bathing waters

The company issued 212 pollution alerts for bathing waters at Tarn during the season. The commission published its own samples in March.`
	checkContradictions(t, load(t, annual), []contradictionCase{
		{"the regulator for the company", "The regulator had to issue 212 pollution alerts for the Tarn bathing waters.", "'The company issued'; the opinion says 'The regulator' did", true},
		{"the council for the company", "The council issued 212 pollution alerts for bathing waters at Tarn.", "the opinion says 'The council' did", true},
		{"the firm for the company", "The firm issued 212 pollution alerts for bathing waters at Tarn.", "", false},
		{"the act restated", "The company had to issue 212 pollution alerts for the Tarn bathing waters.", "", false},
	})
}

// TestActorIsTheSubject: the party before a verb is its actor only when nothing else stands in
// as the subject: a verb of saying or wanting, a pronoun, or a passive (what was placed is not
// who placed it).
func TestActorIsTheSubject(t *testing.T) {
	const report = `Speed cameras review

The Harbour Council installed the cameras in 2023.

Its chair said the Penmarrow Road cameras had been placed where they catch the most drivers. The review recommends that the Ministry consider targeted support for the worst-hit streets.

The Drivers' Association has 4,000 members.`
	checkContradictions(t, load(t, report), []contradictionCase{
		{"a speaker whose words follow", "As the Drivers' Association says, they were placed where they catch the most drivers.", "", false},
		{"an adjective after a verb of wanting", "The Association wants targeted support for the worst-hit streets.", "", false},
		{"another party as the actor", "The Drivers' Association installed the cameras in 2023.", "the opinion says", true},
	})
}

// TestInOneSentence: two words a clause shares with a passage support it only when one sentence
// holds both.
func TestInOneSentence(t *testing.T) {
	src := load(t, "The harbour board met on Monday. Fishermen protested at the quay.")
	span := document.Span{Start: 0, End: len(src.Text)}
	for _, tt := range []struct {
		opinion string
		want    bool
	}{
		{"The board protested loudly.", false},
		{"The board met briefly.", true},
	} {
		op := load(t, tt.opinion)
		cl := clause{from: 0, to: len(op.Words)}
		if got := inOneSentence(src, op, cl, span); got != tt.want {
			t.Errorf("inOneSentence(%q) = %v, want %v", tt.opinion, got, tt.want)
		}
	}
}

// TestConditionIsNoHedge: "if" makes a clause conditional, not uncertain: "will" against the
// source's "could" is still made certain.
func TestConditionIsNoHedge(t *testing.T) {
	const warning = `Flood warning

If the Marrow dam fails again this winter, the river could flood the lower town within hours.`
	checkContradictions(t, load(t, warning), []contradictionCase{
		{"could made will under a condition", "If the Marrow dam fails again, the river will flood the lower town within hours.", "could flood", true},
		{"could kept under a condition", "If the Marrow dam fails again, the river could flood the lower town within hours.", "", false},
		{"might under a condition", "If the Marrow dam fails again, the river might flood the lower town within hours.", "", false},
	})
}

// TestFigureOfTheSharedClause: a clause that shares only two words with one source sentence is
// still contradicted by the figure of the source clause that holds them, not by another figure of
// the sentence.
func TestFigureOfTheSharedClause(t *testing.T) {
	const survey = `Repairs survey

Of the tenants who answered, 52 per cent said they were not told when a repair would happen, and 46 per cent said they had to chase a repair at least twice.`
	checkContradictions(t, load(t, survey), []contradictionCase{
		{"most against the clause's 46 per cent", "Most of us had to chase a fix at least twice before anyone came.", "46 per cent", true},
		{"nearly half kept", "Nearly half of us had to chase a fix at least twice before anyone came.", "", false},
	})
}

// TestConditionHalfIsNoRestatement: the half of a sentence that states a condition asserts
// nothing, so it is not reported as restating the source.
func TestConditionHalfIsNoRestatement(t *testing.T) {
	op := load(t, "If you were among the people who left the town of Marrow on 12 October, the regional transport authority in Velland still owes every single family a written apology, a full refund of their fares and compensation for the wages they lost.")
	res := New(Defaults).Check(Input{Opinion: op, Source: load(t, source)})
	for _, f := range res.Findings {
		if f.Side == report.Opinion && strings.HasSuffix(f.Text, "12 October") {
			t.Errorf("judged the condition: %s %q", f.Label(), f.Text)
		}
	}
}

// TestWriterCredit: a claim the writer credits to a source of their own is attributed elsewhere,
// even when it comes close to the source; a passive "was told" and a quoted "were told" are not
// the writer's credit.
func TestWriterCredit(t *testing.T) {
	src := load(t, source)
	tests := []struct {
		name, opinion, quoted string // quoted: a part of the opinion found as a quotation
		want                  string // the credit the explanation names, "" for no attribution
	}{
		{"I'm told, close to the source", "I'm told the mayor never signed because of pressure.", "", "I'm told"},
		{"told me, far from the source", "A harbour worker told me the mayor's cousin runs the harbour board.", "", "told me"},
		{"a passive told is no credit", "The mayor of Marrow was told about the agreement last.", "", ""},
		{"what readers could tell the writer is no credit", "I suspect many of you could tell me the same story about the mayor.", "", ""},
		{"what someone can tell us is no credit", "The harbour should stay shut until someone can tell us honestly why the mayor never signed.", "", ""},
		{"a told inside a quotation is the speaker's", `The guards said "we were told the mayor never signed because of pressure".`, "we were told the mayor never signed because of pressure", ""},
	}
	c := New(Defaults)
	for _, tt := range tests {
		op := load(t, tt.opinion)
		var quotes []report.Finding
		if tt.quoted != "" {
			at := strings.Index(op.Text, tt.quoted)
			quotes = []report.Finding{{Kind: report.Quote, Side: report.Opinion, Start: at, End: at + len(tt.quoted)}}
		}
		got := ""
		for _, f := range c.Check(Input{Opinion: op, Source: src, Quotes: quotes}).Findings {
			if f.Subkind == report.AttributedElsewhere {
				got = f.Explanation
			}
		}
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%s: got %q, want an attribution naming %q", tt.name, got, tt.want)
		}
	}
}

// TestFigureOfAnotherMeasure: a clause's length of time is not restated by a source figure that
// counts things ("four years" against "the last four digits"), while the same length of time is.
func TestFigureOfAnotherMeasure(t *testing.T) {
	const bank = `Bank notice

For around 62,000 customers of the Marrow bank, the records also include the last four digits of a card number. The bank has run the loyalty scheme for four years.`
	src := load(t, bank)
	tests := []struct {
		name, opinion string
		restated      bool
	}{
		{"years against digits", "It is the second time in four years that this chain has lost its customers' data.", false},
		{"years against years", "Customers have trusted this chain's loyalty programme for four years.", true},
	}
	for _, tt := range tests {
		restated := explained(New(Defaults).Check(Input{Opinion: load(t, tt.opinion), Source: src}), report.Paraphrase, "", "Restates a figure")
		if restated != tt.restated {
			t.Errorf("%s: restated a figure = %v, want %v", tt.name, restated, tt.restated)
		}
	}
}

// TestOpenQuestionAnsweredNo: a question the source leaves open, with "whether" or with a denied
// "rule out that", is settled by a plain no as much as by a plain yes; a clause that itself says
// it does not know settles nothing.
func TestOpenQuestionAnsweredNo(t *testing.T) {
	const study = `Tea study

Older residents of Tarn who drank green tea daily scored better on memory tests over five years. We adjusted for age and income, but we cannot rule out that something else about their lives explains the better scores. It is not yet clear whether the Carrow pumps were switched off by night staff or left running.`
	checkContradictions(t, load(t, study), []contradictionCase{
		{"a kept possibility denied", "Nothing else about their lives can explain the better scores.", "cannot rule out that", true},
		{"an open whether answered no", "Night staff did not switch the Carrow pumps off.", "leaves it open", true},
		{"an open whether kept open, negated", "It is not clear that night staff switched the Carrow pumps off.", "", false},
		{"a possibility kept, hedged", "Something else about their lives may explain the better scores.", "", false},
		{"the readers named, then told", "Night staff: you did not switch the Carrow pumps off.", "", false},
	})
	const prices = `Prices

Household prices rose by 19 per cent between 2021 and 2024. The rise was associated mainly with higher wholesale gas prices, and the agency could not establish whether, or by how much, data centre demand contributed.`
	checkContradictions(t, load(t, prices), []contradictionCase{
		{"a demand settles no open question", "The government must impose a moratorium on new data centres in the valley now, before another summer of rising bills.", "", false},
		{"a claim does", "New data centres in the valley are what pushed up household bills.", "leaves it open", true},
	})
}

// TestClaimsTheSourceHoldsBack: a claim the source says could not be confirmed, or reports as
// denied, is contradicted when the opinion states it as fact; not when the opinion hedges it,
// denies it, reports the denial or agrees with it.
func TestClaimsTheSourceHoldsBack(t *testing.T) {
	const harbour = `Harbour report

Reports that the harbour master resigned on Friday could not be confirmed. The Carrow ferry company denied that it knew about the cracked hull before the crossing. The union disputed that the pay offer from the Carrow ferry company was fair. The cause of the fire at the Carrow boathouse has not been determined.`
	checkContradictions(t, load(t, harbour), []contradictionCase{
		{"an unconfirmed report stated as fact", "On Friday the harbour master quit.", "could not be confirmed", true},
		{"an undetermined cause stated", "Faulty wiring caused the fire at the Carrow boathouse.", "has not been determined", true},
		{"an unconfirmed report, hedged", "The harbour master may have quit his post last Friday.", "", false},
		{"a denied claim stated as fact", "Everyone at Carrow's ferry firm was aware of the cracked hull well before that crossing.", "reports it as denied", true},
		{"a denied claim, denied", "The Carrow ferry firm did not know about the cracked hull before the crossing.", "", false},
		{"a denied claim, reported as an account", "Critics say the Carrow ferry company knew about the cracked hull before the crossing.", "", false},
		{"a disputed claim, agreed with by its opposite", "The pay offer from the Carrow ferry company was unfair.", "", false},
	})
}

// TestCaveatTriggers: every way associationOnly says a finding is an association is found,
// though the pattern runs only on sentences with one of caveatTriggers.
func TestCaveatTriggers(t *testing.T) {
	sentences := []string{
		"The Tarn study is observational.",
		"Tea drinking in Tarn was correlated with better memory.",
		"Tea drinking in Tarn was associated with better memory.",
		"Tea drinking in Tarn is linked to better memory.",
		"There is a link between tea drinking in Tarn and memory.",
		"The Tarn study does not show that tea causes better memory.",
		"The Tarn study cannot prove that tea is responsible.",
		"The Tarn data can't tell us whether tea caused it.",
		"The Tarn study says nothing about cause and effect.",
		"The Tarn researchers could not rule out other habits.",
		"The Tarn study cannot yet say whether tea has directly caused the better memory.",
		"The Tarn study has not been able to establish whether tea was a cause of the better scores.",
		"The Tarn data alone cannot show whether the change in tea prices affected memory.",
		"This Tarn release does not assess how much of the change was due to tea.",
		"It has not been possible to establish whether the Tarn admissions were related to tea.",
		"It is not possible from these data to say how many Tarn cases are caused by tea.",
		"The Tarn survey cannot show whether buying tea leads to better memory.",
		"The Tarn survey does not by itself establish that tea caused the better memory.",
		"The better Tarn scores coincided with the new tea rooms, although we have not established a causal link.",
		"The difference in Tarn was not statistically significant.",
		"The effects of tea and exercise in Tarn cannot be fully separated.",
	}
	// Two things at one time, with no word on whether one caused the other, is no caveat.
	notCaveats := []string{
		"One of the four Tarn days coincided with a regional pollution episode.",
		"The Tarn overhaul was moved so that it could coincide with roof repairs.",
	}
	op := load(t, "Tea protects memory in Tarn.")
	caveatIn := func(s string) string {
		src := load(t, "Study\n\n"+s)
		return newIndex(src).caveatOn(op, clause{from: 0, to: len(op.Words)}, len(src.Words)-1)
	}
	for _, s := range sentences {
		if caveatIn(s) == "" {
			t.Errorf("no caveat found in %q", s)
		}
	}
	for _, s := range notCaveats {
		if got := caveatIn(s); got != "" {
			t.Errorf("caveat %q found in %q", got, s)
		}
	}
}

// TestRecurrence: a clause that says something has happened before needs a source that tells of
// an earlier case; the source's account of the present case does not support it.
func TestRecurrence(t *testing.T) {
	const present = `Bank notice

The Marrow bank said on Monday that records of around 62,000 customers had been copied from its loyalty database.`
	const past = present + ` The Marrow bank also lost customer records in a previous breach in 2021.`
	tests := []struct {
		name, source, opinion string
		want                  bool
	}{
		{"not the first time, no earlier case", present, "This isn't the first time the Marrow bank has lost its customers' records.", true},
		{"the second time, no earlier case", present, "It is the second time in four years that the Marrow bank has lost customer records.", true},
		{"not the first time, an earlier case told", past, "This isn't the first time the Marrow bank has lost its customers' records.", false},
	}
	for _, tt := range tests {
		got := explained(New(Defaults).Check(Input{Opinion: load(t, tt.opinion), Source: load(t, tt.source)}), report.Unsupported, report.NotInSource, "happened before")
		if got != tt.want {
			t.Errorf("%s: recurrence unsupported = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// explained reports whether res holds a finding of the kind and subkind whose explanation holds
// the fragment.
func explained(res Result, kind report.Kind, subkind report.Subkind, fragment string) bool {
	return slices.ContainsFunc(res.Findings, func(f report.Finding) bool {
		return f.Kind == kind && f.Subkind == subkind && strings.Contains(f.Explanation, fragment)
	})
}

// TestSubjectLimitMadeGeneral: a part word that opens the source's sentence limits who did what it
// says; "not a single one of them" or "none of them" in the opinion makes it everyone.
func TestSubjectLimitMadeGeneral(t *testing.T) {
	const inquiry = `Stand inquiry

Several stewards told the inquiry they had received no briefing on the revised gate plan at the Carrow ground. All turnstiles at the Carrow ground had been inspected in March by the Tarn council engineers.`
	checkContradictions(t, load(t, inquiry), []contradictionCase{
		{"a negative universal pointing back", "And not a single one of them had been briefed on the new gate plan at Carrow.", "Several stewards", true},
		{"none of them", "None of them had any briefing on the revised gate plan at the Carrow ground.", "Several stewards", true},
		{"the limit kept", "Some of them had no briefing on the revised gate plan at the Carrow ground.", "", false},
		{"a source that generalises", "Every one of them had been inspected by the Tarn council engineers in March.", "", false},
	})
}

// TestMonthIsNoHedge: the month "May" hedges nothing and is no caveat; the verb still hedges.
func TestMonthIsNoHedge(t *testing.T) {
	const ferry = `Ferry report

The Carrow ferry service stopped running in May after the winter storm damaged the pier. The Tarn ferry may stop running after the spring tides flood the slipway.`
	src := load(t, ferry)
	checkContradictions(t, src, []contradictionCase{
		{"a month", "After a winter storm wrecked the pier, the ferry service at Carrow was halted.", "", false},
		{"the verb", "The Tarn ferry will stop running once the spring tides flood the slipway.", "may", true},
	})
	for _, f := range omitted(src, nil) {
		if strings.Contains(f.Text, "in May") {
			t.Errorf("a sentence whose only 'may' is a month is reported as omitted: %q (%s)", f.Text, f.Explanation)
		}
	}
}

// TestOmittedLeavesOutTheDocumentItself: sentences about the document (its legal notices, its
// standing, where to find it) are not content the opinion leaves out; a caveat about its figures
// is.
func TestOmittedLeavesOutTheDocumentItself(t *testing.T) {
	const release = `Quarterly results

Revenue rose 18 per cent to $412 million in the quarter. This release contains forward-looking statements, including statements about expected revenue and orders. The company undertakes no obligation to update these statements. The full report, with 40 tables, is available from the investor website. Figures in this release may be revised when the audit ends.`
	var got []string
	for _, f := range omitted(load(t, release), nil) {
		got = append(got, f.Text)
	}
	joined := strings.Join(got, "|")
	for _, furniture := range []string{"forward-looking", "no obligation", "is available from"} {
		if strings.Contains(joined, furniture) {
			t.Errorf("omitted %q: %q speaks about the document, not the matter", got, furniture)
		}
	}
	for _, content := range []string{"Revenue rose 18 per cent", "may be revised"} {
		if !strings.Contains(joined, content) {
			t.Errorf("omitted %q: want the sentence with %q", got, content)
		}
	}
}

// TestConfirmedFigure: a figure the opinion calls confirmed contradicts a source that gives the
// same figure as an estimate; not one the source states plainly or confirms itself.
func TestConfirmedFigure(t *testing.T) {
	const letters = `Breach letters

By 20 February the company had written to about 410,000 members of the Carrow loyalty scheme. The Tarn clinic treated 1,250 patients for burns in the winter. Inspectors confirmed that about 3,400 homes at Hollin lost power.`
	checkContradictions(t, load(t, letters), []contradictionCase{
		{"an estimate called confirmed", "That is 410,000 confirmed victims of the Carrow loyalty scheme.", "as an estimate", true},
		{"the estimate restated", "The company wrote to 410,000 members of the Carrow loyalty scheme.", "", false},
		{"a plain figure called confirmed", "The Tarn clinic had 1,250 confirmed burns patients in the winter.", "", false},
		{"a figure the source confirms", "In all, 3,400 confirmed homes at Hollin lost their power.", "", false},
	})
}

// TestClaimAfterAQuotation: the words after a quotation's closing mark and "and" are a claim of
// the writer's own, judged apart from the quotation before them.
func TestClaimAfterAQuotation(t *testing.T) {
	const panel = `Panel report

Its chief executive told the panel that staff "acted quickly and calmly once the problem was clear". She said the steward shortfall at the Carrow ground was caused by late withdrawals.`
	tests := []struct{ name, opinion, want string }{
		{"straight quotes", `She insists her people "acted quickly and calmly once the problem was clear" and blames the missing Carrow stewards on late withdrawals.`, "and blames the missing Carrow stewards on late withdrawals"},
		{"curly quotes", `She insists her people “acted quickly and calmly once the problem was clear” and blames the missing Carrow stewards on late withdrawals.`, "and blames the missing Carrow stewards on late withdrawals"},
	}
	for _, tt := range tests {
		res := New(Defaults).Check(Input{Opinion: load(t, tt.opinion), Source: load(t, panel)})
		if got := texts(res, report.Paraphrase); !slices.Contains(got, tt.want) {
			t.Errorf("%s: paraphrases %q, want %q", tt.name, got, tt.want)
		}
	}
	// A quotation that goes on inside the same claim is not cut: "and" inside it stays.
	if got := clauses(load(t, `The panel said staff were "quick and calm" throughout the evening.`)); len(got) != 1 {
		t.Errorf("a sentence with a quotation and no claim after it is cut into %d clauses", len(got))
	}
}

// TestOpenQuestionRestated: a clause that says the same question is still open restates the
// source; a different question, or an answer, does not.
func TestOpenQuestionRestated(t *testing.T) {
	const inquiry = `Inquiry update

We do not yet know who was responsible for the intrusion at the Carrow depot. Staff at the depot were interviewed in March.`
	src := load(t, inquiry)
	tests := []struct {
		name, opinion string
		want          bool
	}{
		{"the same question, still open", "The Commissioner still can't say who was behind the Carrow intrusion.", true},
		{"unclear who", "It remains unclear who was behind the intrusion at Carrow.", true},
		{"another question", "The Commissioner still can't say why the Carrow intrusion happened.", false},
		{"an answer", "The Commissioner says a contractor was behind the Carrow intrusion.", false},
	}
	for _, tt := range tests {
		res := New(Defaults).Check(Input{Opinion: load(t, tt.opinion), Source: src})
		got := false
		for _, f := range res.Findings {
			got = got || (f.Kind == report.Paraphrase && strings.Contains(f.Explanation, "still open"))
		}
		if got != tt.want {
			t.Errorf("%s: restated open question %v, want %v (%+v)", tt.name, got, tt.want, res.Findings)
		}
	}
}

// TestDocumentPhrasesHaveCues: every phrase about the document holds one of the cue words that
// let aboutTheDocument skip a sentence without reading it.
func TestDocumentPhrasesHaveCues(t *testing.T) {
	for _, p := range documentPhrases {
		if !slices.ContainsFunc(strings.Fields(p), func(w string) bool { return documentCues[w] }) {
			t.Errorf("%q holds no word of documentCues", p)
		}
	}
}

// TestRiskKeepsTheHedge: a clause that speaks of a risk does not state as certain what the
// source hedges; one that credits the source with a certain warning does.
func TestRiskKeepsTheHedge(t *testing.T) {
	const review = `Museums review

A full merger of the Carrow museums may reduce combined visits to the two buildings.`
	checkContradictions(t, load(t, review), []contradictionCase{
		{"stated as certain", "A full merger of the Carrow museums will reduce combined visits to the two buildings.", "may", true},
		{"a certain warning credited to the source", "The review warns that a full merger of the Carrow museums will reduce combined visits to the two buildings.", "may", true},
		{"a risk", "A full merger of the Carrow museums risks reducing combined visits to the two buildings.", "", false},
	})
}

// TestFurnitureLines: a short paragraph of its own that does not end like a sentence is a byline,
// a salutation or a heading, not a statement; a title, a sentence or a longer line still counts.
// TestMastheads: the lines under a title that say who wrote a piece and where it appears state
// nothing, even when they are long or end with a full stop; a first paragraph that opens with
// "By" and a time is the piece's first sentence.
func TestMastheads(t *testing.T) {
	tests := []struct {
		text string
		want []statementKind
	}{
		{"They Closed the Branch\nBy Margaret Pennick, for Evergreen, the magazine of the Marrowdale Retired Members' Association\n\nThe Marrow bank closed 40 branches in 2024.",
			[]statementKind{uncheckable, notStatement, checkable}},
		{"Hallorn Ridge Is Being Sacrificed\n\nFriends of Hallorn Ridge blog. Posted by Maren Oake.\n\nThe Marrow quarry will grow by 40 hectares.",
			[]statementKind{uncheckable, notStatement, notStatement, checkable}},
		{"Dusek's Budget\n\nFrom the Renewal Bulletin, newsletter of the People's Renewal Party. October edition.\n\nThe Marrow budget cut 40 posts.",
			[]statementKind{notStatement, notStatement, notStatement, checkable}},
		{"They Counted the Cars\n\nOn the Rank - bulletin of the Portmere Licensed Cab Drivers' Union\nBy Tom Szabo-Reilly, General Secretary\n\nThe Marrow authority licensed 400 more cars.",
			[]statementKind{uncheckable, notStatement, checkable}},
		{"The Pool\n\nBy March the Marrow pool was shut, and 40 staff were laid off.\n\nNobody said why.",
			[]statementKind{notStatement, checkable}},
		{"The Pool\n\nBy Tuesday the Marrow pool was shut, and 40 staff were laid off.",
			[]statementKind{notStatement, checkable}},
	}
	for _, tt := range tests {
		d := load(t, tt.text)
		for i, s := range d.Sentences {
			if got := classify(d, s); i < len(tt.want) && got != tt.want[i] {
				t.Errorf("%q: kind %d, want %d", d.Slice(s.Span), got, tt.want[i])
			}
		}
	}
}

// TestQuotationFrames: the writer's frame of a quotation ("The inspectors' conclusion is
// blunt:") is judged by the quotation's own finding, not as a claim; a plain frame may restate
// who said it, and a frame that credits an informant is the informant's to check.
func TestQuotationFrames(t *testing.T) {
	const src = `Inspection of the Carrow warehouse

The inspectors concluded that the pace of work contributed to the injuries at the Carrow warehouse. In her foreword, the chief inspector of the Tarn region, Ilse Varrow, writes that the warehouse must slow down.`
	tests := []struct {
		name, opinion string
		want          report.Subkind // "" for no unsupported finding on the frame
		frame         string
	}{
		{"a characterising frame", `The Carrow inspectors' conclusion is blunt: "the pace of work contributed to the injuries."`, "", "conclusion is blunt"},
		{"a frame that credits nobody", `The Tarn region's chief inspector put it plainly: "the warehouse must slow down."`, "", "put it plainly"},
		{"an informant's frame", `A Carrow picker I spoke to last week told me: "We run all day and nobody listens."`, report.AttributedElsewhere, "I spoke to"},
		{"an informant who put it to the writer", `A Carrow picker put it to me more bluntly: "We run all day and nobody listens."`, report.AttributedElsewhere, "put it to me"},
		{"an informant who admitted it to the writer", `One Carrow supervisor admitted to me over coffee that the targets had been raised twice.`, report.AttributedElsewhere, "admitted to me"},
	}
	c := New(Defaults)
	for _, tt := range tests {
		res := c.Check(Input{Opinion: load(t, tt.opinion), Source: load(t, src)})
		var got report.Subkind
		for _, f := range res.Findings {
			if f.Kind == report.Unsupported && strings.Contains(f.Text, tt.frame) {
				got = f.Subkind
			}
		}
		if got != tt.want {
			t.Errorf("%s: frame judged %q, want %q (%v)", tt.name, got, tt.want, res.Findings)
		}
	}
	// A plain frame restates who said it.
	res := c.Check(Input{Opinion: load(t, `The chief inspector of the Tarn region, Ilse Varrow, says in her foreword: "the warehouse must slow down."`), Source: load(t, src)})
	if !slices.ContainsFunc(res.Findings, func(f report.Finding) bool {
		return f.Kind == report.Paraphrase && strings.Contains(f.Text, "says in her foreword")
	}) {
		t.Errorf("a plain frame: no paraphrase (%v)", res.Findings)
	}
}

func TestFurnitureLines(t *testing.T) {
	d := load(t, `Dust and Denial: The Harvest of 2024

The Furrow | Gerrit Hanslow, Kelmark Farmers' Alliance

By Rudi Vossberg, Political Editor

The Kelmark ministry paid 40 million crowns to Dunmere farmers in May.

The ministry cut the Dunmere drought fund by 40 million crowns in May`)
	want := []statementKind{uncheckable, notStatement, notStatement, checkable, checkable}
	for i, s := range d.Sentences {
		if got := classify(d, s); i < len(want) && got != want[i] {
			t.Errorf("%q: kind %d, want %d", d.Slice(s.Span), got, want[i])
		}
	}
}

// TestCauseWithoutLink: a cause stated where the source says no link was established, or only an
// association, contradicts it even when no passage restates the clause; a hedged cause, or a
// cause the source's caveats are not about, does not.
// TestAppealWithAClaim: an appeal to what anyone who was there knows is no claim when what they
// know is left open, but a claim they are said to know is judged.
func TestAppealWithAClaim(t *testing.T) {
	checkContradictions(t, load(t, source), []contradictionCase{
		{"a claim they can tell you", "Anyone who has stood at the border crossing can tell you the Hallam troops never guarded Brisk fighters.", "", true},
		{"a claim they know", "Anyone who has stood at the border crossing knows that the Hallam troops never guarded Brisk fighters.", "", true},
		{"what they know, left open", "Anyone who has stood at the border crossing knows what the Hallam troops did with Brisk fighters.", "", false},
	})
}

// TestCausalPhrases: a verb with its particle, or "made" with the state it brought about, states
// a cause as plainly as "caused"; the same verb without the particle does not.
func TestCausalPhrases(t *testing.T) {
	const study = `Tea study

Older residents of Tarn who drank green tea daily scored better on memory tests over five years than those who rarely drank it. The study is observational.`
	checkContradictions(t, load(t, study), []contradictionCase{
		{"holding back", "Daily green tea is holding memory loss back in older Tarn residents, a five-year study found.", "makes it a cause", true},
		{"turning into", "Daily green tea is turning older Tarn residents into better memory test scorers over five years.", "makes it a cause", true},
		{"made them", "Daily green tea made older Tarn residents better at memory tests over five years.", "makes it a cause", true},
		{"led to", "Daily green tea led to better scores on memory tests for older Tarn residents over five years.", "makes it a cause", true},
		{"a verb without its particle", "Daily green tea is turning heads among older Tarn residents who scored better on memory tests.", "", false},
	})
	tests := []struct {
		text string
		want bool
	}{
		{"Closures are cutting residents off", true},
		{"Closures are dragging standards down", true},
		{"Closures led to the fall", true},
		{"Closures made residents poorer", true},
		{"Closures made residents more isolated", true},
		{"Closures are turning heads", false},
		{"Closures made the news", false},
		{"Closures cut the hours", false},
		{"A lead of ten points", false},
	}
	for _, tt := range tests {
		d := load(t, tt.text)
		got := false
		for w := range d.Words {
			got = got || causalAt(d, w, len(d.Words))
		}
		if got != tt.want {
			t.Errorf("causalAt in %q = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestCaveatNeedsTwoWords: a caveat elsewhere in the source speaks to a clause only when its
// sentence shares two of the clause's words, not one word used of something else ("interest").
func TestCaveatNeedsTwoWords(t *testing.T) {
	const survey = `Late payment survey

Many factors contribute to insolvency, including higher interest rates, and it is not possible from these data to say how many insolvencies are caused by late payment.

Suppliers may charge statutory interest on late invoices. Only 3 per cent of suppliers said they had ever claimed it. The most common reason given was fear of losing a customer.`
	checkContradictions(t, load(t, survey), []contradictionCase{
		{"a reason the source gives, caveat elsewhere", "Only 3 per cent of suppliers have ever claimed statutory interest, because they fear losing a customer.", "", false},
		{"a cause the caveat is about", "Late payment caused the rise in insolvencies.", "not possible from these data", true},
	})
}

// TestCauseDriven: "drove" and "is driving" state a cause as plainly as "caused".
func TestCauseDriven(t *testing.T) {
	const release = `Apprenticeship starts

Starts in construction fell by 9.6 per cent in 2024. The statistics alone cannot show whether the change in the employer contribution rate affected employers' decisions to take on apprentices.`
	checkContradictions(t, load(t, release), []contradictionCase{
		{"drove", "The higher employer contribution drove small builders out of training, plain and simple.", "cannot show whether", true},
		{"is driving", "The employer contribution is driving builders away from apprentices.", "cannot show whether", true},
		{"may have driven", "The higher employer contribution may have driven some builders away.", "", false},
	})
}

func TestCauseWithoutLink(t *testing.T) {
	const inspection = `Inspection report

The pace of work appears to have contributed to a number of the handling injuries, but inspectors could not establish a direct link between the Carrow targets and any individual injury. The loading bay at the Tarn depot was rebuilt in 2022.`
	checkContradictions(t, load(t, inspection), []contradictionCase{
		{"a cause stated", "The Carrow targets caused this spike, full stop.", "could not establish a direct link between the Carrow targets", true},
		{"a cause hedged", "The Carrow targets may have caused this spike.", "", false},
		{"a cause the caveat is not about", "Cheap lighting caused the spike at Harlow Cross.", "", false},
	})
	const air = `Air quality

Readings on Mill Road fell by 11 per cent after the bridge closed to traffic. Because readings across the city also fell by around 6 per cent over the period, the report states that it is too early to say how much of the reduction is due to the closure. The study was not able to determine whether the new bus lanes caused any change.`
	checkContradictions(t, load(t, air), []contradictionCase{
		{"a cause told by 'did that'", "Readings on Mill Road fell. The closure did that.", "too early to say how much of the reduction is due to the closure", true},
		{"a cause told by 'are to blame'", "The new bus lanes are to blame for the fumes.", "not able to determine whether the new bus lanes caused", true},
		{"'did that' of something else", "Readings on Mill Road fell. The weather did that.", "", false},
		{"a deed, not a cause", "The council did that work in May.", "", false},
	})
}

// TestMultipleConflict: a multiple the opinion puts on one of the source's figures ("nearly
// double the national average") conflicts when no other figure of the passage bears it out.
func TestMultipleConflict(t *testing.T) {
	const rates = `Injury rates

The injury rate at the Carrow warehouse was 17.2 per 1,000 workers in 2024, against a national average for large warehouses of 12.5. Around 85,000 hectares of Tarn cereals were abandoned, compared with about 9,000 hectares in a normal year. The Hollin depot handled 41,000 parcels a week, against 21,000 at the old Hollin yard.`
	checkContradictions(t, load(t, rates), []contradictionCase{
		{"nearly double against 1.4 times", "The Carrow warehouse had 17.2 injuries per 1,000 workers, nearly double the national average.", "1.4 times", true},
		{"more than ten times against 9.4 times", "Almost 85,000 hectares of Tarn cereals were abandoned, more than ten times the normal year.", "9.4 times", true},
		{"nearly double that fits", "The Hollin depot handles 41,000 parcels a week, nearly double the old Hollin yard.", "", false},
		{"twice as many that fits", "The Hollin depot handles 41,000 parcels a week, twice as many as the old Hollin yard.", "", false},
		{"a frequency, not a multiple", "The Carrow warehouse had 17.2 injuries per 1,000 workers, and inspectors called three times a year.", "times as much", false},
		{"a count of visits last year, not a multiple", "The Carrow warehouse had 17.2 injuries per 1,000 workers, and inspectors called three times last year.", "times as much", false},
	})
}

// TestMultipleInTheSecondHalf: a multiple after the comma is the contradiction; the half before it
// still restates the source.
func TestMultipleInTheSecondHalf(t *testing.T) {
	const rates = `Injury rates

The injury rate at the Carrow warehouse rose from 11.8 to 17.2 per 1,000 workers in 2024. The national average for large warehouses was 12.5.`
	res := New(Defaults).Check(Input{Opinion: load(t, "In a single year the injury rate at the Carrow warehouse jumped from 11.8 to 17.2 per 1,000 workers, nearly double the national average for big warehouses."), Source: load(t, rates)})
	want := []string{
		"paraphrase/: In a single year the injury rate at the Carrow warehouse jumped from 11.8 to 17.2 per 1,000 workers",
		"unsupported/contradicts-source: nearly double the national average for big warehouses",
	}
	checkOpinionFindings(t, res, want)
}

// TestMultipleOfAContradictedFigure: a multiple put on the figure the other half inflated is
// measured on the source's own figure; it is a second contradiction when that figure does not
// bear it out, and none when it does.
func TestMultipleOfAContradictedFigure(t *testing.T) {
	const waits = `Emergency department

In total, 1,142 patients spent more than 12 hours in the department from arrival, compared with 486 in the same quarter last year.`
	tests := []struct {
		name, opinion string
		want          []string
	}{
		{"more than three times against 2.3 times",
			"A staggering 1,500 people spent more than 12 hours in the department, more than three times last year's figure.",
			[]string{
				"unsupported/contradicts-source: A staggering 1,500 people spent more than 12 hours in the department",
				"unsupported/contradicts-source: more than three times last year's figure",
			}},
		{"more than double, as the source's figures have it",
			"A staggering 1,500 people spent more than 12 hours in the department, more than double last year's figure.",
			[]string{"unsupported/contradicts-source: A staggering 1,500 people spent more than 12 hours in the department, more than double last year's figure"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := New(Defaults).Check(Input{Opinion: load(t, tt.opinion), Source: load(t, waits)})
			checkOpinionFindings(t, res, tt.want)
		})
	}
}

// TestSomeOfAllMadeGeneral: "Of the 38 employees interviewed, 23 said" is a part of a whole; the
// opinion's "every worker interviewed" makes it all of them.
func TestSomeOfAllMadeGeneral(t *testing.T) {
	const inspection = `Inspection

Of the 38 employees interviewed at the Carrow depot, 23 said they had felt under pressure to skip breaks.`
	checkContradictions(t, load(t, inspection), []contradictionCase{
		{"every one of them", "Every employee interviewed at the Carrow depot described pressure to skip breaks.", "limits it to part", true},
		{"the part kept", "At the Carrow depot, 23 of the employees interviewed described pressure to skip breaks.", "", false},
	})
}

// TestFloatingAll: an "all" after the subject's pronoun or auxiliary governs the clause: "it will
// all be done" against "most of the reductions".
func TestFloatingAll(t *testing.T) {
	const review = `Museums review

Officers expect most of the Carrow reductions to come through vacancies and voluntary redundancy.`
	checkContradictions(t, load(t, review), []contradictionCase{
		{"floating all", "At Carrow, officers insist it will all be done through vacancies and voluntary redundancy.", "limits it to part", true},
		{"the limit kept", "Officers expect most Carrow reductions to come through vacancies and voluntary redundancy.", "", false},
	})
}

// TestReportedComplement: what a clause reports after "admits that" or "says that" is judged on
// its own when the whole clause, frame and all, finds no support.
func TestReportedComplement(t *testing.T) {
	const bulletin = `Crop bulletin

Rainfall across the arable regions of Kelmark was around 40 per cent below the thirty-year average, making this the driest spring since 1997.`
	src := load(t, bulletin)
	tests := []struct {
		opinion string
		want    report.Kind
	}{
		{"Rainfall was far below average, and the ministry's interim bulletin finally admits that this was the driest spring since 1997.", report.Paraphrase},
		{"The minister's spokesman finally concedes that 300 farms at Tarn will close next year.", report.Unsupported},
	}
	for _, tt := range tests {
		res := New(Defaults).Check(Input{Opinion: load(t, tt.opinion), Source: src})
		var kinds []report.Kind
		for _, f := range res.Findings {
			if f.Side == report.Opinion {
				kinds = append(kinds, f.Kind)
			}
		}
		if !slices.Contains(kinds, tt.want) {
			t.Errorf("%q: kinds %v, want %s among them", tt.opinion, kinds, tt.want)
		}
	}
}

// TestAccountIsNoStatement: a clause that reports what someone heard or alleged does not state it
// as fact, against a source that hedges it as an allegation or says it could not be substantiated.
func TestAccountIsNoStatement(t *testing.T) {
	const inspection = `Inspection

The union alleged that supervisors at the Carrow depot discouraged workers from reporting injuries. Inspectors heard this from several employees but were unable to substantiate the allegation about the Carrow depot.`
	checkContradictions(t, load(t, inspection), []contradictionCase{
		{"stated as fact", "Supervisors at the Carrow depot discouraged workers from reporting injuries.", "", true},
		{"an account reported", "Inspectors heard from employees that supervisors at the Carrow depot discouraged workers from reporting injuries.", "", false},
	})
}

// TestCreditToTheSourceItself: "according to the trust's own board paper", "the Environment
// Office told us" and "the Office told us" credit the source, not someone else; another outlet's
// report, another body's figures, or a bare "It", are credits elsewhere.
func TestCreditToTheSourceItself(t *testing.T) {
	src := load(t, `Storm overflow data 2023: Environment Office of Ardesia

The Environment Office of Ardesia publishes discharge data for Corrow Water each spring. One patient at the Carrow hospital waited 31 hours in the emergency department.`)
	tests := []struct {
		opinion  string
		credited bool
	}{
		{"One patient waited 31 hours at Carrow, according to the trust's own board paper.", false},
		{"This week the Environment Office told us what has been pouring into the Teyne estuary at Carrow.", false},
		{"According to a report in the Tessany Ledger, the Carrow board knew about the waits in March.", true},
		{"According to the Alliance's own figures, the average Carrow farm carries debts of 90,000 crowns.", true},
		{"Neighbours living near the Environment Office tell me the Teyne estuary at Carrow stinks every summer.", true},
		{"Last spring the Office told us the Carrow hospital patient waited 31 hours in the emergency department.", false},
		{"Last spring the Ledger told us the Carrow hospital patient waited 31 hours in the emergency department.", true},
		{"It tells us one Carrow patient waited 31 hours in the emergency department.", true},
	}
	for _, tt := range tests {
		if got := findsSubkind(t, tt.opinion, src, report.AttributedElsewhere); got != tt.credited {
			t.Errorf("%q: attributed elsewhere %v, want %v", tt.opinion, got, tt.credited)
		}
	}
}

// findsSubkind reports whether checking the opinion against the source makes a finding of the
// subkind, and logs the findings when it does not.
func findsSubkind(t *testing.T, opinion string, src *document.Document, subkind report.Subkind) bool {
	t.Helper()
	return finds(t, opinion, src, func(f report.Finding) bool { return f.Subkind == subkind })
}

// finds reports whether checking opinion against src makes a finding for which want holds, and
// logs the findings when it does not.
func finds(t *testing.T, opinion string, src *document.Document, want func(report.Finding) bool) bool {
	t.Helper()
	res := New(Defaults).Check(Input{Opinion: load(t, opinion), Source: src})
	if slices.ContainsFunc(res.Findings, want) {
		return true
	}
	t.Logf("%q: %+v", opinion, res.Findings)
	return false
}

// TestFigureElsewhere: a clause whose passage gives no figure of its kind is checked against the
// source sentence that does and shares its words.
func TestFigureElsewhere(t *testing.T) {
	const paper = `Board paper

Those who spent more than 12 hours in the Carrow emergency department stayed longer.

In total, 1,142 patients spent more than 12 hours in the Carrow emergency department from arrival in the winter quarter, against 486 a year earlier.`
	checkContradictions(t, load(t, paper), []contradictionCase{
		{"a count inflated", "A staggering 1,500 people spent more than 12 hours in the Carrow emergency department.", "1,142", true},
		{"the same count", "Some 1,140 people spent more than 12 hours in the Carrow emergency department.", "", false},
	})
}

// TestMultipleOfAFigureElsewhere: the figure a multiple is measured against may stand in another
// sentence of the source, counting the same unit.
func TestMultipleOfAFigureElsewhere(t *testing.T) {
	const decision = `Appeal decision

The site extends to 62 hectares, of which about 9 hectares is the green space known as the Meadow Walk. The appellant argues that 14 hectares of new public open space at Tollard would more than compensate for it.`
	checkContradictions(t, load(t, decision), []contradictionCase{
		{"twice against 1.6 times", "The Meadow Walk will be replaced by 14 hectares of new public open space at Tollard, twice the size of what goes.", "9 hectares", true},
		{"more than that fits", "The Meadow Walk will be replaced by 14 hectares of new public open space at Tollard, more than the size of what goes.", "", false},
	})
}

// TestOpenQuestionSettledAnywhere: a clause that settles a question the source leaves open is
// contradicted even when its own passage is too weak to judge it, or it has only two content
// words; a normative word in the sentence's other clause does not make it an opinion.
func TestOpenQuestionSettledAnywhere(t *testing.T) {
	const release = `Overflow release

The Office has opened investigations into 14 overflows at Carrow. It is too early to say whether any of these investigations will lead to prosecution.`
	checkContradictions(t, load(t, release), []contradictionCase{
		{"settled, with a normative clause after it", "The investigations now under way will end in prosecution, and they should end quickly.", "leaves it open", true},
		{"kept open", "Nobody knows yet whether the investigations will end in prosecution.", "", false},
	})
	d := load(t, "The investigations now under way at Carrow will end in prosecution, and they should end quickly.")
	got := clauses(d)
	if len(got) != 2 || !got[0].checkable || got[1].checkable {
		t.Errorf("clauses %+v: want a checkable clause and a normative one", got)
	}
}

// TestCountOfEvents: "discharged sewage more than 20,000 times" counts discharges; the half that
// restates the source's share of the rise is still a paraphrase.
func TestCountOfEvents(t *testing.T) {
	const release = `Overflow data

The Environment Office of Ardesia today publishes its annual data on storm overflow discharges by Corrow Water.

Monitors recorded 18,640 discharges from Corrow Water's overflows in 2023, up from 14,210 in 2022, an increase of 31 per cent.`
	res := New(Defaults).Check(Input{Opinion: load(t, "Corrow Water's storm overflows discharged sewage more than 20,000 times last year, up almost a third on the year before."), Source: load(t, release)})
	want := []string{
		"unsupported/contradicts-source: Corrow Water's storm overflows discharged sewage more than 20,000 times last year",
		"paraphrase/: up almost a third on the year before",
	}
	checkOpinionFindings(t, res, want)
}

// TestCommandReportingAClaim: a command asserts nothing, but what it reports after "the pledge
// that" may be contradicted.
func TestCommandReportingAClaim(t *testing.T) {
	const decision = `Decision

The appellant intends to reserve some of the smaller shop units at Tollard for local independent traders, though this is not secured.`
	checkContradictions(t, load(t, decision), []contradictionCase{
		{"some made all", "Add the developer's pledge that all of the smaller shop units at Tollard will go to local independent traders.", "", true},
		{"a plain command", "Add the smaller shop units at Tollard to your list of reasons to cheer.", "", false},
	})
}

// TestCountOfTheSameThingConflicts: a figure that counts the very thing a passage figure counts
// conflicts with it even when the clause's other figures agree with the passage.
func TestCountOfTheSameThingConflicts(t *testing.T) {
	const decision = `Decision

The appellant estimated that the Tollard development would support between 900 and 1,400 permanent jobs once the retail centre is fully let, together with about 600 construction jobs a year over a build period of around 12 years.`
	checkContradictions(t, load(t, decision), []contradictionCase{
		{"one count inflated among agreeing ones", "At Tollard there will be as many as 2,000 permanent jobs once the retail centre is fully let, on top of about 600 construction jobs a year over around 12 years.", "1,400", true},
		{"every count agrees", "The appellant estimated up to 1,400 permanent jobs at Tollard once the retail centre is fully let, on top of about 600 construction jobs a year over around 12 years.", "", false},
	})
}

// TestStatementBeforeQuestion: a sentence that states something before it asks ("..., and what
// has it done about it?") is judged on its statement; a plain question is not judged.
func TestStatementBeforeQuestion(t *testing.T) {
	const release = `Overflow release

The Office has opened investigations into 14 overflows at Carrow where discharges may have breached permit conditions.`
	checkContradictions(t, load(t, release), []contradictionCase{
		{"a statement, then a question", "But the Office has already found 14 overflows at Carrow where discharges breached permit conditions, and what has it done about it?", "may", true},
		{"a question only", "Has the Office found 14 overflows at Carrow where discharges breached permit conditions?", "", false},
	})
}

// TestExpectedStandard: "the expected standard is 15 minutes" states a norm; "an expected 600
// jobs" qualifies a forecast's figure without doubting it, so restating the figure without it
// is no certainty added.
func TestExpectedStandard(t *testing.T) {
	const paper = `Board paper

Ambulance crews waited an average of 47 minutes to hand over patients at Carrow; the expected standard is 15 minutes. The Tarn depot will bring an expected 600 jobs to Hollin.`
	checkContradictions(t, load(t, paper), []contradictionCase{
		{"a norm", "At Carrow the standard for handing over patients is 15 minutes.", "", false},
		{"a forecast restated", "The Tarn depot will bring 600 jobs to Hollin.", "expected", false},
	})
}

// TestChangesAndRises: a change told as a multiple ("nearly doubled") is measured against the
// source's two figures or its rise in per cent; a rise in per cent conflicts with the source's
// rise even when the counts around it agree.
func TestChangesAndRises(t *testing.T) {
	const report = `Road safety report

Cameras across the Ardlow force area detected 48,900 speeding offences in 2023, up from 31,200 in 2022, an increase of 57 per cent. The number of people recorded as seriously injured on Ardlow roads rose from 618 to 664, an increase of 7.4 per cent. International enrolment at Ardlow fell 14 per cent to 2,310.`
	checkContradictions(t, load(t, report), []contradictionCase{
		{"nearly doubled against 1.6 times", "Speeding detections across the Ardlow force area nearly doubled, to a staggering 48,900.", "57 per cent", true},
		{"rose by half, which fits", "Speeding detections across the Ardlow force area rose by more than half, to 48,900 offences.", "", false},
		{"a rise inflated among agreeing counts", "Serious injuries on Ardlow roads shot up from 618 to 664, a jump of more than 10 per cent.", "7.4", true},
		{"a fall told as almost a quarter", "International enrolment at Ardlow fell off a cliff, dropping by almost a quarter.", "14", true},
	})
}

// TestInformantBeforeFigures: a claim the writer credits to an informant is attributed elsewhere
// even when its figure differs from the source's.
func TestInformantBeforeFigures(t *testing.T) {
	src := load(t, "Water study\n\nThe Carrow data centre used about 5 million litres of river water for cooling last summer.")
	res := New(Defaults).Check(Input{Opinion: load(t, "An engineer at the Carrow data centre told me it used 9 million litres of river water for cooling last summer."), Source: src})
	var got []report.Subkind
	for _, f := range res.Findings {
		if f.Side == report.Opinion && f.Kind == report.Unsupported {
			got = append(got, f.Subkind)
		}
	}
	if len(got) != 1 || got[0] != report.AttributedElsewhere {
		t.Errorf("unsupported subkinds %v, want [attributed-elsewhere]", got)
	}
}

// checkOpinionFindings checks a result's opinion-side findings, in order, as "kind/subkind: text".
func checkOpinionFindings(t *testing.T, res Result, want []string) {
	t.Helper()
	var got []string
	for _, f := range res.Findings {
		if f.Side == report.Opinion {
			got = append(got, string(f.Kind)+"/"+string(f.Subkind)+": "+f.Text)
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestEveryonesAttitude: what everyone or nobody thinks is a remark; what nobody did is a claim.
func TestEveryonesAttitude(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Nobody disputes that the convoy was long", true},
		{"And nobody in this club is going to pretend otherwise", true},
		{"No one at head office believes it", true},
		{"Nobody at the depot checked the pumps", false},
		{"Nobody in the valley was told about the closure", false},
		{"Nobody died", false},
		{"The drivers dispute it", false},
	}
	for _, tt := range tests {
		op := load(t, tt.text+".")
		cl := clause{from: 0, to: len(op.Words), span: op.Sentences[0].Span}
		if got := everyonesAttitude(op, cl); got != tt.want {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestClockTimes: a time of day names a moment, not a count, and its colon cuts no clause.
func TestClockTimes(t *testing.T) {
	d := load(t, "The network went down at 04:12 and did not come back until 13:40 that day.")
	for _, q := range quantities(d, 0, len(d.Words)) {
		if !q.label {
			t.Errorf("%q in %q is read as a count", q.text, d.Text)
		}
	}
	if cls := clauses(d); len(cls) != 1 {
		t.Errorf("%q: %d clauses, want 1", d.Text, len(cls))
	}
}

// TestTheRestOfAShare: a share of what does not, against the source's share of what does, gives
// the rest of it; a comparison with "no better than" negates nothing.
func TestTheRestOfAShare(t *testing.T) {
	src := load(t, "Chargers\n\nContactless card payment was available at 68 per cent of the rapid chargers tested in Tarn.")
	checkContradictions(t, src, []contradictionCase{
		{"the rest", "Almost a third of the rapid chargers tested in Tarn will not take a contactless card.", "", false},
		{"too large a rest", "Almost half of the rapid chargers tested in Tarn will not take a contactless card.", "68 per cent", true},
		{"the share itself, denied", "Almost seven in ten of the rapid chargers tested in Tarn will not take a contactless card.", "", true},
	})
	reading := load(t, "Reading\n\nAround 38 per cent of prisoners assessed on arrival in Tarn had reading skills below the level expected of an 11-year-old.")
	checkContradictions(t, reading, []contradictionCase{
		{"no better than is no negation", "Well over half of the prisoners assessed on arrival in Tarn read no better than an 11-year-old.", "38 per cent", true},
	})
}

// TestMoveAgainstNone: something said to rise or fall that the source says stayed flat or
// unchanged contradicts it; the same thing said to be flat does not.
func TestMoveAgainstNone(t *testing.T) {
	src := load(t, "Completions\n\nConstruction completions in Tarn were broadly flat at 7,140, compared with 7,090 the year before.")
	checkContradictions(t, src, []contradictionCase{
		{"a fall against flat", "Construction completions in Tarn actually fell last year.", "the opinion says", true},
		{"flat restated", "Construction completions in Tarn barely moved last year.", "the opinion says", false},
	})
}

// TestFiguresAgainstDirection: something said to rise where the source's own two figures for it
// fall (or the reverse) contradicts it; the same way, or another thing, does not.
func TestFiguresAgainstDirection(t *testing.T) {
	src := load(t, "Complaints\n\nThe Tarn council received 61 noise complaints over the festival weekend, compared with 87 in 2023.")
	checkContradictions(t, src, []contradictionCase{
		{"up against a fall", "Noise complaints to the Tarn council over the festival weekend were up on 2023.", "61 against 87, a fall", true},
		{"a rise against a fall", "Noise complaints to the Tarn council rose over the festival weekend.", "61 against 87, a fall", true},
		{"the same way", "Noise complaints to the Tarn council fell over the festival weekend.", "a fall", false},
		{"a short clause after another", "The festival ran late on the Saturday, and complaints were up on last year, too.", "61 against 87, a fall", true},
		{"a short clause on something else", "The festival ran late on the Saturday, and ticket sales were up on last year, too.", "a fall", false},
		{"a short clause the same way", "The festival ran late on the Saturday, and complaints were down on last year.", "a fall", false},
	})
	costs := load(t, "Costs\n\nTotal investment management costs were $94 million in 2024-25, up from $77 million in 2023-24.")
	checkContradictions(t, costs, []contradictionCase{
		{"a financial year is no figure", "Investment management costs jumped from $77 million to $94 million in a single year.", "a fall", false},
	})
}

// TestFigureBesideACopy: a clause that is mostly a copy of the source is the quote finding's to
// report, but the writer's own words set off beside the copy may restate a figure of the passage
// ("..., take-up was around 52 percent"). Words that lead into the copied ones, a condition, and
// a figure the passage does not give restate nothing.
func TestFigureBesideACopy(t *testing.T) {
	src := load(t, `Take-up

Around 38 percent of premises passed have taken up a service. Take-up was highest, at around 52 percent, in areas where volunteer broadband champions had held information events, though the agency cautions that these areas may differ in other ways.`)
	const copied = "in areas where volunteer broadband champions had held information events"
	tests := []struct {
		name, opinion, want string
	}{
		{"a figure after the copy", "The best news: " + copied + ", take-up was around 52 percent.", "take-up was around 52 percent"},
		{"a figure the passage does not give", "The best news: " + copied + ", take-up was around 75 percent.", ""},
		{"a condition after the copy", "The best news: " + copied + ", if take-up was around 52 percent at all.", ""},
		{"words leading into the copy", "Some 52 percent of homes " + copied + " signed up.", ""},
	}
	for _, tt := range tests {
		op := load(t, tt.opinion)
		at := strings.Index(op.Text, copied)
		if at < 0 {
			at = strings.Index(op.Text, copied[3:])
		}
		ev := strings.Index(src.Text, copied[3:])
		quotes := []report.Finding{{Kind: report.Quote, Subkind: report.Verbatim, Side: report.Opinion, Start: at, End: at + len(copied),
			Evidence: []report.Evidence{{Side: report.Source, Start: ev - 3, End: ev + len(copied) - 3}}}}
		res := New(Defaults).Check(Input{Opinion: op, Source: src, Quotes: quotes})
		got := ""
		for _, f := range res.Findings {
			if f.Kind == report.Paraphrase {
				got = f.Text
			}
		}
		if got != tt.want {
			t.Errorf("%s: paraphrase %q, want %q: %+v", tt.name, got, tt.want, res.Findings)
		}
	}
}

// TestPercentageOfTheSamePhrase: a percentage is measured by the passage percentage whose phrase
// says what its own phrase says, not by another one in the passage that it happens to match (the
// target beside the result).
func TestPercentageOfTheSamePhrase(t *testing.T) {
	src := load(t, `Urgent care

Of the 21,300 calls to the Board's urgent dental line during the year, 83 per cent of callers assessed as needing urgent treatment were seen within 72 hours, against a target of 90 per cent and a figure of 75 per cent in 2022-23.`)
	checkContradictions(t, src, []contradictionCase{
		{"the result lowered to last year's figure", "Barely three in four callers who needed urgent treatment were seen within 72 hours, well short of the Board's target of 90 per cent.", "83 per cent", true},
		{"the result as the source gives it", "Some 83 per cent of callers who needed urgent treatment were seen within 72 hours, short of the Board's target of 90 per cent.", "83 per cent", false},
		{"two percentages in one phrase are not paired", "Callers seen within 72 hours rose from 75 per cent to 83 per cent, short of the target.", "", false},
	})
}

// TestRemarkWithNothingOfTheSource: a clause that shares no word with the source and gives no
// figure is the writer's remark, not an assertion the source lacks; one with a figure still is.
// So is a short one of six words or fewer, unless it claims something of all or none.
func TestRemarkWithNothingOfTheSource(t *testing.T) {
	src := load(t, source)
	tests := []struct {
		opinion string
		want    bool
	}{
		{"Academics are trained never to say anything plainly.", false},
		{"Politicians adore a ribbon and a photographer.", false},
		{"Colonel Harker pocketed 2 million crowns last spring.", true},
		{"Notes\n\nThe harbour board fared no better.", false},
		{"Notes\n\nEvery councillor in Tarn took bribes.", true},
	}
	for _, tt := range tests {
		if got := findsSubkind(t, tt.opinion, src, report.NotInSource); got != tt.want {
			t.Errorf("%q: not in source %v, want %v", tt.opinion, got, tt.want)
		}
	}
}

// TestScopeInAnotherSentence: a universal word is held against a part word in any sentence of
// the passage that shares two of the clause's words, not only in the sentence closest to it.
func TestScopeInAnotherSentence(t *testing.T) {
	const report = `Recycling report

Contamination was considerably higher in communal bins serving flats, at around 29 per cent, than in kerbside bins, at around 14 per cent. It rose in 19 of the partnership's 27 wards and fell or stayed level in the remaining eight.`
	checkContradictions(t, load(t, report), []contradictionCase{
		{"every ward against 19 of 27", "Contamination went up in every single ward the partnership serves.", "19 of the partnership's", true},
		{"the part kept", "Contamination went up in 19 of the 27 wards the partnership serves.", "", false},
		{"the part kept, said with the source's verb", "Contamination rose in 19 of the 27 wards the partnership serves.", "", false},
	})
	// The other sentence names the clause's subject in other words ("fall" for "decline").
	const counts = `Visitor counts

Until two years ago, Tanners' Hall counted its visitors by hand at the front desk. The automatic counters installed since then record fewer visits, and some of the apparent fall reflects the change of method.`
	checkContradictions(t, load(t, counts), []contradictionCase{
		{"all of the decline against some of the fall", "Sure enough, all of the supposed decline at Tanners' Hall is an artefact of the new counters.", "some of the apparent", true},
		{"some of the decline kept", "Sure enough, some of the supposed decline at Tanners' Hall is an artefact of the new counters.", "", false},
	})
}

// TestChangeOfComparison: "That is a rise of ..." after a sentence comparing two figures is
// measured by the source's figures for the two, given in one sentence or in two of a paragraph.
func TestChangeOfComparison(t *testing.T) {
	const study = `Nursery fees

The average monthly fee for a child under two rose from 1,040 crowns in 2019 to around 1,360 crowns in 2024.

The catch advised for 2025 is 3,150 tonnes. This is 22 per cent lower than the 4,040 tonnes set for 2024.`
	const fees = "The average fee for a baby under two has climbed from 1,040 crowns a month to about 1,360 in five years. "
	const catch = "The Institute wants next year's catch held to 3,150 tonnes, down from the 4,040 tonnes allowed this year. "
	checkContradictions(t, load(t, study), []contradictionCase{
		{"a rise put too high", fees + "That is a rise of more than a third.", "a rise of about 31 per cent", true},
		{"a rise that fits", fees + "That is a rise of nearly a third.", "", false},
		{"a cut put too high, from two sentences", catch + "That is a cut of nearly a third, on a fleet already squeezed.", "a fall of about 22 per cent", true},
		{"a cut that fits", catch + "That is a cut of more than a fifth.", "", false},
	})
}

// TestCommentOnClause: a trailing "which means" or "which is why" comments on the clause before
// its comma and is judged apart from it; a relative clause about the noun before it is not cut off.
func TestCommentOnClause(t *testing.T) {
	cases := []struct {
		sentence string
		want     []string
	}{
		{"The smaller museums drive weekend trade for the cafes around them, which is exactly what anyone could have told them.",
			[]string{"The smaller museums drive weekend trade for the cafes around them", "which is exactly what anyone could have told them"}},
		{"Backlog now tops two billion dollars this quarter, which means the next few years of revenue are locked in.",
			[]string{"Backlog now tops two billion dollars this quarter", "which means the next few years of revenue are locked in"}},
		{"Inspectors here are paid less than their counterparts in Dunmere, which is why they keep leaving.",
			[]string{"Inspectors here are paid less than their counterparts in Dunmere", "which is why they keep leaving"}},
		{"The worst offender by a mile is Southmere Water, which replaced 6,200 pipes against a target of 11,000.",
			[]string{"The worst offender by a mile is Southmere Water, which replaced 6,200 pipes against a target of 11,000"}},
		{"Disabled swimmers have had no working hoist since 2023, which is a disgrace to the whole town.",
			[]string{"Disabled swimmers have had no working hoist since 2023, which is a disgrace to the whole town"}},
		{"The bridge, which is why the town exists at all, was closed in March for repairs.",
			[]string{"The bridge, which is why the town exists at all, was closed in March for repairs"}},
	}
	for _, c := range cases {
		checkClauses(t, c.sentence, c.want, func(clause) bool { return true })
	}
	// The claim cut free of the remark meets the source's caveat.
	src := load(t, "Museum review\n\nThe evidence suggests that the smaller museums are associated with higher weekend footfall for nearby businesses, although we were not able to separate this from the effect of the Saturday market.")
	checkContradictions(t, src, []contradictionCase{
		{"a cause before a remark", "It also found that the smaller museums drive weekend footfall for nearby businesses, which is exactly what anyone queuing for coffee could have told them.", "hedges", true},
	})
}

// TestWhatBecomesPlain: a command followed by "and it is plain that" tells the reader what they
// will find, which is the writer's claim, as "and you will see that" does.
func TestWhatBecomesPlain(t *testing.T) {
	cases := []struct {
		sentence string
		want     []string // the checkable clauses
	}{
		{"Dig a little deeper and it is plain that all of the decline at Tanners' Hall is an artefact of the counters.",
			[]string{"all of the decline at Tanners' Hall is an artefact of the counters"}},
		{"Look closer and you will see that the Tanners' Hall counters were replaced in 2023.",
			[]string{"the Tanners' Hall counters were replaced in 2023"}},
		{"Look closer and it is a different story at Tanners' Hall in 2023.", nil},
	}
	for _, c := range cases {
		checkClauses(t, c.sentence, c.want, func(cl clause) bool { return cl.checkable })
	}
}

// checkClauses compares the text of a sentence's clauses that keep accepts with want.
func checkClauses(t *testing.T, sentence string, want []string, keep func(clause) bool) {
	t.Helper()
	d := load(t, sentence)
	var got []string
	for _, cl := range clauses(d) {
		if keep(cl) {
			got = append(got, d.Slice(cl.span))
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("%q\n got  %q\n want %q", sentence, got, want)
	}
}

// TestShareElsewhereNeedsMore: a share that agrees with the clause's in another sentence makes the
// clause a restatement of that sentence only when it says more of what the clause is about than
// the passage whose share disagrees; one shared word each is no reason to prefer it.
func TestShareElsewhereNeedsMore(t *testing.T) {
	const release = `Farm incomes

Support payments were equivalent to 59 per cent of farm business income, up from 52 per cent.

The Stewardship Scheme paid 310 million crowns to 8,200 farms, around 20 per cent of eligible holdings. The Ministry had projected uptake of around 30 per cent in the first year.

In a survey of applicants, one in five respondents said they had given up on the scheme.`
	checkContradictions(t, load(t, release), []contradictionCase{
		{"half against a fifth, with 52 per cent elsewhere", "The Ministry promised that half of all eligible farms would be in the scheme by now.", "20", true},
		{"a fifth kept", "Only a fifth of eligible farms are in the scheme.", "", false},
		{"one in five after that", "The survey found that one in four applicants had given up on the scheme.", "one in five", true},
	})
}

// TestWorkedOutChangeRoundedOnce: a rise worked out from the source's two figures is exact; a
// writer's "almost" has rounded it already, so "almost a quarter" is not 21 per cent, while a
// plain "20 per cent" or "more than a fifth" still rounds it.
func TestWorkedOutChangeRoundedOnce(t *testing.T) {
	const paper = `Parking review

The proposal would raise the standard visitor charge at the General from 2.80 crowns to 3.40 crowns for stays of up to four hours.

The daily permit for night staff at the Annexe would rise from 1.00 crowns to 1.24 crowns.`
	const lead = "The trust plans to raise the visitor charge at the General from 2.80 crowns to 3.40 crowns, "
	checkContradictions(t, load(t, paper), []contradictionCase{
		{"almost a quarter for 21 per cent", lead + "a jump of almost a quarter.", "almost a quarter", true},
		{"more than a fifth", lead + "a jump of more than a fifth.", "", false},
		{"20 per cent, rounded", lead + "a jump of 20 per cent.", "", false},
		{"almost a figure for what falls short of it", lead + "a jump of almost 24 per cent.", "almost 24", true},
		{"nearly a quarter for 24 per cent", "Night staff at the Annexe will see their daily permit rise from 1.00 crowns to 1.24 crowns, a jump of nearly a quarter.", "", false},
	})
}

// TestAppositionSaysWhatIsCounted: "340 dead fish, mostly roach and bream" counts roach and bream
// too, so "a thousand roach" is held against it; a phrase with its own figure counts a part.
func TestAppositionSaysWhatIsCounted(t *testing.T) {
	const notice = `Fish deaths

On 19 and 20 July, agency officers counted around 340 dead fish, mostly roach and bream, along the shoreline near Heron Bay.

Officers logged 45 incidents at the lake, including 12 thefts of tackle from the jetty.`
	checkContradictions(t, load(t, notice), []contradictionCase{
		{"the kinds in the apposition", "More than a thousand roach and bream floated up dead along the bay over two days.", "340", true},
		{"the count kept", "Around 340 roach and bream floated up dead along the bay over two days.", "", false},
	})
	d := load(t, "Officers logged 45 incidents at the lake, including 12 thefts of tackle from the jetty.")
	for _, q := range quantities(d, 0, len(d.Words)) {
		if q.value == 45 && q.counts(document.Stem("thefts")) {
			t.Errorf("45 incidents, including 12 thefts: counts thefts")
		}
	}
}

// TestTimesAgainstTimes: a count of events said as times is held against the source's count of
// times, not given the noun of a year ("the 2025 bathing season") the clause shares.
func TestTimesAgainstTimes(t *testing.T) {
	const notice = `Bathing water

Monitoring data supplied by the company show that its storm overflow discharged 47 times during the 2025 bathing season, for a total of 312 hours.`
	checkContradictions(t, load(t, notice), []contradictionCase{
		{"more than 50 against 47", "The company's storm overflow discharged more than 50 times during the bathing season, for 312 hours.", "47 times", true},
		{"nearly 50 against 47", "The company's storm overflow discharged nearly 50 times during the bathing season, for 312 hours.", "", false},
	})
}

// TestFigureSupportBySense: of the sentences that hold a clause's figure, the one that says most
// of what the clause says is its support, whatever comes first; and neither a section number nor
// the day of a date holds a count.
func TestFigureSupportBySense(t *testing.T) {
	const coverage = `Mobile coverage

The report draws on coverage predictions submitted by the three national mobile operators, together with testing at 6,200 locations.

2. Mast removals
2.1 Preliminary analysis by the Authority indicates that coverage may have been reduced in three of the 23 areas where masts were removed.

A public consultation runs until 7 March 2025.`
	checkContradictions(t, load(t, coverage), []contradictionCase{
		{"the hedge of the sentence that says it", "And the regulator has found that coverage got worse in three of those areas.", "may have been reduced", true},
		{"the hedge kept", "And the regulator says coverage may have got worse in three of those areas.", "", false},
	})
	for _, tt := range []struct{ name, opinion string }{
		{"a section number", "Now they want to carve our masts in two."},
		{"the day of a date", "Only 7 of those masts were ever replaced."},
	} {
		if explained(New(Defaults).Check(Input{Opinion: load(t, tt.opinion), Source: load(t, coverage)}), report.Paraphrase, "", "Restates a figure") {
			t.Errorf("%s: %q restates a figure", tt.name, tt.opinion)
		}
	}
}

// TestWholeSplit: "all" of a counted group against a source that splits the same count into
// parts that add up to it; a part kept, or a count the source does not split, is no such case.
func TestWholeSplit(t *testing.T) {
	const review = `Library review

The experience of the six existing community libraries is mixed: four have maintained or increased their opening hours since transfer, while two have reduced them.

All nine branch libraries opened on Saturdays last year, and three of them opened on Sundays.`
	checkContradictions(t, load(t, review), []contradictionCase{
		{"all six against four and two", "The six community libraries have all cut their opening hours since transfer.", "splits the six", true},
		{"the part kept", "Two of the six community libraries have cut their opening hours since transfer.", "", false},
		{"parts that do not add up", "All nine branch libraries opened on Saturdays last year.", "", false},
	})
}

// TestModelCodes: the number of a name's code ("SM-2", "COVID-19") is a label, and the noun after
// the code says what the figure before it counts.
func TestModelCodes(t *testing.T) {
	d := load(t, "Around 6,000 SM-2 meters failed after COVID-19 struck, and 3-4 engineers left.")
	var labels []string
	for _, q := range quantities(d, 0, len(d.Words)) {
		if q.label {
			labels = append(labels, q.text)
		}
		if q.value == 6000 && q.unit != document.Stem("meters") {
			t.Errorf("6,000 counts %q, want meters", q.unit)
		}
	}
	if strings.Join(labels, " ") != "2 19" {
		t.Errorf("labels %q, want the 2 of SM-2 and the 19 of COVID-19", labels)
	}
}

// TestCountOfWhatItCounts: a sentence that gives the count of the clause's very things ("of
// which 1,311 came from farmers") does not restate the clause's figure by another of its counts
// ("1,862 responses").
func TestCountOfWhatItCounts(t *testing.T) {
	const consultation = `Consultation

A public consultation ran from 3 February to 28 April 2025 and received 1,862 responses, of which 1,311 came from farmers, agronomists and farm businesses.`
	src := load(t, consultation)
	for _, tt := range []struct {
		opinion  string
		restated bool
	}{
		{"Nearly 1,900 farmers took the time to answer it.", false},
		{"Some 1,300 farmers took the time to answer it.", true},
	} {
		if got := explained(New(Defaults).Check(Input{Opinion: load(t, tt.opinion), Source: src}), report.Paraphrase, "", "Restates"); got != tt.restated {
			t.Errorf("%q: restated %v, want %v", tt.opinion, got, tt.restated)
		}
	}
}

// TestTwoWordsInOneSentence: a clause that shares only two words with one source sentence, but
// most of its weight, is still held to it when the two disagree: "Not one of those broken
// monitors has been replaced" against "faulty monitors at 12 of these sites have since been
// replaced". A restatement that shares as little stays one.
func TestTwoWordsInOneSentence(t *testing.T) {
	src := load(t, `Monitoring

The water company says faulty monitors at 12 of these sites have since been replaced. The regulator will check the other sites in the spring.`)
	checkContradictions(t, src, []contradictionCase{
		{"none against a count", "Not one of those broken monitors has been replaced.", "12 of these sites", true},
		{"the count restated", "At twelve sites the broken monitors have been replaced.", "", false},
	})
}
