package framing

import (
	"testing"

	"github.com/reframe-dev/reframe/model/report"
)

func TestLoadedLanguage(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "tone, show and blame",
		opinion: "The council's timid response came with a flattering chart. Its alibi is the weather, and it keeps brandishing the survey. The bed-blockers get the blame, rightly or not.",
		want: []got{{"timid", report.LoadedLanguage}, {"flattering", report.LoadedLanguage}, {"alibi", report.LoadedLanguage},
			{"brandishing", report.LoadedLanguage}, {"bed-blockers", report.LoadedLanguage}},
	}, {
		name:    "tone, show and blame in their plain senses",
		opinion: "The suspect's alibi was checked by police. A man was seen brandishing a knife. The polluter pays principle applies. The band played upbeat music. Rightly or wrongly, the vote stands.",
		want:    []got{},
	}, {
		name:    "dismissal by manner",
		opinion: "The operators gave the usual list of reasons, in the industry's polite term for failure. The line was built on the cheap. The honest answer is no.",
		want: []got{{"the usual", report.LoadedLanguage}, {"polite", report.LoadedLanguage},
			{"on the cheap", report.LoadedLanguage}, {"honest", report.LoadedLanguage}},
	}, {
		name:    "the usual and honest in plain description",
		opinion: "Hay sold at ten times the usual price. It was an honest mistake, and I am done being polite about it. She answered honestly.",
		want:    []got{},
	}, {
		name:    "emotive noun",
		opinion: "The audit was a bombshell for the council.",
		want:    []got{{"bombshell", report.LoadedLanguage}},
	}, {
		name:    "phrasal verb with its object inside",
		opinion: "The minister brushed the warnings aside.",
		want:    []got{{"brushed the warnings aside", report.LoadedLanguage}},
	}, {
		name:    "hiding behind something that is not a wall",
		opinion: "The department hides behind seasonal adjustments and averages.",
		want:    []got{{"hides behind", report.LoadedLanguage}},
	}, {
		name:    "hiding behind a wall",
		opinion: "Two boys hid behind a parked van until the shouting stopped.",
		want:    []got{},
	}, {
		name:    "phrasal verb with a pronoun inside, present tense",
		opinion: "Each time residents complain, the minister brushes it aside.",
		want:    []got{{"brushes it aside", report.LoadedLanguage}},
	}, {
		name:    "inflected verb of attack",
		opinion: "The mayor slammed the plan in a short statement.",
		want:    []got{{"slammed", report.LoadedLanguage}},
	}, {
		name:    "a cut told as a slash, after an auxiliary and with 'in half'",
		opinion: "The council has slashed the grant. Bus funding was slashed in half.",
		want:    []got{{"slashed", report.LoadedLanguage}, {"slashed", report.LoadedLanguage}},
	}, {
		name:    "a slash that is a cut in cloth",
		opinion: "There was a slash in the tent and the rain came in.",
		want:    []got{},
	}, {
		name:    "plain sense of a verb of attack",
		opinion: "The mayor slammed the door and left the meeting.",
		want:    []got{},
	}, {
		name:    "plain senses of critical and loaded",
		opinion: "Patients in the critical care unit were moved on loaded trucks.",
		want:    []got{},
	}, {
		name:    "plain sense of lies: where a place is",
		opinion: "The nearest house, Carrow Farm, lies 420 metres from the boundary. The reserve lies about two kilometres away.",
		want:    []got{},
	}, {
		name:    "a legal verdict in the writer's voice",
		opinion: "The troops are illegally conducting operations in the valley.",
		want:    []got{{"illegally", report.LoadedLanguage}},
	}, {
		name:    "a legal verdict reported from someone else",
		opinion: "The court said the troops had acted illegally.",
		want:    []got{},
	}, {
		name:    "lies as an accusation",
		opinion: "The minister's statement was full of lies.",
		want:    []got{{"lies", report.LoadedLanguage}},
	}, {
		name:    "plain sense of toxic",
		opinion: "The plant stores toxic waste in sealed drums.",
		want:    []got{},
	}, {
		name:    "adverb form of a listed adjective",
		opinion: "The firm treated its staff brutally.",
		want:    []got{{"brutally", report.LoadedLanguage}},
	}, {
		name:    "neutral report",
		opinion: "The council approved the budget on Tuesday by seven votes to two.",
		want:    []got{},
	}, {
		name:    "information held back",
		opinion: "The council had the survey in March, then sat on it until the election.",
		want:    []got{{"then sat on it", report.LoadedLanguage}},
	}, {
		name:    "information held back for a while",
		opinion: "The council had the survey in March and sat on it for six months.",
		want:    []got{{"sat on it for", report.LoadedLanguage}},
	}, {
		name:    "sitting on a crate",
		opinion: "He dragged a crate over, then sat on it.",
		want:    []got{},
	}, {
		name:    "sitting on a seat",
		opinion: "He found an empty bench near the station and sat on it.",
		want:    []got{},
	}, {
		name:    "a sum played down",
		opinion: "For a chain of its size the fine is a rounding error.",
		want:    []got{{"rounding error", report.LoadedLanguage}},
	}, {
		name:    "a rounding error in arithmetic",
		opinion: "A rounding error in the spreadsheet put the total one cent out.",
		want:    []got{},
	}, {
		name:    "blame pointed",
		opinion: "The company is pointing the finger at its contractor.",
		want:    []got{{"pointing the finger at", report.LoadedLanguage}},
	}, {
		name:    "a finger pointed at a map",
		opinion: "The guide pointed a finger at the map to show the pass.",
		want:    []got{},
	}})
}

