package main

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/reframe-dev/reframe/model/report"
)

// TestCompareMatchesReport checks that each row of 'compare --format json' holds the summary a
// single 'report --format json' run gives for the same article and source.
func TestCompareMatchesReport(t *testing.T) {
	pairs := corpusPairs(t)
	source := pairs[0].source
	args := []string{"compare", "--format", "json", source}
	for _, p := range pairs {
		args = append(args, p.opinion)
	}
	var cmp comparison
	if err := json.Unmarshal(runCLI(t, args...), &cmp); err != nil {
		t.Fatal(err)
	}
	if cmp.Source.Name != source || len(cmp.Articles) != len(pairs) {
		t.Fatalf("source %q and %d articles, want %q and %d", cmp.Source.Name, len(cmp.Articles), source, len(pairs))
	}
	for i, p := range pairs {
		row := cmp.Articles[i]
		if row.Name != p.opinion {
			t.Errorf("row %d is %q, want %q", i, row.Name, p.opinion)
		}
		var want report.Report
		if err := json.Unmarshal(runCLI(t, "report", "--format", "json", p.opinion, source), &want); err != nil {
			t.Fatal(err)
		}
		if row.Summary == nil || !reflect.DeepEqual(*row.Summary, want.Summary) {
			t.Errorf("%s: compare row differs from the report's summary:\ncompare: %+v\n report: %+v", p.id, row.Summary, want.Summary)
		}
	}
}
