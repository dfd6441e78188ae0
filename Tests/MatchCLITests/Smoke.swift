import Testing

@Test func placeholderBuilds() {}
