package framing

import (
	"testing"

	"github.com/reframe-dev/reframe/model/report"
)

func TestRhetoricalQuestion(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "the writer's question",
		opinion: "Who approved this plan? Nobody will say.",
		want:    []got{{"Who approved this plan?", report.RhetoricalQuestion}},
	}, {
		name:    "a quoted speaker's question",
		opinion: "The mayor asked: \"Who approved this plan?\" Nobody answered.",
		want:    []got{},
	}, {
		name:    "a question the source asks too",
		opinion: "Who pays for the bridge? The report leaves that open.",
		source:  "Who pays for the bridge? The council has not decided.",
		want:    []got{},
	}, {
		name:    "a question the source does not ask",
		opinion: "Why did the council wait? The report leaves that open.",
		source:  "The council has not decided who pays for the bridge.",
		want:    []got{{"Why did the council wait?", report.RhetoricalQuestion}},
	}, {
		name:    "a question inside a block quote",
		opinion: "Residents wrote to the council.\n\n> Who pays for the bridge?\n\nThe council did not reply.",
		want:    []got{},
	}})
}

func TestScareQuotes(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "straight quotes, framing only",
		opinion: "The \"recovery\" has not reached the towns.",
		want:    []got{{"\"recovery\"", report.Distancing}},
	}, {
		name:    "curly quotes, framing only",
		opinion: "The “experts” were wrong again.",
		want:    []got{{"“experts”", report.Distancing}},
	}, {
		name:    "attributed to a speaker, framing only",
		opinion: "The minister said the recovery was \"solid\".",
		want:    []got{},
	}, {
		name:    "words the source never uses",
		opinion: "The \"reform\" cost millions.",
		source:  "The council approved the budget for roads.",
		want:    []got{{"\"reform\"", report.Distancing}},
	}, {
		name:    "a word or two of the source lifted out, though credited",
		opinion: "The report calls the outlook \"broadly stable\".",
		source:  "The outlook is broadly stable, the report says.",
		want:    []got{{"\"broadly stable\"", report.Distancing}},
	}, {
		name:    "the source's own criticism, credited",
		opinion: "The report calls the delays \"unacceptable\".",
		source:  "The delays are unacceptable, the report says.",
		want:    []got{},
	}, {
		name:    "a credited quotation of the source",
		opinion: "The report says the outlook is \"broadly stable for the coming year\".",
		source:  "The outlook is broadly stable for the coming year, the report says.",
		want:    []got{},
	}, {
		name:    "the source's word, credited to no one",
		opinion: "The \"recovery\" has not reached the towns.",
		source:  "The recovery continued in the third quarter.",
		want:    []got{{"\"recovery\"", report.Distancing}},
	}, {
		name:    "a quotation of more than three words",
		opinion: "Officials promised \"a full and open inquiry\" last year.",
		want:    []got{},
	}, {
		name:    "a title",
		opinion: "The council published a plan titled \"Roads First\" in May.",
		want:    []got{},
	}, {
		name:    "we are told credits no one",
		opinion: "Its numbers, we are told, are \"indicative\".",
		source:  "The figures are indicative and will be revised.",
		want:    []got{{"we are told", report.Distancing}, {"\"indicative\"", report.Distancing}},
	}, {
		name:    "the source's words after so-called",
		opinion: "It was a so-called \"humanitarian corridor\" in the end.",
		source:  "The army opened a humanitarian corridor on Friday.",
		want:    []got{{"so-called", report.Distancing}, {"\"humanitarian corridor\"", report.Distancing}},
	}, {
		name:    "so-called elsewhere in the sentence credits no one",
		opinion: "As for the so-called treatment, every flat that had been \"treated\" got mould again.",
		source:  "Flats were treated for mould in 2023.",
		want:    []got{{"so-called", report.Distancing}, {"\"treated\"", report.Distancing}},
	}, {
		name:    "a quotation credited to a speaker after so-called",
		opinion: "The so-called reform, the minister said, was \"solid and working well\".",
		source:  "The minister said the reform was solid and working well.",
		want:    []got{{"so-called", report.Distancing}},
	}})
}