func TestIntensifier(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "hardly and obvious, in the writer's voice",
		opinion: "Visitor numbers have hardly exploded, and the fix is obvious.",
		want:    []got{{"hardly", report.Intensifier}, {"obvious", report.Intensifier}},
	}, {
		name:    "obviously is its own entry, and a quoted hardly is the speaker's",
		opinion: `The manager said the delay "hardly matters".`,
		want:    []got{},
	}, {
		name:    "simply, of what was done",
		opinion: "The Institute simply turned the complaints down, and the figures were simply filled in.",
		want:    []got{{"simply", report.Intensifier}, {"simply", report.Intensifier}},
	}, {
		name:    "simply as a manner of speaking, or in someone's words",
		opinion: `Put simply, the fees rose. The chief executive said: "This year we simply could not make the numbers work."`,
		want:    []got{},
	}, {
		name:    "exactly, insisting on the point",
		opinion: "That is exactly the kind of customer the company wants, and exactly who will pay.",
		want:    []got{{"exactly", report.Intensifier}, {"exactly", report.Intensifier}},
	}, {
		name:    "exactly, of a measure or as an answer",
		opinion: "The fare rose by exactly 12 percent. That was the plan. Exactly.",
		want:    []got{},
	}, {
		name:    "a minimiser before a figure",
		opinion: "The scheme reached barely 3 percent of the tenants.",
		want:    []got{{"barely", report.Intensifier}},
	}, {
		name:    "barely, of an action",
		opinion: "The tenants barely noticed the change.",
		want:    []got{},
	}, {
		name:    "a figure stressed by its period",
		opinion: "The station logged 412 complaints in March alone.",
		want:    []got{{"in March alone", report.Intensifier}},
	}, {
		name:    "alone, of a person",
		opinion: "She walked home alone after the match.",
		want:    []got{},
	}, {
		name:    "an amplified figure",
		opinion: "No fewer than 40 buses were withdrawn, fully 30 percent of the fleet.",
		want:    []got{{"No fewer than", report.Intensifier}, {"fully", report.Intensifier}},
	}, {
		name:    "fully, of a state",
		opinion: "The depot is fully staffed again.",
		want:    []got{},
	}, {
		name:    "way too, and the way",
		opinion: "The fares are way too high. That is the way too many depots are run.",
		want:    []got{{"way too", report.Intensifier}},
	}, {
		name:    "firmly, of a position",
		opinion: "The ruling belongs firmly in the second category.",
		want:    []got{{"firmly", report.Intensifier}},
	}, {
		name:    "firmly, of a grip",
		opinion: "Hold the handle firmly and turn it twice.",
		want:    []got{},
	}, {
		name:    "adverb",
		opinion: "The plan is entirely wrong.",
		want:    []got{{"entirely", report.Intensifier}},
	}, {
		name:    "negated adverb softens",
		opinion: "The plan is not entirely wrong.",
		want:    []got{},
	}, {
		name:    "absolute",
		opinion: "Every single councillor voted for it.",
		want:    []got{{"Every single", report.Intensifier}},
	}, {
		name:    "no way",
		opinion: "There is no way the budget balances.",
		want:    []got{{"no way", report.Intensifier}},
	}, {
		name:    "no way of knowing is a hedge",
		opinion: "There is no way of knowing how many left.",
		want:    []got{},
	}, {
		name:    "longer entry wins over the one inside it",
		opinion: "There is no way around it: the plan failed.",
		want:    []got{{"There is no way around it", report.Intensifier}},
	}, {
		name:    "plain sense of massive",
		opinion: "Astronomers found a massive star in the cluster.",
		want:    []got{},
	}, {
		name:    "total with a word of failure",
		opinion: "The launch was a total failure.",
		want:    []got{{"total", report.Intensifier}},
	}, {
		name:    "a crowd instead of a count",
		opinion: "Fighters were allowed to leave the city in droves.",
		want:    []got{{"droves", report.Intensifier}},
	}, {
		name:    "a minimiser before a figure",
		opinion: "The scheme has cut waiting lists by just 2 per cent, and only three of the forty clinics joined.",
		want:    []got{{"just", report.Intensifier}, {"only", report.Intensifier}},
	}, {
		name:    "just and only away from a figure",
		opinion: "The minister has just left, and only the clerk stayed.",
		want:    []got{},
	}, {
		name:    "an adverb of conviction",
		opinion: "The council flatly refused to publish the audit.",
		want:    []got{{"flatly", report.Intensifier}},
	}, {
		name:    "total as a sum",
		opinion: "The total was 40 vehicles a day.",
		want:    []got{},
	}})
}

