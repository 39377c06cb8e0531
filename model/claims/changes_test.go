package claims

import "testing"

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
