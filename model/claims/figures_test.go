package claims

import (
	"strings"
	"testing"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// TestTwiceAsLong: "twice as long" measures a length of time, against the source's changes in a
// length of time, even when the clause words the wait differently; a count of patients is not one.
func TestTwiceAsLong(t *testing.T) {
	const waits = `Emergency department

In total, 1,142 Carrow patients spent more than 12 hours in the department from arrival, compared with 486 in the same quarter last year. The median time spent in the Carrow department was 3.6 hours, compared with 3.1 hours a year ago.`
	checkContradictions(t, load(t, waits), []contradictionCase{
		{"twice as long against 3.6 and 3.1 hours", "Patients in the Carrow department now wait twice as long as they did a year ago.", "3.6 hours against 3.1 hours", true},
		{"twice as many long waits, which fits", "Twice as many Carrow patients spent more than 12 hours in the department as last year.", "", false},
	})
	const visits = `Clinic

The median Carrow clinic visit took 48 minutes, against 23 minutes a year ago.`
	checkContradictions(t, load(t, visits), []contradictionCase{
		{"twice as long, which fits", "The median Carrow clinic visit now takes twice as long as it did a year ago.", "", false},
	})
}

// multipleBackCase is an opinion whose last sentence puts a multiple on the sentence before it,
// and whether it contradicts the source.
type multipleBackCase struct {
	name, opinion string
	want          bool
}

// checkMultipleBack checks that "That is ..." is contradicted, with an explanation citing cite,
// exactly in the cases that want it.
func checkMultipleBack(t *testing.T, src *document.Document, cite string, cases []multipleBackCase) {
	t.Helper()
	for _, tt := range cases {
		res := New(Defaults).Check(Input{Opinion: load(t, tt.opinion), Source: src})
		got := false
		for _, f := range res.Findings {
			if f.Subkind == report.ContradictsSource && strings.HasPrefix(f.Text, "That is") {
				got = strings.Contains(f.Explanation, cite)
			}
		}
		if got != tt.want {
			t.Errorf("%s: contradiction citing %q %v, want %v: %v", tt.name, cite, got, tt.want, res.Findings)
		}
	}
}

// TestMultipleOfTheSentenceBefore: "That is nearly triple ..." puts its multiple on the last figure
// of the sentence before, measured against the figures of the same unit in the source paragraph
// that gives that figure.
func TestMultipleOfTheSentenceBefore(t *testing.T) {
	src := load(t, `Data centres in Carrow

The Carrow agency estimates that data centres consumed about 4,100 gigawatt-hours of electricity in 2024. In 2019 the figure was about 2,300 gigawatt-hours. Consumption has grown by about 12 per cent a year over five years.`)
	checkMultipleBack(t, src, "2,300", []multipleBackCase{
		{"nearly triple against 1.8 times", "Carrow data centres consumed about 4,100 gigawatt-hours of electricity in 2024. That is nearly triple what they were using five years ago.", true},
		{"nearly double, which fits", "Carrow data centres consumed about 4,100 gigawatt-hours of electricity in 2024. That is nearly double what they were using five years ago.", false},
		{"no figure before", "Carrow data centres are growing fast. That is nearly triple what they were using five years ago.", false},
	})
}

// TestMultipleOfAComparisonBefore: "That is nearly three times as long." after a sentence that
// compares two figures is measured by the source's figures for the two, even when the sentence
// before gave the larger one wrong.
func TestMultipleOfAComparisonBefore(t *testing.T) {
	src := load(t, `Dental access audit

The average wait for a first routine appointment was 19 weeks, compared with 11 weeks in 2022. The median wait was 14 weeks.`)
	checkMultipleBack(t, src, "19 weeks against 11 weeks, 1.7 times", []multipleBackCase{
		{"misstated figure, multiple of it", "The average wait was 29 weeks, compared with 11 weeks in 2022. That is nearly three times as long.", true},
		{"right figures, wrong multiple", "The average wait was 19 weeks, compared with 11 weeks in 2022. That is nearly three times as long.", true},
		{"right figures, multiple that fits", "The average wait was 19 weeks, compared with 11 weeks in 2022. That is nearly twice as long.", false},
		{"one figure before", "The average wait was 19 weeks last year. That is nearly three times as long.", false},
	})
}

// TestListNumbersAreLabels: the number that opens a list line names the item; it counts nothing.
func TestListNumbersAreLabels(t *testing.T) {
	labels, figures := labelsAndFigures(load(t, "Decision\n\n1. The appeal is allowed for 1,240 homes.\n2) The council pays 3 per cent of costs.\nIn 2024, 1. was used."))
	if strings.Join(labels, " ") != "1 2" || strings.Join(figures, " ") != "1,240 3 1" {
		t.Errorf("labels %v, figures %v; want labels [1 2], figures [1,240 3 1]", labels, figures)
	}
}

// labelsAndFigures returns the texts of a document's labels and of its other figures (years and
// quantity words aside), in order.
func labelsAndFigures(d *document.Document) (labels, figures []string) {
	for _, q := range quantities(d, 0, len(d.Words)) {
		if q.label {
			labels = append(labels, q.text)
		} else if !q.year && !q.vague {
			figures = append(figures, q.text)
		}
	}
	return labels, figures
}

// TestRatingsAreLabels: a rating or a grade says which band, not how many; the count beside it
// is still a count.
func TestRatingsAreLabels(t *testing.T) {
	labels, figures := labelsAndFigures(load(t, "Ratings\n\nA total of 412 premises were rated 2 or below, and 20 per cent were rated 3 or 4. Most held the top rating of 5; 11 scored 38 points."))
	if strings.Join(labels, " ") != "2 3 4 5" || strings.Join(figures, " ") != "412 20 11 38" {
		t.Errorf("labels %v, figures %v; want labels [2 3 4 5], figures [412 20 11 38]", labels, figures)
	}
}

// TestPartsOfADocumentAreLabels: the number after a part of a document or a numbered place says
// which one ("section 6", "Paper 14", "page two", "Gate 3"); a number before a noun counts it.
func TestPartsOfADocumentAreLabels(t *testing.T) {
	for _, tt := range []struct {
		text  string
		label bool
	}{
		{"The plan is set out in section 6.", true},
		{"Paper 14, presented by the Chief Operating Officer.", true},
		{"The caveat is buried on page two of the survey.", true},
		{"The lorry entered at Gate 3 shortly after dawn.", true},
		{"The review ran to six sections and 40 pages.", false},
		{"The figure 400 appears nowhere in the report.", false},
	} {
		d := load(t, tt.text)
		qs := quantities(d, 0, len(d.Words))
		if len(qs) == 0 {
			t.Errorf("%q: no number read", tt.text)
			continue
		}
		for _, q := range qs {
			if q.label != tt.label {
				t.Errorf("%q: %s read as label %v, want %v", tt.text, q.text, q.label, tt.label)
			}
		}
	}
}

// TestTimesOfDayAreLabels: a time of day counts nothing.
func TestTimesOfDayAreLabels(t *testing.T) {
	for _, text := range []string{"on an empty road at six in the morning", "shortly after 6 a.m. on Tuesday", "at ten o'clock"} {
		d := load(t, text)
		for _, q := range quantities(d, 0, len(d.Words)) {
			if !q.label {
				t.Errorf("%q: %s read as a count", text, q.text)
			}
		}
	}
	d := load(t, "six people in the morning queue")
	if qs := quantities(d, 0, len(d.Words)); len(qs) != 1 || qs[0].label {
		t.Errorf("six people: %+v, want one count", qs)
	}
}

// TestRiseNarrowedToItsCommas: a rise the source does not give, set between commas in a clause
// whose counts are the source's, is the contradiction; the counts before it restate the source.
func TestRiseNarrowedToItsCommas(t *testing.T) {
	src := load(t, "Road safety report\n\nThe number of people recorded as seriously injured on Ardlow roads rose from 618 to 664, an increase of 7.4 per cent.")
	res := New(Defaults).Check(Input{Opinion: load(t, "Serious injuries on Ardlow roads shot up from 618 to 664, a jump of more than 10 per cent, in the very year the cameras went in."), Source: src})
	checkOpinionFindings(t, res, []string{
		"paraphrase/: Serious injuries on Ardlow roads shot up from 618 to 664",
		"unsupported/contradicts-source: a jump of more than 10 per cent",
	})
}

// TestShortClauseWithACount: a clause of two content words is judged when it gives a count
// ("Corradine took six days"), not when its figure is "one" or denied.
func TestShortClauseWithACount(t *testing.T) {
	src := load(t, "Breach report\n\nCorradine notified us on 15 January, six days after its team first detected the activity. Not one Carrow customer lost money.")
	checkOpinionFindings(t, New(Defaults).Check(Input{Opinion: load(t, "Corradine took six days."), Source: src}),
		[]string{"paraphrase/: Corradine took six days"})
	checkOpinionFindings(t, New(Defaults).Check(Input{Opinion: load(t, "Corradine took one."), Source: src}), nil)
}

// TestPluralOfMagnitude: "millions", "thousands" or "hundreds" of a thing claim at least two of
// the unit, so a figure of the same thing that falls short of that contradicts them; a figure
// that reaches it, or one of another thing, does not.
func TestPluralOfMagnitude(t *testing.T) {
	const release = `Jobs and protests

About 1.2 million Kestrians lost their jobs in 2024, the ministry said. Around 2,500 Tarn residents marched on Saturday, police said. Around 1,400 Marrow residents marched on Sunday.`
	checkContradictions(t, load(t, release), []contradictionCase{
		{"millions against 1.2 million", "Millions of Kestrians have lost their jobs this year.", "1.2 million", true},
		{"thousands against 1,400", "Thousands of Marrow residents marched on Sunday.", "1,400", true},
		{"thousands against 2,500, which fits", "Thousands of Tarn residents marched on Saturday.", "", false},
	})
}

// TestDurationsAndPoints: durations compare in one unit ("three weeks" is not "three days", "72
// hours" is), a percentage is not a change in percentage points, and the period a report covers
// ("the three months ended 30 September") is a label, not a figure.
func TestDurationsAndPoints(t *testing.T) {
	const release = `Court and jobs

The Tarn trial lasted three days, the court said. Unemployment in Kestria rose by 2 percentage points last year, to 7.1 percent. Quorrel reported results for the three months ended 30 September.`
	checkContradictions(t, load(t, release), []contradictionCase{
		{"weeks against days", "The Tarn trial lasted three weeks.", "three days", true},
		{"hours that make the same days", "The Tarn trial lasted 72 hours.", "", false},
		{"percent against percentage points", "Unemployment in Kestria climbed 2 percent last year.", "percentage points", true},
		{"points against percentage points", "Unemployment in Kestria climbed 2 points last year.", "", false},
	})
	src := load(t, release)
	for _, q := range quantities(src, 0, len(src.Words)) {
		if q.value == 3 && !q.label && strings.HasPrefix(src.Text[src.Words[q.word].Start:], "three months ended") {
			t.Errorf("the period a report covers is read as a figure: %+v", q)
		}
	}
}

// TestRestatedFigureChecked: a clause whose figures a source sentence gives, worded too differently
// for the sentence to be found by its words, is still checked against it: the same figure with
// the change told the other way contradicts it; an estimate kept as one ("by the regulator's own
// reckoning") restates it.
func TestRestatedFigureChecked(t *testing.T) {
	const release = `Transport release

Operators across the region, including Hollin, said ticket prices rose 14 percent between March and May, mainly because of fuel costs and a shortage of drivers. The disruption appears to have lasted about seven weeks before it was detected.`
	checkContradictions(t, load(t, release), []contradictionCase{
		{"the change told the other way", "Across the valley, ticket prices dropped 14 percent this spring as commuters abandoned their cars for good.", "rose 14 percent", true},
		{"the same change", "Across the valley, ticket prices climbed 14 percent this spring as commuters abandoned their cars for good.", "", false},
		{"an estimate kept as one", "By the operators' own reckoning, the disruption went on for about seven weeks before anyone noticed.", "", false},
	})
}

// TestYearChanged: an event dated to another year than the source gives it contradicts it; the
// same year, or a year for an event the source does not date, does not.
func TestYearChanged(t *testing.T) {
	const release = `Bus review

The Tarn bus scheme began in 2021 after a long delay. Fares rose in 2023.`
	checkContradictions(t, load(t, release), []contradictionCase{
		{"another year for the start", "The Tarn bus scheme in fact began in 2019.", "dates it to 2021", true},
		{"the same year", "The Tarn bus scheme finally began in 2021.", "dates it", false},
		{"a year for an event the source does not date", "The Tarn bus scheme began in 2021 and will close in 2026.", "dates it", false},
	})
}

// TestZeroAgainstCount: "nobody was hurt" against a count of the hurt contradicts it; the source
// saying nobody was hurt, or counting something else, does not.
func TestZeroAgainstCount(t *testing.T) {
	const report = `Fire report

Three people were hurt in the Hollin warehouse fire, fire crews said. Twelve Hollin tenants were rehoused last month.`
	checkContradictions(t, load(t, report), []contradictionCase{
		{"nobody against three", "Nobody was hurt in the Hollin warehouse fire.", "the opinion says none", true},
		{"nobody about something else", "Nobody at the Hollin warehouse had checked the alarms.", "the opinion says none", false},
	})
	checkContradictions(t, load(t, "Fire report\n\nNobody was hurt in the Hollin warehouse fire, though three vans burned."), []contradictionCase{
		{"nobody restated", "No one was hurt in the Hollin warehouse fire.", "the opinion says none", false},
	})
}

// TestMultipleOfFromTo: a change written "from 120 to 150", with no unit after either figure, is a
// change a multiple can be measured against.
func TestMultipleOfFromTo(t *testing.T) {
	const release = `Bins report

Complaints about Hollin bins rose from 120 to 150 last year. Fly-tipping reports in Tarn rose from 40 to 81 last year.`
	checkContradictions(t, load(t, release), []contradictionCase{
		{"doubled against 150 from 120", "Complaints about the Hollin bins doubled last year.", "1.2 times", true},
		{"doubled against 81 from 40, which fits", "Fly-tipping reports in Tarn doubled last year.", "", false},
	})
}

// TestDifferencesAndShares: a count that is what is left between two of the passage's counts of
// the same thing restates them ("250 still waiting" against "1,140 of the 1,390 schools"); one
// that is not contradicts. "One household in ten" is a share, like "one in ten households",
// while "three patients in ten days" is a count over a period.
func TestDifferencesAndShares(t *testing.T) {
	const release = `Lead pipes report

The four companies had completed replacement at 1,140 of the 1,390 schools identified as having a lead connection. Companies spent 187 million crowns on the programme, below the 196 million crowns allowed in their settlements. Companies wrote to around 58,000 households; 4,700 accepted an offer, a take-up rate of about 8 per cent.`
	checkContradictions(t, load(t, release), []contradictionCase{
		{"the schools left", "The four companies have yet to complete replacement at 250 of the schools identified as having a lead connection.", "", false},
		{"schools left, miscounted", "The four companies have yet to complete replacement at 600 of the schools identified as having a lead connection.", "1,140", true},
		{"the allowance left unspent", "The companies spent 9 million crowns less than the programme allowed in their settlements.", "", false},
		{"a share with its noun inside", "Fewer than one household in ten that the companies wrote to accepted an offer.", "", false},
		{"a share with its noun inside, too high", "One household in three that the companies wrote to accepted an offer.", "4,700 accepted an offer", true},
	})
	src := load(t, "Ward report\n\nThree patients in ten days caught the infection on the ward.")
	for _, q := range quantities(src, 0, len(src.Words)) {
		if q.pct {
			t.Errorf("a count over a period is read as a share: %+v", q)
		}
	}
}

// TestNounPhraseCounts: a figure counts what any word of its noun phrase names when no figure of
// the passage is in its own unit ("400 lorries" against "240 heavy goods vehicle movements"); a
// count the source gives elsewhere for the same things is its own, restated beside another
// passage, unless the source tells it as superseded ("An earlier draft proposed 1,300 hectares").
func TestNounPhraseCounts(t *testing.T) {
	const assessment = `Depot appeal

The council's transport assessment estimated between 180 and 240 heavy goods vehicle movements a day on the Brickfield access road. Raising the embankments in Stannard would cost an estimated 38 million pounds and would protect around 500 properties. Around 640 of the properties at risk are in Stannard. The storage areas would cover around 900 hectares of farmland at Cobb Meadows.

Consultation history

The Agency held four public meetings in the spring. An earlier draft proposed 1,300 hectares; the area was reduced after talks with landowners.`
	checkContradictions(t, load(t, assessment), []contradictionCase{
		{"lorries against vehicle movements", "By the council's own reckoning the depot will send up to 400 lorries a day down the Brickfield access road.", "240 heavy goods vehicle movements", true},
		{"lorries within the range", "By the council's own reckoning the depot will send up to 240 lorries a day down the Brickfield access road.", "", false},
		{"a count the source gives elsewhere", "In Stannard, where some 640 of the threatened properties sit, the embankments would cost 38 million pounds.", "500 properties", false},
		{"a superseded count", "The storage areas will swallow 1,300 hectares of farmland at Cobb Meadows.", "900 hectares", true},
	})
}

// TestFiguresWithoutASharedWord: a clause that shares no word with the source restates the one
// sentence that gives its figures when they could hardly be there by chance: a figure of 100 or
// more, or two figures. A lone small figure, or a figure the source does not give, does not.
func TestFiguresWithoutASharedWord(t *testing.T) {
	src := load(t, `Notices

Camera notices rose from 35,900 to 43,700. More than half of the camera notices (24,500) were issued at a single site, the bus gate on Station Road.

Illness

Pupils who ate the school lunch were somewhat more likely to report illness (around 24 per cent compared with 17 per cent). Nine pupils needed a doctor.`)
	checkParaphrases(t, src, []paraphraseCase{
		{"That is 24,500 fines at one junction.", true},
		{"Twenty-four per cent against seventeen.", true},
		{"That is 31,000 fines at one junction.", false},
		{"Twenty-four per cent against thirty.", false},
		{"Seventeen kids, at least.", false},
	})
}

// paraphraseCase is an opinion and whether it restates the source.
type paraphraseCase struct {
	opinion string
	want    bool
}

// checkParaphrases checks that each opinion is found to restate src exactly when it should.
func checkParaphrases(t *testing.T, src *document.Document, cases []paraphraseCase) {
	t.Helper()
	for _, tt := range cases {
		got := finds(t, tt.opinion, src, func(f report.Finding) bool { return f.Kind == report.Paraphrase })
		if got != tt.want {
			t.Errorf("%q: paraphrase %v, want %v", tt.opinion, got, tt.want)
		}
	}
}

// TestReportedTarget: a "should" that someone the sentence reports said is their target, which
// the source may give; the writer's own "should" demands and restates nothing.
func TestReportedTarget(t *testing.T) {
	src := load(t, `Progress

The programme's original plan assumed around 78,000 premises would be passed by this date, so build is approximately 16,600 premises behind schedule.`)
	checkParaphrases(t, src, []paraphraseCase{
		{"The plan said 78,000 premises should have been reached by now.", true},
		{"The original plan's 78,000 premises should be reached by this date, whatever it costs.", false},
	})
}

// TestShareGivenElsewhere: a share that conflicts with the passage retrieved for a clause restates
// another sentence when that sentence gives it in a phrase at least as close to the clause's
// words; a share moved from the phrase that says what the clause says still conflicts.
func TestShareGivenElsewhere(t *testing.T) {
	src := load(t, `Sites

Wholesale energy makes up a smaller share of the cost of running a rapid charger than of a household bill, with network connection charges, equipment and site rents also significant. The regulator notes that the gap between falling wholesale costs and rising motorway prices may indicate limited competition at some service areas. At 61 per cent of motorway service areas, a single charging operator holds an exclusive contract with the site owner.

Price information was not always clear. At 23 per cent of the sites visited, the price per kilowatt-hour was not displayed on the charger or in the app before the session began.

Grass growth in June was about half of its usual level. On some light soils farmers reported losses of more than a third.`)
	checkParaphrases(t, src, []paraphraseCase{
		{"Yet at nearly a quarter of the sites checked, prices were not shown before charging started.", true},
	})
	checkContradictions(t, src, []contradictionCase{
		{"a share moved from another phrase", "Grass growth in June was about a third of its usual level.", "half", true},
	})
}

// TestRoundedShare: a share is written whole from 10 per cent and to one decimal below.
func TestRoundedShare(t *testing.T) {
	for _, tt := range []struct {
		pct  float64
		want string
	}{{40.645, "41"}, {7.69, "7.7"}, {0.33, "0.3"}, {9.96, "10"}, {50, "50"}} {
		if got := roundedShare(tt.pct); got != tt.want {
			t.Errorf("roundedShare(%v) = %q, want %q", tt.pct, got, tt.want)
		}
	}
}

// TestShareAfterAChangedCount: "rose to 1,107 (23 per cent)" gives a share of all complaints
// beside the count the verb moved, not a rise of 23 per cent; "soared" says a rise as "rose" does.
func TestShareAfterAChangedCount(t *testing.T) {
	src := load(t, `Noise complaints

Complaints about commercial premises, including pubs, bars, clubs and takeaways, rose to 1,107 (23 per cent), from 862 the previous year.`)
	checkContradictions(t, src, []contradictionCase{
		{"the rise the counts make", "Complaints about pubs, bars and clubs have soared by almost 30 per cent.", "", false},
		{"the rise told as a fall", "Complaints about pubs, bars and clubs have fallen by almost 30 per cent.", "rose", true},
	})
}

// TestSubjectCountsTheFigure: a figure a verb gives as its subject's new level ("rose to
// 1,107") counts the subject, so that another level of the same subject is held to it.
func TestSubjectCountsTheFigure(t *testing.T) {
	src := load(t, `Noise

Complaints about Tarn pubs, bars and clubs rose to 1,107 last year, from 862 the year before. In 2024, Tarn noise patrols reached 930.`)
	checkContradictions(t, src, []contradictionCase{
		{"a level inflated", "Complaints about Tarn pubs, bars and clubs have soared to 1,500.", "1,107", true},
		{"the level restated", "Complaints about Tarn pubs, bars and clubs have climbed to about 1,100.", "", false},
		{"a reached level inflated", "Tarn noise patrols reached 1,400 in 2024.", "930", true},
	})
}

// TestYearGivesNoFigure: a year near a clause's figure is not that figure given elsewhere.
func TestYearGivesNoFigure(t *testing.T) {
	idx := newIndex(load(t, `Roads

Gardens on estates built since 2015 recorded hedgehogs on 22 per cent of nights. The trust counted 1,700 hedgehogs in gardens.`))
	cases := []struct {
		name  string
		q     quantity
		gives bool
	}{
		{"a count near a year only", quantity{value: 2010, approx: true, unit: document.Stem("records")}, false},
		{"a count the source gives", quantity{value: 1700, approx: true, unit: document.Stem("hedgehogs")}, true},
	}
	for _, c := range cases {
		if got := idx.givesCount(c.q); got != c.gives {
			t.Errorf("%s: givesCount %v, want %v", c.name, got, c.gives)
		}
		if got := idx.givesFigure(c.q); got != c.gives {
			t.Errorf("%s: givesFigure %v, want %v", c.name, got, c.gives)
		}
	}
}

// TestStatedChangeOverWorkedOut: a change the source states in per cent ("a decline of 31 per
// cent") is the figure a clause's change is held to, not the change worked out from the counts
// beside it, which may be rounded as loosely as the clause rounds.
func TestStatedChangeOverWorkedOut(t *testing.T) {
	src := load(t, `Farmland

The average number of hedgehogs recorded per Brennock transect night fell from 4.2 in 2020 to 2.9 in 2024, a decline of 31 per cent. The average rent in Brennock halls was 212 pounds, up from 194 pounds, an increase of 9.3 per cent.`)
	checkContradictions(t, src, []contradictionCase{
		{"a fall rounded up past the stated one", "On Brennock farmland, hedgehog numbers per transect night have fallen by more than a third since 2020.", "31 per cent", true},
		{"a fall rounded as the source rounds", "On Brennock farmland, hedgehog numbers per transect night have fallen by almost a third since 2020.", "", false},
		{"a rise rounded past the stated one", "The average rent in Brennock halls is now 212 pounds, up by more than 10 per cent.", "9.3 per cent", true},
		{"a rise restated", "The average rent in Brennock halls is now 212 pounds, up by more than 9 per cent.", "", false},
	})
}

// TestCountedShareIsAFigure: a share the source counts out ("126 of the 310 spaces") is held
// against the clause's share, even when another sentence has a share that would fit it.
func TestCountedShareIsAFigure(t *testing.T) {
	src := load(t, `Tram works

The scheme would also remove 126 of the 310 on-street parking spaces on Mill Road. Loading bays would be kept at both ends.

The route was chosen in 2023 after two rounds of consultation. Traders say that more than half of their takings come from passing trade on the street.`)
	checkContradictions(t, src, []contradictionCase{
		{"more than half against 126 of 310", "On top of that, the scheme would rip out more than half of the street's parking spaces for good.", "126 of the 310 on-street parking spaces on Mill Road' (paragraph 2), which is about 41 per cent", true},
		{"about two in five", "On top of that, the scheme would rip out about two in five of the street's parking spaces for good.", "", false},
	})
}

// TestCreditOverAFigure: a clause tied to the source by a figure alone, and credited to another
// source, is that source's to check.
func TestCreditOverAFigure(t *testing.T) {
	src := load(t, `Charging

The success rate was lower at motorway service areas, at 87 per cent, than in town centres.`)
	got := finds(t, "According to our own club survey of 620 members, two-thirds had given up on at least one motorway charge.", src, func(f report.Finding) bool {
		return f.Subkind == report.AttributedElsewhere
	})
	if !got {
		t.Error("a clause credited to the writer's own survey is not attributed elsewhere")
	}
}

// TestLoneCountGivenElsewhere: the one count of a clause that the source gives elsewhere for the
// same things is its figure, not a contradiction of the passage's one count.
func TestLoneCountGivenElsewhere(t *testing.T) {
	src := load(t, `Options

Around 640 of the properties at risk are in Stannard.

Raising the embankments at Stannard would cost an estimated 38 million pounds and would protect around 500 properties.`)
	checkContradictions(t, src, []contradictionCase{
		{"a count the source gives elsewhere", "Stannard, where some 640 of the threatened properties sit, is to get 38 million pounds of embankments.", "500", false},
		{"a count the source gives nowhere", "Stannard, where some 900 of the threatened properties sit, is to get 38 million pounds of embankments.", "500", true},
	})
	// A year is no count: "since 2015 recorded hedgehogs" does not give "more than 2,000 hedgehogs".
	roads := load(t, `Roads

Volunteers logged 1,874 hedgehogs killed on Stannard roads over the five years. Gardens on estates built since 2015 recorded hedgehogs on 22 per cent of nights.`)
	checkContradictions(t, roads, []contradictionCase{
		{"a count near a year", "Volunteers counted more than 2,000 hedgehogs killed on Stannard roads over the five years.", "1,874", true},
		{"the count restated", "Volunteers counted nearly 1,900 hedgehogs killed on Stannard roads over the five years.", "", false},
	})
}

// TestMeasureNotACount: a weight written on to its figure ("11lb 4oz") is not restated by a
// sentence whose counts share its numbers; a distance written on is restated by the same distance
// spelt out.
func TestMeasureNotACount(t *testing.T) {
	src := load(t, `Monitoring

Concentrations of the toxin exceeded the guideline value at 4 of the 11 monitoring points in July. Drivers who cover more than 15,000 kilometres a year were the most opposed.`)
	checkParaphrases(t, src, []paraphraseCase{
		{"Heron Bay gave up the club record bream of 11lb 4oz in 1998.", false},
		{"Drivers who clock up more than 15,000km a year are the most opposed.", true},
	})
}

// TestRangesAndAverages: "ranging from A to B" is a range, as "between A and B" is, and its ends
// may be lengths of time in different units; "from A to B" alone is a change. The top of a range
// given as though it were the whole contradicts the average the source gives beside it.
func TestRangesAndAverages(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"increases ranging from 12 seconds to 1 minute 54 seconds depending on the route", "12 seconds to 1 minute 54 seconds"},
		{"permits cost anything from £8 to £38 a month", "8 to £38"},
		{"waits of between 14 and 21 days", "between 14 and 21"},
		{"the fare rose from 5 to 7 pounds", ""},
	} {
		d := load(t, tt.text)
		qs := quantities(d, 0, len(d.Words))
		got := ""
		if len(qs) > 0 {
			got = qs[len(qs)-1].ranged
		}
		if !strings.HasSuffix(got, tt.want) || (tt.want == "") != (got == "") {
			t.Errorf("%q: range %q, want %q", tt.text, got, tt.want)
		}
	}
	src := load(t, `Journey times

Peak-time journeys on the 14 main routes took an average of 38 seconds longer than before the scheme, with increases ranging from 12 seconds to 1 minute 54 seconds depending on the route.`)
	checkContradictions(t, src, []contradictionCase{
		{"the top given as the whole", "Peak-time journeys on the main routes now take nearly two minutes longer than before the scheme.", "an average of 38 seconds", true},
		{"the top given as a limit", "Peak-time journeys on some main routes now take up to two minutes longer than before the scheme.", "", false},
		{"the average restated", "Peak-time journeys on the main routes take about 40 seconds longer than before the scheme.", "", false},
	})
}
