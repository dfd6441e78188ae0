import ArgumentParser
import Foundation
import Localization

/// The words of help and messages, in the language chosen once at start-up from the command line and
/// the environment (`InterfaceLanguage`): ArgumentParser builds help from static configurations, so the
/// choice is made before parsing. Tables and CSV headers use `--lang` (`LanguageOption`) instead.
let ui = Words(InterfaceLanguage.choose(arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment))

extension CommandConfiguration {
    /// A subcommand's configuration from its help in the interface language.
    init(_ help: CommandHelp, commandName: String? = nil, subcommands: [any ParsableCommand.Type] = [],
         defaultSubcommand: (any ParsableCommand.Type)? = nil) {
        self.init(commandName: commandName, abstract: help.abstract, discussion: help.discussion,
                  subcommands: subcommands, defaultSubcommand: defaultSubcommand)
    }
}
