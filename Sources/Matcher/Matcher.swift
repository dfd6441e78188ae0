// The Matcher module: from profiles to ranked, explained, assigned and reported results.
