package framing

import (
	"testing"

	"github.com/reframe-dev/reframe/model/report"
)

// TestIdiomsSecondBatch covers the second batch of common op-ed idioms: each device on a sentence
// of its figurative sense, and the same words in a plain sense that must stay unflagged.
func TestIdiomsSecondBatch(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "a punishment too light, with its object inside",
		opinion: "The regulator slapped the bank on the wrist.",
		want:    []got{{"slapped the bank on the wrist", report.LoadedLanguage}},
	}, {
		name:    "a free ride",
		opinion: "Shareholders got a free ride while staff paid for the losses.",
		want:    []got{{"free ride", report.LoadedLanguage}},
	}, {
		name:    "a free ride on a bus",
		opinion: "Pensioners get a free ride on the town's buses after nine.",
		want:    []got{},
	}, {
		name:    "a story fed to people",
		opinion: "The ministry fed voters the usual line about safety.",
		want:    []got{{"fed voters the usual line", report.LoadedLanguage}},
	}, {
		name:    "a fishing line",
		opinion: "The fishermen feed a line off the pier at dawn.",
		want:    []got{},
	}, {
		name:    "scraps fought over",
		opinion: "Small suppliers are left fighting over scraps.",
		want:    []got{{"fighting over scraps", report.LoadedLanguage}},
	}, {
		name:    "gulls and scraps",
		opinion: "The gulls were fighting over scraps behind the market.",
		want:    []got{},
	}, {
		name:    "grown-ups, by contrast",
		opinion: "It is time both sides started acting like adults.",
		want:    []got{{"like adults", report.LoadedLanguage}},
	}, {
		name:    "treated as adults in court",
		opinion: "Children are not treated like adults in the youth court.",
		want:    []got{},
	}, {
		name:    "lenient treatment",
		opinion: "The watchdog went easy on the directors.",
		want:    []got{{"went easy on", report.LoadedLanguage}},
	}, {
		name:    "easy on the salt",
		opinion: "Go easy on the salt when you cook for children.",
		want:    []got{},
	}, {
		name:    "irony about a stated aim",
		opinion: "The board says it values its tenants. It has a funny way of showing it.",
		want:    []got{{"has a funny way of showing it", report.Distancing}},
	}})
}

// TestCommonSenseAndMotive covers appeals to common sense and the reader's stake, insinuated
// motive and coincidence, duty, and change-of-state presuppositions.
func TestCommonSenseAndMotive(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "no expert needed",
		opinion: "You don't need a degree in economics to see the problem.",
		want:    []got{{"don't need a degree in economics to see", report.Appeal}},
	}, {
		name:    "no ticket needed",
		opinion: "Visitors do not need a ticket to see the exhibition.",
		want:    []got{},
	}, {
		name:    "no genius needed",
		opinion: "It does not take a genius to work out where the money went.",
		want:    []got{{"does not take a genius to work", report.Appeal}},
	}, {
		name:    "the reader's age",
		opinion: "None of us is getting any younger.",
		want:    []got{{"getting any younger", report.Appeal}},
	}, {
		name:    "a reward promised",
		opinion: "Cancel the card today. You will thank yourself later.",
		want:    []got{{"will thank yourself", report.Appeal}},
	}, {
		name:    "thanks for patience",
		opinion: "Staff will thank you for your patience during the works.",
		want:    []got{},
	}, {
		name:    "dwelling on a figure",
		opinion: "Sit with that figure for a moment.",
		want:    []got{{"Sit with that", report.Appeal}},
	}, {
		name:    "sitting with a group",
		opinion: "Sit with this group at lunch.",
		want:    []got{},
	}, {
		name:    "a coincidence doubted",
		opinion: "The inspector just happened to be on leave that week.",
		want:    []got{{"just happened to", report.Speculation}},
	}, {
		name:    "the writer's own coincidence",
		opinion: "I just happened to be at the station when the train arrived.",
		want:    []got{},
	}, {
		name:    "a motive imputed",
		opinion: "Delay is exactly what they are counting on.",
		want:    []got{{"exactly what they are counting on", report.Speculation}},
	}, {
		name:    "a figure that will keep rising",
		opinion: "That makes 300 complaints and counting.",
		want:    []got{{"and counting", report.Speculation}},
	}, {
		name:    "counting as an act",
		opinion: "The votes were still being counted, and counting went on overnight.",
		want:    []got{},
	}, {
		name:    "a hidden motive before a colon",
		opinion: "The caveats sit at the bottom of the page for a reason: nobody reads that far.",
		want:    []got{{"for a reason", report.Speculation}},
	}, {
		name:    "a duty unmet",
		opinion: "Nobody had the decency to reply.",
		want:    []got{{"had the decency to", report.Normative}},
	}, {
		name:    "urgency demanded",
		opinion: "Patients cannot wait any longer.",
		want:    []got{{"cannot wait any longer", report.Normative}},
	}, {
		name:    "a change of state that presumes the earlier state",
		opinion: "The club has finally stopped hiding the debts.",
		want:    []got{{"stopped hiding", report.Presupposition}},
	}, {
		name:    "stopping something plain",
		opinion: "The club stopped hiring stewards from the agency.",
		want:    []got{},
	}, {
		name:    "honestly before the verb",
		opinion: "I honestly cannot see how the plan works.",
		want:    []got{{"honestly", report.Intensifier}},
	}, {
		name:    "honestly as the manner",
		opinion: "The tenants answered the survey honestly.",
		want:    []got{},
	}})
}

