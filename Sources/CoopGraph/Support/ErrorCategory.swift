/// What kind of failure an error of the library is, so that a program (the `coopgraph`
/// command line among them) can tell a bad input file from a bad request from a computation
/// that could not finish, without knowing every error type.
public enum ErrorCategory: Sendable, Equatable {
  /// The input file is invalid (exit 3 on the command line).
  case invalidInput
  /// The request cannot be met as asked: an option out of range, an entity the record does
  /// not have (exit 2).
  case usage
  /// The computation failed on valid input (no convergence, a graph too large; exit 1).
  case failure
}

/// An error that says which ``ErrorCategory`` it belongs to, and whose description is one
/// line a person can act on.
public protocol CategorizedError: Error, CustomStringConvertible {
  var category: ErrorCategory { get }
}

/// A request that cannot be met as asked (an option that does not fit the files named), in
/// one line naming the option: a usage error.
public struct UsageError: CategorizedError, Equatable {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var category: ErrorCategory { .usage }
  public var description: String { message }
}

extension ProjectionError: CategorizedError {
  public var category: ErrorCategory { .usage }
}

/// A bad `--as-of`, `--between`, `--window` or period, or a time option on an edge list.
extension TimeError: CategorizedError {
  public var category: ErrorCategory { .usage }
}

extension CommunityError: CategorizedError {
  public var category: ErrorCategory { .usage }
}

extension TieWeightError: CategorizedError {
  public var category: ErrorCategory { .usage }
}

extension EntityLookupError: CategorizedError {
  public var category: ErrorCategory { .usage }
}

extension CentralityError: CategorizedError {
  public var category: ErrorCategory {
    if case .didNotConverge = self { return .failure }
    return .usage
  }
}

extension GraphError: CategorizedError {
  public var category: ErrorCategory { .invalidInput }
}

extension HypergraphError: CategorizedError {
  public var category: ErrorCategory {
    switch self {
    case .unknownNode, .duplicateNode, .invalidWeight, .lengthMismatch: return .invalidInput
    case .tooLarge: return .failure
    case .disconnected, .empty, .invalidS, .unsupportedElement: return .usage
    }
  }
}
