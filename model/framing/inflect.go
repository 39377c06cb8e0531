package framing

import (
	"strings"

	"github.com/reframe-dev/reframe/model/document"
)

// inflections returns the folded forms a lexicon word matches: the word itself and its regular
// English inflections (plural and third person -s/-es, past -ed, -ing, comparative -er/-est, the
// adverb in -ly, possessive 's), with the usual spelling changes (blame → blaming, slam → slammed,
// cry → cried, panic → panicked, horrible → horribly), plus the forms of common irregular verbs.
// Closed-class words (articles, pronouns, prepositions, particles) match only themselves.
func inflections(word string) []string {
	forms := []string{word}
	if closedClass[word] || len(word) < 3 || !isLetters(word) {
		return forms
	}
	add := func(f ...string) { forms = append(forms, f...) }
	for _, f := range document.IrregularForms(word) {
		add(f)
	}
	n := len(word)
	last, prev := word[n-1], word[n-2]
	switch {
	case last == 'e':
		stem := word[:n-1]
		add(word+"s", word+"d", word+"r", word+"st", stem+"ing", word+"ly", word+"'s")
		if strings.HasSuffix(word, "ie") {
			add(word[:n-2] + "ying")
		}
		if strings.HasSuffix(word, "le") && !isVowel(word[n-3]) {
			add(word[:n-1] + "y") // horrible → horribly
		}
	case last == 'y' && !isVowel(prev):
		stem := word[:n-1]
		add(stem+"ies", stem+"ied", stem+"ier", stem+"iest", stem+"ily", word+"ing", word+"'s")
	case last == 'c':
		add(word+"s", word+"ked", word+"king", word+"ally", word+"'s")
	default:
		if strings.HasSuffix(word, "s") || strings.HasSuffix(word, "x") || strings.HasSuffix(word, "z") ||
			strings.HasSuffix(word, "ch") || strings.HasSuffix(word, "sh") {
			add(word + "es")
		} else {
			add(word + "s")
		}
		add(word+"ed", word+"ing", word+"er", word+"est", word+"ly", word+"'s")
		if doublesFinal(word) {
			d := word + string(last)
			add(d+"ed", d+"ing", d+"er", d+"est")
		}
	}
	return forms
}

// doublesFinal reports a word ending consonant-vowel-consonant, whose final consonant doubles
// before -ed and -ing in many verbs (slam → slammed). Generating the doubled form for words that
// do not double is harmless: no English word has that spelling.
func doublesFinal(w string) bool {
	n := len(w)
	if n < 3 {
		return false
	}
	c := w[n-1]
	return !isVowel(c) && c != 'w' && c != 'x' && c != 'y' && isVowel(w[n-2]) && !isVowel(w[n-3])
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// closedClass words are never inflected: "as" must not match "ass", nor "in" "inns".
var closedClass = setOf(
	"a", "an", "the", "this", "that", "these", "those", "and", "or", "but", "nor", "so", "yet",
	"of", "in", "on", "at", "by", "for", "to", "from", "with", "into", "onto", "upon", "about",
	"over", "under", "up", "down", "out", "off", "away", "aside", "back", "around", "through",
	"it", "its", "he", "him", "his", "she", "her", "hers", "they", "them", "their", "we", "us",
	"our", "you", "your", "i", "me", "my", "one", "all", "any", "some", "no", "not", "none", "every",
	"each", "what", "who", "whom", "whose", "which", "why", "how", "when", "where", "there", "here",
	"is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
	"can", "could", "may", "might", "must", "shall", "should", "will", "would", "ought", "as",
	"if", "than", "then", "very", "too", "also", "only", "just", "even", "still", "ever", "never",
	"more", "most", "less", "least", "own", "such", "else", "way", "along", "across", "against",
	"among", "between", "behind", "beyond", "during", "without", "within", "toward", "towards",
	"past", "near", "per", "via", "despite", "except", "before", "after", "until", "till",
	"since", "whether", "while", "than", "because", "although", "though", "unless", "whereas",
	"amid", "below", "above", "beneath", "beside", "besides", "inside", "outside", "throughout",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
