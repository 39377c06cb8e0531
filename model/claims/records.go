package claims

import (
	"fmt"

	"github.com/reframe-dev/reframe/model/document"
)

// recordUnbounded reports a clause that makes a record of all time ("its highest level ever",
// "for the first time in history") out of a record the source limits to a period ("its
// highest level since 2015", "the first time in ten years").
func recordUnbounded(op, src *document.Document, cl clause, from, to int) (string, bool) {
	claim, ok := unboundedRecord(op, cl.from, cl.to)
	if !ok {
		return "", false
	}
	for w := from; w < to; w++ {
		if !recordWord(src, w) {
			continue
		}
		if end, ok := recordPeriod(src, w, to); ok {
			return fmt.Sprintf("limits the record to a period: '%s'; the opinion makes it one of all time: '%s'",
				src.Excerpt(w, end), claim), true
		}
	}
	return "", false
}

// unboundedRecord returns the words with which a clause claims a record of all time: a record
// word ("highest", "worst", "first", "record") with "ever", "of all time", "in history", "on
// record" or "in living memory" after it, or "unprecedented" or "never before".
func unboundedRecord(op *document.Document, from, to int) (string, bool) {
	for w := from; w < to; w++ {
		n := op.Words[w].Norm
		if n == "unprecedented" || n == "never" && w+1 < to && op.Words[w+1].Norm == "before" {
			return op.Text[op.Words[w].Start:op.Words[min(w+1, to-1)].End], true
		}
		if !recordWord(op, w) {
			continue
		}
		for k := w + 1; k < min(to, w+8); k++ {
			if end, ok := allTime(op, k, to); ok {
				return op.Excerpt(w, end), true
			}
		}
	}
	return "", false
}

// allTime reports whether the words at k say "of all time": "ever", "of all time", "in
// history", "on record", "in living memory"; end is the word after them.
func allTime(d *document.Document, k, to int) (end int, ok bool) {
	next := func(i int) string { return normIn(d, i, 0, to) }
	switch n := d.Words[k].Norm; {
	case n == "ever":
		return k + 1, true
	case n == "of" && next(k+1) == "all" && next(k+2) == "time":
		return k + 3, true
	case n == "in" && next(k+1) == "history", n == "on" && next(k+1) == "record":
		return k + 2, true
	case n == "in" && next(k+1) == "living" && next(k+2) == "memory":
		return k + 3, true
	}
	return 0, false
}

// recordWord reports whether word w names a record: a superlative of size or quality, "first",
// "last" or "record".
func recordWord(d *document.Document, w int) bool {
	return recordWords[d.Words[w].Norm]
}

// recordWords name a record. Superlatives are listed rather than read off "-est", which would
// take in "interest", "protest" and "west".
var recordWords = setOfWords("highest", "lowest", "largest", "smallest", "biggest", "greatest",
	"worst", "best", "most", "fewest", "least", "longest", "shortest", "fastest", "slowest",
	"hottest", "coldest", "wettest", "driest", "deadliest", "first", "record")

// recordPeriod finds, within twelve words after source record word w, the period the record is
// limited to: "since 2015", "since the 1990s", "in ten years", "for a decade", "in a
// generation", "this century". "Since records began" is no limit. It returns the word after the
// period.
func recordPeriod(src *document.Document, w, to int) (end int, ok bool) {
	s := src.Words[w].Sentence
	norm := func(i int) string {
		if i < to && src.Words[i].Sentence == s {
			return src.Words[i].Norm
		}
		return ""
	}
	for k := w + 1; k < min(to, w+13) && src.Words[k].Sentence == s; k++ {
		switch n := norm(k); n {
		case "since":
			if nx := norm(k + 1); nx != "records" && nx != "record" && nx != "" {
				return k + 2, true
			}
		case "in", "for", "over":
			i := k + 1
			for i < k+5 && periodFillers[norm(i)] {
				i++ // "for at least a decade", "in the past ten years"
			}
			if periodWords[norm(i)] || isCount(norm(i)) && periodWords[norm(i+1)] {
				end := i + 1
				if !periodWords[norm(i)] {
					end = i + 2
				}
				return end, true
			}
		case "this":
			if c := norm(k + 1); c == "century" || c == "decade" {
				return k + 2, true
			}
		}
	}
	return 0, false
}

// periodFillers stand between "in" or "for" and the period: "at least a", "more than", "the past".
var periodFillers = setOfWords("at", "least", "more", "than", "over", "almost", "nearly", "about",
	"around", "the", "a", "an", "last", "past")

// periodWords name a stretch of time.
var periodWords = setOfWords("year", "years", "decade", "decades", "generation", "generations",
	"century", "centuries", "month", "months")

// isCount reports a number written in digits or words.
func isCount(n string) bool { return isDigit(n) || document.NumberValue(n) > 0 }
