package framing

import (
	"testing"

	"github.com/reframe-dev/reframe/model/report"
)

// TestStockIntensifiers covers the emphatic adverbs and absolutes of devices_stock.txt: each on a
// sentence of its emphatic use, and the same words in a plain sense that must stay unflagged.
func TestStockIntensifiers(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "genuinely for stress",
		opinion: "The change is genuinely hard to follow.",
		want:    []got{{"genuinely", report.Intensifier}},
	}, {
		name:    "a refusal made final",
		opinion: "The clinic refused point-blank to reply.",
		want:    []got{{"point-blank", report.Intensifier}},
	}, {
		name:    "rejected outright",
		opinion: "The council rejected the offer outright.",
		want:    []got{{"outright", report.Intensifier}},
	}, {
		name:    "not even",
		opinion: "Not even the auditors read the annex.",
		want:    []got{{"Not even", report.Intensifier}},
	}, {
		name:    "a contracted not even",
		opinion: "The board didn't even reply.",
		want:    []got{{"didn't even", report.Intensifier}},
	}, {
		name:    "worst of all before a comma",
		opinion: "Worst of all, the letters went unanswered.",
		want:    []got{{"Worst of all", report.Intensifier}},
	}, {
		name:    "no amount of",
		opinion: "No amount of polish will fix the design.",
		want:    []got{{"No amount of", report.Intensifier}},
	}, {
		name:    "not one penny",
		opinion: "Tenants will not get one penny back.",
		want:    []got{{"not get one penny", report.Intensifier}},
	}, {
		name:    "first by a mile",
		opinion: "It is the best scheme by a mile.",
		want:    []got{{"by a mile", report.Intensifier}},
	}, {
		name:    "of all people as an aside",
		opinion: "The minister, of all people, signed the letter.",
		want:    []got{{"of all people", report.Intensifier}},
	}, {
		name:    "period after a comma",
		opinion: "The answer is no, period.",
		want:    []got{{"period", report.Intensifier}},
	}, {
		name:    "a shortfall stressed",
		opinion: "The fund raised nowhere near enough.",
		want:    []got{{"nowhere near enough", report.Intensifier}},
	}, {
		name:    "an omission stressed",
		opinion: "The council left without so much as a note.",
		want:    []got{{"without so much as", report.Intensifier}},
	}, {
		name:    "patently",
		opinion: "The plan is patently unworkable.",
		want:    []got{{"patently", report.Intensifier}},
	}, {
		name:    "no less as an aside",
		opinion: "The chief executive, no less, signed the memo.",
		want:    []got{{"no less", report.Intensifier}},
	}, {
		name:    "not once",
		opinion: "Not once did the board meet the tenants.",
		want:    []got{{"Not once", report.Intensifier}},
	}, {
		name:    "in no uncertain terms",
		opinion: "The firm replied in no uncertain terms.",
		want:    []got{{"in no uncertain terms", report.Intensifier}},
	}, {
		name:    "exasperation",
		opinion: "For the life of me I cannot see the point.",
		want:    []got{{"For the life of me", report.Intensifier}},
	}, {
		name:    "if ever there was one",
		opinion: "It was a gamble if ever there was one.",
		want:    []got{{"if ever there was one", report.Intensifier}},
	}, {
		name:    "like never before",
		opinion: "Rents rose like never before.",
		want:    []got{{"like never before", report.Intensifier}},
	}, {
		name:    "an entire generation",
		opinion: "The plan hurts an entire generation.",
		want:    []got{{"an entire", report.Intensifier}},
	}, {
		name:    "not a scintilla",
		opinion: "There is not a scintilla of proof.",
		want:    []got{{"a scintilla of", report.Intensifier}},
	}, {
		name:    "one iota",
		opinion: "The figures do not matter one iota.",
		want:    []got{{"one iota", report.Intensifier}},
	}, {
		name:    "what happened, plainly",
		opinion: "What actually happened is still unclear.",
		want:    []got{},
	}, {
		name:    "a shot at close range",
		opinion: "The victim was shot at point-blank range.",
		want:    []got{},
	}, {
		name:    "an outright majority",
		opinion: "The party won an outright majority.",
		want:    []got{},
	}, {
		name:    "owning a house outright",
		opinion: "The couple own the house outright.",
		want:    []got{},
	}, {
		name:    "at all times after a negation",
		opinion: "Doors are not locked at all times.",
		want:    []got{},
	}, {
		name:    "ground that is not level",
		opinion: "The ground is not even.",
		want:    []got{},
	}, {
		name:    "not evenly spread",
		opinion: "The pay was not evenly spread.",
		want:    []got{},
	}, {
		name:    "breaking even",
		opinion: "The firm broke even on its own sales.",
		want:    []got{},
	}, {
		name:    "best of all the clubs",
		opinion: "The team did best of all the clubs.",
		want:    []got{},
	}, {
		name:    "not seen once a week",
		opinion: "Patients are not seen once a week.",
		want:    []got{},
	}, {
		name:    "a race won by a mile",
		opinion: "The runner won the race by a mile.",
		want:    []got{},
	}, {
		name:    "production on an industrial scale",
		opinion: "Fertiliser is produced on an industrial scale.",
		want:    []got{},
	}, {
		name:    "a plainly cut dress",
		opinion: "The dress was plainly cut.",
		want:    []got{},
	}, {
		name:    "the least developed countries",
		opinion: "The least developed countries got aid.",
		want:    []got{},
	}, {
		name:    "not a pound more",
		opinion: "It is not a pound more than last year.",
		want:    []got{},
	}, {
		name:    "an entire street",
		opinion: "The storm destroyed an entire street.",
		want:    []got{},
	}, {
		name:    "even so",
		opinion: "Even so, the plan went ahead.",
		want:    []got{},
	}})
}