// TestIdiomsThirdBatch covers the entries added with the third set of development pairs: a
// speculation the gerund form of "can't help but wonder" missed, a prediction of worse to come,
// and two loaded words, with a plain sense where there is one.
func TestIdiomsThirdBatch(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "can't help wondering",
		opinion: "One can't help wondering whether the merger was decided long ago.",
		want:    []got{{"can't help wondering", report.Speculation}},
	}, {
		name:    "the worst is still to come",
		opinion: "The worst is still to come for the growers on the plain.",
		want:    []got{{"The worst is still to come", report.Speculation}},
	}, {
		name:    "in denial",
		opinion: "The ministry is in denial about the harvest.",
		want:    []got{{"in denial", report.LoadedLanguage}},
	}, {
		name:    "a denial of something",
		opinion: "The hackers were charged over the denial of service attacks.",
		want:    []got{},
	}, {
		name:    "a farmer's herd",
		opinion: "If the drought goes on, farmers on the plain will sell half the herd by August.",
		source:  "Farmers on the plain may have to reduce livestock numbers if the drought continues.",
		want:    []got{},
	}, {
		name:    "assures as a report verb",
		opinion: "The minister assures us the roads are safe.",
		want:    []got{{"assures us", report.Distancing}},
	}, {
		name:    "assures as insurance",
		opinion: "The bank assures its loans with the state agency.",
		want:    []got{},
	}, {
		name:    "a sweatshop",
		opinion: "The depot is a sweatshop with a logo on the door.",
		want:    []got{{"sweatshop", report.LoadedLanguage}},
	}})
}

// TestIdiomsFourthBatch covers the idioms read off the third set of development pairs' misses,
// each with a plain sentence of its literal sense.
func TestIdiomsFourthBatch(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "numbers off a cliff",
		opinion: "International numbers promptly fell off a cliff.",
		want:    []got{{"fell off a cliff", report.LoadedLanguage}},
	}, {
		name:    "a walker off a cliff",
		opinion: "The coastguard said a walker fell off a cliff near the beach.",
		want:    []got{},
	}, {
		name:    "picking up the tab",
		opinion: "The households pick up the tab for every new hall.",
		want:    []got{{"pick up the tab", report.LoadedLanguage}},
	}, {
		name:    "out of road",
		opinion: "The university has run out of road.",
		want:    []got{{"run out of road", report.LoadedLanguage}},
	}, {
		name:    "a driver out of road",
		opinion: "The driver ran out of road on the bend and hit the verge.",
		want:    []got{},
	}, {
		name:    "explaining it away",
		opinion: "The chief constable will try to explain this away.",
		want:    []got{{"explain this away", report.LoadedLanguage}},
	}, {
		name:    "tiptoeing around a subject",
		opinion: "The agency tiptoes around the question of bills.",
		want:    []got{{"tiptoes around", report.LoadedLanguage}},
	}, {
		name:    "tiptoeing around a sleeping baby",
		opinion: "We tiptoed around the nursery so the baby stayed asleep.",
		want:    []got{},
	}, {
		name:    "to be charitable",
		opinion: "The plan is, to be charitable, unfinished.",
		want:    []got{{"to be charitable", report.Distancing}},
	}, {
		name:    "kept in the dark",
		opinion: "Residents were kept in the dark for months.",
		want:    []got{{"kept in the dark", report.LoadedLanguage}},
	}, {
		name:    "mushrooms kept in the dark",
		opinion: "The growers kept the mushrooms in the dark cellar.",
		want:    []got{},
	}, {
		name:    "bean counters",
		opinion: "The bean counters at the ministry want another review.",
		want:    []got{{"bean counters", report.LoadedLanguage}},
	}, {
		name:    "a band-aid",
		opinion: "The grant is a band-aid on a broken system.",
		want:    []got{{"band-aid", report.LoadedLanguage}},
	}, {
		name:    "a band-aid on a cut",
		opinion: "The nurse put a band-aid on the cut on his finger.",
		want:    []got{},
	}, {
		name:    "never bothered to",
		opinion: "The regulator never bothered to check the figures.",
		want:    []got{{"never bothered to", report.LoadedLanguage}},
	}})
}

