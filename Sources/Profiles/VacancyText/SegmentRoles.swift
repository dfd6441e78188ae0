/// What each segment of a text is: a heading, a part of the ad where skills are not asked for (what
/// the employer offers), a must-have or a welcome-but-not-needed requirement.
///
/// A heading ("Требования:", "Міндетті:", "We offer:") sets its part until a blank line or the next
/// heading; "Обязательно:" or "Required:" inside a sentence holds for the rest of that sentence only.
/// A cue word in a segment ("знание ТБ обязательно", "артықшылық болады") holds for that segment.
struct SegmentRoles: Sendable {
    struct Role: Sendable, Hashable {
        var isHeading = false
        var isOffer = false
        var isMust = false
        var isWelcome = false
    }

    private(set) var roles: [Role] = []

    init(_ tokens: TextTokens) {
        typealias Section = VacancyTextCues.Section
        var section: Section?
        var inline: (section: Section, sentence: Int)?
        var lastLine = -1
        for (index, segment) in tokens.segments.enumerated() {
            if lastLine >= 0, segment.line > lastLine + 1, (lastLine + 1..<segment.line).contains(where: tokens.blankLines.contains) { section = nil }
            lastLine = segment.line
            let keys = segment.tokens.map { tokens.tokens[$0].key }
            var role = Role()
            if segment.endsWithColon, keys.count <= 4, let heading = keys.lazy.compactMap({ VacancyTextCues.headings[$0] }).first {
                role.isHeading = true
                let next = index + 1 < tokens.segments.count ? tokens.segments[index + 1] : nil
                let continuesLine = next.map { $0.line == segment.line } ?? false
                if continuesLine && (heading == .must || heading == .welcome) {
                    inline = (heading, segment.sentence)
                } else {
                    section = heading
                    inline = nil
                }
                roles.append(role)
                continue
            }
            let current = inline.flatMap { $0.sentence == segment.sentence ? $0.section : nil } ?? section
            role.isOffer = current == .conditions
            role.isMust = current == .must || keys.contains(where: VacancyTextCues.must.contains)
            role.isWelcome = !role.isMust && (current == .welcome || keys.contains(where: VacancyTextCues.welcome.contains))
            roles.append(role)
        }
    }

    subscript(segment: Int) -> Role { roles[segment] }
}
