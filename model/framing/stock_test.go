package framing

import (
	"testing"

	"github.com/reframe-dev/reframe/model/report"
)

// The tests below cover lexicon/loaded_stock.txt, the stock loaded language of editorials, campaign
// blogs and tabloid columns, one class at a time: each entry on a sentence of its loaded sense, and
// the same words in a plain sense that must stay unflagged. The sentences are invented.

// TestStockSayingAndReacting covers verbs that colour how someone spoke or reacted.
func TestStockSayingAndReacting(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "ministers fret",
		opinion: "Ministers fret about the cost of the scheme.",
		want:    []got{{"fret", report.LoadedLanguage}},
	}, {
		name:    "the frets of a guitar",
		opinion: "The guitarist filed the frets on his old guitar.",
		want:    []got{},
	}, {
		name:    "a council that hectors",
		opinion: "The council hectors drivers about parking.",
		want:    []got{{"hectors", report.LoadedLanguage}},
	}, {
		name:    "Hector as a name",
		opinion: "Hector visited the town on Monday.",
		want:    []got{},
	}, {
		name:    "carping critics",
		opinion: "The carping from the opposition never stops.",
		want:    []got{{"carping", report.LoadedLanguage}},
	}, {
		name:    "a complaint as a wail",
		opinion: "Farmers wail about every subsidy cut.",
		want:    []got{{"wail", report.LoadedLanguage}},
	}, {
		name:    "sirens that wail",
		opinion: "Sirens wailed through the night.",
		want:    []got{},
	}, {
		name:    "objections as howls",
		opinion: "Industry lobbyists howled at the proposal.",
		want:    []got{{"howled", report.LoadedLanguage}},
	}, {
		name:    "wolves that howl",
		opinion: "Wolves howled in the valley.",
		want:    []got{},
	}, {
		name:    "shrill voices",
		opinion: "The shrill voices of the campaign drowned out debate.",
		want:    []got{{"shrill", report.LoadedLanguage}},
	}, {
		name:    "a shrill whistle",
		opinion: "The referee blew a shrill whistle.",
		want:    []got{},
	}, {
		name:    "a minister sulking",
		opinion: "The minister is sulking after the vote.",
		want:    []got{{"sulking", report.LoadedLanguage}},
	}, {
		name:    "a toddler sulking",
		opinion: "The toddler sulked all afternoon.",
		want:    []got{},
	}, {
		name:    "speech that drones on",
		opinion: "The chairman droned on about targets.",
		want:    []got{{"droned on", report.LoadedLanguage}},
	}, {
		name:    "drones on a border",
		opinion: "Drones on the border were spotted.",
		want:    []got{},
	}, {
		name:    "a regulator that scolds",
		opinion: "The regulator scolded the banks.",
		want:    []got{{"scolded", report.LoadedLanguage}},
	}, {
		name:    "a teacher who scolds",
		opinion: "The teacher scolded the pupils.",
		want:    []got{},
	}, {
		name:    "a smirk",
		opinion: "The minister smirked at the question.",
		want:    []got{{"smirked", report.LoadedLanguage}},
	}, {
		name:    "praise that gushes",
		opinion: "Commentators gushed over the budget.",
		want:    []got{{"gushed over", report.LoadedLanguage}},
	}, {
		name:    "water that gushes",
		opinion: "Water gushed over the dam.",
		want:    []got{},
	}, {
		name:    "pearls clutched",
		opinion: "Critics clutched their pearls at the joke.",
		want:    []got{{"clutched their pearls", report.LoadedLanguage}},
	}, {
		name:    "a protest as a tantrum",
		opinion: "The union threw its toys out of the pram.",
		want:    []got{{"toys out of the pram", report.LoadedLanguage}},
	}, {
		name:    "breathless coverage",
		opinion: "The breathless coverage of the launch ignored the costs.",
		want:    []got{{"breathless", report.LoadedLanguage}},
	}, {
		name:    "breathless after a climb",
		opinion: "She was breathless after the climb.",
		want:    []got{},
	}})
}