// TestIdiomsOfWasteAndShow covers idioms of waste, haste and show, each with a literal sense
// where there is one.
func TestIdiomsOfWasteAndShow(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "throwing money at it",
		opinion: "The ministry keeps throwing money at the problem.",
		want:    []got{{"throwing money at", report.LoadedLanguage}},
	}, {
		name:    "jumping the gun",
		opinion: "The council jumped the gun on the closures.",
		want:    []got{{"jumped the gun", report.LoadedLanguage}},
	}, {
		name:    "a sprinter jumping the gun",
		opinion: "The sprinter jumped the gun and was sent off for a false start.",
		want:    []got{},
	}, {
		name:    "short-sighted",
		opinion: "Cutting the bus routes is short-sighted.",
		want:    []got{{"short-sighted", report.LoadedLanguage}},
	}, {
		name:    "short-sighted eyes",
		opinion: "Short-sighted pupils get free glasses from the optician.",
		want:    []got{},
	}, {
		name:    "a publicity stunt",
		opinion: "The launch was a publicity stunt.",
		want:    []got{{"publicity stunt", report.LoadedLanguage}},
	}, {
		name:    "going through the motions",
		opinion: "The inspectors were going through the motions.",
		want:    []got{{"going through the motions", report.LoadedLanguage}},
	}})
}

// TestPresuppositionBatch covers repetition, lateness and the unnoticed point taken as given,
// each with a plain sense that must stay unflagged.
func TestPresuppositionBatch(t *testing.T) {
	runCases(t, []framingCase{
		{name: "one more exercise in", opinion: "The review is one more exercise in delay.", want: []got{{"one more exercise in", report.Presupposition}}},
		{name: "another summer of", opinion: "We face another summer of drained rivers.", want: []got{{"another summer of", report.Presupposition}}},
		{name: "another summer, plainly", opinion: "The festival returns for another summer in the park.", want: []got{}},
		{name: "who got us into this mess", opinion: "The people who got us into this mess are still in charge.", want: []got{{"got us into this mess", report.Presupposition}}},
		{name: "at last", opinion: "The town says yes to its future at last.", want: []got{{"at last", report.Presupposition}}},
		{name: "at last count", opinion: "At last count, 412 homes had been inspected.", want: []got{}},
		{name: "nowhere is it clearer", opinion: "Nowhere is the damage clearer than in the valley.", want: []got{{"Nowhere is the damage clearer", report.Presupposition}}},
		{name: "not noticed yet", opinion: "The market hasn't noticed the order yet.", want: []got{{"hasn't noticed the order yet", report.Presupposition}}},
		{name: "noticed, plainly", opinion: "The market noticed the order on Monday.", want: []got{}},
	})
}

// TestHintsDroppedInPassing covers insinuation formulas, each with a plain sense that must stay
// unflagged.
func TestHintsDroppedInPassing(t *testing.T) {
	runCases(t, []framingCase{
		{name: "would rather you", opinion: "This is the part the council would rather you skipped.", want: []got{{"would rather you", report.Speculation}}},
		{name: "in the very year", opinion: "Injuries rose in the very year the cameras went in.", want: []got{{"in the very year", report.Speculation}}},
		{name: "one can only guess", opinion: "One can only guess how many more were never logged.", want: []got{{"One can only guess", report.Speculation}}},
		{name: "would not bet on it", opinion: "The trust says waits will fall. I would not bet my house on it.", want: []got{{"would not bet my house on it", report.Speculation}}},
		{name: "heard that tune", opinion: "We have heard that tune before.", want: []got{{"heard that tune before", report.Speculation}}},
		{name: "funny how", opinion: "Funny how the counters broke that night.", want: []got{{"Funny how", report.Speculation}}},
		{name: "tucked away", opinion: "The caveat is tucked away on page 40.", want: []got{{"tucked away", report.Speculation}}},
		{name: "a village tucked away", opinion: "The village is tucked away in the hills above Carrow.", want: []got{}},
		{name: "reported speculation", opinion: "The minister said \"one can only guess\" at the cost.", want: []got{}},
	})
}

