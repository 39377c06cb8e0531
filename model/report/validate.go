package report

import (
	"errors"
	"fmt"
	"slices"
)

// Validate checks the contract of a report: every finding and evidence span lies inside its
// side's text and equals its Text, findings are sorted by side then position and numbered in
// order, and links name existing findings. Every problem is reported.
func Validate(r *Report) error {
	var errs []error
	texts := map[Side]string{Opinion: r.Opinion.Text}
	if r.Source != nil {
		texts[Source] = r.Source.Text
	}
	ids := map[string]bool{}
	check := func(what string, side Side, start, end int, text string) {
		full, ok := texts[side]
		switch {
		case !ok:
			errs = append(errs, fmt.Errorf("%s: side %q has no document", what, side))
		case start < 0 || end < start || end > len(full):
			errs = append(errs, fmt.Errorf("%s: span [%d:%d] out of bounds (%d bytes)", what, start, end, len(full)))
		case full[start:end] != text:
			errs = append(errs, fmt.Errorf("%s: text does not equal %s[%d:%d]", what, side, start, end))
		}
	}
	for i, f := range r.Findings {
		ids[f.ID] = true
		if want := fmt.Sprintf("f%d", i+1); f.ID != want {
			errs = append(errs, fmt.Errorf("finding %d: id %q, want %q", i+1, f.ID, want))
		}
		check(f.ID, f.Side, f.Start, f.End, f.Text)
		for j, e := range f.Evidence {
			check(fmt.Sprintf("%s evidence %d", f.ID, j+1), e.Side, e.Start, e.End, e.Text)
		}
		if f.Kind == Quote && f.Marked == nil {
			errs = append(errs, fmt.Errorf("%s: a quote without marked", f.ID))
		}
	}
	if !slices.IsSortedFunc(r.Findings, compare) {
		errs = append(errs, errors.New("findings are not sorted by side then position"))
	}
	for _, f := range r.Findings {
		for _, l := range f.Links {
			if !ids[l] {
				errs = append(errs, fmt.Errorf("%s: link to unknown finding %q", f.ID, l))
			}
		}
	}
	return errors.Join(errs...)
}
