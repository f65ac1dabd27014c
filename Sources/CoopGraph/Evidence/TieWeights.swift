import Foundation

/// How much evidence of cooperation one tie of each kind gives, for the organization view
/// (``OrganizationView``).
///
/// The defaults rank commitments above attendance:
///
/// | kind | weight | why |
/// | --- | --- | --- |
/// | `agreement` | 3 | a signed agreement binds its parties to work together |
/// | `membership` | 2 | joining an alliance or a council is a standing commitment |
/// | `cooperation` | 2 | a designation, a certificate or a joint project names the parties as partners |
/// | `exchange` | 2 | students, staff or goods actually moved between the parties |
/// | `event` | 1 | taking part in a meeting is contact, not yet commitment |
/// | `role` | 1 | a person's position; in the organization view roles map people to organizations |
/// | a declared kind | 1 | unless the file's `weights:` block says otherwise |
///
/// A k-party tie gives each pair of its parties `weight / (k − 1)` (Newman 2001,
/// doi:10.1103/PhysRevE.64.016132), so that every party gains the same total from it whatever
/// its size; ``OrganizationView`` applies that rule.
///
/// Weights come from, in increasing priority: these defaults, the file's `weights:` block
/// (``Network/tieWeights``), and explicit overrides (`--tie-weight KIND=W`).
public struct TieWeights: Hashable, Sendable {
  /// The built-in defaults (see the table above).
  public static let defaults: [TieKind: Double] = [
    .agreement: 3, .membership: 2, .cooperation: 2, .exchange: 2, .event: 1, .role: 1,
  ]

  /// The weight of every kind that has one other than ``fallback``.
  public private(set) var weights: [TieKind: Double]
  /// The weight of a kind neither the defaults, the file nor the overrides name.
  public var fallback: Double = 1

  /// The weights for `network`: defaults, then the file's `weights:`, then `overrides`.
  ///
  /// - Throws: ``TieWeightError`` for an override of an unknown kind or a weight that is not
  ///   a finite number > 0.
  public init(for network: Network, overrides: [TieKind: Double] = [:]) throws {
    var w = TieWeights.defaults
    for (k, v) in network.tieWeights { w[k] = v }
    let known = Set(network.tieKinds)
    for (k, v) in overrides.sorted(by: { $0.key < $1.key }) {
      guard known.contains(k) else {
        throw TieWeightError.unknownKind(k.rawValue, known: network.tieKinds.map(\.rawValue))
      }
      guard v.isFinite, v > 0 else { throw TieWeightError.invalidWeight(k.rawValue) }
      w[k] = v
    }
    weights = w
  }

  /// The weight of a tie of `kind`.
  public func weight(of kind: TieKind) -> Double { weights[kind] ?? fallback }

  /// Parses `KIND=W` overrides as the command line gives them.
  ///
  /// - Throws: ``TieWeightError/malformed(_:)`` for text that is not `KIND=W` with W a number.
  public static func parseOverrides(_ items: [String]) throws -> [TieKind: Double] {
    var out: [TieKind: Double] = [:]
    for item in items.flatMap({ $0.split(separator: ",").map(String.init) }) {
      let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      guard parts.count == 2, !parts[0].isEmpty, let w = Double(parts[1]) else { throw TieWeightError.malformed(item) }
      guard w.isFinite, w > 0 else { throw TieWeightError.invalidWeight(parts[0]) }
      out[TieKind(parts[0])] = w
    }
    return out
  }
}

/// A tie weight that cannot be used.
public enum TieWeightError: Error, Equatable, CustomStringConvertible {
  case unknownKind(String, known: [String])
  case invalidWeight(String)
  case malformed(String)

  public var description: String {
    switch self {
    case .unknownKind(let k, let known):
      return "unknown tie kind '\(k)' in a tie weight; kinds in this network: \(known.joined(separator: ", "))"
    case .invalidWeight(let k): return "the weight of '\(k)' must be a number greater than 0"
    case .malformed(let s): return "'\(s)' is not a tie weight; write KIND=WEIGHT, e.g. event=0.5"
    }
  }
}