func TestExclamation(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "the writer's exclamation",
		opinion: "They knew for a week! Nobody told us.",
		want:    []got{{"They knew for a week!", report.Appeal}},
	}, {
		name:    "a quoted speaker's exclamation",
		opinion: "\"They knew for a week!\" one resident said.",
		want:    []got{},
	}, {
		name:    "an appeal phrase inside keeps the specific finding",
		opinion: "Wake up!",
		want:    []got{{"Wake up", report.Appeal}},
	}})
}

func TestCapitals(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "a shouted word",
		opinion: "The council did NOT consult residents.",
		want:    []got{{"NOT", report.Intensifier}},
	}, {
		name:    "a shouted run",
		opinion: "The cleanup will take AT LEAST another week.",
		want:    []got{{"AT LEAST", report.Intensifier}},
	}, {
		name:    "a shouted plural",
		opinion: "So we are talking HUNDREDS of people.",
		want:    []got{{"HUNDREDS", report.Intensifier}},
	}, {
		name:    "acronyms",
		opinion: "The NATO summit and the UNICEF report came out on the same day.",
		want:    []got{},
	}, {
		name:    "a heading in capitals",
		opinion: "COUNCIL VOTES ON BUDGET\n\nThe council met on Tuesday.",
		want:    []got{},
	}, {
		name:    "a word the source writes in capitals",
		opinion: "The COVID rules ended in May.",
		source:  "COVID rules were lifted. The covid ward closed.",
		want:    []got{},
	}, {
		name:    "a shouted two-letter word",
		opinion: "The pipes are forty years old. Come ON.",
		want:    []got{{"ON", report.Intensifier}},
	}, {
		name:    "a two-letter acronym",
		opinion: "The EU and the UN met in May.",
		want:    []got{},
	}, {
		name:    "two-letter acronyms that are also words",
		opinion: "Hundreds of IS fighters left. ME patients were not told. GO members met.",
		want:    []got{},
	}, {
		name:    "a shouted NO before a word",
		opinion: "There is NO evidence the council knew.",
		want:    []got{{"NO", report.Intensifier}},
	}, {
		name:    "capitals the writer put on words copied from the source",
		opinion: "The repairs are likely to take AT LEAST another week, the water company said.",
		source:  "The repairs are likely to take at least another week, the water company said.",
		want:    []got{{"AT LEAST", report.Intensifier}},
	}, {
		name:    "a Roman numeral",
		opinion: "Part III of the report covers schools.",
		want:    []got{},
	}})
}

func TestAsides(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "an imperative to the reader",
		opinion: "The depot will run all night. Think about what that means.",
		want:    []got{{"Think about what that means.", report.Appeal}},
	}, {
		name:    "a noun that looks like a verb",
		opinion: "Share prices fell on Monday.",
		want:    []got{},
	}, {
		name:    "a subject that looks like a verb",
		opinion: "Demand was not spread evenly across the routes.",
		want:    []got{},
	}, {
		name:    "a verbless fragment",
		opinion: "They'll tell you it might be a swimming pool. Please. The pipes are the same.",
		want:    []got{{"They'll tell you", report.Distancing}, {"Please.", report.Distancing}},
	}, {
		name:    "plain assent is no aside",
		opinion: "The council will publish the figures every month. Good. It says more inspectors are coming. Exactly. We agree. Hear, hear.",
		want:    []got{},
	}, {
		name:    "mock praise is an aside",
		opinion: "The council says most people recover at home. Great. The families were not asked. Perhaps. The pipes are old.",
		want:    []got{{"Great.", report.Distancing}, {"Perhaps.", report.Distancing}},
	}, {
		name:    "a short sentence with a verb",
		opinion: "The council met on Tuesday. Profits followed. The vote was close.",
		want:    []got{},
	}, {
		name:    "a heading of its own",
		opinion: "Summary.\n\nThe council met on Tuesday.",
		want:    []got{},
	}, {
		name:    "an imperative after a scene-setting clause",
		opinion: "If you have a loyalty card, stop what you're doing and read this.",
		want:    []got{{"stop what you're doing and read this.", report.Appeal}},
	}, {
		name:    "a negative imperative after another",
		opinion: "In the meantime, do not click links, and do not wait for the company to protect you.",
		want:    []got{{"do not wait for the company to protect you.", report.Appeal}},
	}, {
		name:    "a verb that is never a noun, before a content word",
		opinion: "Starting this week, put fermented vegetables on your table. Bring a banner on Saturday.",
		want:    []got{{"put fermented vegetables on your table.", report.Appeal}, {"Bring a banner on Saturday.", report.Appeal}},
	}, {
		name:    "practical advice with a plain verb",
		opinion: "Do not click links in the email, and delete it.",
		want:    []got{},
	}, {
		name:    "a manner of speaking",
		opinion: "Put simply, the plan failed. Put another way, nobody came. Remember, they promised.",
		want:    []got{{"Remember, they promised.", report.Appeal}},
	}, {
		name:    "a noun after a scene-setting phrase",
		opinion: "In 2023, think tanks warned of a slump. If it rains, call centres close early.",
		want:    []got{},
	}, {
		name:    "a comma in a sentence that does not set a scene",
		opinion: "The council met, tell the truth or not, on Tuesday.",
		want:    []got{},
	}})
}

