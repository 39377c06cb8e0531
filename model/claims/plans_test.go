package claims

import "testing"

// TestPlanAsDone: what the source says is planned or possible, told as done, contradicts it; the
// plan restated, an act the source also tells as done, or a clause that tells a plan itself, does
// not.
func TestPlanAsDone(t *testing.T) {
	const report = `Library review

The Hollin council plans to close the Tarn library next year, subject to consultation. The Hollin council closed the Marrow pool in May and could close two more sites.`
	checkContradictions(t, load(t, report), []contradictionCase{
		{"a plan told as done", "The Hollin council has already closed the Tarn library.", "only planned", true},
		{"the plan restated", "Next year the Hollin council wants to close the library in Tarn.", "only planned", false},
		{"an act the source tells as done", "In May the Hollin council closed the Marrow pool.", "only planned", false},
		{"a clause that tells a plan itself", "Under the plan the Tarn library would be closed by the Hollin council next year.", "only planned", false},
	})
}

// TestProposalMadeCertain: what the source says is only proposed or weighed, told as what will
// happen, contradicts it; a clause that says it is proposed, one about the consultation itself, or
// one that denies any promise, does not.
func TestProposalMadeCertain(t *testing.T) {
	const report = `Fares review

The Tarn transport board will consider a proposal to raise the single adult fare from $2.50 to $2.75 at its meeting in October.`
	checkContradictions(t, load(t, report), []contradictionCase{
		{"a proposal told as certain", "The Tarn transport board will raise the single adult fare to $2.75 in October.", "only proposed", true},
		{"the proposal restated", "The Tarn transport board will consider raising the single adult fare to $2.75 in October.", "only proposed", false},
		{"a clause that names the proposal", "Under a proposal the Tarn transport board will see in October, the single adult fare will rise to $2.75.", "only proposed", false},
		{"no promise", "Riders have no promise that the Tarn transport board will keep the single adult fare at $2.50 after October.", "only proposed", false},
		{"what someone will say of the proposal", "The Tarn transport board will point out that a $2.75 single adult fare would still be below the regional average.", "only proposed", false},
	})
	const options = `Cash access

Respondents were asked about three options: requiring essential shops to accept cash, a voluntary code for retailers, or no change to the law.`
	checkContradictions(t, load(t, options), []contradictionCase{
		{"an option told as certain", "The Bank will require essential shops to accept cash.", "only proposed", true},
		{"the consultation itself", "There will be a consultation on requiring essential shops to accept cash.", "only proposed", false},
	})
	const later = `Cash access

Respondents were asked about three options: no new measures; a voluntary code for retailers; and a requirement for essential shops to accept cash.`
	checkContradictions(t, load(t, later), []contradictionCase{
		{"an option late in the list told as certain", "The Bank will require essential shops to accept cash.", "only proposed", true},
	})
	const advice = `Speeds

The partnership recommends lowering the speed limit in the two pedestrian zones to 10mph.`
	checkContradictions(t, load(t, advice), []contradictionCase{
		{"a recommendation told as settled", "The partnership will lower the speed limit in the two pedestrian zones to 10mph.", "only proposed", true},
		{"a recommendation told as one", "The partnership wants the speed limit in the two pedestrian zones lowered to 10mph.", "only proposed", false},
	})
	const fee = `Fees

We are consulting on a proposal to raise the annual protection fee from $18 to $23 per deposit from April 2025. The ombudsman does not consider the rise in disputes statistically meaningful.`
	checkContradictions(t, load(t, fee), []contradictionCase{
		{"a proposal told as under way", "The ombudsman is putting the annual protection fee up from $18 to $23 from April 2025.", "only proposed", true},
		{"a proposal told as settled", "The annual protection fee is to rise from $18 to $23 in April 2025.", "only proposed", true},
		{"a plan told as a plan", "The ombudsman's plan is to raise the annual protection fee from $18 to $23 in April 2025.", "only proposed", false},
		{"a judgement is no proposal", "The ombudsman is dismissing the rise in disputes as meaningless.", "only proposed", false},
	})
}
