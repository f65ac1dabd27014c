import CoopGraph
import Foundation

extension CommunityProgress {
  /// The progress line for people: `iteration 3 (at most 50), modularity 0.557012`.
  public var message: String {
    switch self {
    case .leidenIteration(let done, let quality, let limit):
      return "iteration \(done) (at most \(limit)), quality \(String(format: "%.6f", quality))"
    case .louvainLevel(let level, let communities):
      return "level \(level), \(communities) communities"
    }
  }
}
