package claims

import (
	"testing"

	"github.com/reframe-dev/reframe/model/report"
)

// TestPeriodOfASum: a sum counted per period is not the same sum over several periods; the same
// sum counted over one period agrees.
func TestPeriodOfASum(t *testing.T) {
	checkAgainstOneSentence(t, []sentenceCase{
		{"a total over four years made a yearly sum", "The fuel duty increase is expected to raise 1.4 billion crowns over four years.",
			contradictionCase{opinion: "The new fuel duty is a 1.4 billion crown grab from motorists every single year.", why: "counted 'every single year' instead of 'over four years'", contradicts: true}},
		{"a total over five years made a yearly cost", "The scheme will cost 300 million crowns over five years.",
			contradictionCase{opinion: "The scheme costs 300 million crowns a year.", why: "over five years", contradicts: true}},
		{"the same total, counted per year", "The scheme will cost 300 million crowns over five years.",
			contradictionCase{opinion: "The scheme costs 60 million crowns a year.", contradicts: false}},
		{"a month against a year", "The city spends 12 million a year on temporary housing.",
			contradictionCase{opinion: "The city spends 12 million a month on temporary housing.", why: "a year", contradicts: true}},
		{"a week against a month", "Tenants pay 90 crowns a month in service charges.",
			contradictionCase{opinion: "Tenants pay 90 crowns a week in service charges.", why: "90 crowns a month", contradicts: true}},
		{"a year later is a point in time, not a rate", "Tenants pay 90 crowns a month in service charges.",
			contradictionCase{opinion: "Tenants pay 90 crowns a month in service charges, a year after the rise.", contradicts: false}},
		{"a yearly sum over the next five years", "The levy will raise 200 million a year over the next five years.",
			contradictionCase{opinion: "Each year the levy brings in 200 million annually.", contradicts: false}},
	})
}

// TestPeriodAfter reads the period from the words after a figure.
func TestPeriodAfter(t *testing.T) {
	tests := []struct {
		text      string
		per, over float64
	}{
		{"They raise 1.4 billion over four years.", 0, 4 * 365.25},
		{"They raise 1.4 billion over the next five years.", 0, 5 * 365.25},
		{"They raise 1.4 billion over the coming decade.", 0, 3652.5},
		{"They raise 1.4 billion a year.", 365.25, 0},
		{"They raise 1.4 billion from drivers every single month.", 30.4, 0},
		{"They raise 1.4 billion annually.", 365.25, 0},
		{"They raised 1.4 billion a year ago.", 0, 0},
		{"They raise 1.4 billion, every year.", 0, 0},
		{"They raise 1.4 billion over a year.", 0, 0},
		{"They pay 3 percent per annum.", 365.25, 0},
	}
	for _, tt := range tests {
		d := load(t, tt.text)
		qs := quantities(d, 0, len(d.Words))
		if len(qs) == 0 {
			t.Errorf("%q: no figure", tt.text)
			continue
		}
		if got := qs[0].period; got.per != tt.per || got.over != tt.over {
			t.Errorf("%q: period %+v, want per %v over %v", tt.text, got, tt.per, tt.over)
		}
	}
}