// TestStockAppeals covers the addresses to the reader and the calls to act or feel of
// devices_stock.txt, and plain uses of the same words that must stay unflagged.
func TestStockAppeals(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "sympathy asked for",
		opinion: "Spare a thought for the night staff.",
		want:    []got{{"Spare a thought for", report.Appeal}},
	}, {
		name:    "the rest of us",
		opinion: "The cuts fall on the rest of us.",
		want:    []got{{"the rest of us", report.Appeal}},
	}, {
		name:    "a voice to be heard",
		opinion: "Make your voice heard at the hearing.",
		want:    []got{{"Make your voice heard", report.Appeal}},
	}, {
		name:    "have your say",
		opinion: "Have your say before the deadline.",
		want:    []got{{"Have your say", report.Appeal}},
	}, {
		name:    "taxpayers like you",
		opinion: "Taxpayers like you will foot the bill.",
		want:    []got{{"Taxpayers like you", report.Appeal}},
	}, {
		name:    "the little guy",
		opinion: "The little guy always pays.",
		want:    []got{{"The little guy", report.Appeal}},
	}, {
		name:    "fellow citizens addressed",
		opinion: "My fellow citizens have waited for years.",
		want:    []got{{"My fellow citizens", report.Appeal}},
	}, {
		name:    "dear reader",
		opinion: "Dear reader, the story gets worse.",
		want:    []got{{"Dear reader", report.Appeal}},
	}, {
		name:    "you would think",
		opinion: "You would think the council had learned by now.",
		want:    []got{{"You would think", report.Appeal}},
	}, {
		name:    "you'd think",
		opinion: "You'd think the bank would check.",
		want:    []got{{"You'd think", report.Appeal}},
	}, {
		name:    "a feeling prescribed",
		opinion: "If that does not worry you, nothing will.",
		want:    []got{{"If that does not worry you", report.Appeal}},
	}, {
		name:    "every one of us",
		opinion: "The rule affects every one of us.",
		want:    []got{{"every one of us", report.Appeal}},
	}, {
		name:    "a threat near the reader",
		opinion: "A toll road is coming to a town near you.",
		want:    []got{{"coming to a town near you", report.Appeal}},
	}, {
		name:    "anyone at risk",
		opinion: "It could happen to any of us.",
		want:    []got{{"could happen to any of us", report.Appeal}},
	}, {
		name:    "no parent should have to",
		opinion: "No parent should have to wait a year for a place.",
		want:    []got{{"No parent should have to", report.Appeal}},
	}, {
		name:    "this day and age",
		opinion: "In this day and age, a bus every hour is not much.",
		want:    []got{{"In this day and age", report.Appeal}},
	}, {
		name:    "any decent employer",
		opinion: "Any decent employer would pay the wage.",
		want:    []got{{"Any decent employer", report.Appeal}},
	}, {
		name:    "better than this",
		opinion: "We are better than this.",
		want:    []got{{"We are better than this", report.Appeal}},
	}, {
		name:    "stand with us",
		opinion: "Stand with us on Saturday.",
		want:    []got{{"Stand with us", report.Appeal}},
	}, {
		name:    "say no to",
		opinion: "Say no to the bypass.",
		want:    []got{{"Say no to", report.Appeal}},
	}, {
		name:    "silence as guilt",
		opinion: "Silence is complicity.",
		want:    []got{{"Silence is complicity", report.Appeal}},
	}, {
		name:    "nobody to be believed but the writer",
		opinion: "Don't let anyone tell you the money is not there.",
		want:    []got{{"Don't let anyone tell you", report.Appeal}},
	}, {
		name:    "shared experience",
		opinion: "We have all been there.",
		want:    []got{{"We have all been there", report.Appeal}},
	}, {
		name:    "the reader's notice assumed",
		opinion: "You may have noticed the queues at the post office.",
		want:    []got{{"You may have noticed", report.Appeal}},
	}, {
		name:    "joe public",
		opinion: "Joe Public pays again.",
		want:    []got{{"Joe Public", report.Appeal}},
	}, {
		name:    "our farmers",
		opinion: "Our farmers have had a hard year.",
		want:    []got{{"Our farmers", report.Appeal}},
	}, {
		name:    "pity the",
		opinion: "Pity the commuters on the night bus.",
		want:    []got{{"Pity the", report.Appeal}},
	}, {
		name:    "hands up",
		opinion: "Hands up who has read the plan.",
		want:    []got{{"Hands up who", report.Appeal}},
	}, {
		name:    "the rest of us in a plain story",
		opinion: "The rest of us went home early.",
		want:    []got{},
	}, {
		name:    "his fellow citizens",
		opinion: "His fellow citizens elected him twice.",
		want:    []got{},
	}, {
		name:    "fellow residents quoted",
		opinion: "Fellow residents described him as quiet.",
		want:    []got{},
	}, {
		name:    "a pity",
		opinion: "It is a pity the council did not act.",
		want:    []got{},
	}, {
		name:    "a vote to say no",
		opinion: "Members voted to say no to the merger.",
		want:    []got{},
	}, {
		name:    "how to get involved",
		opinion: "How to get involved in the club is explained online.",
		want:    []got{},
	}, {
		name:    "your last chance",
		opinion: "It could be your last chance to apply.",
		want:    []got{},
	}, {
		name:    "the type of engine",
		opinion: "You know the type of engine it uses.",
		want:    []got{},
	}, {
		name:    "a reported call",
		opinion: "The council said it is up to all of us.",
		want:    []got{},
	}, {
		name:    "reported identity",
		opinion: "The minister said we are better than this.",
		want:    []got{},
	}, {
		name:    "reported risk",
		opinion: "Police said it could happen to anyone who left a window open.",
		want:    []got{},
	}, {
		name:    "a little man",
		opinion: "The little man on the corner sold papers.",
		want:    []got{},
	}})
}

