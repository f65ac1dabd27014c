import ArgumentParser
import CoopGraph

/// The value of `convert --to`: an interchange format, or a hand-off layout (a directory of
/// files for GraphFrames or Neo4j).
enum ConvertTarget: ExpressibleByArgument, Equatable {
  case file(InterchangeFormat)
  case handOff(HandOffFormat)

  init?(argument: String) {
    if let f = InterchangeFormat(rawValue: argument) {
      self = .file(f)
    } else if let h = HandOffFormat(rawValue: argument) {
      self = .handOff(h)
    } else {
      return nil
    }
  }

  static var allValueStrings: [String] {
    InterchangeFormat.allCases.map(\.rawValue) + HandOffFormat.allCases.map(\.rawValue)
  }

  var interchange: InterchangeFormat? {
    if case .file(let f) = self { return f }
    return nil
  }

  var handOff: HandOffFormat? {
    if case .handOff(let h) = self { return h }
    return nil
  }
}