// TestChangesTheClauseGives: a multiple or a fraction measured against the two figures of a
// change, the clause's own or the source's, in either order and with a year between them.
func TestChangesTheClauseGives(t *testing.T) {
	checkAgainstOneSentence(t, []sentenceCase{
		{"nearly tripled, against its own figures", "A further 412 sailings were cancelled, compared with 168 in 2021.",
			contradictionCase{opinion: "Cancellations nearly tripled, from 168 to 412.", why: "2.5 times", contradicts: true}},
		{"more than doubled, against its own figures", "A further 412 sailings were cancelled, compared with 168 in 2021.",
			contradictionCase{opinion: "Cancellations more than doubled, from 168 to 412.", contradicts: false}},
		{"doubled, against a change written 'to ... from'", "Complaints rose to 412 last year from 300 the year before.",
			contradictionCase{opinion: "Complaints doubled last year to 412.", contradicts: true}},
		{"a rise of a third that fits", "Complaints rose to 400 last year from 300 the year before.",
			contradictionCase{opinion: "Complaints rose by a third last year to 400.", contradicts: false}},
		{"slashed by half, against a cut of a third", "The maximum application rate is reduced from 1.5 to 1.0 kilogram per hectare.",
			contradictionCase{opinion: "The authority has slashed the maximum rate by half, to a single kilogram per hectare.", contradicts: true}},
		{"cut by a third, which fits", "The maximum application rate is reduced from 1.5 to 1.0 kilogram per hectare.",
			contradictionCase{opinion: "The authority has cut the maximum rate by a third, to a single kilogram per hectare.", contradicts: false}},
		{"halved, against a fall of a quarter", "Ridership on the Calder buses fell from 2.1 million in 2019 to 1.6 million last year.",
			contradictionCase{opinion: "Ridership on the Calder buses has halved since 2019.", contradicts: true}},
		{"halved, which fits", "Ridership on the Calder buses fell from 2.1 million in 2019 to 1.0 million last year.",
			contradictionCase{opinion: "Ridership on the Calder buses has halved since 2019.", contradicts: false}},
		{"cut by a tenth, which fits", "The library budget was reduced from 4.0 million to 3.6 million crowns.",
			contradictionCase{opinion: "The council cut the library budget by a tenth.", contradicts: false}},
		{"cut by a quarter", "The library budget was reduced from 4.0 million to 3.6 million crowns.",
			contradictionCase{opinion: "The council cut the library budget by a quarter.", contradicts: true}},
		{"a fall of a third against two separate changes", "Rents on the Hartfield estate rose by 12 per cent last year, and spending on repairs fell by 8 per cent.",
			contradictionCase{opinion: "Rents on the Hartfield estate rose by 12 per cent last year while repairs fell by a third.", contradicts: true}},
	})
}

// TestCutAgainstARise: a cut by the source's figure where the source has a rise by it.
func TestCutAgainstARise(t *testing.T) {
	checkAgainstOneSentence(t, []sentenceCase{
		{"a rise told as a cut", "The general grant to regional councils will increase by 1.9 percent in cash terms.",
			contradictionCase{opinion: "The general grant to councils is being cut by 1.9 percent this year.", why: "the opinion says", contradicts: true}},
		{"the rise restated", "The general grant to regional councils will increase by 1.9 percent in cash terms.",
			contradictionCase{opinion: "The general grant to councils is rising by 1.9 percent this year.", contradicts: false}},
		{"both directions set side by side, as the source does", "With the mitigation secured, flood risk on and off the Brenhill site is likely to be reduced rather than increased, but this depends on the ponds being maintained.",
			contradictionCase{opinion: "The inspector found that flood risk on the Brenhill site will probably be reduced rather than increased.", why: "the opinion says 'rather than increased'", contradicts: false}},
	})
}

// judgement returns how the first opinion finding on a one-sentence opinion is judged:
// "paraphrase", a subkind of unsupported, or "" for none.
func judgement(t *testing.T, opinion, source string) string {
	t.Helper()
	src := load(t, "Report\n\nThe council published its annual report on Tuesday. "+source+" The report is available online.")
	res := New(Defaults).Check(Input{Opinion: load(t, opinion), Source: src})
	for _, f := range res.Findings {
		if f.Side != report.Opinion {
			continue
		}
		if f.Kind == report.Paraphrase {
			return "paraphrase"
		}
		return string(f.Subkind)
	}
	return ""
}

// TestFiguresRestatedAcrossUnits: a clause whose figures the source gives in other units ("half a
// day" for "12 hours", "two extra days" for "1.9 days") or whose count the source gives for the
// same period without naming its length restates the source; a measured length of time that the
// source's sentence lacks does not.
func TestFiguresRestatedAcrossUnits(t *testing.T) {
	tests := []struct{ name, opinion, source, want string }{
		{"half a day for 12 hours", "Patients stuck in casualty for more than half a day went on to spend almost two extra days on the wards once admitted.",
			"Patients who spent more than 12 hours in the department went on to stay longer once admitted, by an average of 1.9 days.", "paraphrase"},
		{"the period of a count, unnamed in the source", "Crews delivered 15,820 patients to the hospital in those three months.",
			"The Drennick Regional Ambulance Service brought 15,820 patients to Saint Aldric's during the quarter.", "paraphrase"},
		{"a measured wait the sentence lacks", "More than two hundred vulnerable households waited up to four days for a heater.",
			"The register listed 212 households on the estate as vulnerable.", "not-in-source"},
	}
	for _, tt := range tests {
		if got := judgement(t, tt.opinion, tt.source); got != tt.want {
			t.Errorf("%s: judged %q, want %q", tt.name, got, tt.want)
		}
	}
}
