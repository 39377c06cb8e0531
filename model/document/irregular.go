package document

import "strings"

// The Snowball stemmer leaves irregular verb forms alone ("wrote", "written" and "write" get three
// stems), so a restatement that changes tense loses the words it shares with its source. Stem
// maps the forms of common irregular verbs to their base form first, except forms that are as
// often another word ("left", "found", "saw", "rose", "felt", "wound"...).

// irregularVerbs lists the irregular forms of common verbs.
var irregularVerbs = map[string][]string{
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

// ambiguousForms are irregular forms that are as often another word: a direction, a noun, an
// adjective or another verb's base form.
var ambiguousForms = map[string]bool{
	"left": true, "found": true, "saw": true, "lay": true, "bit": true, "rose": true, "felt": true,
	"lit": true, "spoke": true, "bore": true, "shot": true, "drunk": true, "lain": true, "lied": true,
	"is": true, "are": true, "was": true, "were": true, "been": true, "being": true, "am": true,
	"has": true, "had": true, "having": true, "does": true, "did": true, "done": true, "doing": true,
	"lets": true, "letting": true, "sets": true, "setting": true, "puts": true, "putting": true,
	"cuts": true, "cutting": true, "hits": true, "hitting": true, "shuts": true, "shutting": true,
	"slipped": true, "goes": true, "won": true, "stuck": true, "kept": true, "bid": true,
}

// lemmas maps each unambiguous irregular form to its base form.
var lemmas = func() map[string]string {
	m := map[string]string{}
	for base, forms := range irregularVerbs {
		for _, f := range forms {
			if !ambiguousForms[f] {
				m[f] = base
			}
		}
	}
	return m
}()

// IrregularForms returns the irregular forms of a verb given in its base form ("write": wrote,
// written), or nil.
func IrregularForms(base string) []string { return irregularVerbs[base] }

// PastForm reports whether a folded word looks like a verb's past tense or participle: a regular
// "-ed" form ("opened", "built" is irregular) or an unambiguous irregular one ("built", "wrote").
func PastForm(norm string) bool {
	if _, ok := lemmas[norm]; ok {
		return true
	}
	return len(norm) > 4 && strings.HasSuffix(norm, "ed")
}