// TestConclusionsAndInsistence covers formulas that lead the reader to a conclusion or insist on
// a point, with plain senses that must stay unflagged.
func TestConclusionsAndInsistence(t *testing.T) {
	runCases(t, []framingCase{
		{name: "hard not to conclude", opinion: "It is hard not to conclude that the board knew.", want: []got{{"hard not to conclude", report.Speculation}}},
		{name: "does not add up", opinion: "The council's story does not add up.", want: []got{{"not add up", report.Speculation}}},
		{name: "a sum that does not add up", opinion: "The columns in table 4 do not add up to the total.", want: []got{}},
		{name: "on the quiet", opinion: "The contract was extended on the quiet.", want: []got{{"on the quiet", report.Speculation}}},
		{name: "in black and white", opinion: "The report says it in black and white.", want: []got{{"in black and white", report.Intensifier}}},
		{name: "a photograph in black and white", opinion: "The old photograph of the pier is in black and white.", want: []got{}},
		{name: "concedes in black and white", opinion: "The committee concedes in black and white that the risks are tilted upwards.", want: []got{{"concedes", report.Presupposition}, {"in black and white", report.Intensifier}}},
		{name: "an emphatic finding", opinion: "The inspector's verdict was emphatic.", want: []got{{"emphatic", report.Intensifier}}},
		{name: "an admission found", opinion: "Buried deep in the report is the admission that the survey was too small.", want: []got{{"Buried deep in the report", report.LoadedLanguage}, {"admission", report.Presupposition}}},
		{name: "admission to hospital", opinion: "On admission to hospital she was given fluids.", want: []got{}},
		{name: "assure us", opinion: "The chair was quick to assure us that the fund is sound.", want: []got{{"assure us", report.Distancing}}},
		{name: "the simple fact is", opinion: "The simple fact is that the pumps failed.", want: []got{{"The simple fact is", report.Presupposition}}},
	})
}

// TestGeneralStockBatch covers a batch of the general stock of opinion writing, none of which
// the corpus happens to use, each with a reported or plain use that must stay unflagged.
func TestGeneralStockBatch(t *testing.T) {
	runCases(t, []framingCase{
		{name: "in inverted commas", opinion: "The consultation, in inverted commas, lasted a week.", want: []got{{"in inverted commas", report.Distancing}}},
		{name: "their idea of", opinion: "That is their idea of listening.", want: []got{{"their idea of", report.Distancing}}},
		{name: "any parent will tell you", opinion: "Any parent will tell you the crossing is dangerous.", want: []got{{"Any parent will tell you", report.Appeal}}},
		{name: "common decency", opinion: "Common decency demands an apology.", want: []got{{"Common decency", report.Normative}}},
		{name: "coincidentally", opinion: "Coincidentally, the contract went to his cousin.", want: []got{{"Coincidentally", report.Speculation}}},
		{name: "reported coincidentally", opinion: "The minister said \"coincidentally, we met that day\" in her statement.", want: []got{}},
		{name: "at every turn", opinion: "The board has blocked the residents at every turn.", want: []got{{"at every turn", report.Intensifier}}},
	})
}

// TestGeneralStockFifthBatch covers a few stock phrases of commentary, each in its figurative
// sense and in a plain sense that must stay unflagged.
func TestGeneralStockFifthBatch(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "a pattern hinted at",
		opinion: "One can't help but notice the timing of the announcement.",
		want:    []got{{"can't help but notice", report.Speculation}},
	}, {
		name:    "blame that reaches the top",
		opinion: "The failures go all the way to the top of the ministry.",
		want:    []got{{"all the way to the top", report.Speculation}},
	}, {
		name:    "a climb to the top",
		opinion: "The walkers climbed all the way to the top of Tarn Fell.",
		want:    []got{},
	}, {
		name:    "what any parent would feel",
		opinion: "Any parent would be horrified by the state of the classrooms.",
		want:    []got{{"Any parent would be", report.Appeal}},
	}, {
		name:    "a scheme called a mess",
		opinion: "The new timetable is a mess.",
		want:    []got{{"mess", report.LoadedLanguage}},
	}, {
		name:    "a mess hall",
		opinion: "The soldiers ate in the mess hall at six.",
		want:    []got{},
	}})
}

