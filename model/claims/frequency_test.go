package claims

import "testing"

// TestFrequencyEscalated: "always" against a lesser frequency or a share of the occasions, or a
// frequency two steps above the source's, contradicts it; the same frequency, one step up, or a
// frequency about something else does not.
func TestFrequencyEscalated(t *testing.T) {
	const report = `Ferry report

The Tarn ferry was late on 31 percent of crossings last year. The Marrow ferry is often late in winter, the operator admits. The Hollin ferry is sometimes cancelled in storms. Passengers on the Tarn ferry always receive a refund voucher.`
	checkContradictions(t, load(t, report), []contradictionCase{
		{"always against a share", "The Tarn ferry is always late.", "gives a share", true},
		{"always against often", "The Marrow ferry is always late in winter.", "often", true},
		{"usually against sometimes", "The Hollin ferry is usually cancelled in storms.", "sometimes", true},
		{"the same frequency", "The Marrow ferry is often late in the winter months.", "often", false},
		{"one step up", "The Hollin ferry is often cancelled in storms.", "sometimes", false},
		{"always against always", "Tarn ferry passengers always get a refund voucher.", "", false},
	})
}
