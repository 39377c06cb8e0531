package document

import "slices"

// numberValues are the numbers said in words, with their values: the one table the alignment,
// the framing analysis and the claims check all read.
var numberValues = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9, "half": 0.5,
}

// magnitudes are the plurals that say a round quantity without a figure: "hundreds of", "dozens".
var magnitudes = map[string]bool{
	"dozens": true, "hundreds": true, "thousands": true, "millions": true, "billions": true,
}

// fractionShares are the shares said in words, as percentages.
var fractionShares = map[string]float64{
	"half": 50, "third": 33.3, "quarter": 25, "fifth": 20, "tenth": 10, "thirds": 66.7, "quarters": 75,
}

// NumberValue returns the value of a number said in one folded word ("seven" 7, "dozen" 12, "half"
// 0.5), or 0 when the word says no number.
func NumberValue(norm string) float64 { return numberValues[norm] }

// IsNumberWord reports whether a folded word says a number or a round quantity: a number word
// ("seven", "million") or the plural of one ("hundreds", "dozens").
func IsNumberWord(norm string) bool { return numberValues[norm] > 0 || magnitudes[norm] }

// FractionShare returns the share a fraction word says, as a percentage ("third" 33.3, "quarters"
// 75), or 0 when the word is no fraction.
func FractionShare(norm string) float64 { return fractionShares[norm] }

// NumberWords returns every word NumberValue, IsNumberWord or FractionShare knows, sorted.
func NumberWords() []string {
	var out []string
	for _, set := range []map[string]float64{numberValues, fractionShares} {
		for w := range set {
			if !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	for w := range magnitudes {
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}