// TestTideAndWarInTheirPlainSense: "tide of" and "war on" are loaded only as metaphors ("a tide
// of migrants", "a war on motorists"), not for a river's tide or a war fought on two fronts.
func TestTideAndWarInTheirPlainSense(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "a tide of people",
		opinion: "Ministers warned of a tide of migrants.",
		want:    []got{{"tide of", report.LoadedLanguage}},
	}, {
		name:    "the tide of a river",
		opinion: "The tide of the river turned at six.",
		want:    []got{},
	}, {
		name:    "a war on drivers",
		opinion: "The council's war on motorists goes on.",
		want:    []got{{"war on", report.LoadedLanguage}},
	}, {
		name:    "a war on two fronts",
		opinion: "The army fought a war on two fronts in 1915.",
		want:    []got{},
	}})
}

// TestLoadedWordsInTheirPlainSense: words that mock or charge in commentary are plain words in
// their everyday sense and must not fire there.
func TestLoadedWordsInTheirPlainSense(t *testing.T) {
	runCases(t, []framingCase{
		{name: "a circus clown", opinion: "A clown entertained the children at the birthday party.", want: []got{}},
		{name: "a clown in office", opinion: "The clown in charge of the budget has done it again.", want: []got{{"clown", report.LoadedLanguage}}},
		{name: "a medieval crusade", opinion: "The knights joined the crusade in 1190.", want: []got{}},
		{name: "a bad dream", opinion: "She had a nightmare about the exam.", want: []got{}},
		{name: "a printed handout", opinion: "The teacher gave each pupil a printed handout.", want: []got{}},
		{name: "a cheerleader at a game", opinion: "A cheerleader fell during the game.", want: []got{}},
		{name: "a duck's quack", opinion: "The ducks quack on the pond every morning.", want: []got{}},
		{name: "a savage dog", opinion: "A savage dog bit the postman.", want: []got{}},
		{name: "a bloated stomach", opinion: "Her stomach felt bloated after the meal.", want: []got{}},
		{name: "a mob boss", opinion: "The mob boss was jailed for ten years.", want: []got{}},
		{name: "a bloated budget", opinion: "The council's bloated budget keeps growing.", want: []got{{"bloated", report.LoadedLanguage}}},
	})
}

// TestMoreLoadedWordsInTheirPlainSense: a second batch of words loaded in commentary and plain
// in a description of things, each in both senses.
func TestMoreLoadedWordsInTheirPlainSense(t *testing.T) {
	runCases(t, []framingCase{
		{name: "crooked teeth", opinion: "The boy had crooked teeth.", want: []got{}},
		{name: "crooked officials", opinion: "Crooked officials ran the port for years.", want: []got{{"Crooked", report.LoadedLanguage}}},
		{name: "a shady garden", opinion: "They sat in a shady garden.", want: []got{}},
		{name: "a flimsy tent", opinion: "The campers slept in a flimsy tent.", want: []got{}},
		{name: "a flimsy excuse", opinion: "The ministry offered a flimsy excuse.", want: []got{{"flimsy", report.LoadedLanguage}, {"excuse", report.LoadedLanguage}}},
		{name: "a filthy kitchen", opinion: "Inspectors found a filthy kitchen with rats.", want: []got{}},
		{name: "struck dumb", opinion: "He was struck dumb by the news.", want: []got{}},
		{name: "a trumpet's mouthpiece", opinion: "The trumpet player cleaned his mouthpiece.", want: []got{}},
		{name: "a kebab skewer", opinion: "Thread the chicken onto a skewer and grill it.", want: []got{}},
		{name: "a kettle's spout", opinion: "Water poured from the spout of the kettle.", want: []got{}},
		{name: "a dog's muzzle", opinion: "The dog wore a muzzle in the park.", want: []got{}},
		{name: "a farce on stage", opinion: "The theatre staged a farce by a French playwright.", want: []got{}},
		{name: "a farce of an inquiry", opinion: "The inquiry was a farce from start to finish.", want: []got{{"farce", report.LoadedLanguage}}},
		{name: "brilliant blue", opinion: "The sky was a brilliant blue.", want: []got{}},
		{name: "a resounding crash", opinion: "The door shut with a resounding crash.", want: []got{}},
		{name: "gutted by fire", opinion: "The old mill was gutted by fire in 1990.", want: []got{}},
		{name: "a glider's nosedive", opinion: "The glider went into a nosedive before the pilot recovered.", want: []got{}},
		{name: "a skydiver in freefall", opinion: "The skydiver was in freefall for a minute.", want: []got{}},
		{name: "a market in freefall", opinion: "House prices are in freefall.", want: []got{{"in freefall", report.LoadedLanguage}}},
		{name: "a surgeon's cut", opinion: "The surgeon slashed the abscess open.", want: []got{}},
		{name: "a budget slashed", opinion: "The landlord slashed the repair budget.", want: []got{{"slashed", report.LoadedLanguage}}},
		{name: "precious little done", opinion: "The council has done precious little for the estate.", want: []got{{"precious little", report.Intensifier}}},
		{name: "precious stones", opinion: "The precious stones were kept in a safe.", want: []got{}},
		{name: "a tower left to rot", opinion: "The landlord left the tower to rot.", want: []got{{"left the tower to rot", report.LoadedLanguage}}},
	})
}