func TestInsertedWords(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "an adjective slipped into a copied passage",
		opinion: "The depot would be built on the former Brickfield works, a cherished site of around twelve hectares next to the river.",
		source:  "The depot would be built on the former Brickfield works, a site of around twelve hectares next to the river.",
		want:    []got{{"cherished", report.LoadedLanguage}},
	}, {
		name:    "a verb before an adverb is rephrasing, not a modifier",
		opinion: "On the Dunmere Plain, which grows nearly half of the country's wheat, yields are down by a fifth this year.",
		source:  "On the Dunmere Plain, which produces nearly half of the country's wheat, yields are down by a fifth this year.",
		want:    []got{},
	}, {
		name:    "a number changed in a copied passage is no coloured word",
		opinion: "It says it is \"investing 210 million crowns over the next ten years to reduce discharges by around 40 per cent\".",
		source:  "We are investing 210 million crowns over the next five years to reduce discharges by around 40 per cent.",
		want:    []got{},
	}, {
		name:    "a word in place of the source's is a substitution, which the quote's edits report",
		opinion: `The chief executive said the company "acted as quickly as the lawyers allowed once the breach was found".`,
		source:  "The chief executive said the company acted as quickly as the facts allowed once the breach was found.",
		want:    []got{},
	}, {
		name:    "a copied passage unchanged",
		opinion: "The depot would be built on the former Brickfield works, a site of around twelve hectares next to the river.",
		source:  "The depot would be built on the former Brickfield works, a site of around twelve hectares next to the river.",
		want:    []got{},
	}})
}

func TestCommonKnowledge(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "anyone who has done something knows",
		opinion: "Anyone who has walked a wheat field on the plain this summer already knows the answer.",
		want:    []got{{"Anyone who has walked a wheat field on the plain this summer already knows", report.Appeal}},
	}, {
		name:    "anyone could have told them",
		opinion: "The smaller museums drive trade, which anyone queuing for coffee on the quay could have told them for free.",
		want:    []got{{"anyone queuing for coffee on the quay could have told", report.Appeal}},
	}, {
		name:    "anyone with no verb of knowing",
		opinion: "The moor was empty for weeks before anyone noticed the gate.",
		want:    []got{},
	}, {
		name:    "everyone someone else knows",
		opinion: "The leaflet went to everyone you know in the valley.",
		want:    []got{},
	}, {
		name:    "every member of a trade will tell you",
		opinion: "Every skipper working out of the harbour this autumn will tell you the same thing.",
		want:    []got{{"Every skipper working out of the harbour this autumn will tell you", report.Appeal}},
	}, {
		name:    "any member of a group who has done something will tell you",
		opinion: "Any volunteer who has fought grass fires in this valley will tell you that the gate matters.",
		want:    []got{{"Any volunteer who has fought grass fires in this valley will tell you", report.Appeal}},
	}, {
		name:    "every member of a group knows a place: a plain statement",
		opinion: "Every farmer in this valley knows the river.",
		want:    []got{},
	}, {
		name:    "every season, until someone can tell",
		opinion: "The survey will run every breeding season until someone can tell whether the colony recovers.",
		want:    []got{},
	}, {
		name:    "someone else takes the subject after a comma",
		opinion: "The council will publish results for every school, term by term, so that parents can tell you how each did.",
		want:    []got{},
	}})
}