// TestStockDismissalAndNeglect covers words that make a reply sound like indifference and a delay
// like neglect.
func TestStockDismissalAndNeglect(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "shrugged at warnings",
		opinion: "The board simply shrugged at the warnings.",
		want:    []got{{"simply", report.Intensifier}, {"shrugged at", report.LoadedLanguage}},
	}, {
		name:    "met with a shrug",
		opinion: "The report was met with a shrug.",
		want:    []got{{"a shrug", report.LoadedLanguage}},
	}, {
		name:    "a collective shrug",
		opinion: "The warning drew a collective shrug from ministers.",
		want:    []got{{"collective shrug", report.LoadedLanguage}},
	}, {
		name:    "an institution shrugging its shoulders",
		opinion: "The council shrugged its shoulders.",
		want:    []got{{"shrugged its shoulders", report.LoadedLanguage}},
	}, {
		name:    "a man shrugging his shoulders",
		opinion: "He shrugged his shoulders and left.",
		want:    []got{},
	}, {
		name:    "a review gathering dust",
		opinion: "The review has been gathering dust since 2019.",
		want:    []got{{"gathering dust", report.LoadedLanguage}},
	}, {
		name:    "a piano gathering dust",
		opinion: "The old piano gathers dust in the attic.",
		want:    []got{},
	}, {
		name:    "pushed into the long grass",
		opinion: "The proposal was pushed into the long grass.",
		want:    []got{{"into the long grass", report.LoadedLanguage}},
	}, {
		name:    "a ball in the long grass",
		opinion: "The ball rolled into the long grass.",
		want:    []got{},
	}, {
		name:    "the cold shoulder",
		opinion: "Ministers gave the nurses the cold shoulder.",
		want:    []got{{"cold shoulder", report.LoadedLanguage}},
	}, {
		name:    "a cold shoulder top",
		opinion: "She wore a cold shoulder top.",
		want:    []got{},
	}, {
		name:    "radio silence from a department",
		opinion: "Since the leak there has been radio silence from the department.",
		want:    []got{{"radio silence", report.LoadedLanguage}},
	}, {
		name:    "radio silence kept by pilots",
		opinion: "The pilots kept radio silence over enemy territory.",
		want:    []got{},
	}, {
		name:    "could not care less, contracted",
		opinion: "Ministers couldn't care less.",
		want:    []got{{"couldn't care less", report.LoadedLanguage}},
	}, {
		name:    "blithely ignored",
		opinion: "The firm blithely ignored the warnings.",
		want:    []got{{"blithely", report.LoadedLanguage}},
	}, {
		name:    "tenants treated with contempt",
		opinion: "The council treats tenants with contempt.",
		want:    []got{{"contempt", report.LoadedLanguage}},
	}, {
		name:    "contempt of court",
		opinion: "The editor was found in contempt of court.",
		want:    []got{},
	}, {
		name:    "an absent minister",
		opinion: "The minister has been missing in action all summer.",
		want:    []got{{"missing in action", report.LoadedLanguage}},
	}, {
		name:    "soldiers missing in action",
		opinion: "Three soldiers are missing in action.",
		want:    []got{},
	}, {
		name:    "people left to fend for themselves",
		opinion: "The council left tenants to fend for themselves.",
		want:    []got{{"left tenants to fend for", report.LoadedLanguage}},
	}, {
		name:    "chicks left to fend for themselves",
		opinion: "The chicks were left to fend for themselves.",
		want:    []got{},
	}, {
		name:    "workers on the scrapheap",
		opinion: "Older workers were thrown on the scrapheap.",
		want:    []got{{"scrapheap", report.LoadedLanguage}},
	}, {
		name:    "a scrapheap of old cars",
		opinion: "The scrapheap at the yard holds old cars.",
		want:    []got{},
	}})
}

