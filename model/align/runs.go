package align

import (
	"slices"
	"sync"

	"github.com/reframe-dev/reframe/model/document"
)

// runs finds maximal runs of identical words seeded by word n-grams of the source. Words are
// first interned to integers, so that n-grams are compared and hashed as numbers.
func (a *Aligner) runs(opinion, source *document.Document) []Run {
	n := a.opts.SeedWords
	ow, sw, common := intern(opinion, source)
	if len(ow) < n || len(sw) < n {
		return nil
	}
	index := newGramIndex(sw, n, a.opts.MaxSeedRepeats, common)
	// diagonalAt[s] is the diagonal (o - s, offset by len(sw)) of the last run found through
	// source word s, so a run is extended once, not once per seed inside it.
	diagonalAt := make([]int32, len(sw))
	for i := range diagonalAt {
		diagonalAt[i] = -1
	}
	var runs []Run
	for o := 0; o+n <= len(ow); o++ {
		if allCommon(ow[o:o+n], common) {
			continue // "of the city": a seed that says nothing finds chance matches only
		}
		for s := index.first(ow[o : o+n]); s >= 0; s = index.next[s] {
			s := int(s)
			if diagonalAt[s] == int32(o-s+len(sw)) {
				continue
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
			for k := ss; k < ss+(end-start); k++ {
				diagonalAt[k] = int32(o - s + len(sw))
			}
			runs = append(runs, Run{O: start, S: ss, N: end - start})
		}
	}
	return runs
}

// intern maps the normalised words of both documents to 64-bit FNV-1a hashes, equal words to
// equal numbers, and marks the words that are among the most common. Hashing each word in place
// keeps the work linear and cache-friendly on long documents, where a dictionary of every
// distinct word would not be; two different words share a hash with odds of about one in 10^19.
func intern(opinion, source *document.Document) (ow, sw []uint64, common map[uint64]bool) {
	conv := func(d *document.Document) []uint64 {
		out := make([]uint64, len(d.Words))
		for i, w := range d.Words {
			out[i] = fnv1a(w.Norm)
		}
		return out
	}
	sw = conv(source)
	return conv(opinion), sw, commonHashes()
}

// commonHashes holds the hashes of the most common words; built once, read-only afterwards.
var commonHashes = sync.OnceValue(func() map[uint64]bool {
	set := map[uint64]bool{}
	for _, w := range document.CommonWords() {
		set[fnv1a(w)] = true
	}
	return set
})

func fnv1a(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func allCommon(gram []uint64, common map[uint64]bool) bool {
	for _, id := range gram {
		if !common[id] {
			return false
		}
	}
	return true
}

// gramIndex finds the source positions of an n-gram: an open-addressing hash table from n-gram
// to its first position, with the others chained through next. It stores positions only (an
// n-gram's key is recomputed from the words), which keeps it small enough to stay in cache on
// large documents. N-grams that occur more often than a limit are too common to seed a passage.
type gramIndex struct {
	heads      []int32 // first position of the n-gram in the slot, or empty
	next       []int32 // next position of the same n-gram, -1 at the end
	mask       uint64
	words      []uint64
	n          int
	maxRepeats int
}

const empty = -1 // no n-gram in the slot

func newGramIndex(sw []uint64, n, maxRepeats int, common map[uint64]bool) *gramIndex {
	// N-grams of common words only are never looked up, so they are not stored.
	grams := 0
	for s := 0; s+n <= len(sw); s++ {
		if !allCommon(sw[s:s+n], common) {
			grams++
		}
	}
	size := 1
	for size < grams+grams/4+1 { // at least one slot stays empty, so every probe ends
		size <<= 1
	}
	idx := &gramIndex{heads: make([]int32, size), next: make([]int32, len(sw)), mask: uint64(size - 1),
		words: sw, n: n, maxRepeats: maxRepeats}
	for i := range idx.heads {
		idx.heads[i] = empty
	}
	// Insert from the end so that each chain lists positions in document order.
	for s := len(sw) - n; s >= 0; s-- {
		if allCommon(sw[s:s+n], common) {
			continue
		}
		slot := idx.slot(sw[s : s+n])
		idx.next[s] = idx.heads[slot]
		idx.heads[slot] = int32(s)
	}
	return idx
}

// slot returns the slot that holds an n-gram, or the empty slot where it would go.
func (idx *gramIndex) slot(gram []uint64) uint64 {
	h := (gramKey(gram) * 0x9E3779B97F4A7C15) >> 20
	for {
		h &= idx.mask
		head := idx.heads[h]
		if head == empty || slices.Equal(idx.words[head:int(head)+idx.n], gram) {
			return h
		}
		h++
	}
}

// first returns the first source position of an n-gram, or -1 when it does not occur or occurs
// too often to seed.
func (idx *gramIndex) first(gram []uint64) int32 {
	head := idx.heads[idx.slot(gram)]
	count := 0
	for p := head; p >= 0 && count <= idx.maxRepeats; p = idx.next[p] {
		count++
	}
	if count > idx.maxRepeats {
		return -1
	}
	return head
}

// gramKey mixes an n-gram of word hashes into one key.
func gramKey(ids []uint64) uint64 {
	var k uint64
	for _, id := range ids {
		k = (k ^ id) * 0x9E3779B97F4A7C15
	}
	return k
}

// claimOpinionWords keeps, for every opinion word, at most one run: longer runs win, and a run
// that partly overlaps a kept one is trimmed to the words still free.
func claimOpinionWords(runs []Run, words int) []Run {
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
	taken := make([]bool, words)
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
