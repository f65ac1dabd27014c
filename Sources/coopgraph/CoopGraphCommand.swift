import ArgumentParser
import CoopGraph
import CoopGraphviz
import Foundation

@main
struct CoopGraphCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "coopgraph",
    abstract: "Analyze cooperation networks: key partners, groups, and diagrams.",
    discussion: """
      Reads a cooperation record (native YAML/JSON, or an edge list) and answers which partners \
      are key, which groups form, and draws the network.

      Exit codes: 0 success, 1 other failure, 2 usage error, 3 invalid input.
      """,
    version: CoopGraphVersion.current,
    subcommands: [
      Validate.self, Info.self, Analyze.self, Report.self, Communities.self, StructureCommand.self, WhatIf.self, Suggest.self,
      Partners.self, Render.self, Ego.self, DotCommand.self, Convert.self, Rank.self, CentralityCommand.self,
      TimelineCommand.self, Compare.self, Template.self,
    ]
  )

  static func main() {
    var listEveryProblem = false
    FileIO.refusesToOverwriteInputs = true
    do {
      var command = try parseAsRoot()
      listEveryProblem = command is Validate
      try command.run()
      try FileIO.flushStandardOutput()
    } catch {
      exit(withError: error, listingEveryProblem: listEveryProblem)
    }
  }

  /// Prints the error the way ArgumentParser does, with exit codes that scripts can trust:
  /// 0 success, 1 other failure, 2 usage, 3 invalid input.
  ///
  /// An invalid input file is one line, `file:line:column: error: …`, naming the first problem
  /// and how many more there are; `validate` (`listingEveryProblem`) prints one line per problem.
  static func exit(withError error: Error, listingEveryProblem: Bool = true) -> Never {
    if let write = error as? WriteError {
      // What `print` still buffers would fail the same way: drop it rather than retry at exit.
      FileHandle.standardError.write(Data((VisibleText.of(write.description) + "\n").utf8))
      Foundation._exit(write.kind == .sameAsInput ? ExitStatus.usage : ExitStatus.failure)
    }
    if let input = error as? InputError {
      let text = listingEveryProblem ? input.description : input.summary
      FileHandle.standardError.write(Data((VisibleText.of(text) + "\n").utf8))
      Foundation.exit(ExitStatus.invalidInput)
    }
    // Errors of the library say what kind of failure they are.
    if let failure = error as? CategorizedError {
      FileHandle.standardError.write(Data(VisibleText.of("error: \(failure)\n").utf8))
      switch failure.category {
      case .invalidInput: Foundation.exit(ExitStatus.invalidInput)
      case .usage: Foundation.exit(ExitStatus.usage)
      case .failure: Foundation.exit(ExitStatus.failure)
      }
    }
    let code = exitCode(for: error)
    let message = fullMessage(for: error)
    if !message.isEmpty {
      if code == .success {
        print(message)
        if (try? FileIO.flushStandardOutput()) == nil {
          FileHandle.standardError.write(Data("error: standard output: cannot be written\n".utf8))
          Foundation._exit(ExitStatus.failure)
        }
      } else {
        FileHandle.standardError.write(Data((VisibleText.of(message) + "\n").utf8))
      }
    }
    switch code {
    case .success: Foundation.exit(0)
    case .validationFailure: Foundation.exit(ExitStatus.usage)
    default: Foundation.exit(code.rawValue == 0 ? 0 : ExitStatus.failure)
    }
  }
}

/// The exit codes of every command.
enum ExitStatus {
  static let failure: Int32 = 1
  static let usage: Int32 = 2
  static let invalidInput: Int32 = 3
}

enum CoopGraphVersion {
  static let current = "0.1.0"
}