// TestStockDecayAndRuin covers words that paint a service or a place as falling to pieces.
func TestStockDecayAndRuin(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "a crumbling town hall",
		opinion: "The town hall is crumbling.",
		want:    []got{{"crumbling", report.LoadedLanguage}},
	}, {
		name:    "an apple crumble",
		opinion: "The apple crumble was served with cream.",
		want:    []got{},
	}, {
		name:    "a cliff that crumbled",
		opinion: "The cliff crumbled into the sea.",
		want:    []got{},
	}, {
		name:    "dilapidated wards",
		opinion: "Patients are treated in dilapidated wards.",
		want:    []got{{"dilapidated", report.LoadedLanguage}},
	}, {
		name:    "rust-bucket frigates",
		opinion: "The navy still sails the same rust-bucket frigates.",
		want:    []got{{"rust-bucket", report.LoadedLanguage}},
	}, {
		name:    "a ramshackle coalition",
		opinion: "The ramshackle coalition limps on.",
		want:    []got{{"ramshackle", report.LoadedLanguage}},
	}, {
		name:    "a service falling apart",
		opinion: "The health service is falling apart.",
		want:    []got{{"falling apart", report.LoadedLanguage}},
	}, {
		name:    "talks falling apart",
		opinion: "The talks were falling apart by midnight.",
		want:    []got{},
	}, {
		name:    "slow-cooked lamb falling apart",
		opinion: "The slow-cooked lamb was falling apart.",
		want:    []got{},
	}, {
		name:    "a moribund high street",
		opinion: "The moribund high street needs help.",
		want:    []got{{"moribund", report.LoadedLanguage}},
	}, {
		name:    "a moribund patient",
		opinion: "The patient was moribund on arrival.",
		want:    []got{},
	}, {
		name:    "a sclerotic system",
		opinion: "The sclerotic planning system blocks every project.",
		want:    []got{{"sclerotic", report.LoadedLanguage}},
	}, {
		name:    "sclerotic arteries",
		opinion: "The patient had sclerotic arteries.",
		want:    []got{},
	}, {
		name:    "a high street as a ghost town",
		opinion: "The high street is a ghost town.",
		want:    []got{{"ghost town", report.LoadedLanguage}},
	}, {
		name:    "an old mining ghost town",
		opinion: "The old mining settlement is now a ghost town visited by tourists.",
		want:    []got{},
	}, {
		name:    "a timetable as a dog's breakfast",
		opinion: "The new timetable is a dog's breakfast.",
		want:    []got{{"dog's breakfast", report.LoadedLanguage}},
	}, {
		name:    "a dog's breakfast in its bowl",
		opinion: "The dog's breakfast was in its bowl.",
		want:    []got{},
	}, {
		name:    "a rickety coalition",
		opinion: "The rickety coalition survived the vote.",
		want:    []got{{"rickety", report.LoadedLanguage}},
	}, {
		name:    "a rickety bridge",
		opinion: "They crossed a rickety bridge over the gorge.",
		want:    []got{},
	}, {
		name:    "a country going to the dogs",
		opinion: "The country is going to the dogs.",
		want:    []got{{"going to the dogs", report.LoadedLanguage}},
	}, {
		name:    "a night at the dogs",
		opinion: "We went to the dogs at the greyhound stadium.",
		want:    []got{},
	}, {
		name:    "a newspaper in a death spiral",
		opinion: "The paper is in a death spiral.",
		want:    []got{{"death spiral", report.LoadedLanguage}},
	}, {
		name:    "a plane in a death spiral",
		opinion: "The pilot pulled the plane out of a death spiral.",
		want:    []got{},
	}})
}

// TestStockDisasterAndSuffering covers words that dramatise a problem as catastrophe or torment.
func TestStockDisasterAndSuffering(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "cuts as devastation",
		opinion: "The cuts left devastation across the sector.",
		want:    []got{{"devastation", report.LoadedLanguage}},
	}, {
		name:    "a hurricane's devastation",
		opinion: "The hurricane left devastation across the island.",
		want:    []got{},
	}, {
		name:    "an earthquake as a catastrophe",
		opinion: "The earthquake was a catastrophe for the region.",
		want:    []got{},
	}, {
		name:    "a passport as an ordeal",
		opinion: "Renewing a passport has become an ordeal.",
		want:    []got{{"ordeal", report.LoadedLanguage}},
	}, {
		name:    "hostages' ordeal",
		opinion: "The hostages described their ordeal in captivity.",
		want:    []got{},
	}, {
		name:    "forms as torment",
		opinion: "Small landlords face the torment of the new forms.",
		want:    []got{{"torment", report.LoadedLanguage}},
	}, {
		name:    "bullies who torment",
		opinion: "The bullies continued to torment the boy.",
		want:    []got{},
	}, {
		name:    "the agony of waiting",
		opinion: "Families endure the agony of waiting for a diagnosis.",
		want:    []got{{"agony", report.LoadedLanguage}},
	}, {
		name:    "agony from a broken leg",
		opinion: "He was in agony with a broken leg.",
		want:    []got{},
	}, {
		name:    "an agony column",
		opinion: "She writes an agony column.",
		want:    []got{},
	}, {
		name:    "planning purgatory",
		opinion: "Applicants are stuck in planning purgatory.",
		want:    []got{{"purgatory", report.LoadedLanguage}},
	}, {
		name:    "souls in purgatory",
		opinion: "Catholics pray for souls in purgatory.",
		want:    []got{},
	}, {
		name:    "a market as the wild west",
		opinion: "Online lending has become the wild west.",
		want:    []got{{"wild west", report.LoadedLanguage}},
	}, {
		name:    "a film set in the wild west",
		opinion: "The film is set in the wild west.",
		want:    []got{},
	}, {
		name:    "hopes shattered",
		opinion: "The closure shattered the hopes of the town.",
		want:    []got{{"shattered the hopes", report.LoadedLanguage}},
	}, {
		name:    "a grievance as an open wound",
		opinion: "The closure remains an open wound for the town.",
		want:    []got{{"open wound", report.LoadedLanguage}},
	}, {
		name:    "a surgeon and an open wound",
		opinion: "The surgeon cleaned the open wound.",
		want:    []got{},
	}, {
		name:    "a sad day for democracy",
		opinion: "This is a sad day for democracy.",
		want:    []got{{"a sad day for", report.LoadedLanguage}},
	}, {
		name:    "a slow-motion car crash",
		opinion: "The railway is a slow-motion car crash.",
		want:    []got{{"slow-motion car crash", report.LoadedLanguage}},
	}})
}