func TestSpeculation(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "one has to wonder",
		opinion: "One has to wonder why the council waited so long.",
		want:    []got{{"One has to wonder", report.Speculation}},
	}, {
		name:    "one does wonder",
		opinion: "One does wonder how many of the objectors simply dislike new neighbours.",
		want:    []got{{"One does wonder", report.Speculation}, {"simply", report.Intensifier}},
	}, {
		name:    "wonder, not wondering",
		opinion: "The new bridge is a wonder of engineering, and visitors do wander across it.",
		want:    nil,
	}, {
		name:    "calls into question, with a gap",
		opinion: "The timing calls the whole deal into question.",
		want:    []got{{"calls the whole deal into question", report.Speculation}},
	}, {
		name:    "could lead one to believe",
		opinion: "The delay could lead one to believe the figures were changed.",
		want:    []got{{"could lead one to believe", report.Speculation}},
	}, {
		name:    "a guess about what comes next",
		opinion: "I wouldn't be surprised to see the chairman gone by spring.",
		want:    []got{{"I wouldn't be surprised to", report.Speculation}},
	}, {
		name:    "surprise at what happened is not a guess",
		opinion: "I was not surprised by the verdict.",
		want:    []got{},
	}, {
		name:    "knowledge by inference",
		opinion: "The director must have known about the leak.",
		want:    []got{{"must have known", report.Speculation}},
	}, {
		name:    "something amiss, with an intensifier inside",
		opinion: "Something is very amiss here.",
		want:    []got{{"Something is very amiss", report.Speculation}},
	}, {
		name:    "nothing amiss is a finding, not insinuation",
		opinion: "Inspectors found nothing amiss at the depot.",
		want:    []got{},
	}, {
		name:    "a question answered is not insinuation",
		opinion: "The report answers questions about funding.",
		want:    []got{},
	}})
}

func TestDistancingWords(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "so-called",
		opinion: "The so-called experts disagreed with each other.",
		want:    []got{{"so-called", report.Distancing}},
	}, {
		name:    "apparently: reported with a raised eyebrow",
		opinion: "Apparently the gap is down to families choosing badly.",
		want:    []got{{"Apparently", report.Distancing}},
	}, {
		name:    "forgive me if: mock politeness",
		opinion: "The agency promises full coverage by 2027. Forgive me if I don't hold my breath.",
		want:    []got{{"Forgive me if", report.Distancing}},
	}, {
		name:    "forgiveness asked in earnest",
		opinion: "The bishop asked the families to forgive the diocese for its silence.",
		want:    []got{},
	}, {
		name:    "the adjective apparent is no distancing",
		opinion: "The apparent cause was a burst main under the square.",
		want:    []got{},
	}, {
		name:    "whatever they say, opening the sentence",
		opinion: "Whatever the spreadsheets say, nobody I talk to feels any richer.",
		want:    []got{{"Whatever the spreadsheets say", report.Distancing}},
	}, {
		name:    "whatever as an object",
		opinion: "They will publish whatever the data shows next week.",
		want:    []got{},
	}, {
		name:    "officials will tell you that",
		opinion: "Yes, the officials will tell you that the town was spared.",
		want:    []got{{"officials will tell you", report.Distancing}},
	}, {
		name:    "they'll tell you, then a pronoun",
		opinion: "They'll tell you it might be a swimming pool.",
		want:    []got{{"They'll tell you", report.Distancing}},
	}, {
		name:    "telling the reader something plain",
		opinion: "At the desk they will tell you the opening hours.",
		want:    []got{},
	}, {
		name:    "claims as a report verb",
		opinion: "The company claims the product is safe.",
		want:    []got{{"claims", report.Distancing}},
	}, {
		name:    "claims as a noun",
		opinion: "Insurance claims rose by a tenth last year.",
		want:    []got{},
	}, {
		name:    "supposed to is an obligation",
		opinion: "The bridge was supposed to open in May.",
		want:    []got{},
	}})
}

