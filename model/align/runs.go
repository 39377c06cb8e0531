package align

import (
	"hash/maphash"
	"slices"

	"github.com/reframe-dev/reframe/model/document"
)

// seed varies between processes; results do not depend on it, since every hash hit is checked
// word by word and candidates are visited in document order.
var seed = maphash.MakeSeed()

// runs finds maximal runs of identical words seeded by hashed word n-grams of the source.
func (a *Aligner) runs(opinion, source *document.Document) []Run {
	n := a.opts.SeedWords
	ow, sw := norms(opinion), norms(source)
	if len(ow) < n || len(sw) < n {
		return nil
	}
	index := make(map[uint64][]int32, len(sw))
	for s := 0; s+n <= len(sw); s++ {
		h := gramHash(sw[s : s+n])
		if list := index[h]; len(list) <= a.opts.MaxSeedRepeats {
			index[h] = append(list, int32(s))
		}
	}
	// covered[d] is where the last run found on diagonal d (o - s) ends in the opinion, so a run
	// is extended once, not once per seed inside it.
	covered := map[int]int{}
	var runs []Run
	for o := 0; o+n <= len(ow); o++ {
		list := index[gramHash(ow[o:o+n])]
		if len(list) == 0 || len(list) > a.opts.MaxSeedRepeats {
			continue
		}
		for _, s32 := range list {
			s := int(s32)
			if end, ok := covered[o-s]; ok && o < end {
				continue
			}
			if !slices.Equal(ow[o:o+n], sw[s:s+n]) {
				continue // hash collision
			}
			start, ss := o, s
			for start > 0 && ss > 0 && ow[start-1] == sw[ss-1] {
				start--
				ss--
			}
			end := o + n
			for end < len(ow) && ss+(end-start) < len(sw) && ow[end] == sw[ss+(end-start)] {
				end++
			}
			covered[o-s] = end
			runs = append(runs, Run{O: start, S: ss, N: end - start})
		}
	}
	return runs
}

func norms(d *document.Document) []string {
	out := make([]string, len(d.Words))
	for i, w := range d.Words {
		out[i] = w.Norm
	}
	return out
}

func gramHash(words []string) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	for _, w := range words {
		h.WriteString(w)
		h.WriteByte(0)
	}
	return h.Sum64()
}

// claimOpinionWords keeps, for every opinion word, at most one run: longer runs win, and a run
// that partly overlaps a kept one is trimmed to the words still free.
func claimOpinionWords(runs []Run) []Run {
	slices.SortFunc(runs, func(a, b Run) int {
		if a.N != b.N {
			return b.N - a.N
		}
		if a.O != b.O {
			return a.O - b.O
		}
		return a.S - b.S
	})
	var kept []Run
	taken := map[int]bool{}
	for _, r := range runs {
		// Trim the run to its longest stretch of free opinion words.
		bestStart, bestLen, curStart := 0, 0, -1
		for i := 0; i <= r.N; i++ {
			free := i < r.N && !taken[r.O+i]
			if free && curStart < 0 {
				curStart = i
			}
			if !free && curStart >= 0 {
				if i-curStart > bestLen {
					bestStart, bestLen = curStart, i-curStart
				}
				curStart = -1
			}
		}
		if bestLen < 2 {
			continue
		}
		t := Run{O: r.O + bestStart, S: r.S + bestStart, N: bestLen}
		for i := t.O; i < t.O+t.N; i++ {
			taken[i] = true
		}
		kept = append(kept, t)
	}
	slices.SortFunc(kept, func(a, b Run) int { return a.O - b.O })
	return kept
}
