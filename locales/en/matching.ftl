# matching
