import Foundation
import Testing

@Suite struct HelpCommandTests {
  /// The subcommands `coopgraph --help` lists.
  static func subcommands() throws -> [String] {
    let r = try CLI.run("--help")
    guard let start = r.stdout.range(of: "SUBCOMMANDS:\n") else { return [] }
    return r.stdout[start.upperBound...].split(separator: "\n").compactMap { line in
      // A subcommand line starts with two spaces and the name; wrapped text is indented more.
      guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
      return line.split(separator: " ").first.map(String.init)
    }.filter { !$0.hasPrefix("See") }
  }

  @Test func rootHelpListsTheMainCommands() throws {
    let names = try Self.subcommands()
    for name in ["validate", "info", "analyze", "report"] { #expect(names.contains(name), "missing \(name)") }
  }

  @Test(arguments: ["bash", "zsh", "fish"])
  func completionScriptGenerates(shell: String) throws {
    let r = try CLI.run("--generate-completion-script", shell)
    #expect(r.status == 0)
    #expect(r.stderr == "")
    #expect(r.stdout.count > 1000)
    // Every subcommand and the options of the main job are completed.
    for name in try Self.subcommands() { #expect(r.stdout.contains(name), "\(shell) script lacks \(name)") }
    #expect(r.stdout.contains("format"))
    #expect(r.stdout.contains("quiet"))
    switch shell {
    case "bash": #expect(r.stdout.hasPrefix("#!/bin/bash"))
    case "zsh": #expect(r.stdout.hasPrefix("#compdef coopgraph"))
    default: #expect(r.stdout.contains("complete -c 'coopgraph'") || r.stdout.contains("complete -c coopgraph"))
    }
  }

  @Test func unknownShellIsAUsageError() throws {
    let r = try CLI.run("--generate-completion-script", "tcsh")
    #expect(r.status == 2)
  }

  @Test func everySubcommandHasHelp() throws {
    for name in try Self.subcommands() {
      let r = try CLI.run(name, "--help")
      #expect(r.status == 0, "\(name) --help exits \(r.status)")
      #expect(r.stdout.hasPrefix("OVERVIEW: "), "\(name) --help")
      #expect(r.stdout.contains("USAGE: coopgraph \(name)"), "\(name) --help")
    }
  }
}