// TestStockEditorialIdioms covers the stock figures listed from general usage: each on its
// figurative sense, and its words in a plain sense that must stay unflagged.
func TestStockEditorialIdioms(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "salt in the wound",
		opinion: "The pay offer was salt in the wound for the night staff.",
		want:    []got{{"salt in the wound", report.LoadedLanguage}},
	}, {
		name:    "a self-defeating choice, with its object inside",
		opinion: "The council has shot itself in the foot again.",
		want:    []got{{"shot itself in the foot", report.LoadedLanguage}},
	}, {
		name:    "an army of advisers",
		opinion: "An army of consultants drew up the plan.",
		want:    []got{{"army of", report.LoadedLanguage}},
	}, {
		name:    "an army that is one",
		opinion: "An army of occupation held the town for a year.",
		want:    []got{},
	}, {
		name:    "a torrent of complaints",
		opinion: "The switch brought a torrent of complaints from parents.",
		want:    []got{{"torrent of", report.LoadedLanguage}},
	}, {
		name:    "a torrent of water",
		opinion: "A torrent of water ran down the lane after the storm.",
		want:    []got{},
	}, {
		name:    "self-praise",
		opinion: "Ministers gave themselves a pat on the back for the figures.",
		want:    []got{{"pat on the back", report.LoadedLanguage}},
	}})
}

// TestIdiomsOfReluctanceAndAusterity covers idioms of reluctance, sarcasm and austerity, each in
// its figurative sense and, where it has one, its plain sense.
func TestIdiomsOfReluctanceAndAusterity(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "a phrase opened by a form of have",
		opinion: "The council had the nerve to ask for more. The operator has the nerve to call it progress.",
		want:    []got{{"had the nerve to", report.LoadedLanguage}, {"has the nerve to", report.LoadedLanguage}},
	}, {
		name:    "reluctance and eagerness read into a decision",
		opinion: "The minister could not bring herself to back the plan, while the firms were falling over themselves to bid.",
		want:    []got{{"not bring herself to", report.LoadedLanguage}, {"falling over themselves", report.LoadedLanguage}},
	}, {
		name:    "austerity and doubts put to rest",
		opinion: "It is the nurses who tighten their belts. The survey laid those fears to rest.",
		want:    []got{{"tighten their belts", report.LoadedLanguage}, {"laid those fears to rest", report.LoadedLanguage}},
	}, {
		name:    "belts and a burial in their plain senses",
		opinion: "Passengers tighten their seat belts before landing. The former mayor was laid to rest at the cemetery on Friday.",
		want:    []got{},
	}})
}

// TestDoubtCastInPassing covers distancing and speculation said in passing: a doubt that the
// reader is left to share, and the plain conditional it must not be confused with.
func TestDoubtCastInPassing(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "a doubt the reader is left to share",
		opinion: "The count was 11,480, if you believe the paperwork. The trust did manage an apology of sorts. I wouldn't bet my house on it.",
		want: []got{{"if you believe", report.Distancing}, {"of sorts", report.Distancing},
			{"wouldn't bet my house on it", report.Speculation}},
	}, {
		name:    "a plain conditional",
		opinion: "If you believe you are owed a refund, the council pays it within a month.",
		want:    []got{},
	}})
}
