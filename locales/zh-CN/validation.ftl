# validation
