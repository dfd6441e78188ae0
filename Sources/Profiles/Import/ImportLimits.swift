/// The sizes an import refuses, checked while a file is read so that a hostile file costs no more
/// memory or time than a large honest one. The one place these caps are defined; Docs/DataFormat.md
/// ("Limits") states them for the people who prepare files.
public enum ImportLimits {
    /// The longest field: a CSV cell or a JSON string (after unescaping), in bytes of UTF-8. The
    /// longest in the shipped catalogue is 332 bytes; a longer one is refused as soon as it passes this,
    /// and its record is skipped without the rest of it being kept in memory.
    public static let fieldBytes = 64 * 1024
    /// The longest record: a CSV row (all its lines when quoted fields hold line breaks) or one JSON
    /// record, in bytes as written in the file. The header row counts too.
    public static let recordBytes = 1024 * 1024
    /// How deeply JSON arrays and objects may nest. A record needs 4 (`{"vacancies": [{"requirements":
    /// [{…}]}]}`); the cap keeps the parser's recursion far from the stack's end.
    public static let jsonDepth = 32
    /// How many problems an import lists one by one; the rest are counted by reason
    /// (`ImportProblemList`). People fix the first ones and run the import again.
    public static let problemsListed = 1_000
    /// How much of a file is read at a time.
    static let readBlockBytes = 64 * 1024
}