// TestStockTheftAndExploitation covers words that cast charges, pay and deals as robbery.
func TestStockTheftAndExploitation(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "a closure that robs patients",
		opinion: "Closing the ward robs patients of care.",
		want:    []got{{"robs patients of", report.LoadedLanguage}},
	}, {
		name:    "a pensioner robbed by thieves",
		opinion: "Thieves robbed the pensioner of her purse.",
		want:    []got{},
	}, {
		name:    "a levy that robs savers",
		opinion: "The levy robs savers.",
		want:    []got{{"robs", report.LoadedLanguage}},
	}, {
		name:    "a smash-and-grab on pensions",
		opinion: "The budget is a smash-and-grab on pension pots.",
		want:    []got{{"smash-and-grab", report.LoadedLanguage}},
	}, {
		name:    "a smash-and-grab at a jeweller",
		opinion: "Thieves carried out a smash-and-grab raid on the jeweller.",
		want:    []got{},
	}, {
		name:    "a bonus trousered",
		opinion: "The chief executive trousered a bonus.",
		want:    []got{{"trousered", report.LoadedLanguage}},
	}, {
		name:    "profits creamed off",
		opinion: "Middlemen cream off the profits.",
		want:    []got{{"cream off", report.LoadedLanguage}},
	}, {
		name:    "cream off the milk",
		opinion: "Skim the cream off the milk.",
		want:    []got{},
	}, {
		name:    "a chain pillaged",
		opinion: "Private equity pillaged the chain.",
		want:    []got{{"pillaged", report.LoadedLanguage}},
	}, {
		name:    "vikings who pillaged",
		opinion: "Vikings pillaged the coast.",
		want:    []got{},
	}, {
		name:    "couriers exploited",
		opinion: "Delivery apps exploit couriers.",
		want:    []got{{"exploit", report.LoadedLanguage}},
	}, {
		name:    "a loophole exploited",
		opinion: "The firm exploited a loophole.",
		want:    []got{},
	}, {
		name:    "landlords as parasites",
		opinion: "Landlords are parasites.",
		want:    []got{{"parasites", report.LoadedLanguage}},
	}, {
		name:    "a parasite in a fish",
		opinion: "The parasite lives in the gut of the fish.",
		want:    []got{},
	}, {
		name:    "predatory landlords",
		opinion: "Predatory landlords target students.",
		want:    []got{{"Predatory", report.LoadedLanguage}},
	}, {
		name:    "predatory birds",
		opinion: "Predatory birds circle the field.",
		want:    []got{},
	}, {
		name:    "a feudal system",
		opinion: "The leasehold system is feudal.",
		want:    []got{{"feudal", report.LoadedLanguage}},
	}, {
		name:    "medieval feudal lords",
		opinion: "Medieval feudal lords owned the land.",
		want:    []got{},
	}, {
		name:    "customers taken to the cleaners",
		opinion: "Customers were taken to the cleaners.",
		want:    []got{{"taken to the cleaners", report.LoadedLanguage}},
	}, {
		name:    "a coat taken to the cleaners",
		opinion: "She took her coat to the cleaners.",
		want:    []got{},
	}, {
		name:    "taxpayers taken for a ride",
		opinion: "The scheme takes taxpayers for a ride.",
		want:    []got{{"takes taxpayers for a ride", report.LoadedLanguage}},
	}, {
		name:    "a horse taken for a ride",
		opinion: "He took the horse for a ride.",
		want:    []got{},
	}, {
		name:    "a pensioner short-changed at a till",
		opinion: "The cashier short-changed a customer at the till.",
		want:    []got{},
	}})
}

