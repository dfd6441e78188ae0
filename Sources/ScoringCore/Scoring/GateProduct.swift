/// A second product computed on the same tiles as the scores, marking pairs ineligible.
///
/// Typically `queries` rows hold 1 for each must-have requirement a vacancy side lacks and `items`
/// rows flag what each item requires, so a gate value above 0.5 counts at least one unmet must-have.
public struct GateProduct: Sendable, Hashable {
    /// One gate vector per query row.
    public let queries: DenseMatrix
    /// One gate vector per item.
    public let items: DenseMatrix

    /// Gate values above this make a pair ineligible.
    public static let ineligibleAbove: Float = 0.5

    /// Creates a gate product `queries × itemsᵀ`.
    ///
    /// - Parameters:
    ///   - queries: One row per query, as many rows as the scored queries.
    ///   - items: One row per item, as many rows as the scored items, as many columns as `queries`.
    /// - Throws: `ScoringError.dimensionMismatch` if the vector lengths differ.
    public init(queries: DenseMatrix, items: DenseMatrix) throws(ScoringError) {
        guard queries.columns == items.columns else {
            throw .dimensionMismatch(what: "gate vector length", expected: queries.columns, actual: items.columns)
        }
        self.queries = queries
        self.items = items
    }
}