// TestStockSpeculation covers the insinuations of devices_stock.txt, and plain uses of the same
// words that must stay unflagged.
func TestStockSpeculation(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "funny, that",
		opinion: "Funny, that.",
		want:    []got{{"Funny", report.Speculation}},
	}, {
		name:    "timing called curious",
		opinion: "The timing is curious.",
		want:    []got{{"The timing is curious", report.Speculation}},
	}, {
		name:    "convenient timing",
		opinion: "The release had convenient timing.",
		want:    []got{{"convenient timing", report.Speculation}},
	}, {
		name:    "strangely enough",
		opinion: "Strangely enough, the file vanished.",
		want:    []got{{"Strangely enough", report.Speculation}},
	}, {
		name:    "as if by coincidence",
		opinion: "As if by coincidence, the vote was moved.",
		want:    []got{{"As if by coincidence", report.Speculation}},
	}, {
		name:    "a litotes of connection",
		opinion: "The two events are not unrelated.",
		want:    []got{{"not unrelated", report.Speculation}},
	}, {
		name:    "a coincidence disowned",
		opinion: "It may or may not be a coincidence.",
		want:    []got{{"may or may not be a coincidence", report.Speculation}},
	}, {
		name:    "questions raised by nobody",
		opinion: "Questions have been raised about the contract.",
		want:    []got{{"Questions have been raised", report.Speculation}},
	}, {
		name:    "what did they know",
		opinion: "What did the board know and when did it act.",
		want:    []got{{"What did the board know and when", report.Speculation}},
	}, {
		name:    "what is hidden",
		opinion: "What is the council hiding.",
		want:    []got{{"What is the council hiding", report.Speculation}},
	}, {
		name:    "explaining to do",
		opinion: "The chairman has some explaining to do.",
		want:    []got{{"some explaining to do", report.Speculation}},
	}, {
		name:    "smoke and fire",
		opinion: "There is no smoke without fire.",
		want:    []got{{"no smoke without fire", report.Speculation}},
	}, {
		name:    "a secret agenda",
		opinion: "The firm has a secret agenda.",
		want:    []got{{"secret agenda", report.Speculation}},
	}, {
		name:    "friends in high places",
		opinion: "He has friends in high places.",
		want:    []got{{"friends in high places", report.Speculation}},
	}, {
		name:    "a whiff of",
		opinion: "The deal has a whiff of favour about it.",
		want:    []got{{"a whiff of", report.Speculation}},
	}, {
		name:    "red flags",
		opinion: "The audit raised red flags.",
		want:    []got{{"raised red flags", report.Speculation}},
	}, {
		name:    "if I didn't know better",
		opinion: "If I didn't know better, I would call it a plan.",
		want:    []got{{"If I didn't know better", report.Speculation}},
	}, {
		name:    "tempting to conclude",
		opinion: "It is tempting to conclude that they knew.",
		want:    []got{{"tempting to conclude", report.Speculation}},
	}, {
		name:    "naive to think",
		opinion: "It would be naive to think the timing was chance.",
		want:    []got{{"naive to think", report.Speculation}},
	}, {
		name:    "a cynic's mouth",
		opinion: "A cynic might say the review was planned.",
		want:    []got{{"A cynic might", report.Speculation}},
	}, {
		name:    "unnamed people",
		opinion: "There are those who say the vote was fixed.",
		want:    []got{{"There are those who", report.Speculation}},
	}, {
		name:    "unnamed sources",
		opinion: "I am told the deal is off.",
		want:    []got{{"I am told", report.Speculation}},
	}, {
		name:    "I hear as an aside",
		opinion: "The minister, I hear, is unhappy.",
		want:    []got{{"I hear", report.Speculation}},
	}, {
		name:    "a question answered with a suspicion",
		opinion: "Coincidence? I think not.",
		want:    []got{{"Coincidence?", report.RhetoricalQuestion}, {"I think not", report.Speculation}},
	}, {
		name:    "make of it what you will",
		opinion: "Make of it what you will.",
		want:    []got{{"Make of it what you will", report.Speculation}},
	}, {
		name:    "a conspiracy disowned",
		opinion: "You don't have to be a conspiracy theorist to see the link.",
		want:    []got{{"don't have to be a conspiracy theorist", report.Speculation}},
	}, {
		name:    "funny stories",
		opinion: "Funny stories were told at the party.",
		want:    []got{},
	}, {
		name:    "curious visitors",
		opinion: "Curious visitors queued outside the hall.",
		want:    []got{},
	}, {
		name:    "the timing of a bus",
		opinion: "The timing of the bus was changed.",
		want:    []got{},
	}, {
		name:    "a whiff of smoke",
		opinion: "There was a whiff of smoke in the hall.",
		want:    []got{},
	}, {
		name:    "a fire alarm",
		opinion: "Alarm bells rang when the fire broke out in the building.",
		want:    []got{},
	}, {
		name:    "a red flag on a beach",
		opinion: "Lifeguards raised the red flag on the beach.",
		want:    []got{},
	}, {
		name:    "told to wait",
		opinion: "I am told to wait at the desk.",
		want:    []got{},
	}, {
		name:    "hearing trains",
		opinion: "I hear the trains from my window.",
		want:    []got{},
	}, {
		name:    "those who attended",
		opinion: "Those who attended were thanked.",
		want:    []got{},
	}, {
		name:    "questions raised by a named body",
		opinion: "Questions have been raised by the auditor.",
		want:    []got{},
	}, {
		name:    "interesting to compare",
		opinion: "It is interesting to compare the two.",
		want:    []got{},
	}, {
		name:    "something hiding in an attic",
		opinion: "What was hiding in the attic surprised the builders.",
		want:    []got{},
	}})
}