// TestStockContemptForPeople covers words that dismiss people as fools or incompetents.
func TestStockContemptForPeople(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "a bunch of amateurs",
		opinion: "The department is run by a bunch of amateurs.",
		want:    []got{{"bunch of amateurs", report.LoadedLanguage}},
	}, {
		name:    "rank amateurs",
		opinion: "They are rank amateurs.",
		want:    []got{{"rank amateurs", report.LoadedLanguage}},
	}, {
		name:    "a muppet",
		opinion: "Only a muppet would sign that contract.",
		want:    []got{{"muppet", report.LoadedLanguage}},
	}, {
		name:    "the Muppets on film",
		opinion: "The Muppets film opened in London.",
		want:    []got{},
	}, {
		name:    "a numpty at the council",
		opinion: "Some numpty at the council approved it.",
		want:    []got{{"numpty", report.LoadedLanguage}},
	}, {
		name:    "out of his depth",
		opinion: "The minister is out of his depth.",
		want:    []got{{"out of his depth", report.LoadedLanguage}},
	}, {
		name:    "out of her depth in a pool",
		opinion: "The swimmer was out of her depth in the pool.",
		want:    []got{},
	}, {
		name:    "headless chickens",
		opinion: "Ministers ran around like headless chickens.",
		want:    []got{{"headless chickens", report.LoadedLanguage}},
	}, {
		name:    "a headless chicken on a farm",
		opinion: "The farmer found a headless chicken.",
		want:    []got{},
	}, {
		name:    "a rabbit in the headlights",
		opinion: "The chancellor looked like a rabbit in the headlights.",
		want:    []got{{"rabbit in the headlights", report.LoadedLanguage}},
	}, {
		name:    "a rabbit in a car's headlights",
		opinion: "The rabbit froze in the headlights of the car.",
		want:    []got{},
	}, {
		name:    "a Mickey Mouse degree",
		opinion: "It is a Mickey Mouse degree.",
		want:    []got{{"Mickey Mouse", report.LoadedLanguage}},
	}, {
		name:    "Mickey Mouse at Disneyland",
		opinion: "Children met Mickey Mouse at Disneyland.",
		want:    []got{},
	}, {
		name:    "a jumped-up official",
		opinion: "Some jumped-up official refused the permit.",
		want:    []got{{"jumped-up", report.LoadedLanguage}},
	}, {
		name:    "jumped up from a chair",
		opinion: "He jumped up from his chair.",
		want:    []got{},
	}, {
		name:    "Sir Humphreys as a type",
		opinion: "The Sir Humphreys of Whitehall will resist.",
		want:    []got{{"Sir Humphreys", report.LoadedLanguage}},
	}, {
		name:    "a real Sir Humphrey",
		opinion: "Sir Humphrey Davy was a chemist.",
		want:    []got{},
	}, {
		name:    "gammon as a slur",
		opinion: "The gammon brigade is furious.",
		want:    []got{{"gammon", report.LoadedLanguage}},
	}, {
		name:    "gammon for dinner",
		opinion: "We had gammon and eggs for dinner.",
		want:    []got{},
	}})
}