func TestPresupposition(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "a pattern asserted",
		opinion: "Again and again the depot has missed its targets.",
		want:    []got{{"Again and again", report.Presupposition}},
	}, {
		name:    "a repeated figure in a report",
		opinion: "The auditors said the depot had missed its targets again and again.",
		want:    []got{},
	}, {
		name:    "the fact that",
		opinion: "The fact that nobody resigned says everything.",
		want:    []got{{"The fact that", report.Presupposition}},
	}, {
		name:    "the real reason",
		opinion: "The real reason for the cuts is money.",
		want:    []got{{"The real reason", report.Presupposition}},
	}, {
		name:    "real estate is an exception",
		opinion: "The real estate market cooled in the spring.",
		want:    []got{},
	}, {
		name:    "report verb",
		opinion: "The minister confessed that the plan had failed.",
		want:    []got{{"confessed", report.Presupposition}},
	}, {
		name:    "admitted to hospital",
		opinion: "Four patients were admitted to hospital overnight.",
		want:    []got{},
	}})
}

func TestNormative(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "needs to, in the writer's voice",
		opinion: "Somebody at the water company needs to lose their job over this.",
		want:    []got{{"needs to", report.Normative}},
	}, {
		name:    "needs to, reported",
		opinion: "The engineer said the main needs to be replaced within a year.",
		want:    []got{},
	}, {
		name:    "must",
		opinion: "The council must resign.",
		want:    []got{{"must", report.Normative}},
	}, {
		name:    "deserve",
		opinion: "Workers deserve better than this.",
		want:    []got{{"deserve", report.Normative}},
	}, {
		name:    "reported after a reporting verb",
		opinion: "The report says the council must act within a year.",
		want:    []got{},
	}, {
		name:    "inside a quotation",
		opinion: "\"We must act now,\" the mayor said.",
		want:    []got{},
	}, {
		name:    "should at the start of a conditional",
		opinion: "Should the vote fail, the budget lapses.",
		want:    []got{},
	}, {
		name:    "should take a case further",
		opinion: "The association should take this to the Supreme Court.",
		want:    []got{{"should", report.Normative}},
	}, {
		name:    "should take as an expectation of time",
		opinion: "The repairs should take three weeks, and the new rules should take effect in May.",
		want:    []got{},
	}})
}

func TestAppealWords(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "the reader's experience as evidence",
		opinion: "Anyone who has spent a winter in those flats knows the damp comes back. If you've ever waited for a repair, you already know the rest.",
		want:    []got{{"Anyone who has spent", report.Appeal}, {"If you've ever", report.Appeal}, {"you already know", report.Appeal}},
	}, {
		name:    "a plain relative clause",
		opinion: "Anyone who has paid the fee can use the hall. The board told tenants what it already knew.",
		want:    []got{},
	}, {
		name:    "the reader's little ones",
		opinion: "Boil everything, especially if you've got little ones.",
		want:    []got{{"if you've got little ones", report.Appeal}},
	}, {
		name:    "regret, threatened",
		opinion: "Anyone still on the sidelines after this week is going to regret it.",
		want:    []got{{"is going to regret it", report.Appeal}},
	}, {
		name:    "dismissing whoever disagrees",
		opinion: "Anyone who believes the committee will refuse has not been paying attention.",
		want:    []got{{"has not been paying attention", report.Appeal}},
	}, {
		name:    "regret, reported as a fact",
		opinion: "The board said it regretted the delay to the second phase.",
		want:    []got{},
	}, {
		name:    "to what everyone knows",
		opinion: "As we all know, taxes are too high.",
		want:    []got{{"As we all know", report.Appeal}},
	}, {
		name:    "wake up",
		opinion: "Wake up, people of Kelsby.",
		want:    []got{{"Wake up", report.Appeal}},
	}, {
		name:    "waking up as a plain event",
		opinion: "Residents wake up early on market days.",
		want:    []got{},
	}, {
		name:    "to the reader's family",
		opinion: "The cuts put our children at risk.",
		want:    []got{{"put our children at risk", report.Appeal}},
	}, {
		name:    "whose children they are",
		opinion: "The parents' group says our children ate cold dinners in March.",
		want:    []got{},
	}, {
		name:    "to what everyone somewhere knows",
		opinion: "Everyone in this town knows the depot will flood.",
		want:    []got{{"Everyone in this town knows", report.Appeal}},
	}, {
		name:    "to common sense, whoever the sensible one is",
		opinion: "It is a risk any sensible parent would refuse.",
		want:    []got{{"any sensible", report.Appeal}},
	}, {
		name:    "a reasonable doubt is not an appeal",
		opinion: "The jury had to be sure beyond any reasonable doubt.",
		want:    []got{},
	}, {
		name:    "to fear: nobody is safe",
		opinion: "If the plant opens, no family in Tarn is safe.",
		want:    []got{{"no family in Tarn is safe", report.Appeal}},
	}})
}
