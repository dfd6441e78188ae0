extension Duration {
    /// The duration in seconds, for timings printed as JSON.
    public var inSeconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}