// TestStockTriviality covers words that belittle a sum or a measure.
func TestStockTriviality(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "a fine as pocket change",
		opinion: "For the bank the fine is pocket change.",
		want:    []got{{"pocket change", report.LoadedLanguage}},
	}, {
		name:    "pocket change in a jar",
		opinion: "He emptied his pocket change into a jar.",
		want:    []got{},
	}, {
		name:    "money down the back of the sofa",
		opinion: "The fund was found down the back of the sofa.",
		want:    []got{{"down the back of the sofa", report.LoadedLanguage}},
	}, {
		name:    "a remote down the back of the sofa",
		opinion: "I found the remote down the back of the sofa.",
		want:    []got{},
	}, {
		name:    "the bare minimum done",
		opinion: "The company did the bare minimum.",
		want:    []got{{"the bare minimum", report.LoadedLanguage}},
	}, {
		name:    "a sop",
		opinion: "The bonus is a sop to backbenchers.",
		want:    []got{{"sop to", report.LoadedLanguage}},
	}, {
		name:    "a bone thrown to the unions",
		opinion: "The minister threw the unions a bone.",
		want:    []got{{"threw the unions a bone", report.LoadedLanguage}},
	}, {
		name:    "a bone thrown to a dog",
		opinion: "He threw the dog a bone.",
		want:    []got{},
	}, {
		name:    "a bone tossed to a dog",
		opinion: "She tossed a bone to the dog.",
		want:    []got{},
	}, {
		name:    "half-measures",
		opinion: "The budget offers half-measures.",
		want:    []got{{"half-measures", report.LoadedLanguage}},
	}, {
		name:    "a half measure of whisky",
		opinion: "She ordered a half measure of whisky at the bar.",
		want:    []got{},
	}, {
		name:    "warm words",
		opinion: "The minister offered warm words.",
		want:    []got{{"warm words", report.LoadedLanguage}},
	}, {
		name:    "warm words of thanks",
		opinion: "She received warm words of thanks from the mayor.",
		want:    []got{},
	}, {
		name:    "an exercise in futility",
		opinion: "The summit was an exercise in futility.",
		want:    []got{{"exercise in futility", report.LoadedLanguage}},
	}})
}

// TestStockSneeringDescriptors covers words that mock a project or a milieu as showy or smug.
func TestStockSneeringDescriptors(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "trendy theories",
		opinion: "Trendy theories have failed our schools.",
		want:    []got{{"Trendy", report.LoadedLanguage}},
	}, {
		name:    "a trendy bar",
		opinion: "They opened a trendy bar in the district.",
		want:    []got{},
	}, {
		name:    "a shiny new headquarters",
		opinion: "The council unveiled a shiny new headquarters.",
		want:    []got{{"shiny new", report.LoadedLanguage}},
	}, {
		name:    "a glossy brochure",
		opinion: "The plan came with a glossy brochure.",
		want:    []got{{"glossy", report.LoadedLanguage}},
	}, {
		name:    "glossy progress reports",
		opinion: "The assembly keeps accepting glossy progress reports.",
		want:    []got{{"glossy", report.LoadedLanguage}},
	}, {
		name:    "glossy paper",
		opinion: "The atlas is printed on glossy paper.",
		want:    []got{},
	}, {
		name:    "the excuse for an explanation",
		opinion: "The excuse is a price tag of 380,000 pounds.",
		want:    []got{{"excuse", report.LoadedLanguage}},
	}, {
		name:    "excuse me",
		opinion: "Excuse me for repeating the figures.",
		want:    []got{},
	}, {
		name:    "guesswork",
		opinion: "The forecast is guesswork from start to finish.",
		want:    []got{{"guesswork", report.LoadedLanguage}},
	}, {
		name:    "marking its own homework",
		opinion: "The force brought in an academic to mark its own homework.",
		want:    []got{{"mark its own homework", report.LoadedLanguage}},
	}, {
		name:    "marking pupils' homework",
		opinion: "Teachers spend less time marking homework.",
		want:    []got{},
	}, {
		name:    "a response shrugged",
		opinion: "The council's inspectors shrug that off, and the ministry shrugs.",
		want:    []got{{"shrug that off", report.LoadedLanguage}, {"shrugs", report.LoadedLanguage}},
	}, {
		name:    "shoulders shrugged",
		opinion: "He shrugged his shoulders and walked to the car.",
		want:    []got{},
	}, {
		name:    "bothered to act",
		opinion: "Her office has not bothered to count the homes.",
		want:    []got{{"bothered to", report.LoadedLanguage}},
	}, {
		name:    "buried in its tables",
		opinion: "Buried in its tables is the confirmation we needed.",
		want:    []got{{"Buried", report.LoadedLanguage}},
	}, {
		name:    "a cable buried",
		opinion: "The cable was buried a metre underground in 2019.",
		want:    []got{},
	}, {
		name:    "up in arms",
		opinion: "Residents are up in arms about the night flights.",
		want:    []got{{"up in arms", report.LoadedLanguage}},
	}, {
		name:    "a hobby horse as a cause",
		opinion: "Tax is his hobby horse.",
		want:    []got{{"hobby horse", report.LoadedLanguage}},
	}, {
		name:    "a child's hobby horse",
		opinion: "The child rode a hobby horse.",
		want:    []got{},
	}, {
		name:    "a monument to vanity",
		opinion: "The tower is a monument to his vanity.",
		want:    []got{{"monument to his vanity", report.LoadedLanguage}},
	}, {
		name:    "flavour of the month as a fashion",
		opinion: "Net zero is flavour of the month.",
		want:    []got{{"flavour of the month", report.LoadedLanguage}},
	}, {
		name:    "flavour of the month at an ice cream parlour",
		opinion: "Strawberry is the flavour of the month at the ice cream parlour.",
		want:    []got{},
	}, {
		name:    "a taxpayer-funded jolly",
		opinion: "The mayor enjoyed a taxpayer-funded jolly to Cannes.",
		want:    []got{{"jolly", report.LoadedLanguage}},
	}, {
		name:    "a jolly good time",
		opinion: "They had a jolly good time.",
		want:    []got{},
	}, {
		name:    "launched with much fanfare",
		opinion: "The scheme was launched with much fanfare.",
		want:    []got{{"much fanfare", report.LoadedLanguage}},
	}, {
		name:    "vaunted reforms",
		opinion: "The vaunted reforms failed.",
		want:    []got{{"vaunted", report.LoadedLanguage}},
	}})
}

