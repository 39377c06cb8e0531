package framing

import "strings"

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
	for _, f := range irregular[word] {
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

// irregular lists the irregular forms of common verbs that lexicon phrases use.
var irregular = map[string][]string{
	"be":         {"is", "are", "was", "were", "been", "being", "am"},
	"have":       {"has", "had", "having"},
	"do":         {"does", "did", "done", "doing"},
	"lay":        {"laid"},
	"pay":        {"paid"},
	"say":        {"said"},
	"take":       {"took", "taken"},
	"give":       {"gave", "given"},
	"make":       {"made"},
	"bring":      {"brought"},
	"think":      {"thought"},
	"see":        {"saw", "seen"},
	"know":       {"knew", "known"},
	"tell":       {"told"},
	"come":       {"came"},
	"go":         {"went", "gone", "goes"},
	"write":      {"wrote", "written"},
	"speak":      {"spoke", "spoken"},
	"fall":       {"fell", "fallen"},
	"throw":      {"threw", "thrown"},
	"hide":       {"hid", "hidden"},
	"shake":      {"shook", "shaken"},
	"blow":       {"blew", "blown"},
	"break":      {"broke", "broken"},
	"sweep":      {"swept"},
	"sell":       {"sold"},
	"run":        {"ran"},
	"steal":      {"stole", "stolen"},
	"hold":       {"held"},
	"keep":       {"kept"},
	"leave":      {"left"},
	"spin":       {"spun"},
	"tear":       {"tore", "torn"},
	"bite":       {"bit", "bitten"},
	"sink":       {"sank", "sunk"},
	"strike":     {"struck", "stricken"},
	"swing":      {"swung"},
	"wake":       {"woke", "woken"},
	"feed":       {"fed"},
	"let":        {"lets", "letting"},
	"set":        {"sets", "setting"},
	"put":        {"puts", "putting"},
	"cut":        {"cuts", "cutting"},
	"hit":        {"hits", "hitting"},
	"shut":       {"shuts", "shutting"},
	"get":        {"got", "gotten"},
	"find":       {"found"},
	"lose":       {"lost"},
	"slip":       {"slipped"},
	"catch":      {"caught"},
	"teach":      {"taught"},
	"buy":        {"bought"},
	"fight":      {"fought"},
	"seek":       {"sought"},
	"stand":      {"stood"},
	"draw":       {"drew", "drawn"},
	"drive":      {"drove", "driven"},
	"rise":       {"rose", "risen"},
	"grow":       {"grew", "grown"},
	"fly":        {"flew", "flown"},
	"sting":      {"stung"},
	"weave":      {"wove", "woven"},
	"mislead":    {"misled"},
	"forget":     {"forgot", "forgotten"},
	"lie":        {"lay", "lain", "lied"},
	"shine":      {"shone"},
	"feel":       {"felt"},
	"mean":       {"meant"},
	"send":       {"sent"},
	"spend":      {"spent"},
	"build":      {"built"},
	"deal":       {"dealt"},
	"lead":       {"led"},
	"light":      {"lit"},
	"win":        {"won"},
	"begin":      {"began", "begun"},
	"ring":       {"rang", "rung"},
	"sing":       {"sang", "sung"},
	"drink":      {"drank", "drunk"},
	"swim":       {"swam", "swum"},
	"choose":     {"chose", "chosen"},
	"freeze":     {"froze", "frozen"},
	"forsake":    {"forsook", "forsaken"},
	"undertake":  {"undertook", "undertaken"},
	"overtake":   {"overtook", "overtaken"},
	"mistake":    {"mistook", "mistaken"},
	"understand": {"understood"},
	"withhold":   {"withheld"},
	"uphold":     {"upheld"},
	"beat":       {"beaten"},
	"shoot":      {"shot"},
	"prove":      {"proven"},
	"show":       {"shown"},
	"swell":      {"swollen"},
	"bear":       {"bore", "borne"},
	"wear":       {"wore", "worn"},
	"forbid":     {"forbade", "forbidden"},
	"bid":        {"bade"},
	"dig":        {"dug"},
	"hang":       {"hung"},
	"spit":       {"spat"},
	"flee":       {"fled"},
	"bleed":      {"bled"},
	"breed":      {"bred"},
	"fling":      {"flung"},
	"slay":       {"slew", "slain"},
	"stick":      {"stuck"},
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
