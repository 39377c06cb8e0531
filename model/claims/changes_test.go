package claims

import (
	"strings"
	"testing"

	"github.com/reframe-dev/reframe/model/report"
)

// TestChangesTheSourceImplies: a change the opinion states in percentage points, or as a rise in
// per cent, is the difference between two of the source's figures; the ends of a range share its
// unit; a multiple "over five years" is a multiple.
func TestChangesTheSourceImplies(t *testing.T) {
	src := load(t, `Housing report

The share of applicants on the waiting list for the Hartfield estate rose from 20 per cent to 25 per cent last year. Repairs to the Hartfield tower roof took between 14 and 21 days. Rents on the Hartfield estate rose from 400 pounds to 800 pounds a month over five years.`)
	checkContradictions(t, src, []contradictionCase{
		{"points that are the difference", "The waiting list for the Hartfield estate grew by 5 percentage points last year, the council admits.", "", false},
		{"points that are not", "The waiting list for the Hartfield estate grew by 15 percentage points last year, the council admits.", "", true},
		{"a rise in per cent that is the change", "The waiting list for the Hartfield estate grew by 25 per cent last year, the council admits.", "", false},
		{"a range in weeks against one in days", "Fixing the Hartfield tower roof took two to three weeks, according to the report.", "", false},
		{"a range in months against one in days", "Fixing the Hartfield tower roof took two to three months, according to the report.", "", true},
		{"tripled over five years against a doubling", "Rents on the Hartfield estate tripled over five years.", "800 pounds", true},
		{"doubled over five years, which fits", "Rents on the Hartfield estate doubled over five years.", "", false},
	})
}

// TestChangeInAComparison: "22 per cent more than in 2022" is a rise, against which a doubling
// is measured; two counts of one first word ("14 food banks", "31,200 food parcels") that far
// apart in size are no change.
func TestChangeInAComparison(t *testing.T) {
	src := load(t, `Food banks

The Hartfield Food Partnership, which coordinates 14 food banks in the city, handed out 31,200 food parcels in 2023, 22 per cent more than in 2022.`)
	checkContradictions(t, src, []contradictionCase{
		{"a doubling against the rise", "Food bank use in Hartfield has doubled in just two years.", "a rise of 22 per cent", true},
		{"a rise of a fifth", "The Hartfield Food Partnership handed out over a fifth more parcels in 2023 than in 2022.", "", false},
		{"a fall against the rise", "The Hartfield Food Partnership handed out 22 per cent fewer parcels in 2023 than in 2022.", "", true},
	})
	grants := load(t, `Grants

The average grant per Hartfield home was 3,840 pounds, around 32 per cent higher than the 2,900 pounds assumed when the scheme was designed.`)
	checkContradictions(t, grants, []contradictionCase{
		{"a rise told with 'above', rounded past the source's", "The average Hartfield grant came to 3,840 pounds a home, more than a third above the 2,900 pounds assumed when the scheme was designed.", "32 per cent", true},
		{"a rise told with 'above', as the source rounds", "The average Hartfield grant came to 3,840 pounds a home, almost a third above the 2,900 pounds assumed when the scheme was designed.", "", false},
	})
	counts := load(t, `Food banks

The Hartfield Food Partnership, which coordinates 14 food banks in the city, handed out 31,200 food parcels in 2023.`)
	checkContradictions(t, counts, []contradictionCase{
		{"no change to measure a doubling by", "Food bank use in Hartfield has doubled in just two years.", "times as much", false},
	})
}

// TestYearOfTheSameAct: an act dated to another year than the source dates it, whatever words
// stand between the verb and the year.
func TestYearOfTheSameAct(t *testing.T) {
	src := load(t, `Estate history

The council built the Hartfield tower in 1968 and refurbished it in 1994.`)
	checkContradictions(t, src, []contradictionCase{
		{"built in another year, in the passive", "The Hartfield tower was built by the city council in 1972.", "1968", true},
		{"refurbished in another year", "The council refurbished the Hartfield tower in 1999.", "1994", true},
		{"built in the same year", "The Hartfield tower was built by the city council in 1968.", "", false},
	})
}

// TestSpeakerByOffice: words the source credits to one office-holder, credited to another.
func TestSpeakerByOffice(t *testing.T) {
	src := load(t, `Hartfield tower

The housing director told reporters that the Hartfield tower would close next spring for a full refurbishment.`)
	checkContradictions(t, src, []contradictionCase{
		{"the mayor for the housing director", "The mayor told reporters that the Hartfield tower would close next spring for a full refurbishment.", "housing director", true},
		{"the director by another title", "The director of housing told reporters that the Hartfield tower would close next spring for a full refurbishment.", "", false},
	})
}