// TestStockDeceptionAndSpin covers words that cast an account as a trick.
func TestStockDeceptionAndSpin(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "figures massaged",
		opinion: "The figures were massaged before publication.",
		want:    []got{{"figures were massaged", report.LoadedLanguage}},
	}, {
		name:    "cuts dressed up",
		opinion: "The cuts are dressed up to look like reform.",
		want:    []got{{"dressed up to look", report.LoadedLanguage}},
	}, {
		name:    "children dressed up",
		opinion: "She dressed the children up to look like pirates.",
		want:    []got{},
	}, {
		name:    "soothing words",
		opinion: "The minister offered soothing words.",
		want:    []got{{"soothing words", report.LoadedLanguage}},
	}, {
		name:    "spin from an office",
		opinion: "Ignore the spin from Downing Street.",
		want:    []got{{"spin", report.LoadedLanguage}},
	}, {
		name:    "spin on a ball",
		opinion: "The bowler put spin on the ball.",
		want:    []got{},
	}, {
		name:    "a spin in a car",
		opinion: "We went for a spin in the new car.",
		want:    []got{},
	}, {
		name:    "a washing machine's spin",
		opinion: "The washing machine has a fast spin cycle.",
		want:    []got{},
	}, {
		name:    "a dossier sexed up",
		opinion: "The dossier was sexed up.",
		want:    []got{{"sexed up", report.LoadedLanguage}},
	}, {
		name:    "economical with the truth",
		opinion: "The minister was economical with the truth.",
		want:    []got{{"economical with the truth", report.LoadedLanguage}},
	}, {
		name:    "history rewritten",
		opinion: "The party is rewriting history.",
		want:    []got{{"rewriting history", report.LoadedLanguage}},
	}, {
		name:    "the history books rewritten by a champion",
		opinion: "The champion rewrote the history books.",
		want:    []got{},
	}, {
		name:    "a stage-managed visit",
		opinion: "The visit was stage-managed.",
		want:    []got{{"stage-managed", report.LoadedLanguage}},
	}, {
		name:    "a stage-managed production",
		opinion: "The theatre company stage-managed the production.",
		want:    []got{},
	}, {
		name:    "old money repackaged",
		opinion: "The plan repackages old money.",
		want:    []got{{"repackages", report.LoadedLanguage}},
	}, {
		name:    "pills repackaged",
		opinion: "The company repackaged the pills in smaller boxes.",
		want:    []got{},
	}, {
		name:    "a forecast as a fairy tale",
		opinion: "The growth forecast is a fairy tale.",
		want:    []got{{"fairy tale", report.LoadedLanguage}},
	}, {
		name:    "a fairy tale at bedtime",
		opinion: "She read the children a fairy tale at bedtime.",
		want:    []got{},
	}, {
		name:    "a report that sanitises",
		opinion: "The report sanitises the failures.",
		want:    []got{{"sanitises", report.LoadedLanguage}},
	}, {
		name:    "hands sanitised",
		opinion: "Staff sanitise their hands at the door.",
		want:    []got{},
	}, {
		name:    "a tax wheeze",
		opinion: "The tax cut is a clever wheeze.",
		want:    []got{{"wheeze", report.LoadedLanguage}},
	}, {
		name:    "a patient's wheeze",
		opinion: "The patient had a wheeze.",
		want:    []got{},
	}, {
		name:    "a positive gloss",
		opinion: "The press office put a positive gloss on the figures.",
		want:    []got{{"gloss", report.LoadedLanguage}},
	}, {
		name:    "lip gloss",
		opinion: "She applied lip gloss.",
		want:    []got{},
	}})
}