// TestStockDistancing covers the arm's-length formulas of devices_stock.txt, and plain uses of the
// same words that must stay unflagged.
func TestStockDistancing(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "on paper, first",
		opinion: "On paper, the plan works.",
		want:    []got{{"On paper", report.Distancing}},
	}, {
		name:    "good on paper",
		opinion: "The plan looks good on paper.",
		want:    []got{{"on paper", report.Distancing}},
	}, {
		name:    "in theory",
		opinion: "In theory, the rule applies to all.",
		want:    []got{{"In theory", report.Distancing}},
	}, {
		name:    "officially as an aside",
		opinion: "Officially, the scheme is a success.",
		want:    []got{{"Officially", report.Distancing}},
	}, {
		name:    "technically",
		opinion: "Technically, the loan is legal.",
		want:    []got{{"Technically", report.Distancing}},
	}, {
		name:    "notionally",
		opinion: "The board is notionally independent.",
		want:    []got{{"notionally", report.Distancing}},
	}, {
		name:    "self-professed",
		opinion: "He is a self-professed expert.",
		want:    []got{{"self-professed", report.Distancing}},
	}, {
		name:    "what officials call",
		opinion: "It is what officials call a reset.",
		want:    []got{{"what officials call", report.Distancing}},
	}, {
		name:    "if to be believed",
		opinion: "If the minister is to be believed, all is well.",
		want:    []got{{"If the minister is to be believed", report.Distancing}},
	}, {
		name:    "to hear them tell it",
		opinion: "To hear them tell it, all is well.",
		want:    []got{{"To hear them tell it", report.Distancing}},
	}, {
		name:    "led to believe",
		opinion: "We were led to believe the site was safe.",
		want:    []got{{"We were led to believe", report.Distancing}},
	}, {
		name:    "their phrase",
		opinion: "It is, to use their phrase, a reset.",
		want:    []got{{"to use their phrase", report.Distancing}},
	}, {
		name:    "a term used loosely",
		opinion: "I use the term loosely.",
		want:    []got{{"use the term loosely", report.Distancing}},
	}, {
		name:    "on the face of it",
		opinion: "On the face of it, the deal is good.",
		want:    []got{{"On the face of it", report.Distancing}},
	}, {
		name:    "for public consumption",
		opinion: "The pledge was made for public consumption.",
		want:    []got{{"for public consumption", report.Distancing}},
	}, {
		name:    "the theory, anyway",
		opinion: "That is the theory, anyway.",
		want:    []got{{"That is the theory", report.Distancing}},
	}, {
		name:    "billed as",
		opinion: "What is billed as a crackdown is a reshuffle.",
		want:    []got{{"billed as", report.Distancing}},
	}, {
		name:    "pleased to call",
		opinion: "What the council is pleased to call a consultation lasted a week.",
		want:    []got{{"What the council is pleased to call", report.Distancing}},
	}, {
		name:    "paper bags",
		opinion: "The shop sells goods on paper bags.",
		want:    []got{},
	}, {
		name:    "printed on paper",
		opinion: "Results were printed on paper.",
		want:    []got{},
	}, {
		name:    "theory classes",
		opinion: "Students learn in theory classes.",
		want:    []got{},
	}, {
		name:    "officially opened",
		opinion: "The bridge was officially opened in May.",
		want:    []got{},
	}, {
		name:    "technically complex",
		opinion: "The engine is technically complex.",
		want:    []got{},
	}, {
		name:    "face value of notes",
		opinion: "The notes were redeemed at face value.",
		want:    []got{},
	}, {
		name:    "a band billed",
		opinion: "The band was billed as the headline act at the festival.",
		want:    []got{},
	}, {
		name:    "unfit for public consumption",
		opinion: "The shellfish was unfit for public consumption.",
		want:    []got{},
	}, {
		name:    "so named because",
		opinion: "The town, so named because of its mill, grew fast.",
		want:    []got{},
	}, {
		name:    "what they call for",
		opinion: "What they call for is a new road.",
		want:    []got{},
	}, {
		name:    "like to call attention",
		opinion: "What I would like to call attention to is the cost.",
		want:    []got{},
	}})
}

