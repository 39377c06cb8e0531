package claims

import "testing"

// TestPlanAsDone: what the source says is planned or possible, told as done, contradicts it; the
// plan restated, an act the source also tells as done, or a clause that tells a plan itself, does
// not.
func TestPlanAsDone(t *testing.T) {
	const report = `Library review

The Hollin council plans to close the Tarn library next year, subject to consultation. The Hollin council closed the Marrow pool in May and could close two more sites.`
	checkContradictions(t, load(t, report), []contradictionCase{
		{"a plan told as done", "The Hollin council has already closed the Tarn library.", "only planned", true},
		{"the plan restated", "Next year the Hollin council wants to close the library in Tarn.", "only planned", false},
		{"an act the source tells as done", "In May the Hollin council closed the Marrow pool.", "only planned", false},
		{"a clause that tells a plan itself", "Under the plan the Tarn library would be closed by the Hollin council next year.", "only planned", false},
	})
}
