package model

// buildStages compiles the analysis stages in the order they run.
func buildStages(opts Options) ([]stage, error) {
	_ = opts
	return nil, nil
}