// TestVocatives: a salutation that hails the readers as one group ("Brothers and sisters,",
// "Fellow members,") appeals to shared identity; the same words inside a sentence name people.
func TestVocatives(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "brothers and sisters opening a bulletin",
		opinion: "Brothers and sisters, the review is out and it is worse than we feared.",
		want:    []got{{"Brothers and sisters", report.Appeal}},
	}, {
		name:    "fellow supporters",
		opinion: "The club has not answered. Fellow Wanderers, the stand reopens on Saturday.",
		want:    []got{{"Fellow Wanderers", report.Appeal}},
	}, {
		name:    "neighbours hailed",
		opinion: "The festival applies again in March. Neighbours, this is our chance.",
		want:    []got{{"Neighbours", report.Appeal}},
	}, {
		name:    "comrades hailed",
		opinion: "Comrades, the ballot closes on Friday.",
		want:    []got{{"Comrades", report.Appeal}},
	}, {
		name:    "brothers and sisters named in a sentence",
		opinion: "Her brothers and sisters, all farmers, signed the letter.",
		want:    []got{},
	}, {
		name:    "neighbours as a subject",
		opinion: "Neighbours complained about the noise on 14 nights.",
		want:    []got{},
	}, {
		name:    "a fellow as a subject",
		opinion: "Fellow residents of the block, including two nurses, gave evidence.",
		want:    []got{},
	}})
}