// TestStockOtherClasses covers arguments dismissed as nonsense, totalitarian and Dickensian
// hyperbole, zealotry, cowardice, hubris and bureaucracy gone mad.
func TestStockOtherClasses(t *testing.T) {
	runCases(t, []framingCase{{
		name:    "twaddle",
		opinion: "The claim is twaddle.",
		want:    []got{{"twaddle", report.LoadedLanguage}},
	}, {
		name:    "gibberish as dismissal",
		opinion: "The policy paper is gibberish.",
		want:    []got{{"gibberish", report.LoadedLanguage}},
	}, {
		name:    "gibberish after a stroke",
		opinion: "After the stroke the patient spoke gibberish.",
		want:    []got{},
	}, {
		name:    "Dickensian conditions",
		opinion: "Conditions in the warehouse are Dickensian.",
		want:    []got{{"Dickensian", report.LoadedLanguage}},
	}, {
		name:    "Soviet-style planning",
		opinion: "It is a Soviet-style planning system.",
		want:    []got{{"Soviet-style", report.LoadedLanguage}},
	}, {
		name:    "Soviet-style apartment blocks",
		opinion: "They live in Soviet-style apartment blocks.",
		want:    []got{},
	}, {
		name:    "Big Brother in an app",
		opinion: "The app is Big Brother in your pocket.",
		want:    []got{{"Big Brother", report.LoadedLanguage}},
	}, {
		name:    "a big brother in a family",
		opinion: "Her big brother drove her to school.",
		want:    []got{},
	}, {
		name:    "a sacred cow",
		opinion: "The triple lock is a sacred cow.",
		want:    []got{{"sacred cow", report.LoadedLanguage}},
	}, {
		name:    "doubt as heresy",
		opinion: "Questioning the target is heresy.",
		want:    []got{{"heresy", report.LoadedLanguage}},
	}, {
		name:    "heresy tried by a church",
		opinion: "The church tried him for heresy.",
		want:    []got{},
	}, {
		name:    "a white flag raised by a party",
		opinion: "The party has raised the white flag.",
		want:    []got{{"white flag", report.LoadedLanguage}},
	}, {
		name:    "a white flag waved by soldiers",
		opinion: "Soldiers waved a white flag.",
		want:    []got{},
	}, {
		name:    "a government that caved",
		opinion: "The government caved.",
		want:    []got{{"caved", report.LoadedLanguage}},
	}, {
		name:    "a roof that caved in",
		opinion: "The tunnel roof caved in.",
		want:    []got{},
	}, {
		name:    "delusions of grandeur",
		opinion: "He has delusions of grandeur.",
		want:    []got{{"delusions of grandeur", report.LoadedLanguage}},
	}, {
		name:    "labyrinthine rules",
		opinion: "Applicants face labyrinthine rules.",
		want:    []got{{"labyrinthine", report.LoadedLanguage}},
	}, {
		name:    "labyrinthine corridors",
		opinion: "They walked through labyrinthine corridors.",
		want:    []got{},
	}, {
		name:    "a blizzard of paperwork",
		opinion: "Firms face a blizzard of paperwork.",
		want:    []got{{"blizzard of", report.LoadedLanguage}},
	}, {
		name:    "a blizzard of snow",
		opinion: "A blizzard of snow hit the town.",
		want:    []got{},
	}, {
		name:    "health and safety gone mad",
		opinion: "This is health and safety gone mad.",
		want:    []got{{"safety gone mad", report.LoadedLanguage}},
	}, {
		name:    "jam tomorrow",
		opinion: "The manifesto promises jam tomorrow.",
		want:    []got{{"jam tomorrow", report.LoadedLanguage}},
	}})
}
