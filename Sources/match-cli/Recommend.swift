import ArgumentParser
import Foundation
import Guidance
import Localization
import Presentation
import Profiles

extension MatchCLI {
    struct Recommend: ParsableCommand {
        static let configuration = CommandConfiguration(ui.recommendHelp)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption
        @OptionGroup var output: FormatOption

        @Option(help: ArgumentHelp(ui.studentIDOptionHelp))
        var student: String?

        @Flag(help: ArgumentHelp(ui.schoolchildrenOptionHelp))
        var schoolchildren = false

        @Option(help: ArgumentHelp(ui.regionFilterOptionHelp))
        var region: String?

        @Option(help: ArgumentHelp(ui.gradeFilterOptionHelp))
        var grade: Int?

        @Option(help: ArgumentHelp(ui.topResultsOptionHelp))
        var top = 5

        @OptionGroup var referenceYear: YearOption

        func validate() throws {
            guard (1...100).contains(top) else { throw ValidationError(ui.topMustBe(from: 1, to: 100)) }
            guard (student != nil) != schoolchildren else { throw ValidationError(ui.studentOrSchoolchildren) }
            guard schoolchildren || (region == nil && grade == nil) else { throw ValidationError(ui.regionAndGradeNeedSchoolchildren) }
            if let grade, !Stage.gradeRange.contains(grade) {
                throw ValidationError(ui.gradeMustBe(from: Stage.gradeRange.lowerBound, to: Stage.gradeRange.upperBound))
            }
        }

        func run() throws {
            let engine = try database.engine()
            var parameters = ["top": String(top), "year": String(referenceYear.value), "lang": language.lang.rawValue,
                              "format": output.format.rawValue]
            guard let student else {
                parameters["schoolchildren"] = "yes"
                parameters["region"] = region ?? "all"
                parameters["grade"] = grade.map(String.init) ?? "all"
                let outputHash = try writeClassList(engine)
                try engine.recordRun(command: "recommend", parameters: parameters, outputHash: outputHash)
                return
            }
            let text: String = switch try engine.recommend(RecommendationRequest(studentID: student, top: top, language: language.lang,
                                                                               referenceYear: referenceYear.value)) {
            case .specialties(let list): try list.render(output.format)
            case .vacancies(let list): try list.render(output.format)
            }
            printRendered(text)
            try engine.recordRun(command: "recommend", parameters: parameters, studentIDs: ["student": student], output: Data(text.utf8))
        }

        /// Streams the class list to standard output pupil by pupil, with a progress bar on a terminal.
        /// - Returns: the SHA-256 of what was written (the line break ending it aside, as for other output).
        private func writeClassList(_ engine: MatchEngine) throws -> String {
            var digest = RunningDigest()
            var writer: ClassListWriter?
            var progress: ProgressBar?
            var done = 0
            let format = output.format
            let request = ClassListRequest(regionID: region, grade: grade, top: top, language: language.lang, referenceYear: referenceYear.value)
            try engine.classList(request, started: { pupils, names in
                progress = ProgressBar(total: pupils, label: ui.classListProgress)
                writer = ClassListWriter(format: format, names: names) { bytes in
                    digest.update(bytes)
                    StandardStreams.writeOutput(bytes)
                }
            }, render: { pupil in
                try ClassListWriter.piece(of: pupil, format: format)
            }) { piece in
                try writer!.add(piece)
                done += 1
                progress?.update(done)
            }
            try writer!.finish()
            progress?.finish()
            if writer!.lastByte != UInt8(ascii: "\n") { StandardStreams.writeOutput(Array("\n".utf8)) }
            return digest.hex()
        }
    }
}
