package claims

import (
	"testing"
)

// TestNegatedPhraseRestated: a clause that shares only a phrase with its passage, and drops the
// negation the passage puts before it, contradicts the passage.
func TestNegatedPhraseRestated(t *testing.T) {
	const survey = `Consultation

The 2,400 consultation responses were not a representative sample: about three-quarters came from people living near the hall. The rise in Tarn visits is not statistically significant.`
	checkContradictions(t, load(t, survey), []contradictionCase{
		{"the negated phrase asserted", "That is a representative sample of Varnholt by any standard.", "drops the negation", true},
		{"a second negated phrase asserted", "The Tarn rise is statistically significant, whatever anyone says.", "drops the negation", true},
		{"the negation kept", "That was never a representative sample of Varnholt.", "drops the negation", false},
		{"the words apart", "A sample of that size is representative of Varnholt.", "drops the negation", false},
	})
}

// TestNotYetAssessed: a matter the source says cannot yet be assessed is an open question; a
// clause that settles it contradicts the source, and one that keeps it open does not.
func TestNotYetAssessed(t *testing.T) {
	const bulletin = `Drought bulletin

Wheat yields on the Dunmere Plain are down by 22 per cent. Maize and sugar beet on the Dunmere Plain, which are harvested later, cannot yet be assessed with confidence.`
	checkContradictions(t, load(t, bulletin), []contradictionCase{
		{"the open matter settled", "On the Dunmere Plain the maize and sugar beet crops will be hit just as hard.", "cannot yet be assessed", true},
		{"the open matter kept open", "On the Dunmere Plain nobody can yet say how the maize and sugar beet crops will fare.", "cannot yet be assessed", false},
		{"another matter", "On the Dunmere Plain wheat yields are down by 22 per cent.", "cannot yet be assessed", false},
	})
}

// TestAcrossTheCountry: "across the country" makes general what the source limits to some,
// even when the limit stands five words from what the clause shares; a "none" that restates the
// source's own negation widens nothing.
func TestAcrossTheCountry(t *testing.T) {
	const bulletin = `Drought bulletin

Livestock farmers have been affected as well. Grass growth in June was about half of its usual level, and some farms have begun feeding winter fodder stocks. Some of the Tarn drivers spoke languages the Carrow drivers did not recognise.`
	checkContradictions(t, load(t, bulletin), []contradictionCase{
		{"some farms made the whole country", "Stock farmers across the country are already eating into their winter fodder stocks.", "limits it to part", true},
		{"some farms kept", "Some stock farmers are already eating into their winter fodder stocks.", "limits it to part", false},
		{"a none that restates a negation", "Some of the Tarn drivers spoke languages none of the Carrow drivers recognised.", "limits it to part", false},
	})
	// A part word before a relative pronoun is a part of its antecedent, not of what follows.
	survey := load(t, "Survey\n\nWheat yields on the Dunmere Plain fell by 22 per cent. The federation's figures are based on a survey of its own members, most of whom farm on the Dunmere Plain, where bread wheat fails first.")
	checkContradictions(t, survey, []contradictionCase{
		{"a part of the members, not of the plain", "When the Dunmere Plain fails, the whole country's bread wheat is at risk.", "limits it to part", false},
	})
}

// TestFailureDeniesWhatFollows: "failed to inspect" says the inspection did not happen, against a
// source that says it did; a source that says it did not, or failed to, agrees.
func TestFailureDeniesWhatFollows(t *testing.T) {
	checkContradictions(t, load(t, "Bridge report\n\nThe Hollin council inspected the Tarn bridge twice in 2023."), []contradictionCase{
		{"an inspection told as a failure", "The Hollin council failed to inspect the Tarn bridge in 2023.", "did not happen", true},
	})
	checkContradictions(t, load(t, "Bridge report\n\nThe Hollin council did not inspect the Tarn bridge in 2023."), []contradictionCase{
		{"a failure the source states", "The Hollin council failed to inspect the Tarn bridge in 2023.", "did not happen", false},
	})
	checkContradictions(t, load(t, "Bridge report\n\nThe Hollin council failed to inspect the Tarn bridge in 2023."), []contradictionCase{
		{"the source's own failure", "The Hollin council failed to inspect the Tarn bridge in 2023.", "did not happen", false},
	})
	checkContradictions(t, load(t, "Masts\n\nThe Hollin councils decided 412 mast applications in 2024 and refused 38 of them."), []contradictionCase{
		{"the source's own refusal", "The Hollin councils refused just 38 of the 412 mast applications they decided in 2024.", "refused", false},
	})
	// What the source says was cancelled is what failed to happen.
	const patrol = "Noise report\n\nThe Hollin noise patrol went out on 96 of the 104 scheduled nights; eight shifts were cancelled because of staff sickness."
	checkContradictions(t, load(t, patrol), []contradictionCase{
		{"cancelled shifts told as a failure", "The Hollin noise patrol failed to turn up on eight of its 104 scheduled nights.", "did not happen", false},
	})
	// "one point in eight" counts test points, the rest of the source's share.
	checkContradictions(t, load(t, "Coverage checks\n\nThe Hollin testers found that the operators' coverage maps matched what a user would experience at 87 per cent of test points."), []contradictionCase{
		{"the rest of a share after a failure", "The Hollin testers found that the operators' coverage maps failed to match what a user would experience at roughly one point in eight.", "87 per cent", false},
	})
	checkContradictions(t, load(t, "Noise report\n\nThe Hollin noise patrol turned up on all 104 scheduled nights last year."), []contradictionCase{
		{"a failure the source has not", "The Hollin noise patrol failed to turn up on eight of its 104 scheduled nights.", "did not happen", true},
	})
}

