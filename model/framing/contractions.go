package framing

import "strings"

// contractions pair the written-out form of an English contraction with the contracted form. A
// lexicon entry written one way matches the other too, so "it is telling" finds "it's telling"
// and "wouldn't be surprised" finds "would not be surprised" without a second line for each.
var contractions = [][2]string{
	{"it is", "it's"}, {"that is", "that's"}, {"there is", "there's"}, {"what is", "what's"},
	{"who is", "who's"}, {"he is", "he's"}, {"she is", "she's"}, {"here is", "here's"},
	{"is not", "isn't"}, {"are not", "aren't"}, {"was not", "wasn't"}, {"were not", "weren't"},
	{"do not", "don't"}, {"does not", "doesn't"}, {"did not", "didn't"}, {"have not", "haven't"},
	{"has not", "hasn't"}, {"had not", "hadn't"}, {"would not", "wouldn't"},
	{"could not", "couldn't"}, {"should not", "shouldn't"}, {"will not", "won't"},
	{"must not", "mustn't"}, {"cannot", "can't"}, {"i am", "i'm"}, {"you are", "you're"},
	{"we are", "we're"}, {"they are", "they're"}, {"i have", "i've"}, {"you have", "you've"},
	{"we have", "we've"}, {"they have", "they've"}, {"i will", "i'll"}, {"you will", "you'll"},
	{"we will", "we'll"}, {"they will", "they'll"}, {"it will", "it'll"}, {"i would", "i'd"},
	{"you would", "you'd"}, {"we would", "we'd"}, {"they would", "they'd"}, {"let us", "let's"},
}

// contract and expand index the contractions: contract maps a written-out pair of words ("would
// not") or a single word ("cannot") to its contraction; expand maps a contraction back.
var contract, expand = func() (map[string]string, map[string]string) {
	c, e := map[string]string{}, map[string]string{}
	for _, p := range contractions {
		c[p[0]], e[p[1]] = p[1], p[0]
	}
	return c, e
}()

// contractionVariants returns a lexicon phrase with its written-out forms contracted and with
// its contractions written out: at most two new phrases, none equal to the phrase itself. Only
// plain words are rewritten; a word with alternatives ("don't/doesn't"), an exact form ("=is")
// or a stem ("~is") is left as it is.
func contractionVariants(phrase string) []string {
	tokens := strings.Fields(phrase)
	lower := make([]string, len(tokens))
	for i, t := range tokens {
		lower[i] = strings.ToLower(strings.ReplaceAll(t, "’", "'"))
		if strings.ContainsAny(t, "/=~*_") {
			lower[i] = "" // not a plain word: never rewritten
		}
	}
	var contracted, expanded []string
	for i := 0; i < len(tokens); i++ {
		// "we would not" contracts to "we wouldn't", not "we'd not". A word that is not plain
		// is "" and so never part of a key.
		if i+1 < len(tokens) && (i+2 >= len(tokens) || lower[i+2] != "not") {
			if short, ok := contract[lower[i]+" "+lower[i+1]]; ok {
				contracted = append(contracted, short)
				i++
				continue
			}
		}
		if short, ok := contract[lower[i]]; ok {
			contracted = append(contracted, short)
			continue
		}
		contracted = append(contracted, tokens[i])
	}
	for i, t := range tokens {
		if long, ok := expand[lower[i]]; ok {
			t = long
		}
		expanded = append(expanded, t)
	}
	// Each variant rewrites only the forms of its own kind, so when both differ from the phrase
	// they differ from each other.
	var variants []string
	for _, v := range []string{strings.Join(contracted, " "), strings.Join(expanded, " ")} {
		if v != strings.Join(tokens, " ") {
			variants = append(variants, v)
		}
	}
	return variants
}