// TestDistortionsOfOneSentence: textbook distortions of one source sentence each, and the fair
// restatement beside them.
func TestDistortionsOfOneSentence(t *testing.T) {
	cases := []sentenceCase{
		{"unanimous against a 7 to 4 vote", "Councillors voted 7 to 4 to close the Hartfield tower next spring.",
			contradictionCase{opinion: "The council's decision to close the Hartfield tower was unanimous.", why: "7 to 4", contradicts: true}},
		{"unanimous against a narrow vote", "Councillors narrowly voted to close the Hartfield tower next spring.",
			contradictionCase{opinion: "The council's decision to close the Hartfield tower was unanimous.", why: "narrowly voted", contradicts: true}},
		{"most against a minority", "A minority of tenants on the Hartfield estate have complained about the damp.",
			contradictionCase{opinion: "Most tenants on the Hartfield estate have complained about the damp.", why: "minority", contradicts: true}},
		{"a majority against most", "A majority of tenants on the Hartfield estate have complained about the damp.",
			contradictionCase{opinion: "Most tenants on the Hartfield estate have complained about the damp.", contradicts: false}},
		{"considering against may", "The council may close the Hartfield tower next spring.",
			contradictionCase{opinion: "The council is considering closing the Hartfield tower next spring.", contradicts: false}},
		{"will against may", "The council may close the Hartfield tower next spring.",
			contradictionCase{opinion: "The council will close the Hartfield tower next spring.", why: "may", contradicts: true}},
		{"the worst against the third-highest", "The Hartfield tower flats had the third-highest damp readings in the city.",
			contradictionCase{opinion: "The Hartfield tower flats were the worst in the city for damp.", why: "third-highest", contradicts: true}},
		{"the worst against one of the worst", "The Hartfield tower flats had some of the worst damp readings in the city.",
			contradictionCase{opinion: "The Hartfield tower flats had the worst damp readings in the city.", why: "some of the worst", contradicts: true}},
		{"the most recent is no rank", "Rents on the Hartfield estate rose 5 per cent, one of the highest rises in the region.",
			contradictionCase{opinion: "The most recent figures show rents on the Hartfield estate rose 5 per cent in the region.", contradicts: false}},
		{"one of the worst, kept", "The Hartfield tower flats had some of the worst damp readings in the city.",
			contradictionCase{opinion: "The Hartfield tower flats had among the worst damp readings in the city.", contradicts: false}},
	}
	checkAgainstOneSentence(t, cases)
}