// TestRefusalDeniesWhatFollows: "has refused to look into" denies the review the source reports;
// a passive refusal ("has been refused") denies nothing.
func TestRefusalDeniesWhatFollows(t *testing.T) {
	const statement = `Ministry statement

A spokesman said the Carrow ministry would review the claims about foreign recruits at the Tarn crossing.`
	checkContradictions(t, load(t, statement), []contradictionCase{
		{"a review told as refused", "The Carrow ministry has refused to look into the claims about foreign recruits at the Tarn crossing.", "refused", true},
		{"the review restated", "The Carrow ministry will review the claims about foreign recruits at the Tarn crossing.", "refused", false},
	})
	// A passive refusal says what happened to its subject: it denies nothing after it.
	const survey = `Cash survey

Around one in eight shoppers said a shop had turned away their cash more than five times in the past year.`
	checkContradictions(t, load(t, survey), []contradictionCase{
		{"refused, in the passive", "Around one in eight shoppers has been refused at a shop more than five times in the past year.", "refused", false},
	})
}

// TestNormativeStatesNothingAsCertain: what ought to be done states nothing as certain, so a
// hedge in the source passage is no contradiction of it.
func TestNormativeStatesNothingAsCertain(t *testing.T) {
	src := load(t, "Grid study\n\nGrid reinforcement in the Carrow valley, which may cost 340 million florins, is paid for through connection charges on the operators.")
	checkContradictions(t, src, []contradictionCase{
		{"a demand", "New grid connections in the Carrow valley should stop until the operators pay the charges.", "hedges", false},
		{"the estimate stated as certain", "Grid reinforcement in the Carrow valley costs 340 million florins, paid through connection charges on the operators.", "hedges", true},
	})
}

// TestScopeWidenedOnARelatedPassage: a clause too loosely worded to call supported, on the
// subject of a passage that limits it to part, is a part made the whole. (The quantity words
// compare too, "Some of the recorded decline" against "all of the decline": either check may tell
// it, and both quote the source's part.)
func TestScopeWidenedOnARelatedPassage(t *testing.T) {
	src := load(t, "Museum review\n\nSome of the recorded decline in Tarn museum visits reflects the new automatic counters rather than a real loss of visitors. The review covered four museums, two archives and a travelling exhibition over three years.")
	checkContradictions(t, src, []contradictionCase{
		{"all of it", "Frankly, all of the decline in Tarn museum visits is an illusion of spreadsheets and clipboards.", "Some of the", true},
		{"some of it", "Frankly, some of the decline in Tarn museum visits is an illusion of spreadsheets and clipboards.", "Some of the", false},
	})
	// "decline" the noun is no refusal.
	checkContradictions(t, src, []contradictionCase{
		{"a decline, not a refusal", "It is plain that the decline in Tarn museum visits is down to gadgets and spreadsheets.", "refused", false},
	})
}

// TestShareShortOfTheWhole: a percentage of something ("58 per cent of private beds") limits it
// to part, as "most of" does; a clause that gives a share itself, a rate ("in every hundred"), a
// superlative's "of all" and a demand make nothing general.
func TestShareShortOfTheWhole(t *testing.T) {
	src := load(t, `Beds

Studio flats accounted for 58 per cent of the private beds opened in Tarn since 2020. The share of Tarn rail tests done late rose from 3.5 per cent of tests in 2022 to around 6 per cent of tests last year. The Tarn subsidy covers up to 75 per cent of the cost of a new supply pipe for families with a child under six.`)
	checkContradictions(t, src, []contradictionCase{
		{"every bed a studio", "Every private bed opened in Tarn since 2020 has been a studio flat.", "58 per cent", true},
		{"most beds studios", "Most of the private beds opened in Tarn since 2020 have been studio flats.", "58 per cent", false},
		{"a share given", "Across the region, the share of Tarn rail tests done late climbed from 3.5 per cent in 2022 to around 6 per cent last year.", "limits it", false},
		{"a rate", "Tarn rail tests were done late about 6 times in every hundred last year.", "limits it", false},
		{"a demand", "The Tarn subsidy should cover the full cost of a new supply pipe for every family with a child under six.", "limits it", false},
		{"a claim made general", "The Tarn subsidy covers the full cost of a new supply pipe for every family with a child under six.", "", true},
	})
	routes := load(t, "Routes\n\nOn the Tarn route 14, 61 percent of departures ran on time last year, the lowest of the network.")
	checkContradictions(t, routes, []contradictionCase{
		{"a superlative's whole", "The worst Tarn route of all last year was the 14, where just 61 percent of departures ran on time.", "limits it", false},
	})
}

