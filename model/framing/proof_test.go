package framing

import (
	"testing"

	"github.com/reframe-dev/reframe/model/report"
)

// TestProofClaimed: wording that claims proof is a certainty shift even where the source hedges
// nothing, unless the source claims proof itself, or the proof is the writer's own matter or only
// asked for.
func TestProofClaimed(t *testing.T) {
	const review = "The inspectorate's review found the depot unsafe in March after the injuries."
	runCases(t, []framingCase{{
		name:    "a review's finding called proof",
		opinion: "The inspectorate's review proves the depot was unsafe.",
		source:  review,
		want:    []got{{"proves", report.CertaintyShift}},
	}, {
		name:    "proof that, of figures",
		opinion: "Injuries at the depot rose again, proof that the pace of work is to blame.",
		source:  review,
		want:    []got{{"proof", report.CertaintyShift}},
	}, {
		name:    "a verdict declared",
		opinion: "On the pace of work at the depot, the verdict is in.",
		source:  review,
		want:    []got{{"the verdict is in", report.CertaintyShift}},
	}, {
		name:    "the source claims proof itself",
		opinion: "The inspectorate's review proves that the pace of work caused the injuries at the depot.",
		source:  "The inspectorate's tests prove that the pace of work caused the injuries at the depot.",
		want:    []got{},
	}, {
		name:    "the writer's own doubt",
		opinion: "I can't prove that the depot was unsafe after the injuries.",
		source:  review,
		want:    []got{},
	}, {
		name:    "proof asked for, not claimed",
		opinion: "The depot stays shut until managers can prove the pace of work is safe.",
		source:  "The inspectorate's review found the pace of work may have been a factor in the injuries.",
		want:    []got{},
	}, {
		name:    "proved right is no claim about evidence",
		opinion: "The union has been proved right about the depot.",
		source:  review,
		want:    []got{},
	}, {
		name:    "no source, no shift",
		opinion: "The inspectorate's review proves that the pace of work caused the injuries at the depot.",
		want:    []got{},
	}})
}

// TestProofNeverClaimedInTheSource: a source that says something is not proven claims no proof.
func TestProofNeverClaimedInTheSource(t *testing.T) {
	for _, tt := range []struct {
		source string
		claims bool
	}{
		{"The tests prove that the valve failed.", true},
		{"There is no proof that the valve failed.", false},
		{"It has not been proven that the valve failed.", false},
		{"We proved that the valve failed.", true},
		{"More tests are needed to prove that the valve failed.", true},
		{"The valve failed in March.", false},
	} {
		if got := claimsProof(load(t, "source.txt", tt.source)); got != tt.claims {
			t.Errorf("%q: claims proof %v, want %v", tt.source, got, tt.claims)
		}
	}
}

// TestShiftInsideAnotherDevice: a certainty shift inside a longer match of another device ("won't
// even": an intensifier) is still reported.
func TestShiftInsideAnotherDevice(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "will not inside an intensifier",
		opinion: "The board won't even review the final admissions report before the summer.",
		source:  "The board may not review the final admissions report before the summer.",
		want:    []got{{"won't", report.CertaintyShift}, {"won't even", report.Intensifier}},
	}, {
		name:    "the intensifier alone where the source is plain",
		opinion: "The board won't even review the final admissions report before the summer.",
		source:  "The board will not review the final admissions report before the summer.",
		want:    []got{{"won't even", report.Intensifier}},
	}})
}
