package align

import "github.com/reframe-dev/reframe/model/document"

// extendEdges grows a passage at both ends across one changed, added or dropped word, when
// matching words follow the edit: "shortages could appear in ..." reused as "shortages will
// appear in ..." keeps its first word. Runs shorter than a seed are found this way.
func extendEdges(opinion, source *document.Document, p Passage, maxGap int) Passage {
	ow, sw := opinion.Words, source.Words
	for steps := 0; steps < maxGap; steps++ {
		last := p.Runs[len(p.Runs)-1]
		oEnd, sEnd := last.O+last.N, last.S+last.N
		r, ok := nextRun(ow, sw, oEnd, sEnd, +1)
		if !ok {
			break
		}
		p.Runs = append(p.Runs, r)
		p.Matched += r.N
	}
	for steps := 0; steps < maxGap; steps++ {
		first := p.Runs[0]
		r, ok := nextRun(ow, sw, first.O-1, first.S-1, -1)
		if !ok {
			break
		}
		p.Runs = append([]Run{r}, p.Runs...)
		p.Matched += r.N
	}
	return p
}

// nextRun looks past one edit from opinion word o and source word s (the first words after, or
// before when dir is -1, the passage) for a run of equal words that holds a word not among the
// most common ones, or is two words long. The edit is a substitution, an insertion or a deletion
// of one word.
func nextRun(ow, sw []document.Word, o, s, dir int) (Run, bool) {
	for _, skip := range [][2]int{{1, 1}, {1, 0}, {0, 1}, {0, 0}} {
		oi, si := o+dir*skip[0], s+dir*skip[1]
		n, informative := 0, false
		for oi+dir*n >= 0 && oi+dir*n < len(ow) && si+dir*n >= 0 && si+dir*n < len(sw) &&
			ow[oi+dir*n].Norm == sw[si+dir*n].Norm {
			informative = informative || !document.IsCommon(ow[oi+dir*n].Norm)
			n++
		}
		if n == 0 || (!informative && n < 2) {
			continue
		}
		if skip == [2]int{0, 0} {
			// Directly adjacent equal words would have been part of the run already, unless
			// another passage claimed them.
			return Run{}, false
		}
		if dir > 0 {
			return Run{O: oi, S: si, N: n}, true
		}
		return Run{O: oi - n + 1, S: si - n + 1, N: n}, true
	}
	return Run{}, false
}