// TestMoreReaderVerbs: calls to come, read, respond, print or forward are addressed to the
// reader; "Come on" and "Come the election" are not.
func TestMoreReaderVerbs(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "come to a meeting",
		opinion: "The review is out. Come to our meeting at the Hollins hall on the 3rd.",
		want:    []got{{"Come to our meeting at the Hollins hall on the 3rd.", report.Appeal}},
	}, {
		name:    "read it again",
		opinion: "The council says the service is safe. Read that sentence again.",
		want:    []got{{"Read that sentence again.", report.Appeal}},
	}, {
		name:    "respond",
		opinion: "The consultation closes on Friday. Respond to the consultation.",
		want:    []got{{"Respond to the consultation.", report.Appeal}},
	}, {
		name:    "come the election",
		opinion: "Come the spring election, voters will have their say on the depot.",
		want:    []got{},
	}, {
		name:    "print media",
		opinion: "Print media covered the depot in detail last year.",
		want:    []got{},
	}})
}

// TestIfYouAddress: a sentence that opens by addressing the reader's own life or identity ("If
// you live in the valley", "If you are a teacher") appeals to the reader; "if you" further on,
// or a plain condition, does not.
func TestIfYouAddress(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "where the reader lives",
		opinion: "If you live in the valley, this is your fight.",
		want:    []got{{"If you live", report.Appeal}},
	}, {
		name:    "with a word between",
		opinion: "If you still carry cash, the bank has bad news.",
		want:    []got{{"If you still carry", report.Appeal}},
	}, {
		name:    "who the reader is",
		opinion: "If you are a teacher, this matters.",
		want:    []got{{"If you are a teacher", report.Appeal}},
	}, {
		name:    "what the reader has",
		opinion: "And if you have a mortgage, the rate rise lands on you.",
		want:    []got{{"if you have a mortgage", report.Appeal}},
	}, {
		name:    "a condition, not an address",
		opinion: "The fine is doubled if you pay after thirty days.",
		want:    []got{},
	}})
}

// TestSarcasticAsIf: "as if" that restates a view as absurd is loaded; after a verb of seeming it
// compares, and is plain.
func TestSarcasticAsIf(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "sarcasm",
		opinion: "The company offered a year of credit monitoring, as if that could un-leak a date of birth.",
		want:    []got{{"as if", report.LoadedLanguage}},
	}, {
		name:    "sarcasm with though",
		opinion: "The board blamed the new scale, as though a scale could account for a lost year.",
		want:    []got{{"as though", report.LoadedLanguage}},
	}, {
		name:    "a comparison after a verb of seeming",
		opinion: "It looks as if the rain will stop before the match.",
		want:    []got{},
	}, {
		name:    "felt as though",
		opinion: "Residents said the night felt as though it would never end.",
		want:    []got{},
	}})
}

// TestImputedMotives: what officials hope, want or know, said by the writer, is insinuation; the
// same words about the writer or the reader are not.
func TestImputedMotives(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "hoping nobody reads on",
		opinion: "The ministry published the figures late on a Friday, hoping nobody reads past the first page.",
		want:    []got{{"hoping nobody reads", report.Speculation}},
	}, {
		name:    "ministers know it",
		opinion: "The grant is a cut in all but name, and ministers know it.",
		want:    []got{{"know it", report.Speculation}},
	}, {
		name:    "wants you to focus",
		opinion: "That is the number the Bank wants you to focus on.",
		want:    []got{{"wants you to focus", report.Speculation}},
	}, {
		name:    "knows exactly who",
		opinion: "The council knows exactly who will pay.",
		want:    []got{{"knows exactly", report.Speculation}},
	}, {
		name:    "counting on silence",
		opinion: "The airport is counting on our silence.",
		want:    []got{{"counting on our silence", report.Speculation}},
	}, {
		name:    "before you know it",
		opinion: "Before you know it, the season is over.",
		want:    []got{},
	}, {
		name:    "the writer's own knowledge",
		opinion: "We know exactly what the depot will cost, and I know it.",
		want:    []got{{"exactly", report.Intensifier}},
	}})
}
