package framing

import (
	"testing"

	"github.com/reframe-dev/reframe/model/report"
)

// TestRepetitions: a word repeated across "after" or "upon" is an intensifier in the writer's
// words, and nothing in plain sequence or in a quotation.
func TestRepetitions(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "a length of time piled up",
		opinion: "The gates stayed locked week after week while the council did nothing.",
		want:    []got{{"week after week", report.Intensifier}},
	}, {
		name:    "instances piled up",
		opinion: "Study after study has shown the same result.",
		want:    []got{{"Study after study", report.Intensifier}},
	}, {
		name:    "upon",
		opinion: "The report adds layer upon layer of caveats.",
		want:    []got{{"layer upon layer", report.Intensifier}},
	}, {
		name:    "a plain sequence",
		opinion: "The inspection after the fire found the doors blocked.",
		want:    []got{},
	}, {
		name:    "two phrases across a comma",
		opinion: "They met the day after, day by day the list grew.",
		want:    []got{},
	}, {
		name:    "numbers in a row",
		opinion: "Ward 4 after 4 p.m. is closed to visitors.",
		want:    []got{},
	}, {
		name:    "inside a quotation",
		opinion: `The manager said "we checked the valves week after week" at the hearing.`,
		want:    []got{},
	}})
}
