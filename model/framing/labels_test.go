package framing

import (
	"testing"

	"github.com/reframe-dev/reframe/model/report"
)

// TestLabels: a short sentence that sums up what came before with a name of the writer's own is
// a label; a denial, a label the source uses, a name, a figure or a longer sentence is not.
func TestLabels(t *testing.T) {
	const source = "The council's review found that 40 cameras issued 29,000 notices. The scheme is a pilot and runs until March."
	runCases(t, []framingCase{{
		name:    "that is a business model",
		opinion: "Nine cameras earn more than the rest together. That is a business model.",
		source:  source,
		want:    []got{{"a business model", report.LoadedLanguage}},
	}, {
		name:    "a contraction and a hedge",
		opinion: "The plan promises green jobs. It's just a slogan.",
		source:  source,
		want:    []got{{"a slogan", report.LoadedLanguage}},
	}, {
		name:    "framing-only mode",
		opinion: "The gap between the two schools keeps growing. It is a chasm.",
		want:    []got{{"a chasm", report.LoadedLanguage}},
	}, {
		name:    "a denial corrects rather than labels",
		opinion: "Nine cameras earn more than the rest together. That is not a hospital.",
		source:  source,
		want:    []got{},
	}, {
		name:    "the source's own word",
		opinion: "The cameras stay until March. It is a pilot.",
		source:  source,
		want:    []got{},
	}, {
		name:    "a name",
		opinion: "The gap keeps growing. It is a Kestle problem.",
		source:  source,
		want:    []got{},
	}, {
		name:    "a longer sentence states something",
		opinion: "The gap keeps growing. That is a problem for every school in the county.",
		source:  source,
		want:    []got{},
	}, {
		name:    "a paragraph of its own",
		opinion: "The gap keeps growing.\n\nIt is a chasm.\n\nThe council meets on Monday.",
		source:  source,
		want:    []got{{"a chasm", report.LoadedLanguage}},
	}})
}
