package model

// buildStages compiles the analysis stages in the order they run: alignment first (quotes and
// their source passages), then claims (support for each assertion), then framing, which uses both
// to tell the writer's words from the source's.
func buildStages(opts Options) ([]stage, error) {
	var stages []stage
	// BEGIN framing stage (owned by the framing package's author)
	// END framing stage
	_ = opts
	return stages, nil
}
