package claims

import "testing"

// TestRecordUnbounded: a record of all time ("ever", "in history", "on record", "unprecedented")
// against a record the source limits to a period contradicts it; the period restated, a record
// the source dates from the start of its records, or a source with no period, does not.
func TestRecordUnbounded(t *testing.T) {
	const release = `Labour market release

Unemployment in Kestria rose to 6.8 percent, its highest level since 2015. The Marrow river burst its banks twice this winter, the first time that has happened in a generation. Wages in Kestria fell by 2 percent, the largest fall for at least a decade. Rainfall in Tarn was the highest since records began in 1971.`
	checkContradictions(t, load(t, release), []contradictionCase{
		{"ever against since a year", "Unemployment in Kestria is now at its highest level ever.", "limits the record to a period", true},
		{"on record against since a year", "Kestria's unemployment is the highest on record at 6.8 percent.", "limits the record to a period", true},
		{"in history against a generation", "For the first time in history the Marrow river burst its banks twice in one winter.", "limits the record to a period", true},
		{"unprecedented against a decade", "Wages in Kestria fell by an unprecedented 2 percent.", "limits the record to a period", true},
		{"the period restated", "Unemployment in Kestria is at its highest level since 2015.", "limits the record to a period", false},
		{"since records began", "Rainfall in Tarn was the highest ever recorded.", "limits the record to a period", false},
	})
}

// TestRecordLimitedFarOn: the period may come a dozen words after the record word, and in the
// passage's other sentence than the one the clause is closest to.
func TestRecordLimitedFarOn(t *testing.T) {
	const review = `Outage review

This was the longest outage on a national mobile network in Estrand since the Commission began keeping records in 2011. The previous longest, on the Tarrant network in 2019, lasted about five hours.`
	checkContradictions(t, load(t, review), []contradictionCase{
		{"ever against a period far on", "It was the longest mobile outage Estrand has ever suffered, nearly twice as long as the five-hour Tarrant failure in 2019.", "limits the record to a period", true},
		{"the record kept to its period", "It was the longest outage on a national mobile network in Estrand since 2011.", "limits the record to a period", false},
	})
}