// TestAnonymousInformants: a claim credited to informants nobody can name is theirs to check,
// even when the source says the same; unless the source credits such informants itself.
func TestAnonymousInformants(t *testing.T) {
	cases := []struct {
		name, source, opinion string
		want                  bool
	}{
		{"people familiar with the matter", "The council will close the Hartfield tower next spring.",
			"People familiar with the matter say the Hartfield tower will close next spring.", true},
		{"sources close to the council", "The council will close the Hartfield tower next spring.",
			"Sources close to the council say the Hartfield tower will close next spring.", true},
		{"the source's own informants", "People familiar with the matter said the council will close the Hartfield tower next spring.",
			"People familiar with the matter say the Hartfield tower will close next spring.", false},
		{"no informant", "The council will close the Hartfield tower next spring.",
			"The Hartfield tower will close next spring.", false},
		{"insider trading is no informant", "Two directors of Corvane Homes were fined for dealing in shares of the Hartfield estate fund on inside information.",
			"Two Corvane Homes directors were fined for insider trading in shares of the estate fund.", false},
		{"a water source is no informant", "Inspectors tested the taps and wells at the Hartfield tower and found no lead.",
			"Inspectors found no lead in any water source at the Hartfield tower.", false},
		{"a council insider", "The council will close the Hartfield tower next spring.",
			"A council insider says the Hartfield tower will close next spring.", true},
	}
	for _, tt := range cases {
		src := load(t, "Report\n\nThe council published its annual report on Tuesday. "+tt.source)
		got := false
		for _, f := range New(Defaults).Check(Input{Opinion: load(t, tt.opinion), Source: src}).Findings {
			got = got || f.Subkind == report.AttributedElsewhere
		}
		if got != tt.want {
			t.Errorf("%s: attributed elsewhere %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestCountsInWords: a length of time said without a number, a count of events over a period,
// and a share said in words against a part of a whole in figures.
func TestCountsInWords(t *testing.T) {
	cases := []sentenceCase{
		{"for weeks against four days", "Heating on the Hartfield estate was off for four days in January.",
			contradictionCase{opinion: "Residents of the Hartfield estate were left without heating for weeks in January.", why: "four days", contradicts: true}},
		{"for days against four days", "Heating on the Hartfield estate was off for four days in January.",
			contradictionCase{opinion: "Residents of the Hartfield estate were left without heating for days in January.", contradicts: false}},
		{"for weeks against three weeks", "Heating on the Hartfield estate was off for three weeks in January.",
			contradictionCase{opinion: "Residents of the Hartfield estate were left without heating for weeks in January.", contradicts: false}},
		{"five times in its first winter against three times", "The Hartfield heating system broke down three times during its first winter.",
			contradictionCase{opinion: "The Hartfield heating system failed five times in its first winter, the report says.", why: "three", contradicts: true}},
		{"most against 52 of the 140", "In the survey, 52 of the 140 Hartfield tenants asked backed the new heating system.",
			contradictionCase{opinion: "Most of the Hartfield tenants who were asked backed the new heating system.", why: "52 of the 140", contradicts: true}},
		{"half against 212 of the 640", "Inspectors found damp in 212 of the 640 Hartfield flats they visited in the north wing.",
			contradictionCase{opinion: "Half of the Hartfield flats inspected had damp in the north wing.", why: "212 of the 640", contradicts: true}},
		{"about a third against 212 of the 640", "Inspectors found damp in 212 of the 640 Hartfield flats they visited in the north wing.",
			contradictionCase{opinion: "About a third of the Hartfield flats inspected had damp in the north wing.", contradicts: false}},
		{"only a handful against 212", "Inspectors found damp in 212 Hartfield flats in the north wing.",
			contradictionCase{opinion: "Only a handful of Hartfield flats had damp in the north wing, according to the inspectors.", why: "212", contradicts: true}},
		{"a handful against 12", "Inspectors found damp in 12 Hartfield flats in the north wing.",
			contradictionCase{opinion: "A handful of Hartfield flats had damp in the north wing, according to the inspectors.", contradicts: false}},
		{"almost all against 130 of the 140", "In the survey, 130 of the 140 Hartfield tenants asked backed the new heating system.",
			contradictionCase{opinion: "Almost all of the Hartfield tenants who were asked backed the new heating system.", contradicts: false}},
	}
	checkAgainstOneSentence(t, cases)
}

// TestWordsMentionedInQuotes: a clause that names the source's words in quotation marks ("a
// statement grumbling about "scarce budgets"") does not assert what the source denies of them.
func TestWordsMentionedInQuotes(t *testing.T) {
	src := load(t, `Reactions

Ruth Abara, general secretary of the Castrell branch of the teachers' union, said the results "do not justify spending scarce budgets on software at the expense of staff".`)
	checkContradictions(t, src, []contradictionCase{
		{"named in quotation marks", `The Castrell branch of the teachers' union rushed out a statement grumbling about "scarce budgets" and software.`, "", false},
		{"asserted outside them", `The Castrell branch of the teachers' union says the results justify spending scarce budgets on software.`, "negation", true},
	})
}

// TestRiseAgainstTheFigures: a rise in per cent or as a fraction, against the change two of the
// source's figures give, rounded as a writer would.
func TestRiseAgainstTheFigures(t *testing.T) {
	src := load(t, `Costs

The average cost per Tarn pipe replaced was 4,520 crowns, up from 4,100 crowns in 2023-24.`)
	checkContradictions(t, src, []contradictionCase{
		{"a quarter against a tenth", "The cost of replacing each Tarn pipe jumped by a quarter in a single year, to 4,520 crowns.", "4,100", true},
		{"30 per cent against a tenth", "The cost of replacing each Tarn pipe rose by 30 per cent in a single year, to 4,520 crowns.", "4,100", true},
		{"a tenth, which fits", "The cost of replacing each Tarn pipe rose by a tenth in a single year, to 4,520 crowns.", "", false},
		{"10 per cent, which fits", "The cost of replacing each Tarn pipe rose by 10 per cent in a single year, to 4,520 crowns.", "", false},
	})
	// The figure compared with takes the unit of the figure it is set against.
	deaths := load(t, `Deaths

The Tarn park recorded 23 animal deaths in the twelve months to the end of February 2024, compared with 19 in the previous twelve months.`)
	checkContradictions(t, deaths, []contradictionCase{
		{"more than a third against a fifth", "The Tarn park recorded 23 animal deaths in the twelve months to February, up by more than a third on the year before.", "23 against 19 (paragraph 2), a rise of about 21 per cent", true},
		{"a fifth, which fits", "The Tarn park recorded 23 animal deaths in the twelve months to February, up by about a fifth on the year before.", "", false},
	})
	// The clause gives both ends itself, as the source does: its rise is held against them.
	closures := load(t, `Closures

Inspectors served 38 emergency closure notices on Tarn kitchens in 2024, compared with 29 in 2023.`)
	checkContradictions(t, closures, []contradictionCase{
		{"half against its own ends", "Emergency closure notices on Tarn kitchens jumped by half, from 29 to 38.", "a rise of about 31 per cent", true},
		{"almost a third, which fits", "Emergency closure notices on Tarn kitchens rose by almost a third, from 29 to 38.", "", false},
	})
	// A level given with the figure it rose from is a level, not a rise: the explanation quotes
	// the source's level.
	ballots := load(t, `Postal votes

A total of 18,940 postal ballots were returned in Tarn, around 31 per cent of all ballots cast, compared with 24 per cent in 2022.`)
	checkContradictions(t, ballots, []contradictionCase{
		{"a level inflated", "Postal ballots in Tarn made up around 41 per cent of all ballots cast, up from 24 per cent in 2022.", "source says 'returned in Tarn, around 31 per cent of all ballots cast'", true},
	})
}

// sentenceCase is a contradiction case against a source of one sentence after a neutral one.
type sentenceCase struct {
	name, source string
	contradictionCase
}

// checkAgainstOneSentence checks each case against its own one-sentence source.
func checkAgainstOneSentence(t *testing.T, cases []sentenceCase) {
	t.Helper()
	for _, tt := range cases {
		tt.contradictionCase.name = tt.name
		checkContradictions(t, load(t, "Report\n\nThe council published its annual report on Tuesday. "+tt.source), []contradictionCase{tt.contradictionCase})
	}
}

// TestWhatTheReaderIsToldTheyWillFind: a command that tells the reader what they will find states
// the writer's own claim, which is judged; a command alone states nothing.
func TestWhatTheReaderIsToldTheyWillFind(t *testing.T) {
	const accounts = "The accounts show an operating deficit of 28.7 million crowns, compared with a deficit of 14.2 million crowns the previous year."
	checkAgainstOneSentence(t, []sentenceCase{
		{"and you find", accounts, contradictionCase{opinion: "Read them once and you find an operating deficit of 28.7 million crowns, a hole three times the size of last year's.", why: "14.2 million", contradicts: true}},
		{"and you will see that", accounts, contradictionCase{opinion: "Look at the accounts and you will see that the deficit of 28.7 million crowns is three times last year's.", why: "14.2 million", contradicts: true}},
		{"what you find agrees", accounts, contradictionCase{opinion: "Read them once and you find an operating deficit of 28.7 million crowns, twice last year's.", contradicts: false}},
		{"a command alone", accounts, contradictionCase{opinion: "Read the accounts of the deficit of 28.7 million crowns three times over.", contradicts: false}},
	})
}

// TestClauseOnAPronoun: a clause of two content words whose subject is a pronoun is judged
// against the passage near the one the sentence before it restated, or the only source sentence
// that holds both words; a pair of words found in several far-apart sentences is too little.
func TestClauseOnAPronoun(t *testing.T) {
	const inspection = `Inspection

The inspectors warned that further serious injuries may occur without improvement. They have not recommended prosecution at this stage.

The canteen was refurbished in March. Staff asked for longer breaks.

The regional office recommended prosecution of another firm in 2022.

The lunch menu at the depot changed in April.

Visitors praised the new depot car park at Harlow Cross.`
	src := load(t, inspection)
	tests := []struct {
		name, opinion string
		kind          report.Kind
		subkind       report.Subkind
	}{
		{"restated", "The inspectors warn that without improvement further serious injuries may occur. Yet they have not recommended prosecution.", report.Paraphrase, ""},
		{"negation dropped", "The inspectors warn that without improvement further serious injuries may occur. Yet they recommended prosecution.", report.Unsupported, report.ContradictsSource},
		{"no finding before it", "Yet they have not recommended prosecution.", "", ""},
		{"the only sentence with both words", "The inspectors warn that without improvement further serious injuries may occur. Yet they asked for longer breaks.", report.Paraphrase, ""},
		{"two sentences with both words, far off", "Visitors praised the new car park at the Harlow Cross depot. Yet they recommended prosecution.", "", ""},
	}
	for _, tt := range tests {
		op := load(t, tt.opinion)
		at := strings.Index(op.Text, "they")
		var got report.Finding
		for _, f := range New(Defaults).Check(Input{Opinion: op, Source: src}).Findings {
			if f.Side == report.Opinion && f.Start <= at && at < f.End {
				got = f
			}
		}
		if got.Kind != tt.kind || got.Subkind != tt.subkind {
			t.Errorf("%s: %s %q (%s), want %s/%s", tt.name, got.Label(), got.Text, got.Explanation, tt.kind, tt.subkind)
		}
	}
}