// TestPatienceOver: "we have waited long enough" declares the time for patience over; waiting
// long enough to see something is plain.
func TestPatienceOver(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "waited long enough",
		opinion: "The tenants have waited long enough.",
		want:    []got{{"waited long enough", report.Appeal}},
	}, {
		name:    "been patient long enough",
		opinion: "We have been patient long enough, and the branch is still shut.",
		want:    []got{{"been patient long enough", report.Appeal}},
	}, {
		name:    "waited long enough to see",
		opinion: "The inspectors waited long enough to see the discharge begin.",
		want:    []got{},
	}})
}

// TestStockWarnings: the stock asides with which a writer vouches for a motive or a worse outcome
// nobody has shown ("doubtless", "we have heard that before", "next time it could be people").
func TestStockWarnings(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "doubtless",
		opinion: "The operator will doubtless blame its supplier.",
		want:    []got{{"doubtless", report.Speculation}},
	}, {
		name:    "heard that before",
		opinion: "The ministry promises a review next year. We have heard that before.",
		want:    []got{{"heard that before", report.Speculation}},
	}, {
		name:    "seen this film before",
		opinion: "Residents have seen this film before.",
		want:    []got{{"seen this film before", report.Speculation}},
	}, {
		name:    "next time",
		opinion: "This time it was a stone on the line. Next time it could be a train full of people.",
		want:    []got{{"Next time it could", report.Speculation}},
	}, {
		name:    "tells you everything",
		opinion: "The board spent twice as much on its offices, which tells you everything about its priorities.",
		want:    []got{{"tells you everything", report.Speculation}},
	}, {
		name:    "the number they want you to remember",
		opinion: "The 12 per cent is the number the industry wants you to remember.",
		want:    []got{{"wants you to remember", report.Speculation}},
	}, {
		name:    "gives the game away",
		opinion: "The choice of date rather gives the game away.",
		want:    []got{{"gives the game away", report.Speculation}},
	}, {
		name:    "next time in plain advice",
		opinion: "The depot opens at eight, and next time the queue is shorter.",
		want:    []got{},
	}, {
		name:    "heard before as a report",
		opinion: "The inspector said: \"We have heard that before from this operator.\"",
		want:    []got{},
	}})
}

// TestSilenceWarnings: the writer presses the reader with what silence will cost, or urges them,
// instead of arguing.
func TestSilenceWarnings(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "if we stay quiet",
		opinion: "If we stay quiet now, the harbour will be sold by spring.",
		want:    []got{{"If we stay quiet", report.Appeal}},
	}, {
		name:    "if we do not speak up",
		opinion: "If we do not speak up for the library, nobody will.",
		want:    []got{{"If we do not speak up", report.Appeal}},
	}, {
		name:    "i urge you",
		opinion: "I urge you to read the report for yourselves.",
		want:    []got{{"I urge you", report.Appeal}},
	}, {
		name:    "write to your assembly member",
		opinion: "Every one of you should write to your Assembly member this month.",
		want:    []got{{"should", report.Normative}, {"write to your Assembly", report.Appeal}},
	}, {
		name:    "the stakes",
		opinion: "The stakes could not be higher.",
		want:    []got{{"The stakes could not be higher", report.Intensifier}},
	}, {
		name:    "a quiet room",
		opinion: "The committee met in a quiet room above the library.",
		want:    []got{},
	}})
}