// TestOppositeOutcome: an outcome the source gives the other way round ("approved" for
// "refused") contradicts it; the same outcome, or one the opinion denies, does not.
func TestOppositeOutcome(t *testing.T) {
	const decision = `Planning decision

In June the Kesswick council refused the Tollard Meadows housing scheme. The Carrow harbour appeal was upheld by the court in May.`
	checkContradictions(t, load(t, decision), []contradictionCase{
		{"refused told as approved", "In June the Kesswick council approved the Tollard Meadows housing scheme.", "refused", true},
		{"refused kept", "In June the Kesswick council rejected the Tollard Meadows housing scheme.", "refused", false},
		{"a denied approval", "In June the Kesswick council did not approve the Tollard Meadows housing scheme.", "refused", false},
		{"upheld told as overturned", "The Carrow harbour appeal was overturned by the court in May.", "upheld", true},
	})
}

// TestCompoundIsNoNegation: the "no" of a hyphenated compound ("a no-spray buffer zone") denies
// nothing, so restating the zone is no negation dropped; a plain "no" still is one.
func TestCompoundIsNoNegation(t *testing.T) {
	checkContradictions(t, load(t, "Conditions\n\nA no-spray buffer zone of 10 metres must be kept beside Tarn streams."), []contradictionCase{
		{"the zone restated", "Beside the Tarn streams the buffer zone is now 10 metres.", "negation", false},
	})
	checkContradictions(t, load(t, "Conditions\n\nNo buffer zone will be required beside Tarn streams."), []contradictionCase{
		{"a plain no dropped", "A buffer zone will be required beside the Tarn streams.", "negation", true},
	})
}

// TestPointsToKeepsTheHedge: evidence that "points to" a cause is as hedged as the source's "may
// be linked to"; the same cause stated outright is made certain.
func TestPointsToKeepsTheHedge(t *testing.T) {
	src := load(t, "Outbreak update\n\nSpread between farms has been identified in two cases in East Fenwick and may be linked to vehicles shared between sites.")
	checkContradictions(t, src, []contradictionCase{
		{"points to", "In the two East Fenwick cases of spread between farms, the update points to vehicles shared between sites.", "hedges", false},
		{"stated outright", "In the two East Fenwick cases, spread between farms was caused by vehicles shared between sites.", "hedges", true},
	})
}

// TestDenialInARelativeClause: a denial inside a relative clause denies what that clause is
// about, not the figure before it.
func TestDenialInARelativeClause(t *testing.T) {
	src := load(t, `Junction

A signal phase at the Mill Street junction would cost an estimated 380,000 pounds, for which no funding is currently identified. Reports that the Mill Street lights failed on Friday could not be confirmed.`)
	checkContradictions(t, src, []contradictionCase{
		{"the cost, which the source gives", "The excuse is a price tag of 380,000 pounds for the Mill Street signal phase.", "", false},
		{"what the source could not confirm", "The Mill Street lights failed on Friday.", "could not be confirmed", true},
	})
}

// TestTheRestDenied: a count of what is left between two of the source's counts, told with a
// negation, denies nothing the source states.
func TestTheRestDenied(t *testing.T) {
	src := load(t, `Monitoring

Event duration monitors were fitted to 381 of the 412 storm overflows on the Teyne by the end of 2023.`)
	checkContradictions(t, src, []contradictionCase{
		{"the rest without", "By the end of 2023, 31 storm overflows on the Teyne still had no monitor.", "denies it", false},
		{"all of them without", "By the end of 2023, the storm overflows on the Teyne had no monitors.", "denies it", true},
	})
}

// TestOneWayOnly: a figure the source says may be off either way is not one the writer can call
// off one way, but a clause that keeps both ways, or says nothing of a way, restates it.
func TestOneWayOnly(t *testing.T) {
	const findings = `Call failures

The regulator's analysis indicates that around 2,300 calls to the emergency number failed to connect during the outage. Because the exchange logs are incomplete, the true figure may be higher or lower.

Revisions to the provisional estimate of arrivals can go in either direction.`
	checkContradictions(t, load(t, findings), []contradictionCase{
		{"higher for higher or lower", "The regulator admits that the real number of failed calls is probably higher.", "higher or lower", true},
		{"revised up for either direction", "Every year the provisional estimate of arrivals is revised upwards.", "either direction", true},
		{"both ways kept", "The regulator admits the real number of failed calls could be higher or lower.", "", false},
		{"no way named", "Around 2,300 calls to the emergency number failed to connect during the outage.", "", false},
	})
}
